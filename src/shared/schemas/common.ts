import { z } from 'zod';

export const Uuid = z.uuid({ message: 'must be a UUID' });

/** ISO 8601 UTC timestamp produced by the app, e.g. 2025-03-10T08:30:00.000Z. */
export const Timestamp = z.iso.datetime({ message: 'must be an ISO 8601 UTC timestamp' });

/** A publication date as precise as the source gives it: a day (2025-03-10) or a moment. */
export const PublicationDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be a date like 2025-03-10 or an ISO 8601 date-time',
});

/** BCP 47 language tag, short form ("ar", "en", "fr", "en-GB"). */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a language tag such as "ar" or "en"' });

/** A single-line text field the user edits (titles, names). */
export const ShortText = (max = 500) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), { message: 'must not contain control characters' });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a lowercase hex SHA-256' });

/** A position in a reading text, in code points. */
export const Position = z.number().int().nonnegative().max(100_000_000);

/** A memo: free text, up to 100,000 characters. */
export const MemoText = z.string().max(100_000);
