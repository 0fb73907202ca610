import type { Quote } from '../../../src/shared/schemas/evidence';
import { createRequestStore } from '../figures/requestStore';

/**
 * An existing quote to complete or edit (`fresh`: just recorded from a selection, so the dialog
 * offers to discard it), or a new quote typed from an interview.
 */
export type QuoteDialogRequest = { kind: 'edit'; quote: Quote; fresh?: boolean } | { kind: 'typed'; caseId: string | null };

const store = createRequestStore<QuoteDialogRequest>();

export const openQuoteDialog = store.open;
export const closeQuoteDialog = store.close;
export const useQuoteDialogRequest = store.useRequest;
