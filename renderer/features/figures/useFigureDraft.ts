import { useCallback, useEffect, useState } from 'react';
import type { Figure } from '../../../src/shared/schemas/figure';
import { useClient } from '../../api/ClientContext';
import { formatCount } from '../../lib/format';
import { useDataVersion } from '../undo/dataVersion';
import type { FigureDialogRequest } from './figureDialogStore';
import { draftFromFigure, draftFromSelection, type FigureDraft, type FigureErrors, type FigureField } from './figureDraft';

const numberText = (n: number | undefined) => (n === undefined ? '' : formatCount(n));

/**
 * The figure form's state for one request: the draft (pre-filled from the selection, its count
 * read from the wording by figures.readWording), its errors, and the reporter's earlier figures.
 */
export function useFigureDraft(request: FigureDialogRequest | null) {
  const client = useClient();
  const dataVersion = useDataVersion();
  const [draft, setDraft] = useState<FigureDraft | null>(null);
  const [errors, setErrors] = useState<FigureErrors>({});
  const [reading, setReading] = useState(false);
  const [earlier, setEarlier] = useState<Figure[]>([]);

  const readWording = useCallback(
    async (wording: string) => {
      setReading(true);
      try {
        const { count } = await client.call('figures.readWording', { wording });
        if (count) setDraft((d) => d && { ...d, qualifier: count.qualifier, value: numberText(count.value), min: numberText(count.min), max: numberText(count.max) });
        return count !== null;
      } catch {
        return false;
      } finally {
        setReading(false);
      }
    },
    [client],
  );

  useEffect(() => {
    setErrors({});
    if (!request) {
      setDraft(null);
      return;
    }
    if (request.kind === 'edit') {
      setDraft(draftFromFigure(request.figure));
      return;
    }
    setDraft(draftFromSelection(request.article.id, request.article.publishedAt, request.span.exact));
    void readWording(request.span.exact);
  }, [request, readWording]);

  const reporterId = draft?.reporterId ?? null;
  const ownId = request?.kind === 'edit' ? request.figure.id : null;
  useEffect(() => {
    if (!reporterId) {
      setEarlier((e) => (e.length ? [] : e));
      return;
    }
    let current = true;
    client
      .call('figures.list', { reporterId })
      .then(({ figures }) => current && setEarlier(figures.filter((f) => f.id !== ownId).reverse()))
      .catch(() => current && setEarlier([]));
    return () => {
      current = false;
    };
  }, [client, reporterId, ownId, dataVersion]);

  const set = useCallback(<K extends FigureField>(field: K, value: FigureDraft[K]) => {
    setDraft((d) => d && { ...d, [field]: value });
    setErrors((e) => {
      if (!(field in e)) return e;
      const { [field]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  return { draft, errors, setErrors, set, earlier, reading, readWording };
}
