// Pure: what a reviewer is shown, decided by gated metrics rather than by timing noise, so the
// comment on unchanged code has the same shape on every push. A row "changed" when a gated metric
// moved past its threshold, or an exact metric (bytes, sections, instructions, memory) moved at
// all. Wall-clock throughput against the stored baseline (another machine, another day) is never
// a change by itself: it stays in a fold unless throughput is gated. The paired same-run ratio to
// the reference is not a comparison with the baseline and is always shown.
import type { MetricRow, VariantResult } from '../types.js';

/** Wall-clock timings: noisy, compared with a baseline timed elsewhere. */
export function isTiming(row: MetricRow): boolean {
  return row.metric === 'opsPerSec';
}

export function isGated(row: MetricRow): boolean {
  return row.threshold !== false;
}

/** Timings that are shown outside a fold: only those the config gates. */
export function timingVisible(row: MetricRow): boolean {
  return isTiming(row) && isGated(row);
}

/** A row that needs a reviewer's eye. */
export function rowChanged(row: MetricRow): boolean {
  if (row.status === 'regressed' || row.status === 'improved') return true;
  // A timing within its threshold, or not gated, is noise until proven otherwise.
  if (isTiming(row)) return false;
  if (row.status === 'new' || row.status === 'removed') return true;
  return row.delta !== undefined && row.delta !== 0;
}

/** A variant whose detail opens: a problem, a verdict other than pass, or an exact change. */
export function variantChanged(v: VariantResult): boolean {
  if (v.status !== 'pass' || v.problems.length > 0) return true;
  return v.rows.some(rowChanged);
}

/** The benchmarks of a variant, in the order the module exports them, failed ones included. */
export function benchNames(v: VariantResult): string[] {
  return [...new Set([...v.rows.filter((r) => r.bench).map((r) => r.bench as string), ...Object.keys(v.measurement?.benchErrors ?? {})])];
}

export function benchRow(v: VariantResult, bench: string, metric: string): MetricRow | undefined {
  return v.rows.find((r) => r.bench === bench && r.metric === metric);
}

/**
 * The change that matters most among rows of one metric (instructions, peak memory): the largest
 * growth when something grew, else the largest drop; undefined when nothing compares.
 */
export function worstChange(rows: MetricRow[]): MetricRow | undefined {
  const compared = rows.filter((r) => r.deltaPct !== undefined);
  if (compared.length === 0) return undefined;
  const worse = (r: MetricRow): number => (r.higherIsBetter ? -1 : 1) * (r.deltaPct as number);
  const sorted = [...compared].sort((a, b) => worse(b) - worse(a));
  const top = sorted[0] as MetricRow;
  if (worse(top) > 0) return top;
  return sorted.at(-1) as MetricRow;
}
