import { createRequestStore } from '../figures/requestStore';
import type { RecordedKind, RecordedSpan } from './recordedSpans';

/** Asked before a second figure or quote is made over text that already has one. */
export interface DuplicateRequest {
  kind: RecordedKind;
  exact: string;
  existing: RecordedSpan[];
  proceed: () => void;
}

const store = createRequestStore<DuplicateRequest>();

export const askBeforeDuplicate = store.open;
export const closeDuplicateQuestion = store.close;
export const useDuplicateRequest = store.useRequest;
