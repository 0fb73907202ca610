import { z } from 'zod';
import { Position, ShortText, Uuid } from '../../schemas/common';
import { Redaction, RedactionTarget } from '../../schemas/export';

const Reason = ShortText(300).refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** Redacted spans of texts (articles, account narratives and translations, quotes, memos), applied by export profiles. */
export const redactionMethods = {
  'redactions.list': {
    summary: 'The redacted spans of one text, in text order.',
    input: z.object({ targetType: RedactionTarget, targetId: Uuid }).strict(),
    output: z.object({ redactions: z.array(Redaction) }),
  },
  'redactions.create': {
    summary: 'Mark [start, end) in code points of a text as redacted, with a reason ("names a relative", "location"); undoable.',
    input: z
      .object({
        targetType: RedactionTarget,
        targetId: Uuid,
        start: Position,
        end: Position,
        /** The text the caller saw at [start, end): when the text changed since, the call is refused. */
        exact: z.string().max(10_000_000).optional(),
        reason: Reason,
      })
      .strict()
      .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] }),
    output: Redaction,
  },
  'redactions.update': {
    summary: 'Change the reason of a redaction; undoable.',
    input: z.object({ id: Uuid, reason: Reason }).strict(),
    output: Redaction,
  },
  'redactions.delete': {
    summary: 'Remove a redaction (the span is shown and exported again); undoable.',
    input: z.object({ id: Uuid }).strict(),
    output: z.object({ id: Uuid }),
  },
} as const;
