// Optimize: run wasm-opt over a module with the configured engine, and name the tool used.
import type { OptimizeConfig } from '../types.js';
import { BINARYEN_VERSION } from '../version.js';
import type { FunctionNames } from '../wasm/name-section.js';
import { optimizeWithBinaryen, optimizeWithBinaryenNamed, loadBinaryen } from './binaryen-engine.js';
import { namesOfModule } from './names-kept.js';
import { nativeWasmOptVersion, optimizeWithNative, optimizeWithNativeNamed } from './native-engine.js';
import { planFromFlags } from './wasm-opt-flags.js';

export interface Optimizer {
  /** e.g. { "binaryen": "132.0.0 (npm, in-process)" } */
  tools: Record<string, string>;
  optimize(input: Uint8Array): Promise<Uint8Array>;
  /** The same bytes, and the names of their functions for measuring only (see names-kept.ts). */
  optimizeNamed(input: Uint8Array): Promise<OptimizedModule>;
}

export interface OptimizedModule {
  bytes: Uint8Array;
  names: FunctionNames;
}

export async function createOptimizer(config: OptimizeConfig | false, env: Record<string, string>): Promise<Optimizer> {
  if (config === false) return { tools: {}, optimize: async (input) => input, optimizeNamed: async (input) => ({ bytes: input, names: namesOfModule(input) }) };
  if (config.engine === 'native') {
    const version = await nativeWasmOptVersion(config.wasmOpt);
    return {
      tools: { 'wasm-opt': `${version} (${config.wasmOpt}) ${config.flags.join(' ')}`.trim() },
      optimize: (input) => optimizeWithNative(config.wasmOpt, input, config.flags, env),
      optimizeNamed: (input) => optimizeWithNativeNamed(config.wasmOpt, input, config.flags, env),
    };
  }
  const plan = planFromFlags(config.flags);
  await loadBinaryen();
  return {
    tools: { binaryen: `${BINARYEN_VERSION} (npm, in-process) ${config.flags.join(' ')}`.trim() },
    optimize: (input) => optimizeWithBinaryen(input, plan),
    optimizeNamed: (input) => optimizeWithBinaryenNamed(input, plan),
  };
}
