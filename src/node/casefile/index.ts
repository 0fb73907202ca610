/** Case files (zipped BagIt bags): making, verifying and reading them. */
export { buildCaseFile } from './case-json';
export { caseFileName, renderCaseFile, renderCaseFileBase64, runCaseFileExport, type CaseFileRequest } from './export';
export { readCaseFile, verifyCaseFile, type CaseFileContents, type ReadOptions } from './read';
export { readCaseFileBytes, verifyCaseFileInput } from './verify-input';
export { CASE_FILE_LIMITS, type CaseFileLimits } from './limits';
