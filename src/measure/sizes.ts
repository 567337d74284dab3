// Measure: byte sizes of a module as shipped (optimized, then gzip level 9 and brotli quality 11,
// the levels gzip-size and brotli-size default to) and of each of its sections.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { SizeMeasurement } from '../types.js';
import { sectionSizes } from '../wasm/sections.js';

export function measureSizes(raw: Uint8Array, optimized: Uint8Array): { size: SizeMeasurement; sections: Record<string, number> } {
  return {
    size: {
      raw: raw.length,
      optimized: optimized.length,
      gzip: gzipSync(optimized, { level: 9 }).length,
      brotli: brotliCompressSync(optimized, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: optimized.length,
        },
      }).length,
    },
    sections: sectionSizes(optimized),
  };
}
