// Skip unchanged work: a variant whose raw artifact, optimizer and settings have the digests an
// earlier measurement recorded takes that measurement instead of redoing it. Two sources: a cache
// directory (complete: the optimized bytes, every function, full profiles) and the baseline's own
// record (sizes, sections, the listed functions, the counts). Any difference in bytes, tools or
// settings measures again; so does a baseline entry whose numbers were edited by hand.
import type { GateCache } from '../cache/gate-cache.js';
import { storedIterations } from '../bench/known-counts.js';
import { own } from '../own.js';
import type { Baseline, BaselineVariant, BenchMeasurement, Fingerprint, GateConfig, Reusable, VariantConfig, VariantMeasurement } from '../types.js';
import { isComponent } from '../wasm/component.js';
import { detectFeatures, featuresToEnable } from '../wasm/features.js';
import { featureRecord } from '../measure/sizes.js';
import { canonicalJson } from '../digest.js';
import { readRecord } from './baseline-record.js';

export interface ReuseOptions {
  mode: 'check' | 'update';
  baseline: Baseline | undefined;
  /**
   * In a pull request: the base branch's baseline. An entry's numbers are reused only when its
   * record is the base branch's too (null: the base could not be read, so none are), so that a PR
   * cannot vouch for numbers of its own artifact by editing the baseline. Undefined: the
   * baseline file is trusted (a local run, a push).
   */
  trustedBaseline?: Baseline | null;
  cache?: GateCache;
}

export class ReuseSources {
  constructor(private readonly options: ReuseOptions) {}

  /** What can stand in for measuring this variant, or why nothing can (for the log). */
  async lookup(config: GateConfig, variant: VariantConfig, raw: Uint8Array, fingerprint: Fingerprint): Promise<{ found: Reusable } | { why: string }> {
    const reasons: string[] = [];
    if (this.options.cache) {
      const cached = await this.fromCache(variant, raw, fingerprint);
      if ('found' in cached) return cached;
      if (cached.why !== 'not in the cache') reasons.push(cached.why);
    }
    const fromBaseline = this.fromBaseline(config, variant, raw, fingerprint);
    if ('found' in fromBaseline) return fromBaseline;
    return { why: [fromBaseline.why, ...reasons].join('; ') };
  }

  private async fromCache(variant: VariantConfig, raw: Uint8Array, fingerprint: Fingerprint): Promise<{ found: Reusable } | { why: string }> {
    const read = await (this.options.cache as GateCache).read(fingerprint, raw.length);
    if ('why' in read) return read;
    const { entry, optimized } = read;
    const found: Reusable = {
      source: 'cache',
      measurement: entry.measurement,
      optimizedSha256: entry.optimized,
      cached: { optimized, ...(entry.functionKeys ? { functionKeys: entry.functionKeys } : {}) },
    };
    // Counts at the iterations this run counts at (check: the baseline's), with the same settings.
    const counts = entry.counts;
    if (counts && fingerprint.bench && counts.bench === fingerprint.bench && this.atStoredIterations(variant.name, counts.results)) {
      found.counts = { results: counts.results, startMemoryBytes: counts.startMemoryBytes };
    }
    return { found };
  }

  private fromBaseline(config: GateConfig, variant: VariantConfig, raw: Uint8Array, fingerprint: Fingerprint): { found: Reusable } | { why: string } {
    const entry = own(this.options.baseline?.variants, variant.name);
    if (!entry) return { why: 'not in the baseline' };
    if (isComponent(raw)) return { why: 'a component is reused only from a cache (the baseline does not hold its core modules)' };
    const read = readRecord(entry);
    if ('why' in read) return read;
    const { record } = read;
    if (record.artifact !== fingerprint.artifact) return { why: 'the artifact changed since the baseline' };
    if (record.sizes !== fingerprint.sizes) return { why: "the optimizer, its flags or the gate's measurement rules changed since the baseline" };
    const trusted = this.options.trustedBaseline;
    if (trusted !== undefined) {
      const base = own(trusted?.variants, variant.name);
      if (!base || canonicalJson(base.measuredFrom) !== canonicalJson(entry.measuredFrom)) {
        return { why: trusted === null ? "the base branch's baseline could not be read to confirm its record" : "its baseline entry is not the base branch's (a pull request's own record is not reused)" };
      }
    }
    const features = detectFeatures(raw);
    const measurement: VariantMeasurement = {
      size: entry.size,
      sections: entry.sections ?? {},
      features: featureRecord({ features, enabled: featuresToEnable(features) }),
      ...(entry.functions ? { functions: entry.functions } : {}),
      ...(entry.functionsOmitted ? { functionsOmitted: entry.functionsOmitted } : {}),
      ...(record.functionNaming ? { functionNaming: record.functionNaming } : {}),
    };
    const found: Reusable = { source: 'baseline', measurement, optimizedSha256: record.optimized };
    // `update` calibrates iterations afresh across every variant: its counts are always counted.
    const benchmarked = config.bench.enabled && variant.bench !== false;
    if (benchmarked && this.options.mode === 'check' && fingerprint.bench && record.bench === fingerprint.bench) found.counts = { results: exactCounts(entry) };
    return { found };
  }

  /** True when every count was made at the iterations this run counts that benchmark at. */
  private atStoredIterations(variant: string, results: Record<string, BenchMeasurement>): boolean {
    return Object.entries(results).every(([bench, r]) => storedIterations(this.options.mode, this.options.baseline, variant, bench) === r.iterations);
  }
}

/** A baseline entry's counts: the exact fields and the (bounded) profile, no timings. */
function exactCounts(entry: BaselineVariant): Record<string, BenchMeasurement> {
  const out: Record<string, BenchMeasurement> = {};
  for (const [name, b] of Object.entries(entry.bench ?? {})) {
    const { opsPerSec: _o, opsPerSecCi95: _c, samples: _s, ...exact } = b;
    Object.defineProperty(out, name, { value: exact, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Whether this run needs the optimized bytes of a reused variant, and so runs wasm-opt anyway. */
export function needsOptimizedBytes(config: GateConfig, variant: VariantConfig, found: Reusable, outDir: boolean): boolean {
  if (outDir) return true;
  if (!config.bench.enabled || variant.bench === false) return false;
  if (!found.counts) return true;
  // Nothing to run (the module exports no benchmark), or only counts, which are known.
  return Object.keys(found.counts.results).length > 0 && config.bench.throughput;
}
