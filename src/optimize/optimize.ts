// Optimize: run wasm-opt over a module with the configured engine, and name the tool used.
import type { OptimizeConfig } from '../types.js';
import { BINARYEN_VERSION } from '../version.js';
import { optimizeWithBinaryen, loadBinaryen } from './binaryen-engine.js';
import { nativeWasmOptVersion, optimizeWithNative } from './native-engine.js';
import { planFromFlags } from './wasm-opt-flags.js';

export interface Optimizer {
  /** e.g. { "binaryen": "132.0.0 (npm, in-process)" } */
  tools: Record<string, string>;
  optimize(input: Uint8Array): Promise<Uint8Array>;
}

export async function createOptimizer(config: OptimizeConfig | false, env: Record<string, string>): Promise<Optimizer> {
  if (config === false) return { tools: {}, optimize: async (input) => input };
  if (config.engine === 'native') {
    const version = await nativeWasmOptVersion(config.wasmOpt);
    return {
      tools: { 'wasm-opt': `${version} (${config.wasmOpt}) ${config.flags.join(' ')}`.trim() },
      optimize: (input) => optimizeWithNative(config.wasmOpt, input, config.flags, env),
    };
  }
  const plan = planFromFlags(config.flags);
  await loadBinaryen();
  return {
    tools: { binaryen: `${BINARYEN_VERSION} (npm, in-process) ${config.flags.join(' ')}`.trim() },
    optimize: (input) => optimizeWithBinaryen(input, plan),
  };
}
