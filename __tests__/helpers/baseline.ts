// The baseline `update` would write for measurements of every variant (none failed).
import { nextBaseline } from '../../src/baseline/next-baseline.js';
import type { Baseline, GateConfig, VariantMeasurement } from '../../src/types.js';

export function baselineOf(
  previous: Baseline | undefined,
  measured: Record<string, VariantMeasurement>,
  tools: Record<string, string> = {},
  now: Date = new Date(0),
  thresholds?: GateConfig['thresholds'],
): Baseline {
  return nextBaseline(previous, { variants: Object.keys(measured), measured: new Map(Object.entries(measured)), tools, now, ...(thresholds ? { thresholds } : {}) }).baseline;
}
