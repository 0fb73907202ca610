import { useCallback, useEffect, useState } from 'react';
import type { TaggableType } from '../../../src/shared/schemas/code';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import { AddCodeButton } from './AddCodeButton';
import { useAnnotations } from './AnnotationContext';
import { CodeChip } from './CodeChip';

interface ItemCodesProps {
  itemType: TaggableType;
  itemId: string;
  /** The id of the heading or label that names the chip list. */
  labelledBy: string;
  /** The picker's label: "Add a code to this figure". */
  label: string;
  /** Shown in the list while no code is applied. */
  emptyText: string;
  testId?: string;
}

/** The codes applied to one item (tags.of), as chips with × to remove and "+ Code" to apply one; undoable. */
export function ItemCodes({ itemType, itemId, labelledBy, label, emptyText, testId }: ItemCodesProps) {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const dataVersion = useDataVersion();
  const { codes } = useAnnotations();
  const [codeIds, setCodeIds] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    client
      .call('tags.of', { itemType, itemId })
      .then((r) => current && setCodeIds(r.codeIds))
      .catch(() => current && setCodeIds([]));
    return () => {
      current = false;
    };
  }, [client, itemType, itemId, dataVersion]);

  const change = useCallback(
    async (method: 'tags.apply' | 'tags.remove', codeId: string) => {
      try {
        setCodeIds((await mutate(method, { codeId, itemType, itemId })).codeIds);
      } catch (error) {
        notify({ tone: 'error', title: method === 'tags.apply' ? 'The code was not applied.' : 'The code was not removed.', detail: errorMessage(error) });
      }
    },
    [itemType, itemId, mutate, notify],
  );

  const applied = codeIds.map((id) => codes.byId.get(id)).filter((e): e is NonNullable<typeof e> => Boolean(e));
  return (
    <div className="code-chip-row">
      <ul className="chip-list" aria-labelledby={labelledBy} data-testid={testId}>
        {applied.map((entry) => (
          <CodeChip key={entry.code.id} entry={entry} onRemove={() => void change('tags.remove', entry.code.id)} />
        ))}
        {applied.length === 0 && <li className="code-chips-none">{emptyText}</li>}
      </ul>
      <AddCodeButton codes={codes} applied={codeIds} label={label} onPick={(entry) => void change('tags.apply', entry.code.id)} />
    </div>
  );
}
