// Pure: what failed, one entry per metric family of a variant, so one change fails once: a size
// growth (optimized, gzip and brotli move together) is one entry, and so is a benchmark (its
// cycles, instructions and memory). Shared by the Markdown and console reports.
import type { MetricRow, VariantResult } from '../types.js';
import { vsBaseRegression } from './against-text.js';
import { formatBytes, formatCount, formatPercent, formatThreshold, NBSP } from './format.js';

export interface FailedFamily {
  variant: string;
  /** 'size', a section's name, or the benchmark's export name */
  family: string;
  /** the regressed rows, the one a reader knows best first (gzip, cycles) */
  rows: MetricRow[];
}

/** Regressed rows grouped by variant and family, in the order of `variants` and of their rows. */
export function failedFamilies(variants: readonly VariantResult[]): FailedFamily[] {
  const out: FailedFamily[] = [];
  for (const v of variants) {
    const byFamily = new Map<string, MetricRow[]>();
    for (const row of v.rows.filter((r) => r.status === 'regressed')) {
      const family = familyOf(row);
      byFamily.set(family, [...(byFamily.get(family) ?? []), row]);
    }
    for (const [family, rows] of byFamily) out.push({ variant: v.name, family, rows: rows.sort((a, b) => weight(a) - weight(b)) });
  }
  return out;
}

/** gzip is the download, cycles the speed verdict: they lead their lines. */
function weight(row: MetricRow): number {
  const order = ['gzip', 'optimized', 'brotli', 'raw', 'cycles', 'instructions', 'peakMemoryBytes', 'peakLiveBytes', 'liveBytesAtEnd', 'opsPerSec'];
  const i = order.indexOf(row.metric);
  return i < 0 ? order.length : i;
}

function familyOf(row: MetricRow): string {
  if (row.bench) return row.bench;
  return row.metric === 'section' ? row.label : 'size';
}

/** The metric's short name inside its family's line: `gzip`, `instructions`. */
export function metricName(row: MetricRow): string {
  if (row.metric === 'section') return 'bytes';
  if (row.metric === 'peakMemoryBytes') return 'peak memory';
  return row.metric;
}

/** `2,072 → 2,259 B`: both values in one unit, so the change reads at a glance. */
export function values(row: MetricRow): string {
  if (row.baseline === undefined || row.current === undefined) return '';
  if (row.unit !== 'bytes') return `${formatCount(row.baseline)} → ${formatCount(row.current)}`;
  const [before, after] = [formatBytes(row.baseline), formatBytes(row.current)];
  const unit = (s: string): string => s.slice(s.lastIndexOf(NBSP) + 1);
  // The same unit on both sides: say it once.
  return unit(before) === unit(after) ? `${before.slice(0, before.lastIndexOf(NBSP))} → ${after}` : `${before} → ${after}`;
}

/** `gzip +9.03% (2,072 → 2,259 B), optimized +8.00%`: the values of the first row only, so the
 * line fits on one line; and the thresholds the rows went past. */
export function describeFamily(f: FailedFamily): { items: string[]; thresholds: string } {
  const items = f.rows.map((r, i) => {
    // Failed against the base commit, paired in this run: the ratio says it, with its threshold.
    const vsBase = vsBaseRegression(r);
    if (vsBase) return `speed ${vsBase}`;
    const change = formatPercent(r.deltaPct) || 'changed';
    const v = i === 0 ? values(r) : '';
    return `${metricName(r)} ${change}${v ? ` (${v})` : ''}`;
  });
  const thresholds = [...new Set(f.rows.filter((r) => !vsBaseRegression(r)).map(formatThreshold))];
  if (thresholds.length === 0) return { items, thresholds: '' };
  return { items, thresholds: `${thresholds.length > 1 ? 'thresholds' : 'threshold'} ${thresholds.join(', ')}` };
}
