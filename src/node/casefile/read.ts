import { AppError, describeZodError } from '../../shared/api/errors';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, CaseFile, type BagProblem, type VerifyReport } from '../../shared/schemas/casefile';
import { sha256Hex } from './bagit';
import { checkBag } from './bag-check';
import { CASE_FILE_LIMITS, type CaseFileLimits } from './limits';
import { unzipCaseFile } from './unzip';

/**
 * The one reader of case files, for `verify` and for merging: unpacks safely, checks the bag
 * (RFC 8493), then case.json (format, version, schema) and the originals (each named by the
 * SHA-256 of its bytes). Nothing here touches a workspace.
 */

export interface ReadOptions {
  fileName?: string;
  limits?: CaseFileLimits;
}

export interface CaseFileContents {
  /** The bag's base folder. */
  base: string;
  info: Record<string, string>;
  caseFile: CaseFile;
  /** Originals by SHA-256. */
  originals: Map<string, Uint8Array>;
  /** Every file of the bag by its path inside the bag. */
  files: Map<string, Uint8Array>;
}

const ORIGINAL = /^data\/originals\/([0-9a-f]{64})\.[a-z0-9]{1,10}$/;

/** The files of the one folder the zip holds (RFC 8493 4.2: a bag is serialised from its parent folder). */
function bagFolder(files: Map<string, Uint8Array>): { base: string; inBag: Map<string, Uint8Array> } | BagProblem {
  const bases = new Set([...files.keys()].map((p) => p.split('/')[0]));
  const [base] = bases;
  if (bases.size !== 1 || [...files.keys()].some((p) => !p.includes('/'))) {
    return { kind: 'invalid', path: null, message: 'the zip must hold exactly one folder, the bag, and nothing beside it' };
  }
  return { base, inBag: new Map([...files].map(([p, b]) => [p.slice(base.length + 1), b])) };
}

function checkContents(files: Map<string, Uint8Array>, info: Record<string, string>): { problems: BagProblem[]; caseFile?: CaseFile } {
  const problems: BagProblem[] = [];
  const newer = (v: unknown) => typeof v === 'number' && v > CASE_FILE_VERSION;
  const tooNew = (v: unknown, where: string): BagProblem => ({ kind: 'invalid', path: where, message: `it was made by a newer Fieldnotes (case-file format version ${v}; this one reads version ${CASE_FILE_VERSION}): update Fieldnotes to open it` });
  if (info['Fieldnotes-Format'] !== CASE_FILE_FORMAT) problems.push({ kind: 'invalid', path: 'bag-info.txt', message: `bag-info.txt does not name the format ${CASE_FILE_FORMAT}: it is not a Fieldnotes case file` });
  if (newer(Number(info['Fieldnotes-Version']))) return { problems: [tooNew(Number(info['Fieldnotes-Version']), 'bag-info.txt')] };
  for (const [path, bytes] of files) {
    const m = path.startsWith('data/originals/') ? ORIGINAL.exec(path) : null;
    if (path.startsWith('data/originals/') && (!m || sha256Hex(bytes) !== m[1])) problems.push({ kind: 'invalid', path, message: `${path}: the bytes of this original do not match its name, which must be their SHA-256` });
  }
  const raw = files.get('data/case.json');
  if (!raw) return { problems: [...problems, { kind: 'removed', path: 'data/case.json', message: 'data/case.json is missing: a case file must hold it' }] };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return { problems: [...problems, { kind: 'invalid', path: 'data/case.json', message: 'data/case.json is not valid UTF-8 JSON' }] };
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (newer(head.version)) return { problems: [tooNew(head.version, 'data/case.json')] };
  const parsed = CaseFile.safeParse(json);
  if (!parsed.success) {
    const first = describeZodError(parsed.error)[0];
    problems.push({ kind: 'invalid', path: 'data/case.json', message: `data/case.json does not follow the case-file schema (${first ? `${first.path || 'top level'}: ${first.message}` : 'invalid'})` });
    return { problems };
  }
  return { problems, caseFile: parsed.data };
}

interface Inspection {
  report: VerifyReport;
  contents?: CaseFileContents;
}

/** Every check, every problem listed; never throws. */
function inspect(bytes: Uint8Array, options: ReadOptions): Inspection {
  const fileName = options.fileName ?? 'The case file';
  const fail = (problem: BagProblem): Inspection => ({ report: { valid: false, info: {}, payloadFiles: 0, payloadBytes: 0, problems: [problem] } });
  let files: Map<string, Uint8Array>;
  try {
    files = unzipCaseFile(bytes, fileName, options.limits ?? CASE_FILE_LIMITS);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return fail({ kind: 'invalid', path: null, message: error.message.replace(/ Nothing was imported\.$/, '') });
  }
  const folder = bagFolder(files);
  if ('kind' in folder) return fail(folder);
  const bag = checkBag(folder.inBag);
  const content = checkContents(folder.inBag, bag.info);
  const problems = [...bag.problems, ...content.problems];
  const report = { valid: problems.length === 0, info: bag.info, payloadFiles: bag.payloadFiles, payloadBytes: bag.payloadBytes, problems };
  if (!report.valid || !content.caseFile) return { report };
  const originals = new Map([...folder.inBag].flatMap(([p, b]) => (ORIGINAL.test(p) ? [[ORIGINAL.exec(p)![1], b] as const] : [])));
  return { report, contents: { base: folder.base, info: bag.info, caseFile: content.caseFile, originals, files: folder.inBag } };
}

/** The verification report of a case file: valid, or each file altered, added or removed and each rule broken. */
export function verifyCaseFile(bytes: Uint8Array, options: ReadOptions = {}): VerifyReport {
  return inspect(bytes, options).report;
}

/** A case file's checked contents, or an AppError with one sentence saying why it was refused. */
export function readCaseFile(bytes: Uint8Array, options: ReadOptions = {}): CaseFileContents {
  const { report, contents } = inspect(bytes, options);
  if (contents) return contents;
  const [first, ...more] = report.problems;
  const fileName = options.fileName ?? 'The case file';
  if (first.path === null && /refused|damaged|cannot read/.test(first.message)) throw new AppError(/zip bomb/.test(first.message) ? 'too_large' : 'invalid_input', first.message);
  const others = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'}; "fieldnotes verify" lists them)` : '';
  throw new AppError('invalid_input', `${fileName} was refused and nothing was read: ${first.message}${others}.`);
}
