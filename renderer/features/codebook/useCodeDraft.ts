import { useCallback, useState } from 'react';
import type { CodeDraft, CodeField } from './codeDraft';

/** Unsaved code forms by code id (or "new"), so moving through the tree never throws away typing. */
const unsaved = new Map<string, CodeDraft>();

/**
 * The form's draft. It restarts from `initial` (or an unsaved draft left earlier) whenever another
 * code, or a newer save of this one, is shown: `key` says which ("id@updatedAt").
 */
export function useCodeDraft(draftId: string, key: string, initial: () => CodeDraft) {
  const [state, setState] = useState(() => ({ key, draft: unsaved.get(draftId) ?? initial() }));
  let current = state;
  if (state.key !== key) {
    current = { key, draft: unsaved.get(draftId) ?? initial() };
    setState(current);
  }

  const setField = useCallback(
    <F extends CodeField>(field: F, value: CodeDraft[F]) => {
      setState((s) => {
        const draft = { ...s.draft, [field]: value };
        unsaved.set(draftId, draft);
        return { ...s, draft };
      });
    },
    [draftId],
  );

  const forget = useCallback(() => {
    unsaved.delete(draftId);
    setState({ key, draft: initial() });
  }, [draftId, key, initial]);

  /** After a save: the shown draft is what was saved; only the unsaved copy goes. */
  const saved = useCallback(() => unsaved.delete(draftId), [draftId]);

  return { draft: current.draft, setField, forget, saved };
}
