import { useCallback, useEffect, useMemo, useState } from 'react';
import { CodePointText } from '../../../src/shared/domain/code-points';
import type { Redaction } from '../../../src/shared/schemas/export';
import { useClient } from '../../api/ClientContext';
import { errorMessage } from '../../api/errorMessage';
import type { TextSpan } from '../highlights/textSpan';
import { useDataVersion } from '../undo/dataVersion';
import { useMutate } from '../undo/useMutate';

/** A redaction with its place in the reading text in UTF-16 indices, as the reader draws text. */
export interface DrawnRedaction extends Redaction {
  from: number;
  to: number;
}

/** The redacted spans of an article, asked again whenever data changes; create and remove are undoable. */
export function useArticleRedactions(articleId: string, text: string) {
  const client = useClient();
  const mutate = useMutate();
  const dataVersion = useDataVersion();
  const [state, setState] = useState<{ redactions: Redaction[]; error: string | null }>({ redactions: [], error: null });

  useEffect(() => {
    let current = true;
    client
      .call('redactions.list', { targetType: 'article', targetId: articleId })
      .then(({ redactions }) => current && setState({ redactions, error: null }))
      .catch((error: unknown) => current && setState({ redactions: [], error: errorMessage(error) }));
    return () => {
      current = false;
    };
  }, [client, articleId, dataVersion]);

  const drawn = useMemo((): DrawnRedaction[] => {
    const cp = new CodePointText(text);
    return state.redactions.map((r) => ({ ...r, from: cp.toUtf16(r.start), to: cp.toUtf16(r.end) }));
  }, [state.redactions, text]);

  const create = useCallback(
    async (span: TextSpan, reason: string) => void (await mutate('redactions.create', { targetType: 'article', targetId: articleId, start: span.start, end: span.end, exact: span.exact, reason })),
    [mutate, articleId],
  );
  const remove = useCallback(async (id: string) => void (await mutate('redactions.delete', { id })), [mutate]);
  return { redactions: drawn, error: state.error, create, remove };
}
