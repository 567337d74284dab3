// wasm-opt as a native executable, for teams that pin their own binaryen build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { BINARYEN_VERSION } from '../version.js';
import type { FunctionNames } from '../wasm/name-section.js';
import { namesFromSymbolMap } from './names-kept.js';
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

export async function optimizeWithNative(wasmOpt: NativeWasmOpt, input: Uint8Array, flags: readonly string[], features: readonly string[], env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  return (await optimizeNative(wasmOpt, input, flags, features, env, false)).bytes;
}

/** The same run, with `--symbolmap` (a writer option: the module's bytes do not change) for names. */
export async function optimizeWithNativeNamed(
  wasmOpt: NativeWasmOpt,
  input: Uint8Array,
  flags: readonly string[],
  features: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ bytes: Uint8Array; names: FunctionNames }> {
  return optimizeNative(wasmOpt, input, flags, features, env, true) as Promise<{ bytes: Uint8Array; names: FunctionNames }>;
}

async function optimizeNative(
  wasmOpt: NativeWasmOpt,
  input: Uint8Array,
  flags: readonly string[],
  features: readonly string[],
  env: NodeJS.ProcessEnv,
  withNames: boolean,
): Promise<{ bytes: Uint8Array; names?: FunctionNames }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-opt-'));
  try {
    const inFile = path.join(dir, 'in.wasm');
    const outFile = path.join(dir, 'out.wasm');
    const mapFile = path.join(dir, 'names.txt');
    await writeFile(inFile, input);
    const featureFlags = nativeFeatureFlags(features, wasmOpt.features);
    const args = [inFile, ...featureFlags, ...flags, '-o', outFile, ...(withNames ? [`--symbolmap=${mapFile}`] : [])];
    const result = await execa(wasmOpt.path, args, { reject: false, all: true, env, extendEnv: false });
    if (result.exitCode !== 0) throw nativeFailure(wasmOpt, result, featureFlags, flags, features);
    const bytes = new Uint8Array(await readFile(outFile));
    if (!withNames) return { bytes };
    const map = await readFile(mapFile, 'utf8').catch(() => undefined);
    return { bytes, names: map === undefined ? { names: new Map(), problem: `${wasmOpt.path} wrote no symbol map` } : namesFromSymbolMap(map, input) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function nativeFailure(
  wasmOpt: NativeWasmOpt,
  result: { all?: string; failed: boolean; exitCode?: number; shortMessage?: string },
  featureFlags: string[],
  flags: readonly string[],
  features: readonly string[],
): WasmOptError {
  const output = result.all ?? '';
  if (result.failed && result.exitCode === undefined) return new WasmOptError(`${wasmOpt.path} failed (${result.shortMessage})`, output);
  if (/\[wasm-validator error/.test(output)) {
    const base = featureFlags.slice(1).map((f) => f.slice('--enable-'.length));
    return validationError(output, applyFeatureFlags(base, featureFlagsOf(flags), [...wasmOpt.features]), base);
  }
  if (/\[parse exception/.test(output)) return features.length > 0 ? tooOldError(wasmOpt, output, features) : readError(output, undefined);
  const last = output.trimEnd().split('\n').slice(-3).join('\n');
  return new WasmOptError(`${wasmOpt.path} failed (exit code ${result.exitCode}): ${last}`, output);
}

/**
 * A wasm-opt that cannot parse a module using post-MVP features is most likely older than their
 * encoding (Debian's wasm-opt 108 reads GC's pre-standard opcodes: "Bad type form -50" is a
 * standard rec group), so the message names the features and the engine that reads them.
 */
function tooOldError(wasmOpt: NativeWasmOpt, output: string, features: readonly string[]): WasmOptError {
  const reason = output.match(/\[parse exception:[^\n]*/)?.[0] ?? '';
  const noFlag = features.filter((f) => !wasmOpt.features.has(f) && !(f === 'bulk-memory-opt' && wasmOpt.features.has('bulk-memory')));
  const lines = [
    `${wasmOpt.path} (${wasmOpt.version}) cannot read the module's features (${features.join(', ')}): ${reason.slice(0, 200)}`,
    `  this wasm-opt is likely older than their encoding${noFlag.length > 0 ? ` (it has no flag for ${noFlag.join(', ')})` : ''}`,
    `  fix: set optimize.engine to "binaryen" (the bundled binaryen ${BINARYEN_VERSION} reads them), or point optimize.wasmOpt at a newer wasm-opt`,
  ];
  return new WasmOptError(lines.join('\n'), output);
}
