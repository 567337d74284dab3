// Optimize and measure one built variant: a core module, or a component and each core module
// inside it. A wasm-opt failure is a problem with the raw sizes still measured. Also picks the
// bytes the bench stage runs (for a component: the core module that exports the benchmarks).
// The measurement is a promise: gzip and brotli run on the thread pool while the pipeline builds
// and optimizes the next variant. What a reuse (reuse/reuse.ts) provides is not measured again.
import { canonicalJson, sha256 } from '../digest.js';
import type { Logger } from '../log.js';
import { optimizeArtifact, type OptimizedArtifact, type OptimizedCoreModule } from '../optimize/optimize-artifact.js';
import type { Optimizer } from '../optimize/optimize.js';
import { reusedParts } from '../results/reuse-note.js';
import type { Fingerprint, GateConfig, GateProblem, KnownCounts, MeasuredSizes, Reusable, ReuseRecord, VariantConfig, VariantMeasurement } from '../types.js';
import { formatBytes, NBSP } from '../units.js';
import { embeddedCoreModules, isComponent } from '../wasm/component.js';
import { detectFeatures, featuresToEnable } from '../wasm/features.js';
import { withPlainImports } from '../wasm/import-section.js';
import { benchModuleOf } from './bench-module.js';
import { addFunctionSizes } from './functions.js';
import { withOptimizeProgress } from './optimize-progress.js';
import { sectionSizes } from '../wasm/sections.js';
import { featureRecord, measureArtifact } from './sizes.js';

export interface MeasuredVariant {
  /** resolves when gzip and brotli are in */
  measurement: Promise<VariantMeasurement>;
  problem?: GateProblem;
  /** what the variant ships (the optimized module or component), when this run has its bytes */
  shipped?: Uint8Array;
  /** what the bench stage runs, when it has something to run */
  benchModule?: Uint8Array;
  /** the key of each function body of the bench module (per-function instruction profile), when known */
  functionKeys?: string[];
  /** counts the bench stage takes instead of counting */
  knownCounts?: KnownCounts;
}

export interface MeasureInput {
  optimizer: Optimizer;
  config: GateConfig;
  variant: VariantConfig;
  bytes: Uint8Array;
  fingerprint: Fingerprint;
  /** an earlier measurement of the same bytes and settings */
  found?: Reusable;
  /** the optimized bytes are needed (throughput timing, --out-dir, counting) */
  needsBytes: boolean;
  log: Logger;
}

export async function measureVariant(input: MeasureInput): Promise<MeasuredVariant> {
  const { found, fingerprint } = input;
  if (found?.cached) return fromCache(input, found, found.cached);
  if (found && !input.needsBytes) {
    const measurement: VariantMeasurement = { ...found.measurement, fingerprint: { ...fingerprint, optimized: found.optimizedSha256 }, reuse: reuseRecord(found) };
    return { measurement: Promise.resolve(withCounts(measurement, found.counts)) };
  }
  const flags = input.config.optimize === false ? [] : input.config.optimize.flags;
  const artifact = await withOptimizeProgress(input.log, input.variant.name, input.bytes, flags, () => optimizeArtifact(input.optimizer, input.bytes));
  if (artifact.error || !artifact.optimized) return optimizeFailed(input, artifact);
  const optimized = sha256(artifact.optimized);
  // Sections, features and functions come from the fresh bytes (they cost nothing); gzip and
  // brotli, the costly part, from the record when the bytes are the recorded ones.
  const fresh = found && artifact.kind === 'module' ? measuredWithSizes(artifact, found.measurement.size) : undefined;
  const reused = fresh && found && found.optimizedSha256 === optimized && sameSections(fresh.sections, found.measurement.sections) ? found : undefined;
  if (found && !reused) input.log.info(`  ${input.variant.name}: wasm-opt gave other bytes than the ones its ${found.source} record names: measured again`);
  const measurement = reused && fresh ? fresh : measureArtifact(artifact);
  // Function sizes need no compression: measured now, so that the bench stage has the keys.
  const functionPart = {} as VariantMeasurement;
  const functionKeys = artifact.kind === 'module' && artifact.names ? addFunctionSizes(functionPart, artifact.optimized, artifact.names) : undefined;
  const bench = benchModuleFor(input.config, input.variant, artifact, input.log);
  const handOff = benchHandOff(input.config, bench, reused?.counts);
  const done = Promise.resolve(measurement).then((m) => {
    Object.assign(m, functionPart);
    if (bench?.index !== undefined && m.component) m.component.benchModule = bench.index;
    m.fingerprint = { ...fingerprint, optimized };
    if (reused) m.reuse = { ...reuseRecord(reused), optimizedAgain: true };
    return handOff.withCounts ? withCounts(m, reused?.counts) : m;
  });
  return {
    measurement: done,
    shipped: artifact.optimized,
    ...(handOff.module ? { benchModule: handOff.module } : {}),
    ...(functionKeys ? { functionKeys } : {}),
    ...(reused?.counts ? { knownCounts: reused.counts } : {}),
  };
}

/**
 * `check --against`: the base commit's artifact optimized exactly as the head's was (same
 * optimizer, flags and feature detection), and the bytes the bench stage runs of it.
 */
export async function baseBenchModule(input: Pick<MeasureInput, 'optimizer' | 'config' | 'variant' | 'bytes' | 'log'>): Promise<{ bytes: Uint8Array } | { why: string }> {
  const artifact = await optimizeArtifact(input.optimizer, input.bytes);
  if (artifact.error || !artifact.optimized) return { why: `wasm-opt failed on it: ${artifact.error?.message ?? 'no output'}` };
  // The head's notes (which core module of a component runs) are not said again.
  const bench = benchModuleFor(input.config, input.variant, artifact, { ...input.log, info: () => {} });
  return bench ? { bytes: bench.bytes } : { why: 'it exports no benchmark' };
}

/** A module the gate cannot read (past wasm-opt, or with "optimize": false): a short message for
 * its variant, the stack only with --verbose. */
export function measureProblem(variant: string, error: unknown, log: Logger): GateProblem {
  log.detail(String((error as Error)?.stack ?? error));
  const message = String((error as Error)?.message ?? error).split('\n')[0]?.slice(0, 300);
  return { kind: 'measure', variant, message: `variant "${variant}": the gate cannot read its module: ${message}` };
}

/**
 * Whether the bench stage runs this variant: to count, or to time the module when throughput is
 * on. Known counts and nothing to time: it does not, and the counts go straight into the
 * measurement.
 */
function benchHandOff(config: GateConfig, bench: { bytes: Uint8Array } | undefined, counts: KnownCounts | undefined): { module?: Uint8Array; withCounts: boolean } {
  if (!bench) return { withCounts: counts !== undefined };
  if (counts && !config.bench.throughput) return { withCounts: true };
  return { module: bench.bytes, withCounts: false };
}

function sameSections(a: Record<string, number>, b: Record<string, number>): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

async function optimizeFailed(input: MeasureInput, artifact: OptimizedArtifact): Promise<MeasuredVariant> {
  const { variant, log } = input;
  // binaryen's whole output (thousands of lines for a real module) only with --verbose.
  for (const line of artifact.error?.details.trimEnd().split('\n') ?? []) log.detail(line);
  const message = `variant "${variant.name}": wasm-opt failed (the sizes shown are the raw ${artifact.kind}'s): ${artifact.error?.message ?? 'no output'}`;
  const measurement = measureArtifact(artifact).then((m) => ({ ...m, fingerprint: { ...input.fingerprint } }));
  return { measurement, problem: { kind: 'optimize', variant: variant.name, message } };
}

/** A cache entry: the optimized bytes and the whole measurement, no wasm-opt run. */
function fromCache(input: MeasureInput, found: Reusable, cached: NonNullable<Reusable['cached']>): MeasuredVariant {
  const measurement: VariantMeasurement = structuredClone(found.measurement);
  measurement.fingerprint = { ...input.fingerprint, optimized: found.optimizedSha256 };
  measurement.reuse = reuseRecord(found);
  const bench = benchModuleFor(input.config, input.variant, artifactOf(input.bytes, cached.optimized), input.log);
  const handOff = benchHandOff(input.config, bench, found.counts);
  return {
    measurement: Promise.resolve(handOff.withCounts ? withCounts(measurement, found.counts) : measurement),
    shipped: cached.optimized,
    ...(handOff.module ? { benchModule: handOff.module } : {}),
    ...(cached.functionKeys ? { functionKeys: cached.functionKeys } : {}),
    ...(found.counts ? { knownCounts: found.counts } : {}),
  };
}

/** The optimized artifact as the bench module choice reads it, rebuilt from cached bytes. */
function artifactOf(raw: Uint8Array, optimized: Uint8Array): OptimizedArtifact {
  if (!isComponent(optimized)) {
    const features = detectFeatures(raw);
    const module: OptimizedCoreModule = { index: 0, location: 'module', raw, optimized, features, enabled: featuresToEnable(features) };
    return { kind: 'module', raw, optimized, modules: [module] };
  }
  const modules = embeddedCoreModules(optimized).map((e): OptimizedCoreModule => {
    const bytes = optimized.subarray(e.start, e.end);
    const features = detectFeatures(bytes);
    return { index: e.index, location: e.location, raw: bytes, optimized: bytes, features, enabled: featuresToEnable(features) };
  });
  return { kind: 'component', raw, optimized, modules };
}

/** The fresh measurement of the optimized bytes, with the recorded gzip and brotli. */
function measuredWithSizes(artifact: OptimizedArtifact, size: MeasuredSizes): VariantMeasurement {
  const optimized = artifact.optimized as Uint8Array;
  return {
    size: { raw: artifact.raw.length, optimized: optimized.length, gzip: size.gzip, brotli: size.brotli },
    sections: sectionSizes(optimized),
    features: featureRecord(artifact.modules[0] as OptimizedCoreModule),
  };
}

function withCounts(m: VariantMeasurement, counts: KnownCounts | undefined): VariantMeasurement {
  if (counts && Object.keys(counts.results).length > 0) m.bench = structuredClone(counts.results);
  return m;
}

/** What was reused; counts only when there were any (a module with no benchmarks reuses sizes only). */
function reuseRecord(found: Reusable): ReuseRecord {
  const counted = found.counts && Object.keys(found.counts.results).length > 0;
  return { source: found.source, reused: counted ? ['sizes', 'counts'] : ['sizes'] };
}

function benchModuleFor(config: GateConfig, variant: VariantConfig, artifact: OptimizedArtifact, log: Logger): { bytes: Uint8Array; index?: number } | undefined {
  if (!config.bench.enabled || variant.bench === false) return undefined;
  const choice = benchModuleOf(artifact, variant.bench?.exports ?? config.bench.exports, variant.bench?.traces ?? config.bench.traces);
  if (choice.note) log.info(`  ${variant.name}: ${choice.note}`);
  // V8 cannot compile compact or exact imports (binaryen writes them under -all): the bench runs
  // the same module with plain ones.
  return choice.bytes ? { bytes: withPlainImports(choice.bytes), ...(choice.index === undefined ? {} : { index: choice.index }) } : undefined;
}

/** The report's units (report/format.ts), so progress and tables read alike. */
export function logMeasurement(log: Logger, name: string, m: VariantMeasurement): void {
  const reused = m.reuse ? `; unchanged artifact: reused ${reusedParts(m.reuse).join(', ')} from the ${m.reuse.source}` : '';
  log.info(`  ${name}: ${sizesLine(m.size)}${m.optimizeFailed ? ' (of the raw module)' : ''}${featureNote(m.features?.enabled)}${reused}`);
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
