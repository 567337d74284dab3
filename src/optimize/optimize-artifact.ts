// Optimize what a variant built: a core module as it is, or each core module a component embeds,
// put back in place. Each module gets exactly the features it uses. A failure is part of the
// result (the sizes of the raw artifact still get measured), never an exception.
import { embeddedCoreModules, isComponent, replaceCoreModules } from '../wasm/component.js';
import { detectFeatures, featuresToEnable, type ModuleFeatures, type WasmFeature } from '../wasm/features.js';
import { interfaceChanges, moduleInterface } from '../wasm/interface.js';
import { dropKeptImportExports, exportEveryImport } from '../wasm/keep-imports.js';
import type { FunctionNames } from '../wasm/name-section.js';
import type { Optimizer } from './optimize.js';
import { WasmOptError } from './wasm-opt-output.js';

export interface OptimizedCoreModule {
  /** 0 for a module; in a component, its core modules in binary order */
  index: number;
  /** "module", or "core module 1" / "component 0 › core module 1" in a component */
  location: string;
  raw: Uint8Array;
  /** absent when wasm-opt failed on it */
  optimized?: Uint8Array;
  features: ModuleFeatures;
  enabled: WasmFeature[];
}

export interface OptimizedArtifact {
  kind: 'module' | 'component';
  raw: Uint8Array;
  /** absent when wasm-opt failed (on any core module of a component) */
  optimized?: Uint8Array;
  /** the first failure: a short message and binaryen's whole output */
  error?: WasmOptError;
  modules: OptimizedCoreModule[];
  /** a module's function names, for measuring only (components: none) */
  names?: FunctionNames;
}

export async function optimizeArtifact(optimizer: Optimizer, raw: Uint8Array): Promise<OptimizedArtifact> {
  if (!isComponent(raw)) {
    const module = await optimizeCore(optimizer, raw, 0, 'module', false);
    return {
      kind: 'module',
      raw,
      ...(module.optimized ? { optimized: module.optimized } : {}),
      ...(module.names ? { names: module.names } : {}),
      ...errorOf(module),
      modules: [module.result],
    };
  }
  const modules: OptimizedCoreModule[] = [];
  const replacements = new Map<number, Uint8Array>();
  let error: WasmOptError | undefined;
  for (const embedded of embeddedCoreModules(raw)) {
    const core = await optimizeCore(optimizer, raw.subarray(embedded.start, embedded.end), embedded.index, embedded.location, true);
    modules.push(core.result);
    // Only changed modules are put back: every other byte of the component stays as it was.
    if (core.optimized && !sameBytes(core.optimized, core.result.raw)) replacements.set(embedded.index, core.optimized);
    else if (core.error && !error) error = new WasmOptError(`${embedded.location} of the component: ${core.error.message}`, core.error.details);
  }
  if (error) return { kind: 'component', raw, error, modules };
  return { kind: 'component', raw, optimized: replacements.size > 0 ? replaceCoreModules(raw, replacements) : raw, modules };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function errorOf(core: { error?: WasmOptError }): { error?: WasmOptError } {
  return core.error ? { error: core.error } : {};
}

async function optimizeCore(
  optimizer: Optimizer,
  raw: Uint8Array,
  index: number,
  location: string,
  keepInterface: boolean,
): Promise<{ result: OptimizedCoreModule; optimized?: Uint8Array; names?: FunctionNames; error?: WasmOptError }> {
  const features = detectFeatures(raw);
  const enabled = featuresToEnable(features);
  const result: OptimizedCoreModule = { index, location, raw, features, enabled };
  if (!optimizer.enabled) {
    result.optimized = raw;
    return { result, optimized: raw, ...(keepInterface ? {} : { names: (await optimizer.optimizeNamed(raw, enabled)).names }) };
  }
  try {
    if (!keepInterface) {
      const { bytes, names } = await optimizer.optimizeNamed(raw, enabled);
      result.optimized = bytes;
      return { result, optimized: bytes, names };
    }
    // In a component, the module must keep its imports and exports: the component wires them by name.
    const optimized = dropKeptImportExports(await optimizer.optimize(exportEveryImport(raw), enabled));
    const changes = interfaceChanges(moduleInterface(raw), moduleInterface(optimized));
    if (changes.length > 0) throw new WasmOptError(`optimizing changed the module's interface: ${changes.slice(0, 5).join(', ')}`, changes.join('\n'));
    result.optimized = optimized;
    return { result, optimized };
  } catch (error) {
    const failure =
      error instanceof WasmOptError ? error : new WasmOptError(String((error as Error)?.message ?? error), String((error as Error)?.stack ?? error));
    if (features.undecoded && !failure.message.includes(features.undecoded)) {
      return { result, error: new WasmOptError(`${failure.message}\n  (the gate could not decode all of the module: ${features.undecoded})`, failure.details) };
    }
    return { result, error: failure };
  }
}
