// Pure: what a pull request's own edit of the config's `budget` lets through. Budgets gate without a
// baseline, so a PR that raises or removes one passes what the base branch's budget would fail:
// each such budget is listed with the other loosened checks, for reviewers to approve.
import { budgetFor } from '../compare/budgets.js';
import type { Loosening } from '../results/published.js';
import { BUDGET_BENCH_METRICS, SIZE_METRICS, type BudgetConfig, type MetricRow } from '../types.js';

type Metric = MetricRow['metric'];

/** Loosened budgets of one variant: a limit the base sets that the PR raises or lifts. */
export function budgetLoosenings(base: BudgetConfig | undefined, head: BudgetConfig | undefined, variant: string): Loosening[] {
  if (!base) return [];
  const out: Loosening[] = [];
  const check = (metric: Metric, bench?: string): void => {
    const from = budgetFor(base, variant, metric, bench);
    const to = budgetFor(head, variant, metric, bench);
    if (from === undefined || (to !== undefined && to <= from)) return;
    const name = bench === undefined ? metric : `${bench}.${metric}`;
    out.push({
      variant,
      metric: `budget:${name}`,
      label: `${bench === undefined ? '' : `${bench} `}${metric === 'peakMemoryBytes' ? 'peak memory' : metric} budget`,
      unit: metric === 'instructions' ? 'instructions' : metric === 'cycles' ? 'cycles' : 'bytes',
      budgetFrom: from,
      budgetTo: to ?? null,
    });
  };
  for (const metric of [...SIZE_METRICS, ...BUDGET_BENCH_METRICS]) check(metric);
  for (const bench of benchesNamed(base, variant)) for (const metric of BUDGET_BENCH_METRICS) check(metric, bench);
  return out;
}

/** The benchmarks the base budget names for this variant (its own, and every variant's). */
function benchesNamed(budget: BudgetConfig, variant: string): string[] {
  const own = Object.hasOwn(budget.variants ?? {}, variant) ? budget.variants?.[variant]?.bench : undefined;
  return [...new Set([...Object.keys(budget.bench ?? {}), ...Object.keys(own ?? {})])];
}
