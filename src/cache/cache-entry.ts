// Pure: one cache entry, as written and as read back. A cache directory may come from anywhere
// (actions/cache restores what an earlier job saved), so an entry is read like an untrusted file:
// every field is checked, and what the optimized bytes beside it can confirm is confirmed (their
// digest, their length, their sections, the function sizes under the recorded names). The rest
// (gzip, brotli, instruction counts) is taken as recorded: docs/CACHE.md, "The cache directory", says what that means.
import { allocations, cacheEvents } from '../results/bench-fields.js';
import type { BenchMeasurement, CoreModuleMeasurement, FeatureRecord, MeasuredSizes, MeasurementFingerprint, VariantMeasurement } from '../types.js';
import { sha256 } from '../digest.js';
import { readFunctionBodies } from '../wasm/function-bodies.js';
import { componentSectionSizes, isComponent } from '../wasm/component.js';
import { sectionSizes } from '../wasm/sections.js';
import { sumByKey, toRecord } from '../measure/functions.js';

export const CACHE_FORMAT = 1;

export interface CacheCounts {
  /** the benchmark settings' digest they were counted with */
  bench: string;
  results: Record<string, BenchMeasurement>;
  startMemoryBytes: Record<string, number>;
}

export interface CacheEntry {
  format: typeof CACHE_FORMAT;
  artifact: string;
  sizes: string;
  /** sha256 of the optimized bytes stored beside it */
  optimized: string;
  /** sizes, sections, features, functions and naming, component modules: no benchmark, no timing */
  measurement: VariantMeasurement;
  /** each function body's key, in code order (names for the instruction profile) */
  functionKeys?: string[];
  counts?: CacheCounts;
}

/**
 * The entry for what a run measured (and counted, when its benchmarks ran), or undefined when it
 * has nothing a later run could take (wasm-opt failed, or the numbers came from a bounded baseline).
 */
export function cacheEntryFor(fingerprint: MeasurementFingerprint, m: VariantMeasurement, functionKeys: string[] | undefined, startMemoryBytes: Record<string, number> | undefined): CacheEntry | undefined {
  if (!fingerprint.optimized || m.optimizeFailed || m.functionsOmitted) return undefined;
  const measurement: VariantMeasurement = {
    size: m.size,
    sections: m.sections,
    ...(m.features ? { features: m.features } : {}),
    ...(m.functions ? { functions: m.functions } : {}),
    ...(m.functionNaming ? { functionNaming: m.functionNaming } : {}),
    ...(m.component ? { component: m.component } : {}),
  };
  const entry: CacheEntry = { format: CACHE_FORMAT, artifact: fingerprint.artifact, sizes: fingerprint.sizes, optimized: fingerprint.optimized, measurement };
  if (functionKeys && !m.component) entry.functionKeys = functionKeys;
  const benches = Object.entries(m.bench ?? {});
  // Counts whose profile a bounded baseline cut short are not complete enough to keep.
  const complete = benches.every(([, b]) => !b.profileOmitted && !b.cyclesProfileOmitted);
  if (fingerprint.bench && m.bench && !m.benchErrors && complete) {
    const results: Record<string, BenchMeasurement> = {};
    for (const [name, b] of benches) {
      const { opsPerSec: _o, opsPerSecCi95: _c, samples: _s, ...exact } = b;
      Object.defineProperty(results, name, { value: exact, enumerable: true, writable: true, configurable: true });
    }
    entry.counts = { bench: fingerprint.bench, results, startMemoryBytes: startMemoryBytes ?? {} };
  }
  return entry;
}

class Bad extends Error {}

function fail(at: string, what: string): never {
  throw new Bad(`${at} ${what}`);
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(at, 'is not an object');
  return v as Record<string, unknown>;
}

function int(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(at, 'is not a non-negative integer');
  return v;
}

function str(v: unknown, at: string, max = 4000): string {
  if (typeof v !== 'string' || v.length > max) fail(at, 'is not a string');
  return v;
}

function strings(v: unknown, at: string): string[] {
  if (!Array.isArray(v)) fail(at, 'is not an array');
  return v.map((s, i) => str(s, `${at}/${i}`));
}

function counts(v: unknown, at: string): Record<string, number> {
  return toRecord(Object.entries(obj(v, at)).map(([k, n]) => [k, int(n, `${at}/${k}`)] as const));
}

function sizes(v: unknown, at: string): MeasuredSizes {
  const o = obj(v, at);
  return { raw: int(o.raw, `${at}/raw`), ...(o.optimized === undefined ? {} : { optimized: int(o.optimized, `${at}/optimized`) }), gzip: int(o.gzip, `${at}/gzip`), brotli: int(o.brotli, `${at}/brotli`) };
}

function features(v: unknown, at: string): FeatureRecord {
  const o = obj(v, at);
  return {
    used: strings(o.used, `${at}/used`),
    ...(o.declared === undefined ? {} : { declared: strings(o.declared, `${at}/declared`) }),
    enabled: strings(o.enabled, `${at}/enabled`),
    ...(o.undecoded === undefined ? {} : { undecoded: str(o.undecoded, `${at}/undecoded`) }),
  };
}

function measurement(v: unknown): VariantMeasurement {
  const o = obj(v, '/measurement');
  const m: VariantMeasurement = { size: sizes(o.size, '/measurement/size'), sections: counts(o.sections, '/measurement/sections') };
  if (o.features !== undefined) m.features = features(o.features, '/measurement/features');
  if (o.functions !== undefined) m.functions = counts(o.functions, '/measurement/functions');
  if (o.functionNaming !== undefined) {
    const n = obj(o.functionNaming, '/measurement/functionNaming');
    m.functionNaming = { named: int(n.named, 'named'), total: int(n.total, 'total'), ...(n.note === undefined ? {} : { note: str(n.note, 'note') }) };
  }
  if (o.component !== undefined) {
    const c = obj(o.component, '/measurement/component');
    if (!Array.isArray(c.coreModules)) fail('/measurement/component/coreModules', 'is not an array');
    const coreModules = c.coreModules.map((core, i): CoreModuleMeasurement => {
      const at = `/measurement/component/coreModules/${i}`;
      const x = obj(core, at);
      return { index: int(x.index, `${at}/index`), location: str(x.location, `${at}/location`), size: sizes(x.size, `${at}/size`), sections: counts(x.sections, `${at}/sections`), features: features(x.features, `${at}/features`) };
    });
    m.component = { coreModules, ...(c.benchModule === undefined ? {} : { benchModule: int(c.benchModule, '/measurement/component/benchModule') }) };
  }
  return m;
}

function bench(v: unknown, at: string): BenchMeasurement {
  const o = obj(v, at);
  const b: BenchMeasurement = { iterations: int(o.iterations, `${at}/iterations`) };
  for (const key of ['cycles', 'instructions', 'peakMemoryBytes', 'initialMemoryBytes'] as const) if (o[key] !== undefined) b[key] = int(o[key], `${at}/${key}`);
  if (o.profile !== undefined) b.profile = counts(o.profile, `${at}/profile`);
  if (o.cyclesProfile !== undefined) b.cyclesProfile = counts(o.cyclesProfile, `${at}/cyclesProfile`);
  if (o.allocations !== undefined) b.allocations = allocations(o.allocations, `${at}/allocations`, (v, p) => int(v, p));
  if (o.allocationSizes !== undefined) b.allocationSizes = counts(o.allocationSizes, `${at}/allocationSizes`);
  if (o.heapOverhead !== undefined) b.heapOverhead = typeof o.heapOverhead === 'number' && Number.isFinite(o.heapOverhead) ? o.heapOverhead : fail(`${at}/heapOverhead`, 'is not a number');
  if (o.cache !== undefined) b.cache = cacheEvents(o.cache, `${at}/cache`, (v, p) => int(v, p));
  if (o.allocStats !== undefined) {
    const stats = obj(o.allocStats, `${at}/allocStats`);
    b.allocStats = Object.fromEntries(Object.entries(stats).map(([k, n]) => [k, typeof n === 'number' && Number.isFinite(n) ? n : fail(`${at}/allocStats/${k}`, 'is not a number')]));
  }
  return b;
}

function sameRecord(a: Record<string, number>, b: Record<string, number>): boolean {
  const x = Object.entries(a);
  return x.length === Object.keys(b).length && x.every(([k, v]) => Object.hasOwn(b, k) && b[k] === v);
}

/**
 * The entry in `text` for this artifact and these settings, checked against the optimized bytes
 * stored with it; or why it cannot be used.
 */
export function readCacheEntry(text: string, expect: { artifact: string; sizes: string; rawLength: number }, optimized: Uint8Array): CacheEntry | { why: string } {
  try {
    const o = obj(JSON.parse(text), '/');
    if (o.format !== CACHE_FORMAT) fail('/format', `is not ${CACHE_FORMAT}`);
    if (o.artifact !== expect.artifact || o.sizes !== expect.sizes) fail('/', 'is for another artifact or other settings');
    const digest = str(o.optimized, '/optimized', 64);
    if (sha256(optimized) !== digest) fail('/optimized', 'does not match the optimized module stored with it');
    const m = measurement(o.measurement);
    if (m.size.raw !== expect.rawLength || m.size.optimized !== optimized.length) fail('/measurement/size', 'does not match the artifact or the optimized module');
    const component = isComponent(optimized);
    if (!sameRecord(m.sections, component ? componentSectionSizes(optimized) : sectionSizes(optimized))) fail('/measurement/sections', 'are not those of the optimized module');
    const entry: CacheEntry = { format: CACHE_FORMAT, artifact: expect.artifact, sizes: expect.sizes, optimized: digest, measurement: m };
    if (o.functionKeys !== undefined) {
      const keys = strings(o.functionKeys, '/functionKeys');
      const bodies = readFunctionBodies(optimized).sizes;
      if (keys.length !== bodies.length || !m.functions || !sameRecord(m.functions, sumByKey(keys, bodies))) fail('/measurement/functions', 'are not the function sizes of the optimized module');
      entry.functionKeys = keys;
    } else if (m.functions && !component) fail('/functionKeys', 'is missing');
    if (o.counts !== undefined) {
      const c = obj(o.counts, '/counts');
      const results = obj(c.results, '/counts/results');
      entry.counts = {
        bench: str(c.bench, '/counts/bench', 64),
        results: Object.fromEntries(Object.entries(results).map(([k, b]) => [k, bench(b, `/counts/results/${k}`)])),
        startMemoryBytes: counts(c.startMemoryBytes, '/counts/startMemoryBytes'),
      };
    }
    return entry;
  } catch (error) {
    if (error instanceof Bad || error instanceof SyntaxError) return { why: error.message };
    return { why: `unreadable: ${(error as Error).message}` };
  }
}
