// Optimize and measure one built variant: a core module, or a component and each core module
// inside it. A wasm-opt failure is a problem with the raw sizes still measured. Also picks the
// bytes the bench stage runs (for a component: the core module that exports the benchmarks).
import { benchModuleOf } from '../bench/bench-module.js';
import type { Logger } from '../log.js';
import { optimizeArtifact, type OptimizedArtifact } from '../optimize/optimize-artifact.js';
import type { Optimizer } from '../optimize/optimize.js';
import type { GateConfig, GateProblem, VariantConfig, VariantMeasurement } from '../types.js';
import { measureArtifact } from './sizes.js';

export interface MeasuredVariant {
  measurement: VariantMeasurement;
  problem?: GateProblem;
  /** what the variant ships (the optimized module or component), when wasm-opt succeeded */
  shipped?: Uint8Array;
  /** what the bench stage runs, when there is something to run */
  benchModule?: Uint8Array;
}

export async function optimizeAndMeasure(optimizer: Optimizer, config: GateConfig, variant: VariantConfig, bytes: Uint8Array, log: Logger): Promise<MeasuredVariant> {
  const artifact = await optimizeArtifact(optimizer, bytes);
  const measurement = measureArtifact(artifact);
  logMeasurement(log, variant.name, measurement);
  if (artifact.error || !artifact.optimized) {
    // binaryen's whole output (thousands of lines for a real module) only with --verbose.
    for (const line of artifact.error?.details.trimEnd().split('\n') ?? []) log.detail(line);
    const message = `variant "${variant.name}": wasm-opt failed: ${artifact.error?.message ?? 'no output'}`;
    return { measurement, problem: { kind: 'optimize', variant: variant.name, message } };
  }
  const bench = benchModuleFor(config, variant, artifact, log);
  if (bench?.index !== undefined && measurement.component) measurement.component.benchModule = bench.index;
  return { measurement, shipped: artifact.optimized, ...(bench ? { benchModule: bench.bytes } : {}) };
}

function benchModuleFor(config: GateConfig, variant: VariantConfig, artifact: OptimizedArtifact, log: Logger): { bytes: Uint8Array; index?: number } | undefined {
  if (!config.bench.enabled || variant.bench === false) return undefined;
  const choice = benchModuleOf(artifact, variant.bench?.exports ?? config.bench.exports, variant.bench?.traces ?? config.bench.traces);
  if (choice.note) log.info(`  ${variant.name}: ${choice.note}`);
  return choice.bytes ? { bytes: choice.bytes, ...(choice.index === undefined ? {} : { index: choice.index }) } : undefined;
}

function logMeasurement(log: Logger, name: string, m: VariantMeasurement): void {
  const optimized = m.size.optimized === undefined ? 'optimized: failed' : `optimized ${m.size.optimized} B`;
  const of = m.optimizeFailed ? ' (of the raw module)' : '';
  log.info(`  ${name}: raw ${m.size.raw} B, ${optimized}, gzip ${m.size.gzip} B, brotli ${m.size.brotli} B${of}${featureNote(m.features?.enabled)}`);
  for (const core of m.component?.coreModules ?? []) {
    const coreOptimized = core.size.optimized === undefined ? 'optimized: failed' : `optimized ${core.size.optimized} B`;
    log.info(`    ${core.location}: raw ${core.size.raw} B, ${coreOptimized}, gzip ${core.size.gzip} B, brotli ${core.size.brotli} B${featureNote(core.features.enabled)}`);
  }
}

function featureNote(enabled: string[] | undefined): string {
  return enabled && enabled.length > 0 ? `; features: ${enabled.join(', ')}` : '';
}
