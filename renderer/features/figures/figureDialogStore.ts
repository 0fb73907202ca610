import type { Article } from '../../../src/shared/schemas/article';
import type { Figure } from '../../../src/shared/schemas/figure';
import type { TextSpan } from '../highlights/textSpan';
import { createRequestStore } from './requestStore';

/** A new figure from text selected in an article, or an existing figure to edit. */
export type FigureDialogRequest = { kind: 'new'; article: Article; span: TextSpan } | { kind: 'edit'; figure: Figure };

const store = createRequestStore<FigureDialogRequest>();

export const openFigureDialog = store.open;
export const closeFigureDialog = store.close;
export const useFigureDialogRequest = store.useRequest;
