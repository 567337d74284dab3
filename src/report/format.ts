// Pure: number and status formatting shared by the console and Markdown reports (and the progress
// log), so a value reads the same everywhere. Bytes over 10 KiB in KiB/MiB, counts and rates over
// 10,000 in K/M (units.ts, below every stage), a sign and a unit on every delta. A no-break space joins a number to its unit,
// so a table cell never wraps between them.
import type { MetricRow, RowStatus, VariantStatus } from '../types.js';
import { describeThreshold } from '../compare/thresholds.js';
import { formatBytes, formatCount, NBSP } from '../units.js';

export { formatBytes, formatCount, NBSP };

/** Soft hyphen: a long header may break here (with a hyphen) rather than widen its column. */
export const SHY = '\u00ad';
/** Word joiner: no line break here, and nothing visible. */
export const WJ = '\u2060';
const MINUS = '-';

/** 39.1 M/s */
export function formatRate(perSecond: number): string {
  return `${formatCount(perSecond)}/s`;
}

export function formatValue(value: number | undefined, unit: MetricRow['unit']): string {
  if (value === undefined) return '—';
  if (unit === 'ops/s') return formatRate(value);
  if (unit === 'bytes') return formatBytes(value);
  return formatCount(value);
}

/** +405 B · -1.00 MiB · +312 K · ±0: always a sign, and a unit for bytes. */
export function formatSigned(delta: number | undefined, unit: MetricRow['unit']): string {
  if (delta === undefined) return '';
  if (delta === 0) return unit === 'bytes' ? `±0${NBSP}B` : '±0';
  const sign = delta > 0 ? '+' : MINUS;
  const magnitude = unit === 'bytes' ? formatBytes(Math.abs(delta)) : unit === 'ops/s' ? formatRate(Math.abs(delta)) : formatCount(Math.abs(delta));
  return `${sign}${magnitude}`;
}

export function formatDelta(row: MetricRow): string {
  return formatSigned(row.delta, row.unit);
}

/** +11.1% · -2.37% · ±0%: signed, two decimals below 10%. */
export function formatPercent(pct: number | undefined): string {
  if (pct === undefined) return '';
  if (!Number.isFinite(pct)) return pct > 0 ? '+∞%' : `${MINUS}∞%`;
  const rounded = Math.abs(pct) < 0.005 ? 0 : pct;
  if (rounded === 0) return '±0%';
  const digits = Math.abs(rounded) >= 10 ? 1 : 2;
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded).toFixed(digits)}%`;
}

/** A delta with its percentage: `+405 B (+11.1%)`; just `±0 B` when nothing moved. */
export function formatChange(row: MetricRow | undefined): string {
  if (!row || row.delta === undefined) return '';
  if (row.delta === 0) return formatSigned(0, row.unit);
  return `${formatSigned(row.delta, row.unit)}${NBSP}(${formatPercent(row.deltaPct)})`;
}

/** An exact change: a percentage, or the count itself when the percentage would round to zero. */
export function exactChange(row: MetricRow): string {
  if (row.status === 'new') return 'new';
  if (row.status === 'removed') return 'removed';
  if (row.delta === undefined) return '—';
  if (row.delta !== 0 && row.deltaPct !== undefined && Math.abs(row.deltaPct) < 0.005) return formatSigned(row.delta, row.unit);
  return formatPercent(row.deltaPct);
}

/** A rate with the half-width of its 95% interval: `39.1 M/s ±4%`. */
export function formatRateWithSpread(value: number | undefined, ci95: [number, number] | undefined): string {
  if (value === undefined) return '—';
  if (!ci95 || value <= 0) return formatRate(value);
  const half = ((ci95[1] - ci95[0]) / 2 / value) * 100;
  return `${formatRate(value)}${NBSP}±${half < 9.5 ? Math.max(1, Math.round(half)) : Math.round(half)}%`;
}

export function formatCi(ci: [number, number] | undefined, unit: MetricRow['unit'] = 'ops/s'): string {
  if (!ci) return '';
  const f = unit === 'ops/s' ? (x: number) => formatCount(x) : (x: number) => formatValue(x, unit);
  return `[${f(ci[0])},${NBSP}${f(ci[1])}]`;
}

export function formatThreshold(row: MetricRow): string {
  return describeThreshold(row.threshold, row.unit === 'bytes' ? 'B' : row.unit).replace(/ (?=B$|instructions$|ops\/s$)/, NBSP);
}

/** Two decimals, or two significant digits for ratios so small that decimals would read 0.00. */
function ratioNumber(x: number): string {
  return x !== 0 && Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2);
}

/** 0.45× · 0.45× [0.35–0.60] */
export function formatRatio(ratio: number | undefined, ci95?: [number, number]): string {
  if (ratio === undefined) return '';
  return ci95 ? `${ratioNumber(ratio)}×${NBSP}[${ratioNumber(ci95[0])}${WJ}–${WJ}${ratioNumber(ci95[1])}]` : `${ratioNumber(ratio)}×`;
}

/** The spread of several ratios: 0.93–1.67×, or one ratio. */
export function formatRatioRange(ratios: number[]): string {
  if (ratios.length === 0) return '';
  const low = Math.min(...ratios);
  const high = Math.max(...ratios);
  if (ratioNumber(low) === ratioNumber(high)) return `${ratioNumber(low)}×`;
  // Word joiners: a line may not break at the dash.
  return `${ratioNumber(low)}${WJ}–${WJ}${ratioNumber(high)}×`;
}

export const STATUS_ICON: Record<RowStatus | VariantStatus, string> = {
  pass: '✅',
  regressed: '❌',
  improved: '🎉',
  new: '🆕',
  removed: '🗑️',
  error: '❌',
  info: '',
};

/** ` ❌` after a value that regressed (` 🎉` improved), never wrapped onto a line of its own. */
export function statusMark(row: MetricRow): string {
  return row.status === 'regressed' || row.status === 'improved' ? `${NBSP}${STATUS_ICON[row.status]}` : '';
}

/** The icon of a result that was accepted rather than passed (a regression under the accept label). */
export const ACCEPTED_ICON = '⚠️';

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Heap overhead, memory grown per live byte at the peak: `1.45×`; `—` when there is none to show. */
export function formatOverhead(overhead: number | undefined): string {
  if (overhead === undefined || !Number.isFinite(overhead)) return '—';
  return `${overhead.toLocaleString('en-US', { maximumSignificantDigits: 3 })}×`;
}
