import { z } from 'zod';

/** Limits on reading one imported file in a parse worker. */
export interface ParseLimits {
  /** Wall-clock time to read one file, from when a ready worker receives it. */
  timeLimitMs: number;
  /** The worker's V8 heap limit. */
  maxOldGenerationSizeMb: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { timeLimitMs: 60_000, maxOldGenerationSizeMb: 512 };

/** FIELDNOTES_IMPORT_TIME_LIMIT: seconds allowed to read one file (0.1 to 3600; default 60). */
const TimeLimitSeconds = z.coerce.number().min(0.1).max(3600);

export function parseLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ParseLimits {
  const raw = env.FIELDNOTES_IMPORT_TIME_LIMIT;
  if (raw === undefined || raw === '') return DEFAULT_PARSE_LIMITS;
  const seconds = TimeLimitSeconds.safeParse(raw);
  if (!seconds.success) {
    console.warn(`FIELDNOTES_IMPORT_TIME_LIMIT=${raw} is not a number of seconds between 0.1 and 3600; using 60.`);
    return DEFAULT_PARSE_LIMITS;
  }
  return { ...DEFAULT_PARSE_LIMITS, timeLimitMs: Math.round(seconds.data * 1000) };
}
