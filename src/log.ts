// The pipeline reports progress through this, so the CLI prints to the terminal and the action
// to the runner's log (with groups) without the pipeline knowing which.
import { fitWidth } from './lines.js';
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** build output and other long, low-interest text */
  detail(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** The CLI's: its own lines wrapped to the terminal's 120 columns; a tool's output (detail) verbatim. */
export function consoleLogger(stream: NodeJS.WritableStream = process.stderr, verbose = false): Logger {
  const write = (text: string): void => {
    stream.write(`${text}\n`);
  };
  const fitted = (text: string): void => write(text.split('\n').flatMap((line) => fitWidth(line)).join('\n'));
  return {
    info: fitted,
    warn: (m) => fitted(`warning: ${m}`),
    error: (m) => fitted(`error: ${m}`),
    detail: (m) => {
      if (verbose) write(`  | ${m}`);
    },
    group: async (title, fn) => {
      fitted(title);
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
