// Pure: the baseline `update` writes: what compares across machines (bytes, sections, executed
// instructions, peak memory, and the iterations they were counted over), keeping whatever else the
// file held. Wall-clock timings go to the results file; the baseline keeps them only for variants
// whose throughput is gated, so a re-run on unchanged code writes the same bytes and the baseline
// workflow has nothing to commit. A variant that failed keeps its previous entry.
// Per-function detail is bounded so the file stays reviewable on modules with thousands of
// functions: the largest functions by bytes, and per benchmark the functions that executed the
// most instructions, each list with one line summing up what it leaves out.
import { thresholdFor } from '../compare/thresholds.js';
import { toolMismatches } from '../compare/tool-match.js';
import { toRecord } from '../measure/functions.js';
import { own, setOwn } from '../own.js';
import { recordFor } from '../reuse/baseline-record.js';
import type { Baseline, BaselineVariant, BenchMeasurement, GateConfig, OmittedFunctions, VariantMeasurement } from '../types.js';

export const BASELINE_SCHEMA_REF = 'https://wasm-gate.dev/schemas/baseline.schema.json';
/** Functions whose bytes a variant's baseline lists (the largest; listed by name). */
export const BASELINE_FUNCTIONS = 200;
/** Functions whose instructions a benchmark's baseline lists (the most executed; largest first). */
export const BASELINE_PROFILE_FUNCTIONS = 20;

/** Exact fields of a benchmark: the same on any machine for the same module and iterations. */
export const EXACT_BENCH_FIELDS = ['iterations', 'cycles', 'instructions', 'peakMemoryBytes', 'initialMemoryBytes', 'allocations'] as const;
/** Wall-clock fields, stored only when the variant's throughput is gated. */
export const TIMING_BENCH_FIELDS = ['opsPerSec', 'opsPerSecCi95', 'samples'] as const;
/** Tools that only describe how timings were taken (the Node version, the bench's settings). */
const TIMING_TOOLS = ['node', 'bench'];

export interface BaselineInput {
  /** every configured variant, in config order */
  variants: string[];
  /** what this run measured, per variant that succeeded */
  measured: ReadonlyMap<string, VariantMeasurement>;
  tools: Record<string, string>;
  now: Date;
  /** the config's, to tell which variants gate throughput (none when omitted) */
  thresholds?: GateConfig['thresholds'];
}

export interface NextBaseline {
  baseline: Baseline;
  /** failed variants whose previous entry was kept as it was */
  kept: string[];
  /** failed variants with no usable previous entry: absent from the new baseline */
  missing: string[];
}

/**
 * The next baseline: measured variants get this run's numbers (keeping hand-written extras of their
 * entries); a variant that failed keeps its previous entry, unless that entry was made with other
 * tools (it would no longer compare), so one broken variant never erases the others' numbers.
 * `updatedAt` is when the stored measurements last changed: unchanged content keeps the previous
 * time, so that two updates of the same code write identical files.
 */
export function nextBaseline(previous: Baseline | undefined, input: BaselineInput): NextBaseline {
  const variants: Record<string, BaselineVariant> = {};
  const kept: string[] = [];
  const missing: string[] = [];
  const thresholds = input.thresholds ?? {};
  const sameTools = previous !== undefined && toolMismatches(previous.tools, input.tools).length === 0;
  let keepsTimings = false;
  for (const name of input.variants) {
    const before = own(previous?.variants, name);
    const m = input.measured.get(name);
    const optimized = m?.size.optimized;
    // A variant whose wasm-opt failed has no optimized size: it counts as failed.
    if (!m || optimized === undefined) {
      if (before && sameTools) {
        setOwn(variants, name, before);
        kept.push(name);
        if (Object.values(before.bench ?? {}).some((b) => b.opsPerSec !== undefined)) keepsTimings = true;
      } else missing.push(name);
      continue;
    }
    const timed = thresholdFor(thresholds, name, 'opsPerSec') !== false;
    // Keep hand-written extras of a variant entry (notes, anything a later version adds).
    const { size: _size, sections: _sections, bench: _bench, functions: _f, functionsOmitted: _o, measuredFrom: _r, ...extra } = before ?? {};
    const bench: Record<string, BenchMeasurement> = {};
    for (const [b, result] of Object.entries(m.bench ?? {})) setOwn(bench, b, storedBench(result, timed));
    if (timed && Object.values(bench).some((b) => b.opsPerSec !== undefined)) keepsTimings = true;
    const functions = m.functions ? largest(m.functions, BASELINE_FUNCTIONS, 'name') : undefined;
    // Functions reused from a bounded entry keep that entry's summary of the others.
    const functionsOmitted = functions?.omitted ?? m.functionsOmitted;
    const entry: BaselineVariant = {
      ...extra,
      size: { ...m.size, optimized },
      sections: m.sections,
      ...(functions ? { functions: functions.listed } : {}),
      ...(functions && functionsOmitted ? { functionsOmitted } : {}),
      ...(Object.keys(bench).length > 0 ? { bench } : {}),
    };
    // What the numbers were measured from, so that a run on the same bytes and settings reuses them.
    const fingerprint = m.fingerprint;
    if (fingerprint?.optimized) entry.measuredFrom = recordFor(entry, { ...fingerprint, optimized: fingerprint.optimized }, m.functionNaming);
    setOwn(variants, name, entry);
  }
  const storedTools = Object.fromEntries(Object.entries(input.tools).filter(([tool]) => keepsTimings || !TIMING_TOOLS.includes(tool)));
  const { variants: _v, updatedAt, tools: _t, schemaVersion: _s, $schema, ...rest } = previous ?? {};
  const next: Baseline = {
    $schema: $schema ?? BASELINE_SCHEMA_REF,
    schemaVersion: 1,
    updatedAt: input.now.toISOString(),
    tools: storedTools,
    ...rest,
    variants,
  };
  if (previous && updatedAt && !baselineChanged(previous, next)) next.updatedAt = updatedAt;
  return { baseline: next, kept, missing };
}

function storedBench(result: BenchMeasurement, timed: boolean): BenchMeasurement {
  const stored: Record<string, unknown> = {};
  for (const field of [...EXACT_BENCH_FIELDS, ...(timed ? TIMING_BENCH_FIELDS : [])]) {
    if (result[field] !== undefined) stored[field] = result[field];
  }
  const top = result.profile ? largest(result.profile, BASELINE_PROFILE_FUNCTIONS, 'value') : undefined;
  if (top) stored.profile = top.listed;
  // A profile reused from a bounded entry keeps that entry's summary of the others.
  const omitted = top?.omitted ?? result.profileOmitted;
  if (top && omitted) stored.profileOmitted = omitted;
  const topCycles = result.cyclesProfile ? largest(result.cyclesProfile, BASELINE_PROFILE_FUNCTIONS, 'value') : undefined;
  if (topCycles) stored.cyclesProfile = topCycles.listed;
  const cyclesOmitted = topCycles?.omitted ?? result.cyclesProfileOmitted;
  if (topCycles && cyclesOmitted) stored.cyclesProfileOmitted = cyclesOmitted;
  return stored as unknown as BenchMeasurement;
}

/** The `limit` largest entries (ties by name), listed in `order`, and a summary of the others. */
export function largest(values: Record<string, number>, limit: number, order: 'name' | 'value'): { listed: Record<string, number>; omitted?: OmittedFunctions } {
  const byName = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const entries = Object.entries(values).sort((a, b) => b[1] - a[1] || byName(a, b));
  const kept = entries.slice(0, limit);
  const left = entries.slice(limit);
  const listed = toRecord(order === 'name' ? kept.sort(byName) : kept);
  if (left.length === 0) return { listed };
  return { listed, omitted: { functions: left.length, total: left.reduce((sum, [, v]) => sum + v, 0), largest: left[0]![1] } };
}

/** True when two baselines differ in anything but the time they were written. */
export function baselineChanged(before: Baseline | undefined, after: Baseline): boolean {
  if (!before) return true;
  const strip = ({ updatedAt: _u, ...rest }: Baseline): unknown => rest;
  return JSON.stringify(strip(before)) !== JSON.stringify(strip(after));
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
