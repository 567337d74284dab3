// Pure: what a pull request's own edits to the baseline and thresholds let through. The verdict
// compares with the baseline as the PR leaves it (an intended update passes, like a snapshot), so
// every check the edit loosens is listed at the top of the comment for reviewers to approve.
import { thresholdFor } from '../compare/thresholds.js';
import type { BaselineReview, Loosening, PerUnit } from '../results/published.js';
import type { Baseline, BaselineVariant, BudgetConfig, GateConfig, MetricKind, MetricRow, ThresholdSetting } from '../types.js';
import { SIZE_METRICS } from '../types.js';
import { own } from '../own.js';
import { budgetLoosenings } from './budget-review.js';

export type { BaselineReview, Loosening, PerUnit } from '../results/published.js';

export interface ReviewSide {
  /** null: the file does not exist on that side; undefined: unknown (not readable) */
  baseline: Baseline | null | undefined;
  thresholds: GateConfig['thresholds'] | undefined;
  /** the config's absolute budget (undefined: none, or the config is unknown) */
  budget?: BudgetConfig;
}

const THRESHOLD_METRICS: MetricKind[] = [...SIZE_METRICS, 'instructions', 'peakMemoryBytes', 'opsPerSec'];

/** `variants`: the variant names of the PR's config, the ones the verdict gates. */
export function reviewChanges(base: ReviewSide, head: ReviewSide, variants: string[]): Omit<BaselineReview, 'source' | 'baseSha' | 'reason'> {
  const loosened: Loosening[] = [];
  const baselineAdded = base.baseline === null && Boolean(head.baseline);
  const headThreshold = (v: string, m: MetricKind): ThresholdSetting | undefined => (head.thresholds ? thresholdFor(head.thresholds, v, m) : undefined);
  const baseThreshold = (v: string, m: MetricKind): ThresholdSetting | undefined => (base.thresholds ? thresholdFor(base.thresholds, v, m) : undefined);
  const gatedOnEitherSide = (v: string, m: MetricKind): boolean => headThreshold(v, m) !== false || baseThreshold(v, m) !== false;

  for (const variant of variants) {
    const before = own(base.baseline?.variants, variant);
    const after = own(head.baseline?.variants, variant);
    const byMetric = new Map<string, Loosening>();
    const entry = (metric: string, label: string, unit: MetricRow['unit']): Loosening => {
      const existing = byMetric.get(metric);
      if (existing) return existing;
      const created: Loosening = { variant, metric, label, unit };
      byMetric.set(metric, created);
      return created;
    };

    if (before && !after && head.baseline) {
      entry('*', 'all metrics', 'bytes').droppedFromBaseline = true;
    } else if (before && after) {
      for (const m of SIZE_METRICS) {
        if (after.size[m] > before.size[m] && gatedOnEitherSide(variant, m)) {
          Object.assign(entry(m, m, 'bytes'), change(before.size[m], after.size[m]));
        }
      }
      benchLoosenings(before, after, (id, label, unit, from, to, metric, perUnit) => {
        if (!gatedOnEitherSide(variant, metric)) return;
        const e = entry(id, label, unit);
        if (Number.isNaN(to)) e.droppedFromBaseline = true;
        else Object.assign(e, change(from, to), perUnit ? { perUnit } : {});
      });
    }

    // Without a base baseline nothing was gated, so no threshold change can loosen anything.
    for (const m of base.baseline === null ? [] : THRESHOLD_METRICS) {
      const from = baseThreshold(variant, m);
      const to = headThreshold(variant, m);
      if (from === undefined || to === undefined || !relaxed(from, to)) continue;
      const e = entry(m, thresholdLabel(m), m === 'opsPerSec' ? 'ops/s' : m === 'instructions' ? 'instructions' : 'bytes');
      e.thresholdFrom = from;
      e.thresholdTo = to;
    }
    loosened.push(...byMetric.values(), ...budgetLoosenings(base.budget, head.budget, variant));
  }

  return {
    ...(baselineAdded ? { baselineAdded } : {}),
    baselineChanged: base.baseline !== undefined && comparable(base.baseline) !== comparable(head.baseline ?? null),
    thresholdsChanged:
      base.thresholds !== undefined && head.thresholds !== undefined && JSON.stringify([base.thresholds, base.budget]) !== JSON.stringify([head.thresholds, head.budget]),
    loosened,
  };
}

/** True when `to` lets through some change that `from` did not. Allowances combine by max. */
export function relaxed(from: ThresholdSetting, to: ThresholdSetting): boolean {
  if (to === false) return from !== false;
  if (from === false) return false;
  return (to.relative ?? 0) > (from.relative ?? 0) || (to.absolute ?? 0) > (from.absolute ?? 0);
}

function change(from: number, to: number): Pick<Loosening, 'from' | 'to' | 'deltaPct'> {
  return { from, to, ...(from === 0 ? {} : { deltaPct: ((to - from) / from) * 100 }) };
}

function benchLoosenings(
  before: BaselineVariant,
  after: BaselineVariant,
  found: (id: string, label: string, unit: MetricRow['unit'], from: number, to: number, metric: MetricKind, perUnit?: PerUnit) => void,
): void {
  for (const [bench, b] of Object.entries(before.bench ?? {})) {
    const a = own(after.bench, bench);
    if (!a) {
      // The benchmark left the baseline: the gate no longer checks it.
      if (b.instructions !== undefined) found(`${bench}.instructions`, `${bench} instructions`, 'instructions', b.instructions, Number.NaN, 'instructions');
      continue;
    }
    const perUnit: PerUnit | undefined = a.iterations === b.iterations ? undefined : { fromIterations: b.iterations, toIterations: a.iterations };
    // Counts compare per unit of work: a PR that halves `iterations` must not hide a slowdown.
    if (b.instructions !== undefined && a.instructions !== undefined) {
      const from = perUnit ? b.instructions / b.iterations : b.instructions;
      const to = perUnit ? a.instructions / a.iterations : a.instructions;
      if (to > from) found(`${bench}.instructions`, `${bench} instructions${perUnit ? ' per unit of work' : ''}`, 'instructions', round(from), round(to), 'instructions', perUnit);
    } else if (b.instructions !== undefined) {
      found(`${bench}.instructions`, `${bench} instructions`, 'instructions', b.instructions, Number.NaN, 'instructions');
    }
    // Memory need not grow with the work (a heap is reused), but must not grow faster than it.
    if (b.peakMemoryBytes !== undefined && a.peakMemoryBytes !== undefined) {
      const scale = Math.max(1, a.iterations / b.iterations);
      if (a.peakMemoryBytes > b.peakMemoryBytes * scale) found(`${bench}.peakMemoryBytes`, `${bench} peak memory${perUnit ? ` (for ${scale === 1 ? 'less' : `${scale.toPrecision(3)}× the`} work)` : ''}`, 'bytes', b.peakMemoryBytes, a.peakMemoryBytes, 'peakMemoryBytes', perUnit);
    }
    if (b.opsPerSec !== undefined && a.opsPerSec !== undefined && a.opsPerSec < b.opsPerSec) {
      found(`${bench}.opsPerSec`, `${bench} throughput`, 'ops/s', b.opsPerSec, a.opsPerSec, 'opsPerSec');
    }
  }
}

/** Four significant digits: per-unit counts are fractions. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}

function thresholdLabel(metric: MetricKind): string {
  return metric === 'peakMemoryBytes' ? 'peak memory' : metric === 'opsPerSec' ? 'throughput' : metric;
}

/** The measured content of a baseline, without the time and tools it was written with. */
function comparable(baseline: Baseline | null): string {
  if (!baseline) return 'null';
  const { updatedAt: _u, tools: _t, ...rest } = baseline;
  return JSON.stringify(rest);
}
