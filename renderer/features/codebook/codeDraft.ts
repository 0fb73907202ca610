import type { Code, CodeDescription } from '../../../src/shared/schemas/code';
import type { MethodInput } from '../../../src/shared/api/contract';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';

/** The code form as typed. shortcut '' means no key. */
export interface CodeDraft extends CodeDescription {
  name: string;
  color: string;
  shortcut: string;
  category: boolean;
  parentId: string | null;
}

export type CodeField = keyof CodeDraft;
export type CodeErrors = Partial<Record<CodeField, string>>;

export const descriptionFields: { field: keyof CodeDescription; label: string; hint: string }[] = [
  { field: 'definition', label: 'Definition', hint: 'What the code means, in one or two sentences.' },
  { field: 'whenToUse', label: 'When to use', hint: 'The passages it applies to.' },
  { field: 'whenNotToUse', label: 'When not to use', hint: 'Near misses, and the code to use instead.' },
  { field: 'example', label: 'Example', hint: 'A short passage it applies to.' },
];

export const shortcutKeys = [...'123456789', ...'abcdefghijklmnopqrstuvwxyz'];

export const DEFAULT_COLOUR = '#2f6fb5';

export function draftFromCode(code: Code): CodeDraft {
  return { ...code.description, name: code.name, color: code.color, shortcut: code.shortcut ?? '', category: !code.isCodable, parentId: code.parentId };
}

export function newDraft(parent: Code | null): CodeDraft {
  return { definition: '', whenToUse: '', whenNotToUse: '', example: '', name: '', color: parent?.color ?? DEFAULT_COLOUR, shortcut: '', category: false, parentId: parent?.id ?? null };
}

type UpdatePatch = MethodInput<'codes.update'>['patch'];

/** Only what differs from the stored code (parent changes go through codes.move instead). */
export function patchFromDraft(draft: CodeDraft, code: Code): UpdatePatch {
  const patch: UpdatePatch = {};
  if (draft.name.trim() !== code.name) patch.name = draft.name.trim();
  if (draft.color.trim().toLowerCase() !== code.color) patch.color = draft.color.trim();
  if ((draft.shortcut || null) !== code.shortcut) patch.shortcut = draft.shortcut || null;
  if (draft.category === code.isCodable) patch.isCodable = !draft.category;
  const description: Partial<CodeDescription> = {};
  for (const { field } of descriptionFields) if (draft[field] !== code.description[field]) description[field] = draft[field];
  if (Object.keys(description).length > 0) patch.description = description;
  return patch;
}

export function createInput(draft: CodeDraft): MethodInput<'codes.create'> {
  return {
    parentId: draft.parentId,
    name: draft.name.trim(),
    color: draft.color.trim(),
    shortcut: draft.shortcut || null,
    isCodable: !draft.category,
    description: { definition: draft.definition, whenToUse: draft.whenToUse, whenNotToUse: draft.whenNotToUse, example: draft.example },
  };
}

const fieldOfPath: Record<string, CodeField> = {
  name: 'name',
  color: 'color',
  shortcut: 'shortcut',
  isCodable: 'category',
  parentId: 'parentId',
  'description.definition': 'definition',
  'description.whenToUse': 'whenToUse',
  'description.whenNotToUse': 'whenNotToUse',
  'description.example': 'example',
};

/** Which field a conflict is about, from the server's sentence. */
function conflictField(message: string): CodeField | null {
  if (/^A code named/.test(message)) return 'name';
  if (/^The key/.test(message)) return 'shortcut';
  if (/cannot move under/.test(message)) return 'parentId';
  return null;
}

/** The server's messages by field (validation issues and name or key conflicts); anything else in `other`. */
export function codeErrors(error: unknown, prefix: '' | 'patch.'): { byField: CodeErrors; other: string | null } {
  const byField: CodeErrors = {};
  const other: string[] = [];
  if (error instanceof ApiError && error.code === 'conflict') {
    const field = conflictField(error.message);
    if (field) byField[field] = error.message;
    else other.push(error.message);
  } else if (error instanceof ApiError && error.issues?.length) {
    for (const issue of error.issues) {
      const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
      const field = fieldOfPath[path];
      if (field && !byField[field]) byField[field] = issue.message;
      else if (!field) other.push(`${issue.path}: ${issue.message}`);
    }
  } else other.push(errorMessage(error));
  return { byField, other: other.length ? other.join(' ') : null };
}

/** #rrggbb for the colour picker, or null when the hex text is not (yet) a colour. */
export function pickerColour(text: string): string | null {
  const t = text.trim();
  if (/^#[0-9a-f]{6}$/i.test(t)) return t.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(t)) return `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`.toLowerCase();
  return null;
}
