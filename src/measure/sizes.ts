// Measure: byte sizes of what a variant ships (optimized, then gzip level 9 and brotli quality 11,
// the levels gzip-size and brotli-size default to) and of each of its sections; for a component,
// also each core module inside it. When wasm-opt failed, gzip, brotli and sections are of the raw
// artifact and `optimized` is absent.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OptimizedArtifact, OptimizedCoreModule } from '../optimize/optimize-artifact.js';
import type { CoreModuleMeasurement, FeatureRecord, MeasuredSizes, SizeMeasurement, VariantMeasurement } from '../types.js';
import { componentSectionSizes } from '../wasm/component.js';
import { sectionSizes } from '../wasm/sections.js';

export function compressedSizes(bytes: Uint8Array): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Sizes of a module as shipped: `optimized` compressed, its sections. */
export function measureSizes(raw: Uint8Array, optimized: Uint8Array): { size: SizeMeasurement; sections: Record<string, number> } {
  return { size: { raw: raw.length, optimized: optimized.length, ...compressedSizes(optimized) }, sections: sectionSizes(optimized) };
}

export function measureArtifact(artifact: OptimizedArtifact): VariantMeasurement {
  const shipped = artifact.optimized ?? artifact.raw;
  const sections = artifact.kind === 'component' ? componentSectionSizes(shipped) : sectionSizes(shipped);
  const measurement: VariantMeasurement = { size: sizesOf(artifact.raw, artifact.optimized), sections };
  if (!artifact.optimized) measurement.optimizeFailed = true;
  if (artifact.kind === 'module') {
    measurement.features = featureRecord(artifact.modules[0]!);
  } else {
    measurement.component = { coreModules: artifact.modules.map(measureCore) };
  }
  return measurement;
}

function sizesOf(raw: Uint8Array, optimized: Uint8Array | undefined): MeasuredSizes {
  const shipped = optimized ?? raw;
  return { raw: raw.length, ...(optimized ? { optimized: optimized.length } : {}), ...compressedSizes(shipped) };
}

function measureCore(m: OptimizedCoreModule): CoreModuleMeasurement {
  return { index: m.index, location: m.location, size: sizesOf(m.raw, m.optimized), sections: sectionSizes(m.optimized ?? m.raw), features: featureRecord(m) };
}

function featureRecord(m: OptimizedCoreModule): FeatureRecord {
  return {
    used: m.features.used,
    ...(m.features.declared ? { declared: m.features.declared } : {}),
    enabled: m.enabled,
    ...(m.features.undecoded ? { undecoded: m.features.undecoded } : {}),
  };
}
