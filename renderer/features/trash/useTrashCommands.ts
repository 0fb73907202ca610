import { useMemo } from 'react';
import type { Command } from '../palette/commandTypes';
import type { ArticleRef } from './useArticleDeletion';

interface TrashCommandOptions {
  /** The selected article, if any. */
  article: ArticleRef | null;
  requestDelete: (article: ArticleRef) => void;
  openTrash: () => void;
}

/** Palette commands: move the selected article to the trash, and open the trash. */
export function useTrashCommands({ article, requestDelete, openTrash }: TrashCommandOptions): Command[] {
  return useMemo(
    () => [
      {
        id: 'article-trash',
        label: 'Move article to trash…',
        keywords: 'delete remove article discard',
        shortcut: ['Delete'],
        disabled: article === null,
        run: () => article && requestDelete(article),
      },
      { id: 'view-trash', label: 'Open trash', keywords: 'deleted restore bin recycle empty undelete', run: openTrash },
    ],
    [article, requestDelete, openTrash],
  );
}
