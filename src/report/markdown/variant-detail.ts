// Pure: one variant's detail, in a fold that is open when the variant needs a reviewer's eye
// (a problem, a regression, an improvement, any exact change) and closed otherwise. The fold is a
// list of blocks; a stage that adds per-variant detail adds its block to DETAIL_BLOCKS.
import type { MetricRow, VariantResult } from '../../types.js';
import { SIZE_METRICS } from '../../types.js';
import { escapeHtmlText, escapeMarkdown } from '../escape.js';
import { exactChange, formatChange, formatCount, formatPercent, formatRateWithSpread, formatRatio, formatThreshold, formatValue, plural, SHY, STATUS_ICON } from '../format.js';
import { benchNames, benchRow, isTiming, rowChanged, timingVisible, variantChanged } from '../signal.js';
import { functionMarkdown } from '../function-changes.js';
import { allocationsBlock } from './allocations.js';
import { baseBuildBlock } from './against.js';
import { hasVsBase, vsBaseBenchCell } from '../against-text.js';
import { problemBlock } from './verdict.js';
import { reuseSentence } from '../../results/reuse-note.js';
import { budgetRows, describeBudget } from '../budget-text.js';
import { NAME_MAX, table, type Detail } from './shared.js';

export interface DetailBlockContext {
  reference?: string;
  detail: Detail;
}

/** Renders one block of a variant's detail (no trailing blank line); [] when it has nothing to say. */
export type DetailBlock = (v: VariantResult, ctx: DetailBlockContext) => string[];

/** The blocks of a variant's detail, in order. */
export const DETAIL_BLOCKS: DetailBlock[] = [problemsBlock, baseBuildBlock, sizesBlock, budgetsBlock, reuseBlock, functionsBlock, benchmarksBlock, timingsBlock];

/** Absolute budgets (config `budget`): each value against its limit, those over it flagged. */
function budgetsBlock(v: VariantResult): string[] {
  const rows = budgetRows(v);
  if (rows.length === 0) return [];
  const item = (r: MetricRow): string => `${r.budget?.exceeded ? `${STATUS_ICON.regressed} ` : ''}${escapeMarkdown(describeBudget(r), NAME_MAX * 2)}`;
  if (rows.length <= 3) return [`Budgets: ${rows.map(item).join(' · ')}.`];
  return ['Budgets:', '', ...rows.map((r) => `- ${item(r)}`)];
}

/** A variant whose numbers were taken from an earlier measurement of the same bytes says so. */
function reuseBlock(v: VariantResult): string[] {
  const reuse = v.measurement?.reuse;
  return reuse ? [`_${reuseSentence(reuse)}_`] : [];
}

/** Which functions grew, and where a benchmark's instructions went (report/function-changes.ts). */
function functionsBlock(v: VariantResult, ctx: DetailBlockContext): string[] {
  return functionMarkdown(v, ctx.reference, { rows: ctx.detail.sections ? 10 : 5 });
}

export function variantDetail(v: VariantResult, ctx: DetailBlockContext): string[] {
  const blocks = DETAIL_BLOCKS.map((block) => block(v, ctx)).filter((b) => b.length > 0);
  return [`<details${variantChanged(v) ? ' open' : ''}><summary>${foldSummary(v)}</summary>`, '', ...blocks.flatMap((b) => [...b, '']), '</details>', ''];
}

const SIZE_IDS = new Set<string>(SIZE_METRICS);

/** The fold's one line: name, status, and the changes that decided it. */
function foldSummary(v: VariantResult): string {
  const head = `<b>${STATUS_ICON[v.status] ?? ''} ${escapeHtmlText(v.name, NAME_MAX)}</b> — ${v.status}`;
  if (v.status === 'error') return `${head}: ${escapeHtmlText(v.problems[0]?.kind ?? 'problem')} ${v.problems.length > 1 ? `and ${plural(v.problems.length - 1, 'more problem')}` : 'failed'}`;
  if (v.status === 'new' || v.status === 'removed') return head;
  const over = budgetRows(v).filter((r) => r.budget?.exceeded);
  if (over.length > 0) return `${head}: ${over.slice(0, 2).map((r) => escapeHtmlText(describeBudget(r), NAME_MAX * 2)).join(', ')}${over.length > 2 ? `, ${over.length - 2} more over budget` : ''}`;
  const changed = v.rows.filter((r) => rowChanged(r) && r.metric !== 'section' && r.metric !== 'raw');
  if (changed.length === 0) return `${head}, unchanged`;
  const status = (r: MetricRow): number => (r.status === 'regressed' ? 0 : r.status === 'improved' ? 1 : 2);
  const shown = [...changed].sort((a, b) => status(a) - status(b) || weight(a) - weight(b)).slice(0, 2);
  const more = changed.length - shown.length;
  const describe = (r: MetricRow): string => (r.bench ? `${escapeHtmlText(r.label, NAME_MAX)} ${exactChange(r)}` : `${r.metric} ${formatChange(r)}`);
  return `${head}: ${shown.map(describe).join(', ')}${more > 0 ? `, ${more} more` : ''}`;
}

/** Which changes name a variant's fold first: gzip (the download), then the gated bench metrics. */
function weight(r: MetricRow): number {
  return ({ gzip: 0, cycles: 1, instructions: 2, peakMemoryBytes: 3, liveBytesAtEnd: 4, peakLiveBytes: 5, brotli: 6, optimized: 7 } as Record<string, number>)[r.metric] ?? 8;
}

function problemsBlock(v: VariantResult, ctx: DetailBlockContext): string[] {
  return v.problems.flatMap((p, i) => [...(i > 0 ? [''] : []), ...problemBlock(p, ctx.detail.buildOutputLines)]);
}

function sizesBlock(v: VariantResult, ctx: DetailBlockContext): string[] {
  const sizes = v.rows.filter((r) => SIZE_IDS.has(r.metric));
  if (sizes.length === 0) return [];
  if (v.status === 'removed') {
    return [`In the baseline, not in the config: the next \`update\` drops it. Its baseline sizes: ${sizes.map((r) => `${r.metric} ${formatValue(r.baseline, r.unit)}`).join(' · ')}.`];
  }
  const sections = ctx.detail.sections ? changedSections(v) : [];
  if (!sizes.some(rowChanged) && sections.length === 0) {
    return [`Sizes unchanged: ${sizes.map((r) => `${r.metric} ${formatValue(r.current, r.unit)}`).join(' · ')}.`];
  }
  const rows = [...sizes, ...sections].map((r) => [
    flagged([r], r.metric === 'section' ? `${escapeMarkdown(r.label.replace(/^section /, ''), NAME_MAX)} section` : `**${r.metric}**`),
    formatValue(r.baseline, r.unit),
    formatValue(r.current, r.unit),
    changeCell(r),
    formatThreshold(r),
  ]);
  return table(
    [
      ['Size', 'left'],
      ['Baseline', 'right'],
      ['Current', 'right'],
      ['Change', 'right'],
      ['Threshold', 'left'],
    ],
    rows,
  );
}

/** Sections that changed, the largest change first: the answer to "what grew?". */
function changedSections(v: VariantResult): MetricRow[] {
  const size = (r: MetricRow): number => Math.abs(r.delta ?? r.current ?? r.baseline ?? 0);
  return v.rows.filter((r) => r.metric === 'section' && rowChanged(r)).sort((a, b) => size(b) - size(a) || a.label.localeCompare(b.label));
}

function benchmarksBlock(v: VariantResult, ctx: DetailBlockContext): string[] {
  const benches = benchNames(v).filter((b) => v.rows.some((r) => r.bench === b && !isTiming(r)));
  if (benches.length === 0) return [];
  const reference = ctx.reference;
  // The reference's own detail needs no column of ones.
  const withSpeed = Boolean(reference) && v.name !== reference && v.rows.some((r) => r.metric === 'opsPerSec' && r.vsReference !== undefined);
  const withCycles = benches.some((bench) => benchRow(v, bench, 'cycles'));
  const rows = benches.map((bench) => {
    const cycles = benchRow(v, bench, 'cycles');
    const instructions = benchRow(v, bench, 'instructions');
    const memory = benchRow(v, bench, 'peakMemoryBytes');
    const speed = benchRow(v, bench, 'opsPerSec');
    const iterations = v.measurement?.bench?.[bench]?.iterations;
    return [
      // With cycles, the iterations sit under the name: a 780 px comment has no room for another column.
      flagged([cycles, instructions, memory], escapeMarkdown(bench, NAME_MAX)) + (withCycles && iterations !== undefined ? `<br><sub>×${formatCount(iterations)}</sub>` : ''),
      ...(withCycles ? [] : [iterations === undefined ? '—' : formatCount(iterations)]),
      // With cycles (the speed verdict) first, instructions keep only their change: a 780 px comment has no room for both values.
      ...(withCycles ? [formatValue(cycles?.current ?? cycles?.baseline, 'cycles'), changeCell(cycles, true)] : [formatValue(instructions?.current ?? instructions?.baseline, 'instructions')]),
      changeCell(instructions, true),
      formatValue(memory?.current ?? memory?.baseline, 'bytes'),
      changeCell(memory, true),
      ...(withSpeed ? [formatRatio(speed?.vsReference, speed?.vsReferenceCi95) || '—'] : []),
      ...(hasVsBase([v]) ? [vsBaseBenchCell(speed)] : []),
    ];
  });
  const out = table(
    [
      ['Benchmark', 'left'],
      ...(withCycles ? ([['Cycles', 'right'], ['Δ', 'right'], ['Instr. Δ', 'right']] as const) : ([[`Itera${SHY}tions`, 'right'], [`Instruc${SHY}tions`, 'right'], ['Δ', 'right']] as const)),
      ['Peak memory', 'right'],
      ['Δ', 'right'],
      ...(withSpeed ? ([[`Speed vs ${escapeMarkdown(reference as string, NAME_MAX)}`, 'right']] as const) : []),
      ...(hasVsBase([v]) ? ([['vs base', 'right']] as const) : []),
    ],
    rows,
  );
  const initial = initialMemoryLine(v, benches);
  if (initial) out.push('', initial);
  out.push(...allocationsBlock(v, benches));
  if (v.status === 'new') out.push('', '_New: iterations were calibrated in this run; `update` stores them, and later runs reuse them so counts compare exactly._');
  return out;
}

/** The memory the module starts with, once for the variant (a column would not fit 780 px): did the
 * build (Emscripten's 16 MiB) or the allocator decide the peaks? */
function initialMemoryLine(v: VariantResult, benches: string[]): string | undefined {
  const memory = benches.map((b) => benchRow(v, b, 'peakMemoryBytes')).filter((r): r is MetricRow => r?.initialMemoryBytes !== undefined);
  if (memory.length === 0) return undefined;
  const values = [...new Set(memory.map((r) => r.initialMemoryBytes as number))].sort((a, b) => a - b);
  const start = values.length === 1 ? formatValue(values[0], 'bytes') : `${formatValue(values[0], 'bytes')} to ${formatValue(values.at(-1), 'bytes')}`;
  const atStart = memory.filter((r) => r.current !== undefined && r.current === r.initialMemoryBytes).length;
  const note = atStart === memory.length ? ': every peak is the initial memory (the build\'s setting decided it, not the allocator)' : atStart > 0 ? `: ${plural(atStart, 'peak')} of ${memory.length} stayed at it` : '';
  return `Initial memory ${start}${note}.`;
}

/** This run's throughput, and against the baseline: folded unless the config gates throughput. */
function timingsBlock(v: VariantResult, ctx: DetailBlockContext): string[] {
  const rows = v.rows.filter(isTiming);
  if (rows.length === 0) return [];
  const gated = rows.some(timingVisible);
  if (!gated && !ctx.detail.timings) return [];
  const withBaseline = rows.some((r) => r.baseline !== undefined);
  const body = rows.map((r) => [
    flagged([r], escapeMarkdown(r.bench ?? r.label, NAME_MAX)),
    formatRateWithSpread(r.current, r.ci95),
    ...(withBaseline ? [formatRateWithSpread(r.baseline, r.baselineCi95), r.deltaPct === undefined ? '' : emphasis(r, formatPercent(r.deltaPct))] : []),
    ...(gated ? [formatThreshold(r)] : []),
  ]);
  const tableLines = table(
    [
      ['Benchmark', 'left'],
      ['Throughput (this run)', 'right'],
      ...(withBaseline ? ([['Baseline', 'right'], ['Δ', 'right']] as const) : []),
      ...(gated ? ([['Threshold', 'left']] as const) : []),
    ],
    body,
  );
  if (gated) return ['Throughput (gated: a change counts only when its whole 95% interval lies past the threshold):', '', ...tableLines];
  return [
    `<details><summary>Throughput on this runner (not gated: timings from other machines do not compare)</summary>`,
    '',
    ...tableLines,
    '',
    '</details>',
  ];
}

/** A change, in bold when it decided a regression or an improvement (the row's label has the icon). */
function changeCell(row: MetricRow | undefined, percentOnly = false): string {
  if (!row) return '—';
  // Measured with other tools than the baseline: shown, not judged (the problem above says why).
  if (row.notComparable) return `${formatChange(row)} _(not comparable)_`;
  if (row.status === 'new' || row.status === 'removed' || row.delta === undefined) return exactChange(row);
  return emphasis(row, percentOnly ? exactChange(row) : formatChange(row));
}

function emphasis(row: MetricRow, text: string): string {
  return row.status === 'regressed' || row.status === 'improved' ? `**${text}**` : text;
}

/** A row's label with the icon of its worst verdict: the icon sits in the text column, so number
 * columns stay narrow. */
function flagged(rows: Array<MetricRow | undefined>, label: string): string {
  const status = rows.some((r) => r?.status === 'regressed') ? 'regressed' : rows.some((r) => r?.status === 'improved') ? 'improved' : undefined;
  return status ? `${STATUS_ICON[status]} ${label}` : label;
}
