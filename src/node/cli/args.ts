import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError, describeZodError, summarizeIssues } from '../../shared/api/errors';
import { defaultDataDir } from '../workspace/paths';

const Options = z.object({
  data: z.string().min(1, { message: '--data needs a folder' }).optional(),
  port: z.coerce.number().int().min(0).max(65535, { message: '--port must be 0-65535' }).default(0),
  json: z.boolean().default(false),
  format: z.enum(['qdc', 'json', 'md', 'csv', 'html', 'pdf', 'docx', 'xlsx', 'qdpx'], { message: '--format must be one of qdc, json, md, csv, html, pdf, docx, xlsx, qdpx' }).optional(),
  out: z.string().min(1, { message: '--out needs a file path' }).optional(),
  case: z.string().min(1, { message: '--case needs a case id' }).optional(),
  incident: z.string().min(1, { message: '--incident needs an incident id' }).optional(),
  help: z.boolean().default(false),
  version: z.boolean().default(false),
  articles: z.string().min(1, { message: '--articles needs article ids, separated by commas' }).optional(),
  code: z.string().min(1, { message: '--code needs a code id' }).optional(),
  all: z.boolean().default(false),
  profile: z.string().min(1, { message: '--profile needs internal, team or public' }).optional(),
  split: z.boolean().default(false),
});

export interface ParsedArgs {
  command: string | undefined;
  rest: string[];
  dataDir: string;
  port: number;
  json: boolean;
  help: boolean;
  version: boolean;
  format: z.infer<typeof Options>['format'];
  out: string | undefined;
  caseId: string | undefined;
  incidentId: string | undefined;
  /** export: --articles ID,ID, --code ID, --all, --profile NAME. */
  articleIds: string[] | undefined;
  codeId: string | undefined;
  all: boolean;
  profile: string | undefined;
  /** export --format md --split: one file per article (a zip). */
  split: boolean;
}

/** Global options for every command: --data DIR (or FIELDNOTES_DATA), --port N, --json, --help; --case ID and --incident ID for figures. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        case: { type: 'string' },
        incident: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        articles: { type: 'string' },
        code: { type: 'string' },
        all: { type: 'boolean' },
        profile: { type: 'string' },
        split: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new AppError('invalid_input', (error as Error).message);
  }
  const options = Options.safeParse(parsed.values);
  if (!options.success) throw new AppError('invalid_input', summarizeIssues('Bad option', describeZodError(options.error)));
  const [command, ...rest] = parsed.positionals;
  return {
    command,
    rest,
    dataDir: options.data.data ?? defaultDataDir(env),
    port: options.data.port,
    json: options.data.json,
    help: options.data.help,
    version: options.data.version,
    format: options.data.format,
    out: options.data.out,
    caseId: options.data.case,
    incidentId: options.data.incident,
    articleIds: options.data.articles?.split(',').map((id) => id.trim()).filter(Boolean),
    codeId: options.data.code,
    all: options.data.all,
    profile: options.data.profile,
    split: options.data.split,
  };
}
