// Pure: what `check --against` adds to the reports, said once here for the console and the
// Markdown: the "vs base" cells (head / base ops per second, paired, with the interval), the line
// saying that builds ran twice and how long each took, and each variant's base build that failed
// or was skipped.
import { pairedStatus } from '../compare/thresholds.js';
import type { GateResults, MetricRow, VariantResult } from '../types.js';
import { describeThreshold } from '../compare/thresholds.js';
import { formatRatio, formatRatioRange } from './format.js';
import { isTiming } from './signal.js';

/** Whether any variant has a ratio against the base: the tables then have a "vs base" column. */
export function hasVsBase(variants: VariantResult[]): boolean {
  return variants.some((v) => v.rows.some((r) => r.vsBase !== undefined));
}

/** The summary cell: one benchmark's ratio with its interval, several as their range, or why none. */
export function vsBaseCell(v: VariantResult): string {
  const rows = v.rows.filter((r) => isTiming(r) && r.vsBase !== undefined);
  if (rows.length === 1) return formatRatio(rows[0]?.vsBase, rows[0]?.vsBaseCi95);
  if (rows.length > 1) return formatRatioRange(rows.map((r) => r.vsBase as number));
  return v.base?.status === 'unchanged' ? 'unchanged' : v.base?.status === 'failed' ? 'base failed' : '—';
}

/** One benchmark's cell in a variant's detail. */
export function vsBaseBenchCell(row: MetricRow | undefined): string {
  return formatRatio(row?.vsBase, row?.vsBaseCi95) || '—';
}

/** A throughput row that failed against the base commit (thresholds.vsBase), said as such. */
export function vsBaseRegression(row: MetricRow): string | undefined {
  if (!row.vsBaseThreshold || !row.vsBaseCi95 || pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) !== 'regressed') return undefined;
  return `${formatRatio(row.vsBase, row.vsBaseCi95)} of the base commit's speed, wholly past the threshold ${describeThreshold(row.vsBaseThreshold, 'ops/s')} (thresholds.vsBase)`;
}

/** "Builds ran twice": the ref, its commit, and the head's and the base's build times in total. */
export function againstLine(results: GateResults): string | undefined {
  const against = results.against;
  if (!against) return undefined;
  if (!against.sha) return against.warning ? `--against ${against.ref}: ${against.warning}` : undefined;
  const sum = (pick: (v: VariantResult) => number | undefined): number => results.variants.reduce((total, v) => total + (pick(v) ?? 0), 0);
  const compared = results.variants.filter((v) => v.base?.status === 'compared').length;
  const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  return `Builds ran twice (against ${against.ref} = ${against.sha.slice(0, 7)}): head builds ${seconds(sum((v) => v.base?.headBuildMs))}, base builds ${seconds(sum((v) => v.base?.baseBuildMs))}; ${compared} of ${results.variants.length} variants compared with the base.`;
}

/** Each variant whose base build failed or was skipped: its name, what happened, the log's tail. */
export function baseNotes(variants: VariantResult[]): Array<{ variant: string; text: string; details?: string }> {
  return variants
    .filter((v) => v.base && (v.base.status === 'failed' || v.base.status === 'unchanged'))
    .map((v) => ({ variant: v.name, text: v.base?.message ?? v.base?.status ?? '', ...(v.base?.details ? { details: v.base.details } : {}) }));
}
