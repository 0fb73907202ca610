import { createRequestStore } from '../figures/requestStore';

/** "Verify a case file…": opened from the palette, answered by VerifyCaseFileDialog. */
const store = createRequestStore<{ at: number }>();

export const openVerifyDialog = () => store.open({ at: Date.now() });
export const closeVerifyDialog = store.close;
export const useVerifyRequest = store.useRequest;
