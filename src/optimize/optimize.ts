// Optimize: run wasm-opt over a module with the configured engine, and name the tool used.
import type { OptimizeConfig } from '../types.js';
import { BINARYEN_VERSION } from '../version.js';
import { optimizeWithBinaryen, loadBinaryen } from './binaryen-engine.js';
import { optimizeWithNative, probeNativeWasmOpt } from './native-engine.js';
import { planFromFlags } from './wasm-opt-flags.js';

export interface Optimizer {
  /** e.g. { "binaryen": "132.0.0 (npm, in-process)" } */
  tools: Record<string, string>;
  /** false with `"optimize": false`: optimize() returns its input */
  enabled: boolean;
  /**
   * Optimizes a core module. `features`: what it uses and declares (features.ts
   * featuresToEnable), the base the configured --enable-/--disable- flags apply to.
   * Throws a WasmOptError (short message, full output in details) when wasm-opt fails.
   */
  optimize(input: Uint8Array, features: readonly string[]): Promise<Uint8Array>;
}

export async function createOptimizer(config: OptimizeConfig | false, env: Record<string, string>): Promise<Optimizer> {
  if (config === false) return { tools: {}, enabled: false, optimize: async (input) => input };
  if (config.engine === 'native') {
    const native = await probeNativeWasmOpt(config.wasmOpt);
    return {
      enabled: true,
      tools: { 'wasm-opt': `${native.version} (${config.wasmOpt}) ${config.flags.join(' ')}`.trim() },
      optimize: (input, features) => optimizeWithNative(native, input, config.flags, features, env),
    };
  }
  const plan = planFromFlags(config.flags);
  await loadBinaryen();
  return {
    enabled: true,
    tools: { binaryen: `${BINARYEN_VERSION} (npm, in-process) ${config.flags.join(' ')}`.trim() },
    optimize: (input, features) => optimizeWithBinaryen(input, plan, features),
  };
}
