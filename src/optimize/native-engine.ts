// wasm-opt as a native executable, for teams that pin their own binaryen build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { lastLines } from '../lines.js';

export async function optimizeWithNative(wasmOpt: string, input: Uint8Array, flags: readonly string[], env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-opt-'));
  try {
    const inFile = path.join(dir, 'in.wasm');
    const outFile = path.join(dir, 'out.wasm');
    await writeFile(inFile, input);
    const result = await execa(wasmOpt, [inFile, ...flags, '-o', outFile], { reject: false, all: true, env, extendEnv: false });
    if (result.exitCode !== 0) {
      const reason = result.failed && result.exitCode === undefined ? result.shortMessage : `exit code ${result.exitCode}`;
      throw new Error(`${wasmOpt} failed (${reason}):\n${lastLines(result.all ?? '', 20)}`);
    }
    return new Uint8Array(await readFile(outFile));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function nativeWasmOptVersion(wasmOpt: string): Promise<string> {
  const result = await execa(wasmOpt, ['--version'], { reject: false });
  if (result.exitCode !== 0) throw new Error(`${wasmOpt} --version failed: ${result.shortMessage}`);
  return result.stdout.trim();
}
