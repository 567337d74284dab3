// Pure: number and status formatting shared by the console and Markdown reports.
import type { MetricRow, RowStatus, VariantStatus } from '../types.js';
import { describeThreshold } from '../compare/thresholds.js';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

export function formatValue(value: number | undefined, unit: MetricRow['unit']): string {
  if (value === undefined) return '—';
  if (unit === 'ops/s') return `${compact.format(value)}/s`;
  if (unit === 'bytes') return `${integer.format(value)} B`;
  return integer.format(value);
}

export function formatPercent(pct: number | undefined): string {
  if (pct === undefined) return '';
  if (!Number.isFinite(pct)) return pct > 0 ? '+∞%' : '-∞%';
  const rounded = Math.abs(pct) < 0.005 ? 0 : pct;
  const digits = Math.abs(rounded) >= 10 ? 1 : 2;
  return `${rounded > 0 ? '+' : rounded < 0 ? '' : '±'}${rounded.toFixed(digits)}%`;
}

export function formatDelta(row: MetricRow): string {
  if (row.delta === undefined) return '';
  if (row.delta === 0) return '±0';
  const sign = row.delta > 0 ? '+' : '-';
  const magnitude = row.unit === 'ops/s' ? compact.format(Math.abs(row.delta)) : integer.format(Math.abs(row.delta));
  return `${sign}${magnitude}${row.unit === 'bytes' ? ' B' : ''}`;
}

export function formatCi(ci: [number, number] | undefined): string {
  return ci ? `[${compact.format(ci[0])}, ${compact.format(ci[1])}]` : '';
}

export function formatThreshold(row: MetricRow): string {
  return describeThreshold(row.threshold, row.unit === 'bytes' ? 'B' : row.unit);
}

export function formatRatio(ratio: number | undefined, ci95?: [number, number]): string {
  if (ratio === undefined) return '';
  // Two decimals, or two significant digits for ratios so small that decimals would read 0.00.
  const r = (x: number): string => (x !== 0 && Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2));
  return ci95 ? `${r(ratio)}× [${r(ci95[0])}, ${r(ci95[1])}]` : `${r(ratio)}×`;
}

export const STATUS_ICON: Record<RowStatus | VariantStatus, string> = {
  pass: '✅',
  regressed: '❌',
  improved: '🎉',
  new: '🆕',
  removed: '🗑️',
  error: '⚠️',
  info: 'ℹ️',
};

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
