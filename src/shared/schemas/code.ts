import { z } from 'zod';
import { ShortText, Timestamp, Uuid } from './common';

/** Any colour, written as CSS hex (#rgb or #rrggbb); stored as lowercase #rrggbb. */
export const Colour = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { message: 'must be a hex colour such as #c0392b' })
  .transform((c) => (c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c).toLowerCase());

/** A code's description, in the parts a new researcher needs to apply it consistently. */
export const CodeDescription = z.object({
  definition: z.string().max(20_000).default(''),
  whenToUse: z.string().max(20_000).default(''),
  whenNotToUse: z.string().max(20_000).default(''),
  example: z.string().max(20_000).default(''),
});
export type CodeDescription = z.infer<typeof CodeDescription>;

/** A single key (1-9, a-z) that applies the code while reading. */
export const ShortcutKey = z.string().regex(/^[1-9a-z]$/, { message: 'must be one key: 1-9 or a-z' });

export const CodeName = ShortText(200).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

export const Code = z.object({
  id: Uuid,
  parentId: Uuid.nullable(),
  name: z.string(),
  color: z.string(),
  description: CodeDescription,
  shortcut: z.string().nullable(),
  /** false for a category that only groups other codes (REFI-QDA isCodable). */
  isCodable: z.boolean(),
  sortOrder: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Code = z.infer<typeof Code>;

export const CodeWithCounts = Code.extend({
  /** Items tagged with this code (highlights, articles, ...). */
  uses: z.number().int(),
  /** Distinct articles where the code is used, directly or on a highlight. */
  documents: z.number().int(),
});
export type CodeWithCounts = z.infer<typeof CodeWithCounts>;

/** Item types that carry codes: one tagging model for all of them (the taggings table allows exactly these). */
export const TaggableType = z.enum(['article', 'highlight', 'case', 'figure', 'quote', 'account', 'actor', 'incident']);
export type TaggableType = z.infer<typeof TaggableType>;

/** The codebook as a portable JSON document (lossless round trip). */
export const CodebookDocument = z.object({
  format: z.literal('fieldnotes-codebook'),
  version: z.literal(1),
  name: z.string(),
  codes: z.array(
    z.object({
      id: Uuid,
      parentId: Uuid.nullable(),
      name: CodeName,
      color: Colour,
      description: CodeDescription,
      shortcut: ShortcutKey.nullable().default(null),
      isCodable: z.boolean().default(true),
      sortOrder: z.number().int().default(0),
    }),
  ),
});
export type CodebookDocument = z.infer<typeof CodebookDocument>;

export const CodebookImportReport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** What could not be read, one line each, so the user knows what was left out. */
  problems: z.array(z.string()),
});
export type CodebookImportReport = z.infer<typeof CodebookImportReport>;
