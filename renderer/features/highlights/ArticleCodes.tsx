import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import { useNotices } from '../../ui/notices/NoticeProvider';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';
import { AddCodeButton } from './AddCodeButton';
import { useAnnotations } from './AnnotationContext';
import { CodeChip } from './CodeChip';

/** Codes on the article as a whole (tags.apply with itemType "article"), as chips with the picker. */
export function ArticleCodes({ articleId }: { articleId: string }) {
  const client = useClient();
  const mutate = useMutate();
  const { notify } = useNotices();
  const dataVersion = useDataVersion();
  const { codes } = useAnnotations();
  const [codeIds, setCodeIds] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    client
      .call('tags.of', { itemType: 'article', itemId: articleId })
      .then((r) => current && setCodeIds(r.codeIds))
      .catch(() => current && setCodeIds([]));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  const change = useCallback(
    async (method: 'tags.apply' | 'tags.remove', codeId: string) => {
      try {
        setCodeIds((await mutate(method, { codeId, itemType: 'article', itemId: articleId })).codeIds);
      } catch (error) {
        notify({ tone: 'error', title: method === 'tags.apply' ? 'The code was not applied.' : 'The code was not removed.', detail: errorMessage(error) });
      }
    },
    [articleId, mutate, notify],
  );

  const applied = codeIds.map((id) => codes.byId.get(id)).filter((e): e is NonNullable<typeof e> => Boolean(e));
  return (
    <section className="inspector-section" aria-labelledby="article-codes-heading">
      <h3 id="article-codes-heading" className="inspector-section-title">
        Article codes
      </h3>
      <div className="code-chip-row">
        <ul className="chip-list" aria-labelledby="article-codes-heading" data-testid="article-codes">
          {applied.map((entry) => (
            <CodeChip key={entry.code.id} entry={entry} onRemove={() => void change('tags.remove', entry.code.id)} />
          ))}
          {applied.length === 0 && <li className="code-chips-none">Codes for the article as a whole</li>}
        </ul>
        <AddCodeButton codes={codes} applied={codeIds} label="Add a code to this article" onPick={(entry) => void change('tags.apply', entry.code.id)} />
      </div>
    </section>
  );
}
