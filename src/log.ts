// The pipeline reports progress through this, so the CLI prints to the terminal and the action
// to the runner's log (with groups) without the pipeline knowing which.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** build output and other long, low-interest text */
  detail(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export function consoleLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  const write = (text: string): void => {
    stream.write(`${text}\n`);
  };
  return {
    info: write,
    warn: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    detail: (m) => {
      if (verbose) write(`  | ${m}`);
    },
    group: async (title, fn) => {
      write(title);
      return fn();
    },
  };
}

export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  detail: () => {},
  group: (_title, fn) => fn(),
};
