// Optimize: run wasm-opt over a module with the configured engine, and name the tool used.
import type { OptimizeConfig } from '../types.js';
import { BINARYEN_VERSION } from '../version.js';
import type { FunctionNames } from '../wasm/name-section.js';
import { optimizeWithBinaryen, optimizeWithBinaryenNamed } from './binaryen-engine.js';
import { namesOfModule } from './names-kept.js';
import { optimizeWithNative, optimizeWithNativeNamed, probeNativeWasmOpt } from './native-engine.js';
import { planFromFlags } from './wasm-opt-flags.js';

export interface Optimizer {
  /** e.g. { "binaryen": "132.0.0 (npm, in-process, module's features) -Oz" }: what a baseline's sizes
   * depend on (compare/tool-match.ts). "module's features": wasm-opt gets exactly the features the
   * module uses, not wasm-opt's defaults, which can give other bytes than wasm-gate before 0.2. */
  tools: Record<string, string>;
  /** false with `"optimize": false`: optimize() returns its input */
  enabled: boolean;
  /** true when optimizing runs on the main thread (in-process binaryen) and holds it for its whole time */
  holdsMainThread: boolean;
  /**
   * Optimizes a core module. `features`: what it uses and declares (features.ts
   * featuresToEnable), the base the configured --enable-/--disable- flags apply to.
   * Throws a WasmOptError (short message, full output in details) when wasm-opt fails.
   */
  optimize(input: Uint8Array, features: readonly string[]): Promise<Uint8Array>;
  /** The same bytes, and the names of their functions for measuring only (see names-kept.ts). */
  optimizeNamed(input: Uint8Array, features: readonly string[]): Promise<OptimizedModule>;
}

export interface OptimizedModule {
  bytes: Uint8Array;
  names: FunctionNames;
}

export async function createOptimizer(config: OptimizeConfig | false, env: Record<string, string>): Promise<Optimizer> {
  if (config === false) {
    return { tools: {}, enabled: false, holdsMainThread: false, optimize: async (input) => input, optimizeNamed: async (input) => ({ bytes: input, names: namesOfModule(input) }) };
  }
  if (config.engine === 'native') {
    const native = await probeNativeWasmOpt(config.wasmOpt);
    return {
      enabled: true,
      holdsMainThread: false,
      tools: { 'wasm-opt': `${native.version} (${config.wasmOpt}, module's features) ${config.flags.join(' ')}`.trim() },
      optimize: (input, features) => optimizeWithNative(native, input, config.flags, features, env),
      optimizeNamed: (input, features) => optimizeWithNativeNamed(native, input, config.flags, features, env),
    };
  }
  const plan = planFromFlags(config.flags);
  // Loaded at the first optimization (a third of a second): a run that reuses every variant's
  // measurement never loads it.
  return {
    enabled: true,
    holdsMainThread: true,
    tools: { binaryen: `${BINARYEN_VERSION} (npm, in-process, module's features) ${config.flags.join(' ')}`.trim() },
    optimize: (input, features) => optimizeWithBinaryen(input, plan, features),
    optimizeNamed: (input, features) => optimizeWithBinaryenNamed(input, plan, features),
  };
}
