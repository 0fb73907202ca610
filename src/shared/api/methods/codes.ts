import { z } from 'zod';
import { ImportBase64 } from '../../schemas/article';
import { Uuid } from '../../schemas/common';
import { Code, CodebookImportReport, CodeDescription, CodeName, CodeWithCounts, Colour, ShortcutKey, TaggableType } from '../../schemas/code';

const DescriptionPatch = CodeDescription.partial().strict();

/** The codebook: hierarchical codes, and the one tagging model that applies them to any item. */
export const codeMethods = {
  'codes.list': {
    summary: 'Every code in the codebook with its uses and documents.',
    input: z.object({}).strict(),
    output: z.object({ codes: z.array(CodeWithCounts) }),
  },
  'codes.create': {
    summary: 'Create a code (or a category, with isCodable false), optionally under a parent.',
    input: z
      .object({
        parentId: Uuid.nullable().optional(),
        name: CodeName,
        color: Colour,
        description: DescriptionPatch.optional(),
        shortcut: ShortcutKey.nullable().optional(),
        isCodable: z.boolean().optional(),
      })
      .strict(),
    output: Code,
  },
  'codes.update': {
    summary: 'Rename, recolour, redescribe a code or change its shortcut key.',
    input: z
      .object({
        id: Uuid,
        patch: z
          .object({ name: CodeName, color: Colour, description: DescriptionPatch, shortcut: ShortcutKey.nullable(), isCodable: z.boolean() })
          .partial()
          .strict(),
      })
      .strict(),
    output: Code,
  },
  'codes.move': {
    summary: 'Move a code under another parent, or to the top level with parentId null.',
    input: z.object({ id: Uuid, parentId: Uuid.nullable() }).strict(),
    output: Code,
  },
  'codes.merge': {
    summary: 'Merge one code into another: their uses combine and the source goes to the trash.',
    input: z.object({ sourceId: Uuid, targetId: Uuid }).strict(),
    output: Code,
  },
  'codes.delete': {
    summary: 'Delete a code to the trash; its uses move to usesTo, or are removed when usesTo is null.',
    input: z.object({ id: Uuid, usesTo: Uuid.nullable() }).strict(),
    output: z.object({ movedUses: z.number().int(), removedUses: z.number().int() }),
  },
  'codes.export': {
    summary: 'The codebook as REFI-QDA .qdc (XML) or Fieldnotes JSON.',
    input: z.object({ format: z.enum(['qdc', 'json']) }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() }),
  },
  'codes.import': {
    summary: 'Import a codebook (.qdc from ATLAS.ti, NVivo, MAXQDA, QualCoder, Taguette, the codebook of a .qdpx project given as dataBase64, or JSON) into this one.',
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        content: z.string().max(20_000_000).optional(),
        /** A .qdpx project (a zip) as base64: its codebook is read. */
        dataBase64: ImportBase64.optional(),
      })
      .strict()
      .refine((v) => (v.content === undefined) !== (v.dataBase64 === undefined), { message: 'give the codebook as content (text) or as dataBase64 (a .qdpx), not both' }),
    output: CodebookImportReport,
  },
  'tags.apply': {
    summary: 'Apply a code to an item: an article, highlight, case, figure, quote, account, actor or incident.',
    input: z.object({ codeId: Uuid, itemType: TaggableType, itemId: Uuid }).strict(),
    output: z.object({ codeIds: z.array(Uuid) }),
  },
  'tags.remove': {
    summary: 'Remove a code from an item.',
    input: z.object({ codeId: Uuid, itemType: TaggableType, itemId: Uuid }).strict(),
    output: z.object({ codeIds: z.array(Uuid) }),
  },
  'tags.of': {
    summary: 'The codes applied to an item.',
    input: z.object({ itemType: TaggableType, itemId: Uuid }).strict(),
    output: z.object({ codeIds: z.array(Uuid) }),
  },
} as const;
