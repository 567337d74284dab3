// Pure: the baseline `update` writes: this run's measurements, keeping whatever else the file held.
import type { Baseline, BaselineVariant, VariantMeasurement } from '../types.js';

export const BASELINE_SCHEMA_REF = 'https://wasm-gate.dev/schemas/baseline.schema.json';

export function nextBaseline(
  previous: Baseline | undefined,
  measurements: Record<string, VariantMeasurement>,
  tools: Record<string, string>,
  now: Date,
): Baseline {
  const variants: Record<string, BaselineVariant> = {};
  for (const [name, m] of Object.entries(measurements)) {
    // Keep hand-written extras of a variant entry (notes, anything a later version adds).
    const { size: _size, sections: _sections, bench: _bench, ...extra } = previous?.variants[name] ?? {};
    variants[name] = {
      ...extra,
      size: m.size,
      sections: m.sections,
      ...(m.bench && Object.keys(m.bench).length > 0 ? { bench: m.bench } : {}),
    };
  }
  const { variants: _v, updatedAt: _u, tools: _t, schemaVersion: _s, $schema, ...rest } = previous ?? {};
  return {
    $schema: $schema ?? BASELINE_SCHEMA_REF,
    schemaVersion: 1,
    updatedAt: now.toISOString(),
    tools,
    ...rest,
    variants,
  };
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
