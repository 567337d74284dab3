// Pure: the table at the top: one row per variant, regressions first: its status (the icon before
// its name, as in the counts line above the table), gzip size and change, the largest change in
// estimated cycles (the speed verdict), in executed instructions and in peak memory, and its speed
// against the reference variant, paired in the same run (the timing to trust). A column list.
import type { MetricRow, VariantResult } from '../../types.js';
import { escapeMarkdown } from '../escape.js';
import { exactChange, formatRatio, formatRatioRange, formatValue, plural, STATUS_ICON } from '../format.js';
import { worstChange } from '../signal.js';
import { hasVsBase, vsBaseCell } from '../against-text.js';
import { NAME_MAX, table, type Align } from './shared.js';

/** A column of the summary table: shown when some variant has something for it. A new column
 * (a ratio to the base commit, say) is one more entry in COLUMNS. */
export interface SummaryColumn {
  header: (ctx: TableContext) => string;
  align: Align;
  shown: (ctx: TableContext) => boolean;
  cell: (v: VariantResult, ctx: TableContext) => string;
}

export interface TableContext {
  variants: VariantResult[];
  reference?: string;
}

const has = (ctx: TableContext, metric: string): boolean => ctx.variants.some((v) => v.rows.some((r) => r.metric === metric));
const gzipOf = (v: VariantResult): MetricRow | undefined => v.rows.find((r) => r.id === 'gzip');

// Short headers: at 780 px a long header squeezes the name column until variant names wrap.
export const COLUMNS: SummaryColumn[] = [
  { header: () => 'Variant', align: 'left', shown: () => true, cell: (v) => `${STATUS_ICON[v.status] ?? ''} **${escapeMarkdown(v.name, NAME_MAX)}**` },
  { header: () => 'gzip', align: 'right', shown: () => true, cell: (v) => gzipCell(gzipOf(v)) },
  { header: () => 'Δ gzip', align: 'right', shown: () => true, cell: (v) => deltaCell(v, gzipOf(v)) },
  { header: () => 'Cycles', align: 'right', shown: (ctx) => has(ctx, 'cycles'), cell: (v) => benchDelta(v, 'cycles') },
  { header: () => 'Instr.', align: 'right', shown: (ctx) => has(ctx, 'instructions') || has(ctx, 'peakMemoryBytes'), cell: (v) => benchDelta(v, 'instructions') },
  { header: () => 'Memory', align: 'right', shown: (ctx) => has(ctx, 'instructions') || has(ctx, 'peakMemoryBytes'), cell: (v) => benchDelta(v, 'peakMemoryBytes') },
  {
    header: (ctx) => `Speed vs<br>${escapeMarkdown(ctx.reference as string, NAME_MAX)}`,
    align: 'right',
    shown: (ctx) => Boolean(ctx.reference) && ctx.variants.some((v) => v.rows.some((r) => r.metric === 'opsPerSec' && r.vsReference !== undefined)),
    cell: (v, ctx) => speedCell(v, ctx.reference as string),
  },
  { header: () => 'vs base', align: 'right', shown: (ctx) => hasVsBase(ctx.variants), cell: (v) => vsBaseCell(v) },
];

export function summaryTable(variants: VariantResult[], reference: string | undefined, rowLimit: number): string[] {
  const ctx: TableContext = { variants, ...(reference ? { reference } : {}) };
  const columns = COLUMNS.filter((c) => c.shown(ctx));
  const shown = variants.slice(0, rowLimit);
  const out = table(
    columns.map((c) => [c.header(ctx), c.align] as const),
    shown.map((v) => columns.map((c) => c.cell(v, ctx))),
  );
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
  // A percentage, as in the other change columns: bytes and all are in the failed line and the detail.
  return exactChange(gzip);
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
