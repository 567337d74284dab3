// Pure: the baseline `update` writes: this run's measurements, keeping whatever else the file held.
import { toolMismatches } from '../compare/tool-match.js';
import { own, setOwn } from '../own.js';
import type { Baseline, BaselineVariant, VariantMeasurement } from '../types.js';

export const BASELINE_SCHEMA_REF = 'https://wasm-gate.dev/schemas/baseline.schema.json';

export interface BaselineInput {
  /** every configured variant, in config order */
  variants: string[];
  /** what this run measured, per variant that succeeded */
  measured: ReadonlyMap<string, VariantMeasurement>;
  tools: Record<string, string>;
  now: Date;
}

export interface NextBaseline {
  baseline: Baseline;
  /** failed variants whose previous entry was kept as it was */
  kept: string[];
  /** failed variants with no usable previous entry: absent from the new baseline */
  missing: string[];
}

/**
 * The next baseline: measured variants get this run's numbers (keeping hand-written extras of their
 * entries); a variant that failed keeps its previous entry, unless that entry was made with other
 * tools (it would no longer compare), so one broken variant never erases the others' numbers.
 */
export function nextBaseline(previous: Baseline | undefined, input: BaselineInput): NextBaseline {
  const variants: Record<string, BaselineVariant> = {};
  const kept: string[] = [];
  const missing: string[] = [];
  const sameTools = previous !== undefined && toolMismatches(previous.tools, input.tools).length === 0;
  for (const name of input.variants) {
    const before = own(previous?.variants, name);
    const m = input.measured.get(name);
    if (!m) {
      if (before && sameTools) {
        setOwn(variants, name, before);
        kept.push(name);
      } else missing.push(name);
      continue;
    }
    // Keep hand-written extras of a variant entry (notes, anything a later version adds).
    const { size: _size, sections: _sections, bench: _bench, ...extra } = before ?? {};
    setOwn(variants, name, {
      ...extra,
      size: m.size,
      sections: m.sections,
      ...(m.bench && Object.keys(m.bench).length > 0 ? { bench: m.bench } : {}),
    });
  }
  const { variants: _v, updatedAt: _u, tools: _t, schemaVersion: _s, $schema, ...rest } = previous ?? {};
  return {
    baseline: {
      $schema: $schema ?? BASELINE_SCHEMA_REF,
      schemaVersion: 1,
      updatedAt: input.now.toISOString(),
      tools: input.tools,
      ...rest,
      variants,
    },
    kept,
    missing,
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
