import { CASEFILE_USAGE } from './casefile';
import { EXPORT_USAGE } from './export';

export const USAGE = `Usage: fieldnotes [--data DIR] COMMAND

Commands:
  import FILE...        import .txt .md .html .htm .pdf .docx files; one JSON line per file
                        (each read in a worker: 60 s per file, or FIELDNOTES_IMPORT_TIME_LIMIT seconds)
  import-project FILE.qdpx [--json]   import a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder):
                        sources, codings, codes, cases and notes; prints what could not be brought in
  list [--json]         list the articles in the library
  show ID [--json]      show one article with its provenance and text
  codes [--json]        list the codebook (hierarchy, colours, uses)
  codes export --format qdc|json --out FILE   export the codebook (REFI-QDA .qdc or JSON)
  codes import FILE     import a codebook (.qdc/.qde/.qdpx from QDA tools, or JSON); prints the report
  backup                make a checked backup of the workspace now
  restore BACKUP        replace the workspace database with a backup (the current one is kept aside)
  check [--json]        integrity, foreign-key and search-index checks; exit 1 on problems
  suggest ID [--json]   suggested casualty figures, quotes and actor mentions in an article
  trash [--json]        list what is in the trash
  trash restore ID      restore an article (or other item) from the trash
  reindex               rebuild the search index from the records
  search QUERY [--json] search everything: words, "exact phrases", prefix*, -exclusion, OR
  figures [--case ID | --incident ID] [--json]   the casualty-figure reconciliation (outcome x group by reporter, flags)
  export --format md|csv|html|pdf|docx|xlsx|json|qdpx --case ID|--articles ID,ID|--code ID|--all [--profile internal|team|public] [--split] --out PATH [--json]
                        export notes and reports (team profile by default; PDF needs Chromium)
  casefile export --case ID|--articles ID,ID|--code ID|--all [--profile internal|team|public] --out FILE [--json]
                        write a case file NAME.PROFILE.fieldnotes.zip (a BagIt bag: case.json, originals, reports, manifests)
  verify FILE [--json]  check a case file against its manifests (no workspace needed); exit 1 naming each file altered, added or removed
  original ID --out FILE   write an article's original bytes unchanged (SHA-256 checked)
  call METHOD [JSON|-]  call any API method with a JSON input (the argument, or - for stdin); prints the JSON result
  methods --json        describe every API method with its input and output JSON Schema
  web [--port N]        serve the app in a browser on 127.0.0.1 (prints the address to open)

Options:
  --data DIR            workspace folder (default: FIELDNOTES_DATA or the platform's user-data folder)
  --json                JSON output; errors go to stderr as one JSON object {code, message}
  --version             print the version
  COMMAND --help        that command's own usage

Exit codes: 0 done, 1 failed (nothing changed by the failed step), 2 bad usage or input.`;

/**
 * One command's usage: its lines of USAGE (the line naming it and the indented lines under it),
 * or its own longer text where it has one.
 */
export function commandUsage(command: string): string | null {
  if (command === 'export') return EXPORT_USAGE;
  if (command === 'casefile' || command === 'verify') return CASEFILE_USAGE;
  const lines = USAGE.split('\n');
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith(`  ${command} `) && lines[i] !== `  ${command}`) continue;
    own.push(lines[i].trim());
    for (let j = i + 1; j < lines.length && /^ {20,}\S/.test(lines[j]); j++) own.push(`    ${lines[j].trim()}`);
  }
  if (!own.length) return null;
  return own.map((l, i) => (i === 0 || !l.startsWith(command) ? (i === 0 ? `Usage: fieldnotes [--data DIR] ${l}` : l) : `       fieldnotes [--data DIR] ${l}`)).join('\n');
}
