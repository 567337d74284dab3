// Pure: the table at the top: one row per variant, regressions first: its status (the icon before
// its name, as in the counts line above the table), gzip size and change, the largest change in estimated cycles (the speed verdict),
// in executed instructions and in peak memory, and its speed against
// the reference variant, paired in the same run (the timing to trust).
import type { MetricRow, VariantResult } from '../../types.js';
import { escapeMarkdown } from '../escape.js';
import { exactChange, formatChange, formatRatio, formatRatioRange, formatValue, plural, SHY, STATUS_ICON } from '../format.js';
import { worstChange } from '../signal.js';
import { hasVsBase, vsBaseCell } from '../against-text.js';
import { NAME_MAX, table, type Align } from './shared.js';

export function summaryTable(variants: VariantResult[], reference: string | undefined, rowLimit: number): string[] {
  const hasBench = variants.some((v) => v.rows.some((r) => r.metric === 'instructions' || r.metric === 'peakMemoryBytes'));
  const hasCycles = variants.some((v) => v.rows.some((r) => r.metric === 'cycles'));
  const hasSpeed = Boolean(reference) && variants.some((v) => v.rows.some((r) => r.metric === 'opsPerSec' && r.vsReference !== undefined));
  const header: Array<[string, Align]> = [
    ['Variant', 'left'],
    ['gzip', 'right'],
    ['Δ gzip', 'right'],
    ...(hasCycles ? ([['Cycles', 'right']] as Array<[string, Align]>) : []),
    ...(hasBench ? ([[`Instruc${SHY}tions`, 'right'], ['Peak memory', 'right']] as Array<[string, Align]>) : []),
    ...(hasSpeed ? ([[`Speed vs ${escapeMarkdown(reference as string, NAME_MAX)}`, 'right']] as Array<[string, Align]>) : []),
    ...(hasVsBase(variants) ? ([['vs base', 'right']] as Array<[string, Align]>) : []),
  ];
  const shown = variants.slice(0, rowLimit);
  const rows = shown.map((v) => {
    const gzip = v.rows.find((r) => r.id === 'gzip');
    return [
      `${STATUS_ICON[v.status] ?? ''} **${escapeMarkdown(v.name, NAME_MAX)}**`,
      gzipCell(gzip),
      deltaCell(v, gzip),
      ...(hasCycles ? [benchDelta(v, 'cycles')] : []),
      ...(hasBench ? [benchDelta(v, 'instructions'), benchDelta(v, 'peakMemoryBytes')] : []),
      ...(hasSpeed ? [speedCell(v, reference as string)] : []),
      ...(hasVsBase(variants) ? [vsBaseCell(v)] : []),
    ];
  });
  const out = table(header, rows);
  if (variants.length > shown.length) out.push('', `_… and ${plural(variants.length - shown.length, 'more variant')}: see the job summary or the results file._`);
  return out;
}

function gzipCell(row: MetricRow | undefined): string {
  if (!row) return '—';
  if (row.current === undefined) return row.baseline === undefined ? '—' : `~~${formatValue(row.baseline, row.unit)}~~`;
  return formatValue(row.current, row.unit);
}

function deltaCell(v: VariantResult, gzip: MetricRow | undefined): string {
  if (v.status === 'new' || v.status === 'removed' || v.status === 'error') return v.status;
  if (!gzip || gzip.delta === undefined) return gzip?.budget?.exceeded ? 'over budget' : '—';
  return formatChange(gzip);
}

/** The largest change of one exact benchmark metric over the variant's benchmarks. */
function benchDelta(v: VariantResult, metric: 'cycles' | 'instructions' | 'peakMemoryBytes'): string {
  const rows = v.rows.filter((r) => r.metric === metric);
  if (rows.length === 0) return '—';
  const worst = worstChange(rows);
  if (!worst) return rows.every((r) => r.status === 'new') ? 'new' : '—';
  return exactChange(worst);
}

/** Paired throughput ratios to the reference: one with its interval, several as their range. */
function speedCell(v: VariantResult, reference: string): string {
  if (v.name === reference) return 'reference';
  const rows = v.rows.filter((r) => r.metric === 'opsPerSec' && r.vsReference !== undefined);
  if (rows.length === 0) return '—';
  if (rows.length === 1) return formatRatio(rows[0]?.vsReference, rows[0]?.vsReferenceCi95);
  return formatRatioRange(rows.map((r) => r.vsReference as number));
}
