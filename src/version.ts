// Filled in by the bundler from package.json; the fallbacks serve tests that run src/ directly.
import { createRequire } from 'node:module';

declare const __WASM_GATE_VERSION__: string | undefined;
declare const __BINARYEN_VERSION__: string | undefined;

function packageVersion(name: string): string {
  try {
    return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export const WASM_GATE_VERSION = typeof __WASM_GATE_VERSION__ === 'string' ? __WASM_GATE_VERSION__ : '0.0.0-dev';
export const BINARYEN_VERSION = typeof __BINARYEN_VERSION__ === 'string' ? __BINARYEN_VERSION__ : packageVersion('binaryen');
