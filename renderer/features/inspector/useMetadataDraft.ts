import { useCallback, useState } from 'react';
import type { Article } from '../../../src/shared/schemas/article';
import { draftFromArticle, type MetadataDraft, type MetadataField } from './metadataDraft';

/** Unsaved drafts by article id, so moving through the library never throws away typing. */
const unsavedDrafts = new Map<string, MetadataDraft>();

/**
 * The form's draft for the shown article. It starts from the stored metadata (or an unsaved draft
 * left earlier) and restarts whenever another article, or a newer save of this one, is shown.
 */
export function useMetadataDraft(article: Article) {
  const key = `${article.id}@${article.updatedAt}`;
  const [state, setState] = useState(() => ({ key, draft: unsavedDrafts.get(article.id) ?? draftFromArticle(article) }));

  let current = state;
  if (state.key !== key) {
    current = { key, draft: unsavedDrafts.get(article.id) ?? draftFromArticle(article) };
    setState(current);
  }

  const setField = useCallback(
    (field: MetadataField, value: string) => {
      setState((s) => {
        const draft = { ...s.draft, [field]: value };
        unsavedDrafts.set(article.id, draft);
        return { ...s, draft };
      });
    },
    [article.id],
  );

  const forget = useCallback(() => {
    unsavedDrafts.delete(article.id);
    setState({ key, draft: draftFromArticle(article) });
  }, [article, key]);

  return { draft: current.draft, setField, forget };
}
