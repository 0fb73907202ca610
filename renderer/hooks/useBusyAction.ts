import { useState } from 'react';

/**
 * One action at a time: `busy` while it runs, and `problem`, what to say when it failed (cleared
 * when it is tried again). A second run while one is under way is ignored.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run(action: () => Promise<void>, describeFailure: (error: unknown) => string | null) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(describeFailure(error));
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, setProblem, run };
}
