// wasm-opt as a native executable, for teams that pin their own binaryen build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { lastLines } from '../lines.js';
import type { FunctionNames } from '../wasm/name-section.js';
import { namesFromSymbolMap } from './names-kept.js';

export async function optimizeWithNative(wasmOpt: string, input: Uint8Array, flags: readonly string[], env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  return (await optimizeNative(wasmOpt, input, flags, env, false)).bytes;
}

/** The same run, with `--symbolmap` (a writer option: the module's bytes do not change) for names. */
export async function optimizeWithNativeNamed(wasmOpt: string, input: Uint8Array, flags: readonly string[], env: NodeJS.ProcessEnv): Promise<{ bytes: Uint8Array; names: FunctionNames }> {
  return optimizeNative(wasmOpt, input, flags, env, true) as Promise<{ bytes: Uint8Array; names: FunctionNames }>;
}

async function optimizeNative(wasmOpt: string, input: Uint8Array, flags: readonly string[], env: NodeJS.ProcessEnv, withNames: boolean): Promise<{ bytes: Uint8Array; names?: FunctionNames }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-opt-'));
  try {
    const inFile = path.join(dir, 'in.wasm');
    const outFile = path.join(dir, 'out.wasm');
    const mapFile = path.join(dir, 'names.txt');
    await writeFile(inFile, input);
    const args = [inFile, ...flags, '-o', outFile, ...(withNames ? [`--symbolmap=${mapFile}`] : [])];
    const result = await execa(wasmOpt, args, { reject: false, all: true, env, extendEnv: false });
    if (result.exitCode !== 0) {
      const reason = result.failed && result.exitCode === undefined ? result.shortMessage : `exit code ${result.exitCode}`;
      throw new Error(`${wasmOpt} failed (${reason}):\n${lastLines(result.all ?? '', 20)}`);
    }
    const bytes = new Uint8Array(await readFile(outFile));
    if (!withNames) return { bytes };
    const map = await readFile(mapFile, 'utf8').catch(() => undefined);
    return { bytes, names: map === undefined ? { names: new Map(), problem: `${wasmOpt} wrote no symbol map` } : namesFromSymbolMap(map, input) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function nativeWasmOptVersion(wasmOpt: string): Promise<string> {
  const result = await execa(wasmOpt, ['--version'], { reject: false });
  if (result.exitCode !== 0) throw new Error(`${wasmOpt} --version failed: ${result.shortMessage}`);
  return result.stdout.trim();
}
