// binaryen's own wasm-opt command (npm binaryen, the version the engine runs in process): the
// byte-exact reference for the in-process engine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repo } from './cli.js';

export const npmWasmOpt = path.join(repo, 'node_modules', 'binaryen', 'bin', 'wasm-opt');

/** The flags that give wasm-opt exactly these features, as the gate does. */
export function featureFlags(features: readonly string[]): string[] {
  return ['--mvp-features', ...features.map((f) => `--enable-${f}`)];
}

/** Runs binaryen's wasm-opt CLI on the bytes; returns its output module. */
export function wasmOptCli(input: Uint8Array, flags: readonly string[]): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-opt-'));
  const inFile = path.join(dir, 'in.wasm');
  const outFile = path.join(dir, 'out.wasm');
  writeFileSync(inFile, input);
  execFileSync(process.execPath, [npmWasmOpt, inFile, ...flags, '-o', outFile], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  return readFileSync(outFile);
}
