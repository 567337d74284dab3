// Optimize and measure one built variant: a core module, or a component and each core module
// inside it. A wasm-opt failure is a problem with the raw sizes still measured. Also picks the
// bytes the bench stage runs (for a component: the core module that exports the benchmarks).
import { benchModuleOf } from '../bench/bench-module.js';
import type { Logger } from '../log.js';
import { optimizeArtifact, type OptimizedArtifact } from '../optimize/optimize-artifact.js';
import type { Optimizer } from '../optimize/optimize.js';
import { formatBytes, NBSP } from '../report/format.js';
import type { GateConfig, GateProblem, MeasuredSizes, VariantConfig, VariantMeasurement } from '../types.js';
import { addFunctionSizes } from './functions.js';
import { measureArtifact } from './sizes.js';

export interface MeasuredVariant {
  measurement: VariantMeasurement;
  problem?: GateProblem;
  /** what the variant ships (the optimized module or component), when wasm-opt succeeded */
  shipped?: Uint8Array;
  /** what the bench stage runs, when there is something to run */
  benchModule?: Uint8Array;
  /** the key of each function body of the bench module (per-function instruction profile), when known */
  functionKeys?: string[];
}

export async function optimizeAndMeasure(optimizer: Optimizer, config: GateConfig, variant: VariantConfig, bytes: Uint8Array, log: Logger): Promise<MeasuredVariant> {
  const artifact = await optimizeArtifact(optimizer, bytes);
  const measurement = measureArtifact(artifact);
  logMeasurement(log, variant.name, measurement);
  if (artifact.error || !artifact.optimized) {
    // binaryen's whole output (thousands of lines for a real module) only with --verbose.
    for (const line of artifact.error?.details.trimEnd().split('\n') ?? []) log.detail(line);
    const message = `variant "${variant.name}": wasm-opt failed (the sizes shown are the raw ${artifact.kind}'s): ${artifact.error?.message ?? 'no output'}`;
    return { measurement, problem: { kind: 'optimize', variant: variant.name, message } };
  }
  // A module's functions by name (a component's core modules are not listed function by function).
  const functionKeys = artifact.kind === 'module' && artifact.names ? addFunctionSizes(measurement, artifact.optimized, artifact.names) : undefined;
  const bench = benchModuleFor(config, variant, artifact, log);
  if (bench?.index !== undefined && measurement.component) measurement.component.benchModule = bench.index;
  return { measurement, shipped: artifact.optimized, ...(bench ? { benchModule: bench.bytes } : {}), ...(functionKeys ? { functionKeys } : {}) };
}

function benchModuleFor(config: GateConfig, variant: VariantConfig, artifact: OptimizedArtifact, log: Logger): { bytes: Uint8Array; index?: number } | undefined {
  if (!config.bench.enabled || variant.bench === false) return undefined;
  const choice = benchModuleOf(artifact, variant.bench?.exports ?? config.bench.exports, variant.bench?.traces ?? config.bench.traces);
  if (choice.note) log.info(`  ${variant.name}: ${choice.note}`);
  return choice.bytes ? { bytes: choice.bytes, ...(choice.index === undefined ? {} : { index: choice.index }) } : undefined;
}

/** The report's units (report/format.ts), so progress and tables read alike. */
function logMeasurement(log: Logger, name: string, m: VariantMeasurement): void {
  log.info(`  ${name}: ${sizesLine(m.size)}${m.optimizeFailed ? ' (of the raw module)' : ''}${featureNote(m.features?.enabled)}`);
  for (const core of m.component?.coreModules ?? []) log.info(`    ${core.location}: ${sizesLine(core.size)}${featureNote(core.features.enabled)}`);
}

function sizesLine(size: MeasuredSizes): string {
  const part = (metric: 'raw' | 'optimized' | 'gzip' | 'brotli'): string => {
    const value = size[metric];
    return value === undefined ? `${metric} failed` : `${metric} ${formatBytes(value)}`;
  };
  return (['raw', 'optimized', 'gzip', 'brotli'] as const).map(part).join(', ').replaceAll(NBSP, ' ');
}

function featureNote(enabled: string[] | undefined): string {
  return enabled && enabled.length > 0 ? `; features: ${enabled.join(', ')}` : '';
}
