// wasm-opt as a native executable, for teams that pin their own binaryen build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { applyFeatureFlags, featureFlagsOf } from './wasm-opt-flags.js';
import { readError, validationError, WasmOptError } from './wasm-opt-output.js';

export interface NativeWasmOpt {
  path: string;
  version: string;
  /** the features it has `--enable-<name>` for, from its --help */
  features: Set<string>;
}

export async function probeNativeWasmOpt(wasmOpt: string): Promise<NativeWasmOpt> {
  const result = await execa(wasmOpt, ['--version'], { reject: false });
  if (result.exitCode !== 0) throw new Error(`${wasmOpt} --version failed: ${result.shortMessage}`);
  const help = await execa(wasmOpt, ['--help'], { reject: false, all: true });
  const features = new Set([...(help.all ?? '').matchAll(/--enable-([a-z0-9-]+)/g)].map((m) => m[1]!));
  return { path: wasmOpt, version: result.stdout.trim(), features };
}

/**
 * The flags that give the executable exactly the module's features: `--mvp-features`, then
 * `--enable-<feature>` for each. An older wasm-opt without bulk-memory-opt gets bulk-memory
 * (which covered memory.copy and memory.fill before binaryen split them); a feature it has no
 * flag for is left out, and its validator then says what is missing.
 */
export function nativeFeatureFlags(features: readonly string[], supported: ReadonlySet<string>): string[] {
  const flags = new Set<string>();
  for (const feature of features) {
    if (supported.has(feature)) flags.add(`--enable-${feature}`);
    else if (feature === 'bulk-memory-opt' && supported.has('bulk-memory')) flags.add('--enable-bulk-memory');
  }
  return ['--mvp-features', ...flags];
}

export async function optimizeWithNative(
  wasmOpt: NativeWasmOpt,
  input: Uint8Array,
  flags: readonly string[],
  features: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-opt-'));
  try {
    const inFile = path.join(dir, 'in.wasm');
    const outFile = path.join(dir, 'out.wasm');
    await writeFile(inFile, input);
    const featureFlags = nativeFeatureFlags(features, wasmOpt.features);
    const result = await execa(wasmOpt.path, [inFile, ...featureFlags, ...flags, '-o', outFile], { reject: false, all: true, env, extendEnv: false });
    if (result.exitCode !== 0) {
      const output = result.all ?? '';
      if (result.failed && result.exitCode === undefined) throw new WasmOptError(`${wasmOpt.path} failed (${result.shortMessage})`, output);
      if (/\[wasm-validator error/.test(output)) {
        const base = featureFlags.slice(1).map((f) => f.slice('--enable-'.length));
        throw validationError(output, applyFeatureFlags(base, featureFlagsOf(flags), [...wasmOpt.features]), base);
      }
      if (/\[parse exception/.test(output)) throw readError(output, undefined);
      const last = output.trimEnd().split('\n').slice(-3).join('\n');
      throw new WasmOptError(`${wasmOpt.path} failed (exit code ${result.exitCode}): ${last}`, output);
    }
    return new Uint8Array(await readFile(outFile));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
