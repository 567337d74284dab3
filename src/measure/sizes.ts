// Measure: byte sizes of what a variant ships (optimized, then gzip level 9 and brotli quality 11,
// the levels gzip-size and brotli-size default to) and of each of its sections; for a component,
// also each core module inside it. When wasm-opt failed, gzip, brotli and sections are of the raw
// artifact and `optimized` is absent. The compressions run on the thread pool (compress.ts): the
// measurement resolves when they are done.
import type { OptimizedArtifact, OptimizedCoreModule } from '../optimize/optimize-artifact.js';
import type { CoreModuleMeasurement, FeatureRecord, MeasuredSizes, SizeMeasurement, VariantMeasurement } from '../types.js';
import { componentSectionSizes } from '../wasm/component.js';
import { sectionSizes } from '../wasm/sections.js';
import { compressedSizes } from './compress.js';

/** Sizes of a module as shipped: `optimized` compressed, its sections. */
export async function measureSizes(raw: Uint8Array, optimized: Uint8Array): Promise<{ size: SizeMeasurement; sections: Record<string, number> }> {
  return { size: { raw: raw.length, optimized: optimized.length, ...(await compressedSizes(optimized)) }, sections: sectionSizes(optimized) };
}

/** Sections now; sizes when the compressions (all started at once) are done. */
export async function measureArtifact(artifact: OptimizedArtifact): Promise<VariantMeasurement> {
  const shipped = artifact.optimized ?? artifact.raw;
  const sections = artifact.kind === 'component' ? componentSectionSizes(shipped) : sectionSizes(shipped);
  const size = sizesOf(artifact.raw, artifact.optimized);
  const cores = artifact.kind === 'component' ? artifact.modules.map(measureCore) : [];
  const measurement: VariantMeasurement = { size: await size, sections };
  if (!artifact.optimized) measurement.optimizeFailed = true;
  if (artifact.kind === 'module') {
    measurement.features = featureRecord(artifact.modules[0]!);
  } else {
    measurement.component = { coreModules: await Promise.all(cores) };
  }
  return measurement;
}

async function sizesOf(raw: Uint8Array, optimized: Uint8Array | undefined): Promise<MeasuredSizes> {
  const shipped = optimized ?? raw;
  return { raw: raw.length, ...(optimized ? { optimized: optimized.length } : {}), ...(await compressedSizes(shipped)) };
}

async function measureCore(m: OptimizedCoreModule): Promise<CoreModuleMeasurement> {
  const sections = sectionSizes(m.optimized ?? m.raw);
  return { index: m.index, location: m.location, size: await sizesOf(m.raw, m.optimized), sections, features: featureRecord(m) };
}

export function featureRecord(m: Pick<OptimizedCoreModule, 'features' | 'enabled'>): FeatureRecord {
  return {
    used: m.features.used,
    ...(m.features.declared ? { declared: m.features.declared } : {}),
    enabled: m.enabled,
    ...(m.features.undecoded ? { undecoded: m.features.undecoded } : {}),
  };
}
