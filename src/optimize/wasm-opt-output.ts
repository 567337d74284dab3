import { format } from 'node:util';

// What wasm-opt prints when it fails, cut down to what a reader needs: the first validator error,
// the features the module uses and the flags to add. binaryen's validator prints one message per
// problem with the whole offending expression: thousands of lines for a real module. The full
// text stays in the error's `details` (shown with --verbose).

/** wasm-opt failed: `message` is a few lines; `details` is everything binaryen printed. */
export class WasmOptError extends Error {
  constructor(
    message: string,
    readonly details: string,
  ) {
    super(message);
    this.name = 'WasmOptError';
  }
}

export interface Captured<T> {
  value?: T;
  error?: unknown;
  output: string;
}

let consoleSink: ((text: string) => void) | undefined;

/**
 * binaryen.js prints through console.log / console.error, bound when it loads. Called before it
 * loads, this puts forwarding functions there that captureOutput can divert (a test runner's
 * console may not write to process.stdout). Outside a capture they forward unchanged.
 */
export function divertibleConsole(): void {
  if ((console as { __wasmGate?: true }).__wasmGate) return;
  for (const method of ['log', 'error', 'warn', 'info'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]): void => {
      if (consoleSink) consoleSink(`${format(...args)}\n`);
      else original.apply(console, args);
    };
  }
  (console as { __wasmGate?: true }).__wasmGate = true;
}

/** Runs a synchronous call with everything it prints (console, process.stdout and stderr) captured. */
export function captureOutput<T>(fn: () => T): Captured<T> {
  const chunks: string[] = [];
  const { stdout, stderr } = process;
  const out = stdout.write;
  const err = stderr.write;
  const sink = ((chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof stdout.write;
  stdout.write = sink;
  stderr.write = sink;
  const outer = consoleSink;
  consoleSink = (text) => chunks.push(text);
  try {
    return { value: fn(), output: chunks.join('') };
  } catch (error) {
    return { error, output: chunks.join('') };
  } finally {
    stdout.write = out;
    stderr.write = err;
    consoleSink = outer;
  }
}

const VALIDATOR_ERROR = /^\[wasm-validator error[^\]]*\].*$/gm;

/** The first validator error, without binaryen's "unexpected false: " and trailing ", on". */
export function firstValidatorError(output: string): string | undefined {
  const first = output.match(VALIDATOR_ERROR)?.[0];
  return first?.replace(/ unexpected (?:false|true): /, ' ').replace(/,? on\s*$/, '').trim();
}

/** The `--enable-<feature>` flags binaryen's messages name, in order of first mention. */
export function suggestedFlags(output: string): string[] {
  return [...new Set(output.match(/--enable-[a-z0-9-]+/g) ?? [])];
}

function countLines(text: string): number {
  const trimmed = text.trimEnd();
  return trimmed === '' ? 0 : trimmed.split('\n').length;
}

/**
 * The error for a module binaryen's validator rejects, given what it printed, the features that
 * were enabled and those the module uses (the flags to add are the used ones that were not
 * enabled, and any the validator names).
 */
export function validationError(output: string, enabled: readonly string[], used: readonly string[] = []): WasmOptError {
  const errors = output.match(VALIDATOR_ERROR)?.length ?? 0;
  const missing = used.filter((f) => !enabled.includes(f)).map((f) => `--enable-${f}`);
  const flags = [...new Set([...missing, ...suggestedFlags(output).filter((f) => !enabled.includes(f.slice('--enable-'.length)))])];
  const lines = [
    `the module does not validate with the features enabled for it (${enabled.length > 0 ? enabled.join(', ') : 'none beyond the MVP'})` +
      (missing.length > 0 ? `; it uses ${used.join(', ')}` : ''),
    `  first of ${errors} validator error${errors === 1 ? '' : 's'}: ${firstValidatorError(output) ?? lastLine(output)}`,
    flags.length > 0
      ? `  fix: add ${flags.map((f) => `"${f}"`).join(', ')} to optimize.flags, or drop the flags that disable them (--verbose shows all ${countLines(output)} lines)`
      : `  fix: add the --enable-<feature> flags the module needs to optimize.flags, or set "optimize": false (--verbose shows all ${countLines(output)} lines)`,
  ];
  return new WasmOptError(lines.join('\n'), output);
}

/** The error for a module binaryen cannot read (or a crash inside binaryen). */
export function readError(output: string, error: unknown): WasmOptError {
  const reason = output.match(/\[parse exception:[^\n]*/)?.[0] ?? (lastLine(output) || String((error as Error)?.message ?? error));
  return new WasmOptError(`binaryen cannot read the module: ${reason.slice(0, 300)}`, output || String((error as Error)?.stack ?? error));
}

function lastLine(text: string): string {
  return text.trimEnd().split('\n').pop()?.trim() ?? '';
}
