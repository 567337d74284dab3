// Pure: how a budget reads in every report: "gzip 31.2 KB of 40 KB budget", and when a value is
// over it, by how much. Bytes are shown in the units the budget was written in: a budget of
// "40 KB" (40,000 bytes) reads in KB, one of "40 KiB" in KiB, so the limit reads as it was set.
import type { MetricRow, VariantResult } from '../types.js';
import { formatBytes, formatCount, NBSP } from './format.js';

const DECIMAL_UNITS: Array<[number, string]> = [
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'KB'],
];

/** 31.2 KB · 1.5 MB · 900 B: three significant digits, powers of 1000. */
function formatDecimalBytes(bytes: number): string {
  for (const [size, unit] of DECIMAL_UNITS) {
    if (bytes >= size) return `${Number((bytes / size).toPrecision(3))}${NBSP}${unit}`;
  }
  return `${bytes}${NBSP}B`;
}

function decimalBudget(limit: number): boolean {
  return limit >= 1000 && limit % 1000 === 0 && limit % 1024 !== 0;
}

/** One value in the budget's own units. */
export function formatBudgetValue(value: number, row: MetricRow): string {
  if (row.unit !== 'bytes') return formatCount(value);
  const limit = row.budget?.limit ?? value;
  return decimalBudget(limit) ? formatDecimalBytes(value) : formatBytes(value);
}

/** "gzip" for a size, "bench_small cycles" for a benchmark. */
export function budgetSubject(row: MetricRow): string {
  return row.bench ? row.label : row.metric;
}

/** "gzip 31.2 KB of 40 KB budget"; over it: "gzip 45.1 KB of 40 KB budget (over by 5.1 KB)". */
export function describeBudget(row: MetricRow): string {
  const budget = row.budget;
  if (!budget || row.current === undefined) return '';
  const text = `${budgetSubject(row)} ${formatBudgetValue(row.current, row)} of ${formatBudgetValue(budget.limit, row)} budget`;
  return budget.exceeded ? `${text} (over by ${formatBudgetValue(row.current - budget.limit, row)})` : text;
}

/** The rows of a variant that have a budget, sizes first (the rows' own order). */
export function budgetRows(v: VariantResult): MetricRow[] {
  return v.rows.filter((r) => r.budget !== undefined && r.current !== undefined);
}
