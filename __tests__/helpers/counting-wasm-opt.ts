// Debian's native wasm-opt behind a wrapper that logs every optimization it runs, so that a test
// can tell what the gate optimized and what it reused. The tests that use it fail without it.
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { missingRequirement, type SkipContext } from './need.js';

const NATIVE = '/usr/bin/wasm-opt';

/** A `beforeEach` for the tests that run the wrapper: they fail when Debian's wasm-opt is missing. */
export function requireNativeWasmOpt(ctx: SkipContext): void {
  if (!existsSync(NATIVE)) missingRequirement(ctx, `${NATIVE} (Debian's native wasm-opt) is missing`, 'apt-get install binaryen');
}

/** Writes the wrapper into `dir`: its path, and how many optimizations it has run so far. */
export async function countingWasmOpt(dir: string): Promise<{ wrapper: string; calls: () => Promise<number> }> {
  const wrapper = path.join(dir, 'wasm-opt');
  const log = path.join(dir, 'calls.log');
  await writeFile(wrapper, `#!/bin/sh\ncase " $* " in *" -o "*) echo run >> '${log}' ;; esac\nexec ${NATIVE} "$@"\n`);
  await chmod(wrapper, 0o755);
  const calls = async (): Promise<number> => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
  return { wrapper, calls };
}
