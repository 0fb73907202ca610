import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError, describeZodError, summarizeIssues } from '../../shared/api/errors';
import { defaultDataDir } from '../workspace/paths';

const Options = z.object({
  data: z.string().min(1, { message: '--data needs a folder' }).optional(),
  port: z.coerce.number().int().min(0).max(65535, { message: '--port must be 0-65535' }).default(0),
  json: z.boolean().default(false),
  format: z.enum(['qdc', 'json'], { message: '--format must be qdc or json' }).optional(),
  out: z.string().min(1, { message: '--out needs a file path' }).optional(),
  case: z.string().min(1, { message: '--case needs a case id' }).optional(),
  incident: z.string().min(1, { message: '--incident needs an incident id' }).optional(),
  help: z.boolean().default(false),
});

export interface ParsedArgs {
  command: string | undefined;
  rest: string[];
  dataDir: string;
  port: number;
  json: boolean;
  help: boolean;
  format: 'qdc' | 'json' | undefined;
  out: string | undefined;
  caseId: string | undefined;
  incidentId: string | undefined;
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
    format: options.data.format,
    out: options.data.out,
    caseId: options.data.case,
    incidentId: options.data.incident,
  };
}
