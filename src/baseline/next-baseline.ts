// Pure: the baseline `update` writes: this run's measurements, keeping whatever else the file held.
// Per-function detail is bounded so the file stays reviewable on modules with thousands of
// functions: the largest functions by bytes, and per benchmark the functions that executed the
// most instructions, each list with one line summing up what it leaves out.
import type { Baseline, BaselineVariant, BenchMeasurement, OmittedFunctions, VariantMeasurement } from '../types.js';
import { toRecord } from '../measure/functions.js';

export const BASELINE_SCHEMA_REF = 'https://wasm-gate.dev/schemas/baseline.schema.json';
/** Functions whose bytes a variant's baseline lists (the largest; listed by name). */
export const BASELINE_FUNCTIONS = 200;
/** Functions whose instructions a benchmark's baseline lists (the most executed; largest first). */
export const BASELINE_PROFILE_FUNCTIONS = 20;

export function nextBaseline(
  previous: Baseline | undefined,
  measurements: Record<string, VariantMeasurement>,
  tools: Record<string, string>,
  now: Date,
): Baseline {
  const variants: Record<string, BaselineVariant> = {};
  for (const [name, m] of Object.entries(measurements)) {
    // Keep hand-written extras of a variant entry (notes, anything a later version adds).
    const { size: _size, sections: _sections, bench: _bench, functions: _f, functionsOmitted: _o, ...extra } = previous?.variants[name] ?? {};
    const functions = m.functions ? largest(m.functions, BASELINE_FUNCTIONS, 'name') : undefined;
    variants[name] = {
      ...extra,
      size: m.size,
      sections: m.sections,
      ...(functions ? { functions: functions.listed } : {}),
      ...(functions?.omitted ? { functionsOmitted: functions.omitted } : {}),
      ...(m.bench && Object.keys(m.bench).length > 0 ? { bench: boundedBench(m.bench) } : {}),
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

function boundedBench(bench: Record<string, BenchMeasurement>): Record<string, BenchMeasurement> {
  const out: Record<string, BenchMeasurement> = {};
  for (const [name, { profile, profileOmitted: _o, ...rest }] of Object.entries(bench)) {
    const top = profile ? largest(profile, BASELINE_PROFILE_FUNCTIONS, 'value') : undefined;
    out[name] = { ...rest, ...(top ? { profile: top.listed } : {}), ...(top?.omitted ? { profileOmitted: top.omitted } : {}) };
  }
  return out;
}

/** The `limit` largest entries (ties by name), listed in `order`, and a summary of the others. */
export function largest(values: Record<string, number>, limit: number, order: 'name' | 'value'): { listed: Record<string, number>; omitted?: OmittedFunctions } {
  const byName = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const entries = Object.entries(values).sort((a, b) => b[1] - a[1] || byName(a, b));
  const kept = entries.slice(0, limit);
  const left = entries.slice(limit);
  const listed = toRecord(order === 'name' ? kept.sort(byName) : kept);
  if (left.length === 0) return { listed };
  return { listed, omitted: { functions: left.length, total: left.reduce((sum, [, v]) => sum + v, 0), largest: left[0]![1] } };
}
