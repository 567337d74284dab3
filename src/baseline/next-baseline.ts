// Pure: the baseline `update` writes: what compares across machines (bytes, sections, executed
// instructions, peak memory, and the iterations they were counted over), keeping whatever else the
// file held. Wall-clock timings go to the results file; the baseline keeps them only for variants
// whose throughput is gated, so a re-run on unchanged code writes the same bytes and the baseline
// workflow has nothing to commit. A variant that failed keeps its previous entry.
import { thresholdFor } from '../compare/thresholds.js';
import { toolMismatches } from '../compare/tool-match.js';
import { own, setOwn } from '../own.js';
import type { Baseline, BaselineVariant, BenchMeasurement, GateConfig, VariantMeasurement } from '../types.js';

export const BASELINE_SCHEMA_REF = 'https://wasm-gate.dev/schemas/baseline.schema.json';

/** Exact fields of a benchmark: the same on any machine for the same module and iterations. */
export const EXACT_BENCH_FIELDS = ['iterations', 'instructions', 'peakMemoryBytes'] as const;
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
    if (!m) {
      if (before && sameTools) {
        setOwn(variants, name, before);
        kept.push(name);
        if (Object.values(before.bench ?? {}).some((b) => b.opsPerSec !== undefined)) keepsTimings = true;
      } else missing.push(name);
      continue;
    }
    const timed = thresholdFor(thresholds, name, 'opsPerSec') !== false;
    // Keep hand-written extras of a variant entry (notes, anything a later version adds).
    const { size: _size, sections: _sections, bench: _bench, ...extra } = before ?? {};
    const bench: Record<string, BenchMeasurement> = {};
    for (const [b, result] of Object.entries(m.bench ?? {})) setOwn(bench, b, storedBench(result, timed));
    if (timed && Object.values(bench).some((b) => b.opsPerSec !== undefined)) keepsTimings = true;
    setOwn(variants, name, {
      ...extra,
      size: m.size,
      sections: m.sections,
      ...(Object.keys(bench).length > 0 ? { bench } : {}),
    });
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
  return stored as unknown as BenchMeasurement;
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
