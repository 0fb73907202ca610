import { useEffect } from 'react';

/** The window's title: the open article's, then the app's name. */
export function useDocumentTitle(articleTitle: string | undefined): void {
  useEffect(() => {
    document.title = articleTitle ? `${articleTitle} – Fieldnotes` : 'Fieldnotes';
  }, [articleTitle]);
}
