// Pure: the record `update` writes in each variant's baseline entry (`measuredFrom`): which raw
// artifact, with which settings, its numbers were measured from, and a digest of those numbers.
// A later run whose artifact and settings have the same digests takes the numbers instead of
// measuring them again; a hand edit of the numbers (a test, a tightened size) breaks the digest,
// and the variant is measured as before.
import type { BaselineVariant, FunctionNaming, MeasuredFrom, MeasurementFingerprint } from '../types.js';
import { canonicalJson, sha256 } from '../digest.js';

/** A benchmark's fields a reuse takes (the exact ones: next-baseline.ts EXACT_BENCH_FIELDS, and the profile). */
const REUSED_BENCH_FIELDS = ['iterations', 'cycles', 'instructions', 'peakMemoryBytes', 'initialMemoryBytes', 'allocations', 'profile', 'profileOmitted', 'cyclesProfile', 'cyclesProfileOmitted'] as const;

/** What the numbers digest covers: every field a reuse takes from the entry. */
function digestOf(entry: BaselineVariant, record: Omit<MeasuredFrom, 'numbers'>): string {
  const bench: Record<string, unknown> = {};
  for (const [name, b] of Object.entries(entry.bench ?? {})) {
    const exact: Record<string, unknown> = {};
    for (const field of REUSED_BENCH_FIELDS) exact[field] = b[field];
    bench[name] = exact;
  }
  return sha256(canonicalJson({ size: entry.size, sections: entry.sections, functions: entry.functions, functionsOmitted: entry.functionsOmitted, bench, record }));
}

/** The record for an entry about to be written. */
export function recordFor(entry: BaselineVariant, fingerprint: MeasurementFingerprint & { optimized: string }, naming: FunctionNaming | undefined): MeasuredFrom {
  const record: Omit<MeasuredFrom, 'numbers'> = {
    artifact: fingerprint.artifact,
    sizes: fingerprint.sizes,
    ...(fingerprint.bench ? { bench: fingerprint.bench } : {}),
    optimized: fingerprint.optimized,
    ...(naming ? { functionNaming: naming } : {}),
  };
  return { ...record, numbers: digestOf(entry, record) };
}

const HEX64 = /^[0-9a-f]{64}$/;

/** An entry's record when it is well formed and its numbers are the ones it was written with. */
export function readRecord(entry: BaselineVariant | undefined): { record: MeasuredFrom } | { why: string } {
  const raw = entry?.measuredFrom as Partial<MeasuredFrom> | undefined;
  if (!entry || raw === undefined) return { why: 'the baseline holds no record of the artifact it was measured from (written by an older wasm-gate, or by hand)' };
  const hex = (v: unknown): boolean => typeof v === 'string' && HEX64.test(v);
  const naming = raw.functionNaming as Partial<FunctionNaming> | undefined;
  const namingOk = naming === undefined || (Number.isInteger(naming.named) && Number.isInteger(naming.total) && (naming.note === undefined || typeof naming.note === 'string'));
  if (!hex(raw.artifact) || !hex(raw.sizes) || !hex(raw.optimized) || !hex(raw.numbers) || (raw.bench !== undefined && !hex(raw.bench)) || !namingOk) {
    return { why: 'its baseline record (measuredFrom) is malformed' };
  }
  const { numbers, ...rest } = raw as MeasuredFrom;
  if (digestOf(entry, rest) !== numbers) return { why: 'its numbers in the baseline were edited after `update` recorded them' };
  return { record: raw as MeasuredFrom };
}
