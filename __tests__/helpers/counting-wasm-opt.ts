// Debian's native wasm-opt behind a wrapper that logs every optimization it runs, so that a test
// can tell what the gate optimized and what it reused. Required on CI.
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { onCI } from './toolchain.js';

const NATIVE = '/usr/bin/wasm-opt';
export const haveNativeWasmOpt = existsSync(NATIVE);
if (!haveNativeWasmOpt && onCI) throw new Error(`${NATIVE} is missing: apt-get install binaryen`);

/** Writes the wrapper into `dir`: its path, and how many optimizations it has run so far. */
export async function countingWasmOpt(dir: string): Promise<{ wrapper: string; calls: () => Promise<number> }> {
  const wrapper = path.join(dir, 'wasm-opt');
  const log = path.join(dir, 'calls.log');
  await writeFile(wrapper, `#!/bin/sh\ncase " $* " in *" -o "*) echo run >> '${log}' ;; esac\nexec ${NATIVE} "$@"\n`);
  await chmod(wrapper, 0o755);
  const calls = async (): Promise<number> => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
  return { wrapper, calls };
}
