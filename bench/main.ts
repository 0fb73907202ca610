// `npm run bench`: every benchmark, each reported as ratios against a baseline run in the same process.
import { benchCli } from './cli';
import { writeResults } from './results';
import { benchScale } from './scale';
import { benchCore } from './core';
import { benchExtract } from './extract';
import { benchExport } from './export';
import { benchImportFiles } from './import-files';
import { benchSearch } from './search';

console.log(`Fieldnotes benchmarks (Node ${process.version})\n`);
await benchCore();
await benchSearch();
await benchExtract();
await benchImportFiles();
await benchExport();
await benchCli();
await benchScale();
console.log(`Results written to ${writeResults()}`);
