import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Case } from '../../../src/shared/schemas/case';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useCases } from './useCases';
import { undoIfNewest } from './undoLast';

interface CaseWorkbenchOptions {
  /** Goes up when the library changes outside the data version (imports, the demo). */
  version: number;
  /** The case the library is filtered by, or null for all articles. */
  caseId: string | null;
  onSelectCase: (caseId: string | null) => void;
}

/** Cases for the library and the inspector: the list, the selected one, and the create/edit/delete dialogs. */
export function useCaseWorkbench({ version, caseId, onSelectCase }: CaseWorkbenchOptions) {
  const client = useClient();
  const { notify } = useNotices();
  const list = useCases(version);
  const [editing, setEditing] = useState<Case | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Case | null>(null);

  const selectedCase = useMemo(() => list.cases.find((c) => c.id === caseId) ?? null, [list.cases, caseId]);

  // A selected case that was listed and is gone (deleted, or its creation undone): show all articles.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    for (const c of list.cases) seen.current.add(c.id);
    if (caseId && seen.current.has(caseId) && !list.cases.some((c) => c.id === caseId)) onSelectCase(null);
  }, [list.cases, caseId, onSelectCase]);

  const onSaved = useCallback(
    (saved: Case) => {
      const created = editing === 'new';
      if (created) {
        onSelectCase(saved.id);
        notify({ tone: 'success', title: `Created the case “${saved.title}”.`, detail: 'Add articles to it from the Cases section of the inspector.' });
      }
    },
    [editing, notify, onSelectCase],
  );

  const onDeleted = useCallback(
    (deleted: Case) => {
      if (caseId === deleted.id) onSelectCase(null);
      notify({
        tone: 'success',
        title: `Moved the case “${deleted.title}” to the trash.`,
        detail: 'Its articles are still in the library.',
        action: {
          label: 'Undo',
          run: () => {
            undoIfNewest(client, `Delete case “${deleted.title}”`)
              .then((undone) => {
                if (!undone)
                  notify({ tone: 'warning', title: 'Nothing was undone.', detail: 'Something else was changed since; use Undo in the toolbar or the palette.' });
              })
              .catch((error: unknown) => notify({ tone: 'error', title: 'The case could not be restored.', detail: errorMessage(error) }));
          },
        },
      });
    },
    [caseId, client, notify, onSelectCase],
  );

  return {
    ...list,
    selectedCase,
    editing,
    deleting,
    openNew: useCallback(() => setEditing('new'), []),
    openEdit: useCallback((c: Case) => setEditing(c), []),
    openDelete: useCallback((c: Case) => setDeleting(c), []),
    closeEdit: useCallback(() => setEditing(null), []),
    closeDelete: useCallback(() => setDeleting(null), []),
    onSaved,
    onDeleted,
  };
}

export type CaseWorkbench = ReturnType<typeof useCaseWorkbench>;
