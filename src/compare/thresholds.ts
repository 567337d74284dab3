// Pure: which threshold applies to a metric of a variant, and what it says about a change.
import { DEFAULT_THRESHOLDS } from '../config/defaults.js';
import { own } from '../own.js';
import type { GateConfig, MetricRow, RowStatus, ThresholdKey, ThresholdSetting } from '../types.js';

export function thresholdFor(thresholds: GateConfig['thresholds'], variant: string, metric: ThresholdKey): ThresholdSetting {
  return own(thresholds.variants, variant)?.[metric] ?? thresholds[metric] ?? DEFAULT_THRESHOLDS[metric];
}

/** The growth a threshold allows on top of `baseline`: a change must pass every allowance given. */
export function allowance(threshold: Exclude<ThresholdSetting, false>, baseline: number): number {
  const allowances: number[] = [];
  if (threshold.relative !== undefined) allowances.push((Math.abs(baseline) * threshold.relative) / 100);
  if (threshold.absolute !== undefined) allowances.push(threshold.absolute);
  return allowances.length === 0 ? 0 : Math.max(...allowances);
}

/** Status of an exact metric: growth (in the worse direction) beyond the allowance regresses. */
export function exactStatus(baseline: number, current: number, threshold: ThresholdSetting, higherIsBetter = false): RowStatus {
  if (threshold === false) return 'info';
  const worse = higherIsBetter ? baseline - current : current - baseline;
  const allowed = allowance(threshold, baseline);
  if (worse > allowed) return 'regressed';
  if (-worse > allowed) return 'improved';
  return 'pass';
}

/**
 * Status of a noisy metric (wall-clock throughput, higher is better) with 95% intervals on both
 * sides: the interval of the ratio current/baseline (log scale, both spreads combined) must lie
 * wholly beyond the threshold, so noise alone never raises an alarm.
 */
export function noisyStatus(
  baseline: { value: number; ci95?: [number, number] },
  current: { value: number; ci95?: [number, number] },
  threshold: ThresholdSetting,
): RowStatus {
  if (threshold === false) return 'info';
  const [low, high] = ratioInterval(baseline, current);
  const allowedRatio = allowance(threshold, baseline.value) / baseline.value;
  if (high < 1 - allowedRatio) return 'regressed';
  if (low > 1 + allowedRatio) return 'improved';
  return 'pass';
}

/**
 * Status of a paired ratio (head / base, higher is better) from its 95% interval: past the
 * threshold only when the whole interval is (ci95[1] < 1 − t regressed, ci95[0] > 1 + t improved).
 */
export function pairedStatus(ci95: [number, number], threshold: ThresholdSetting): RowStatus {
  if (threshold === false) return 'info';
  const allowed = (threshold.relative ?? 0) / 100;
  if (ci95[1] < 1 - allowed) return 'regressed';
  if (ci95[0] > 1 + allowed) return 'improved';
  return 'pass';
}

export function ratioInterval(
  baseline: { value: number; ci95?: [number, number] },
  current: { value: number; ci95?: [number, number] },
): [number, number] {
  const halfWidth = (v: { value: number; ci95?: [number, number] }): number =>
    v.ci95 ? (Math.log(v.ci95[1]) - Math.log(v.ci95[0])) / 2 : 0;
  const spread = Math.hypot(halfWidth(baseline), halfWidth(current));
  const logRatio = Math.log(current.value / baseline.value);
  return [Math.exp(logRatio - spread), Math.exp(logRatio + spread)];
}

export function describeThreshold(threshold: ThresholdSetting, unit: string): string {
  if (threshold === false) return 'not gated';
  const parts: string[] = [];
  if (threshold.relative !== undefined) parts.push(`${threshold.relative}%`);
  if (threshold.absolute !== undefined) parts.push(`${threshold.absolute.toLocaleString('en-US')} ${unit}`);
  return parts.length === 0 ? 'any change' : parts.join(' and ');
}

/**
 * Whether a row moved: exact values when they differ at all; noisy values (with intervals) only
 * when the interval of the ratio excludes 1, so reports do not headline run-to-run noise.
 */
export function rowMoved(row: MetricRow): boolean {
  if (row.delta === undefined || row.delta === 0 || row.current === undefined || row.baseline === undefined) return false;
  if (!row.ci95 && !row.baselineCi95) return true;
  const [low, high] = ratioInterval(
    { value: row.baseline, ...(row.baselineCi95 ? { ci95: row.baselineCi95 } : {}) },
    { value: row.current, ...(row.ci95 ? { ci95: row.ci95 } : {}) },
  );
  return high < 1 || low > 1;
}
