/** Where progress goes: a stream that says whether it is a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** One more page is done. */
  tick(): void;
  /** All are done: clears the line. */
  end(): void;
}

const SILENT: Progress = { tick() {}, end() {} };

/**
 * A one-line count of the pages done, redrawn in place, for more than one page on a terminal;
 * nothing at all when the stream is piped or redirected, as in CI.
 */
export function progress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  let done = 0;
  const draw = () => stream.write(`\r\x1b[2Kchecking pages: ${done} of ${total}`);
  draw();
  return {
    tick() {
      done += 1;
      draw();
    },
    end() {
      stream.write('\r\x1b[2K');
    },
  };
}
