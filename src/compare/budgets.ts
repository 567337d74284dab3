// Pure: absolute budgets (config `budget`), checked against this run's values alone, so they gate
// with or without a baseline. A row over its budget makes its variant regressed in `check`;
// `update` reports it without failing (it records what main is, over budget or not).
import { own } from '../own.js';
import type { BudgetBenchMetric, BudgetConfig, MetricRow, SizeMetric, VariantResult } from '../types.js';
import { BUDGET_BENCH_METRICS, SIZE_METRICS } from '../types.js';

type BudgetMetric = SizeMetric | BudgetBenchMetric;
const BUDGETED = new Set<string>([...SIZE_METRICS, ...BUDGET_BENCH_METRICS]);

/**
 * The limit of one metric of a variant (and benchmark), most specific first: the variant's limit
 * for that benchmark, the variant's for every benchmark, then the same two at the top level.
 * false at any level lifts the wider limits; undefined when none applies.
 */
export function budgetFor(budget: BudgetConfig | undefined, variant: string, metric: MetricRow['metric'], bench?: string): number | undefined {
  if (!budget || !BUDGETED.has(metric)) return undefined;
  for (const limits of [own(budget.variants, variant), budget]) {
    if (!limits) continue;
    const forBench = bench === undefined ? undefined : own(limits.bench, bench)?.[metric as BudgetBenchMetric];
    const value = forBench ?? limits[metric as BudgetMetric];
    if (value !== undefined) return value === false ? undefined : value;
  }
  return undefined;
}

/** The variant's rows with their budgets; `gate`: a row over budget makes the variant regressed. */
export function applyBudgets(result: VariantResult, budget: BudgetConfig | undefined, gate: boolean): VariantResult {
  if (!budget) return result;
  const rows = result.rows.map((row): MetricRow => {
    if (row.current === undefined || row.failed) return row;
    const limit = budgetFor(budget, result.name, row.metric, row.bench);
    return limit === undefined ? row : { ...row, budget: { limit, exceeded: row.current > limit } };
  });
  const over = gate && rows.some((r) => r.budget?.exceeded) && result.status !== 'error' && result.status !== 'removed';
  return { ...result, rows, ...(over ? { status: 'regressed' as const } : {}) };
}

/** The rows over their budget, for the reports. */
export function overBudget(result: VariantResult): MetricRow[] {
  return result.rows.filter((r) => r.budget?.exceeded);
}
