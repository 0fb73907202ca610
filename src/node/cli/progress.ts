/** Where progress goes: standard error, shown only when it is a terminal (a script's stderr is not). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** Replaces the progress line with `text`. */
  update(text: string): void;
  /** Clears the progress line, leaving the terminal as it was. */
  done(): void;
}

const silent: Progress = { update: () => {}, done: () => {} };

/**
 * One progress line on standard error for long commands (export, import of many files), rewritten
 * in place; nothing at all when stderr is not a terminal, and never anything on standard output,
 * so `--json` output and piped output stay exactly as they were.
 */
export function progressLine(stream: ProgressStream | undefined): Progress {
  if (!stream?.isTTY) return silent;
  let shown = false;
  return {
    update(text) {
      shown = true;
      stream.write(`\r${text.slice(0, 200)}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

/**
 * Runs a long step with a progress line: `follow` is started with a function that shows a text
 * after `label` and returns the function that stops it; the line is cleared when the step ends.
 */
export async function withProgress<T>(io: { progress?: ProgressStream }, label: string, follow: (show: (text: string) => void) => () => void, step: () => Promise<T>): Promise<T> {
  const line = progressLine(io.progress);
  line.update(`${label}…`);
  const stop = io.progress?.isTTY ? follow((text) => line.update(`${label}: ${text}`)) : () => {};
  try {
    return await step();
  } finally {
    stop();
    line.done();
  }
}
