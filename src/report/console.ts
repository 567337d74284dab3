// Pure: the terminal report, by the comment's rule: one summary row per variant (regressions
// first); benchmarks and changed sections only for variants that changed; timings against the
// baseline only when gated or with --verbose; then, each on its own lines, what failed and why.
// Tables are kept within 120 columns.
import { CONSOLE_WIDTH, fitWidth } from '../lines.js';
import { sortByConcern } from '../compare/compare.js';
import type { GateResults, MetricRow, VariantResult } from '../types.js';
import { SIZE_METRICS } from '../types.js';
import { exactChange, formatChange, formatCount, formatOverhead, formatPercent, formatRateWithSpread, formatRatio, formatRatioRange, formatThreshold, formatValue, NBSP, WJ } from './format.js';
import { functionConsole } from './function-changes.js';
import { headline } from './headline.js';
import { metricName, values } from './failed-families.js';
import { lastLines } from '../lines.js';
import { reusedParts } from '../results/reuse-note.js';
import { budgetRows, budgetSubject, describeBudget, formatBudgetValue } from './budget-text.js';
import { againstLine, baseNotes, hasVsBase, vsBaseBenchCell, vsBaseCell, vsBaseRegression } from './against-text.js';
import { benchNames, benchRow, isTiming, rowChanged, timingVisible, variantChanged, worstChange } from './signal.js';

export interface ConsoleStyle {
  color: boolean;
  /** every variant's benchmarks, and this machine's throughput */
  verbose?: boolean;
}

/** Lines of a problem's details shown without --verbose. */
const DETAIL_LINES = 12;

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** Lines about one variant that changed, under the summary; a stage with per-variant detail adds
 * its own here (as the Markdown adds a block to DETAIL_BLOCKS). */
export const VARIANT_LINES: Array<(v: VariantResult) => string[]> = [sizeChanges];
type Paint = (code: keyof typeof CODES, text: string) => string;

export function renderConsole(results: GateResults, style: ConsoleStyle): string {
  const paint: Paint = (code, text) => (style.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const byStatus = (status: string, text: string): string =>
    status === 'regressed' || status === 'error' ? paint('red', text) : status === 'improved' ? paint('green', text) : status === 'new' || status === 'removed' ? paint('yellow', text) : text;
  const out: string[] = [paint('bold', headline(results)), ''];
  const variants = sortByConcern(results.variants);
  const reference = results.reference;

  if (variants.length > 0) {
    const hasBench = variants.some((v) => v.rows.some((r) => r.metric === 'instructions' || r.metric === 'peakMemoryBytes'));
    const hasCycles = variants.some((v) => v.rows.some((r) => r.metric === 'cycles'));
    const hasSpeed = Boolean(reference) && variants.some((v) => v.rows.some((r) => isTiming(r) && r.vsReference !== undefined));
    const header = ['variant', 'status', 'gzip', 'Δ gzip', 'optimized', 'brotli', ...(hasCycles ? ['cycles Δ'] : []), ...(hasBench ? ['instr. Δ', 'memory Δ'] : []), ...(hasSpeed ? [`speed vs ${clip(reference as string, 20)}`] : []), ...(hasVsBase(variants) ? ['vs base'] : [])];
    const body = variants.map((v) => {
      const gzip = v.rows.find((r) => r.id === 'gzip');
      return [
        clip(v.name),
        v.status,
        sizeCell(gzip),
        gzip?.delta === undefined ? (v.status === 'new' || v.status === 'removed' ? v.status : '') : mark(gzip, formatChange(gzip)),
        sizeCell(v.rows.find((r) => r.id === 'optimized')),
        sizeCell(v.rows.find((r) => r.id === 'brotli')),
        ...(hasCycles ? [largest(v, 'cycles')] : []),
        ...(hasBench ? [largest(v, 'instructions'), largest(v, 'peakMemoryBytes')] : []),
        ...(hasSpeed ? [speed(v, reference as string)] : []),
        ...(hasVsBase(variants) ? [vsBaseCell(v)] : []),
      ];
    });
    // Too wide for 120 columns: brotli, then optimized, give way (the change lines below keep them).
    const fitted = fitColumns(header, body, [5, 4, ...(hasCycles ? [7] : [])]);
    out.push(...table(fitted.header, fitted.body, (row, text) => (row === -1 ? paint('bold', text) : byStatus(variants[row]?.status ?? '', text))));
  }
  const twice = againstLine(results);
  if (twice) out.push('', paint(results.against?.sha ? 'dim' : 'yellow', twice));

  const detailed = variants.filter((v) => style.verbose || variantChanged(v));
  const changes = detailed.flatMap((v) => (results.mode === 'update' ? updateLines(v) : VARIANT_LINES.flatMap((lines) => lines(v))));
  if (changes.length > 0) out.push('', ...changes);
  // Which functions grew, and where instructions went (also against the reference).
  // The view against the reference ("why is talc 0.6× dlmalloc") answers another question than
  // "what changed": with --verbose (the comment has it in a fold).
  const functions = detailed.flatMap((v) => functionConsole(v, style.verbose ? reference : undefined));
  if (functions.length > 0) out.push('', ...functions);

  const benches = detailed.flatMap((v) => benchNames(v).filter((b) => benchRow(v, b, 'instructions') || benchRow(v, b, 'peakMemoryBytes')).map((bench) => ({ v, bench })));
  if (benches.length > 0) {
    const withSpeed = Boolean(reference) && benches.some(({ v, bench }) => benchRow(v, bench, 'opsPerSec')?.vsReference !== undefined);
    const withInitial = benches.some(({ v, bench }) => benchRow(v, bench, 'peakMemoryBytes')?.initialMemoryBytes !== undefined);
    const withCycles = benches.some(({ v, bench }) => benchRow(v, bench, 'cycles'));
    const withVsBase = hasVsBase(benches.map(({ v }) => v));
    const header = ['variant', 'benchmark', 'iterations', ...(withCycles ? ['cycles', 'Δ'] : []), 'instructions', 'Δ', ...(withInitial ? ['initial mem.'] : []), 'peak memory', 'Δ', ...(withSpeed ? [`speed vs ${clip(reference as string, 20)}`] : []), ...(withVsBase ? ['vs base'] : [])];
    const body = benches.map(({ v, bench }) => {
      const cycles = benchRow(v, bench, 'cycles');
      const instructions = benchRow(v, bench, 'instructions');
      const memory = benchRow(v, bench, 'peakMemoryBytes');
      const throughput = benchRow(v, bench, 'opsPerSec');
      const iterations = v.measurement?.bench?.[bench]?.iterations;
      return [
        clip(v.name),
        clip(bench, 30),
        iterations === undefined ? '—' : formatCount(iterations),
        ...(withCycles ? [formatValue(cycles?.current ?? cycles?.baseline, 'cycles'), cycles ? mark(cycles, exactChange(cycles)) : ''] : []),
        formatValue(instructions?.current ?? instructions?.baseline, 'instructions'),
        instructions ? mark(instructions, exactChange(instructions)) : '',
        ...(withInitial ? [formatValue(memory?.initialMemoryBytes, 'bytes')] : []),
        formatValue(memory?.current ?? memory?.baseline, 'bytes'),
        memory ? mark(memory, exactChange(memory)) : '',
        ...(withSpeed ? [v.name === reference ? 'reference' : formatRatio(throughput?.vsReference, throughput?.vsReferenceCi95)] : []),
        ...(withVsBase ? [vsBaseBenchCell(throughput)] : []),
      ];
    });
    // Too wide for 120 columns: the initial memory, then the instructions give way (the comment and JSON keep them).
    const first = withCycles ? 7 : 5;
    const fitted = fitColumns(header, body, [...(withInitial ? [first] : []), ...(withCycles ? [6, 5] : [])]);
    out.push('', ...table(fitted.header, fitted.body, (row, text) => (row === -1 ? paint('bold', text) : text)));
    const allocations = allocationTable(benches);
    if (allocations.length > 0) out.push('', ...table(allocations[0] as string[], allocations.slice(1), (row, text) => (row === -1 ? paint('bold', text) : text)));
  }
  const budgets = variants.flatMap((v) => {
    const rows = budgetRows(v);
    return rows.length === 0 ? [] : wrap(`${v.name} budgets:`, rows.map((r) => `${describeBudget(r)}${r.budget?.exceeded ? ' ✗' : ''}`));
  });
  if (budgets.length > 0) out.push('', ...budgets);
  const reused = reuseLines(variants);
  if (reused.length > 0) out.push('', ...reused.map((line) => paint('dim', line)));
  const hidden = variants.length - detailed.length;
  if (hidden > 0 && variants.some((v) => v.rows.some((r) => r.bench))) {
    out.push('', paint('dim', `${hidden} unchanged variant${hidden === 1 ? '' : 's'}: benchmarks equal the baseline (--verbose lists them, with this machine's throughput)`));
  }

  const timed = variants.flatMap((v) => v.rows.filter((r) => isTiming(r) && (style.verbose || timingVisible(r))).map((row) => ({ v, row })));
  if (timed.length > 0) {
    const gated = timed.some(({ row }) => timingVisible(row));
    const header = ['variant', 'benchmark', 'throughput (this run)', 'baseline', 'Δ', ...(gated ? ['threshold'] : [])];
    const body = timed.map(({ v, row }) => [
      clip(v.name),
      clip(row.bench ?? '', 30),
      formatRateWithSpread(row.current, row.ci95),
      formatRateWithSpread(row.baseline, row.baselineCi95).replace(/^—$/, ''),
      mark(row, formatPercent(row.deltaPct)),
      ...(gated ? [formatThreshold(row)] : []),
    ]);
    out.push('', ...table(header, body, (row, text) => (row === -1 ? paint('bold', text) : text)));
  }

  // A failed build's output: the last lines, where the error is; all that was kept with --verbose.
  const details = (text: string | undefined): string => (text ? `\n${indent(style.verbose ? text : lastLines(text, DETAIL_LINES))}` : '');
  const explanations = [
    ...results.problems.map((p) => `✗ ${p.message}${details(p.details)}`),
    ...variants.flatMap((v) => explain(v, details, results.mode === 'check')),
    ...baseNotes(variants).map((n) => `! ${n.variant}: ${n.text}${details(n.details)}`),
  ];
  if (explanations.length > 0) out.push('', ...explanations.map((e) => paint(e.startsWith('✗') ? 'red' : 'yellow', e)));
  const text = out.join('\n').replaceAll(NBSP, ' ').replaceAll(WJ, '');
  return `${text.split('\n').flatMap((line) => fitWidth(line)).join('\n')}\n`;
}

/** A name in a table cell: both ends kept (`rust-freelist-3` and `…-3` differ at the end). */
function clip(name: string, max = NAME_COLUMN): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

const NAME_COLUMN = 40;

/** "unchanged artifact: reused …": which variants' numbers this run took instead of measuring them,
 * one line per source and kind of reuse. */
function reuseLines(variants: VariantResult[]): string[] {
  const groups = new Map<string, string[]>();
  for (const v of variants) {
    const reuse = v.measurement?.reuse;
    if (!reuse) continue;
    const key = `${reusedParts(reuse).join(', ')} from the ${reuse.source}`;
    groups.set(key, [...(groups.get(key) ?? []), v.name]);
  }
  // Within the console's width, however many variants: the first 20 by name, then how many more.
  return [...groups].flatMap(([what, names]) => wrap(`unchanged artifact: reused ${what}:`, names.length <= 20 ? names : [...names.slice(0, 20), `and ${names.length - 20} more`]));
}

/** `4,087 B`, marked when it regressed or improved; `(4,087 B)` for a removed variant's baseline. */
function sizeCell(row: MetricRow | undefined): string {
  if (!row) return '—';
  if (row.failed) return 'failed';
  if (row.current === undefined) return row.baseline === undefined ? '—' : `(${formatValue(row.baseline, row.unit)})`;
  return mark(row, formatValue(row.current, row.unit));
}

/** Allocation statistics of the benchmarks that have them: header row, then one row each. */
function allocationTable(benches: { v: VariantResult; bench: string }[]): string[][] {
  const rows = benches.filter(({ v, bench }) => v.measurement?.bench?.[bench]?.allocations);
  if (rows.length === 0) return [];
  const header = ['variant', 'benchmark', 'allocs', 'reallocs', 'frees', 'bytes', 'peak live', 'Δ', 'live at end', 'Δ', 'overhead'];
  return [
    header,
    ...rows.map(({ v, bench }) => {
      const m = v.measurement?.bench?.[bench];
      const a = m?.allocations as NonNullable<typeof m>['allocations'] & object;
      const peak = benchRow(v, bench, 'peakLiveBytes');
      const leak = benchRow(v, bench, 'liveBytesAtEnd');
      return [
        clip(v.name),
        clip(bench, 30),
        formatCount(a.allocs),
        formatCount(a.reallocs),
        formatCount(a.frees),
        formatValue(a.bytes, 'bytes'),
        formatValue(a.peakLiveBytes, 'bytes'),
        peak ? mark(peak, exactChange(peak)) : '',
        formatValue(a.liveBytesAtEnd, 'bytes'),
        leak ? mark(leak, exactChange(leak)) : '',
        formatOverhead(m?.heapOverhead),
      ];
    }),
  ];
}

function largest(v: VariantResult, metric: 'cycles' | 'instructions' | 'peakMemoryBytes'): string {
  const rows = v.rows.filter((r) => r.metric === metric);
  const worst = worstChange(rows);
  if (!worst) return rows.length > 0 && rows.every((r) => r.status === 'new') ? 'new' : '—';
  return mark(rows.find((r) => r.status === 'regressed') ?? worst, exactChange(worst));
}

function speed(v: VariantResult, reference: string): string {
  if (v.name === reference) return 'reference';
  const rows = v.rows.filter((r) => isTiming(r) && r.vsReference !== undefined);
  if (rows.length === 1) return formatRatio(rows[0]?.vsReference, rows[0]?.vsReferenceCi95);
  return formatRatioRange(rows.map((r) => r.vsReference as number));
}

/** One line per changed variant: the sizes and the sections that changed, largest first. */
function sizeChanges(v: VariantResult): string[] {
  const sizes = SIZE_METRICS.map((m) => v.rows.find((r) => r.id === m)).filter((r): r is MetricRow => r !== undefined && r.delta !== undefined && r.delta !== 0);
  const sections = v.rows.filter((r) => r.metric === 'section' && rowChanged(r)).sort((a, b) => Math.abs(b.delta ?? b.current ?? 0) - Math.abs(a.delta ?? a.current ?? 0));
  if (sizes.length === 0 && sections.length === 0) return [];
  const parts = [
    ...sizes.map((r) => mark(r, `${r.metric} ${formatChange(r)}`)),
    ...sections.slice(0, 8).map((r) => `${r.label.replace(/^section /, '')} ${r.status === 'new' || r.status === 'removed' ? `${r.status} ${formatValue(r.current ?? r.baseline, r.unit)}` : formatChange(r)}`),
  ];
  if (sections.length > 8) parts.push(`${sections.length - 8} more sections`);
  return wrap(`${v.name}:`, parts);
}

/** update: what the new baseline records differently for a variant it had, from → to. */
function updateLines(v: VariantResult): string[] {
  if (v.status !== 'pass') return VARIANT_LINES.flatMap((lines) => lines(v));
  const rows = v.rows.filter((r) => rowChanged(r) && !isTiming(r) && r.metric !== 'raw' && r.metric !== 'section' && r.baseline !== undefined && r.current !== undefined);
  if (rows.length === 0) return [];
  const parts = rows.slice(0, UPDATE_ITEMS).map((r) => `${r.bench ? `${r.bench} ` : ''}${metricName(r)} ${values(r)} (${formatPercent(r.deltaPct)})`);
  if (rows.length > UPDATE_ITEMS) parts.push(`${rows.length - UPDATE_ITEMS} more`);
  return wrap(`${v.name}:`, parts);
}

const UPDATE_ITEMS = 8;

/** `head part, part, …` in lines of at most WIDTH, continued with an indent. */
function wrap(head: string, parts: string[]): string[] {
  const lines: string[] = [];
  let line = head;
  for (const [i, part] of parts.entries()) {
    const piece = `${part}${i < parts.length - 1 ? ',' : ''}`;
    if ([...line].length + 1 + [...piece].length > WIDTH && line.trim() !== head) {
      lines.push(line);
      line = `   `;
    }
    line += ` ${piece}`;
  }
  return [...lines, line];
}

function mark(row: MetricRow, text: string): string {
  if (row.notComparable) return `${text} (not comparable)`;
  return row.status === 'regressed' ? `${text} ✗` : row.status === 'improved' ? `${text} ✓` : text;
}

function explain(v: VariantResult, details: (text: string | undefined) => string, budgetsGate: boolean): string[] {
  const lines = v.problems.map((p) => `✗ ${p.message}${details(p.details)}`);
  // `update` records what was measured: a value over budget is said, in yellow, and fails only `check`.
  for (const r of budgetRows(v).filter((row) => row.budget?.exceeded)) {
    lines.push(`${budgetsGate ? '✗' : '!'} ${v.name} ${budgetSubject(r)}: ${formatBudgetValue(r.current as number, r)} is over its budget of ${formatBudgetValue((r.budget as { limit: number }).limit, r)} (config budget${budgetsGate ? '' : '; update does not fail on it, check does'})`);
  }
  for (const r of v.rows.filter((row) => row.status === 'regressed')) {
    const vsBase = vsBaseRegression(r);
    if (vsBase) {
      lines.push(`✗ ${v.name} ${r.label}: ${vsBase}`);
      continue;
    }
    lines.push(`✗ ${v.name} ${r.label}: ${formatValue(r.baseline, r.unit)} → ${formatValue(r.current, r.unit)} (${formatPercent(r.deltaPct)}) exceeds the threshold ${formatThreshold(r)}`);
  }
  return lines;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

const WIDTH = CONSOLE_WIDTH;

/** Drops columns, in the order given, until every line fits in WIDTH. */
function fitColumns(header: string[], body: string[][], dropOrder: number[]): { header: string[]; body: string[][] } {
  let keep = header.map((_, i) => i);
  const column = (i: number): number => Math.max(...[header, ...body].map((r) => [...(r[i] ?? '')].length));
  const width = (): number => keep.reduce((sum, i) => sum + column(i), 2 * (keep.length - 1));
  for (const drop of dropOrder) {
    if (width() <= WIDTH) break;
    keep = keep.filter((i) => i !== drop);
  }
  return { header: keep.map((i) => header[i] ?? ''), body: body.map((r) => keep.map((i) => r[i] ?? '')) };
}

/** Left-aligned text columns; `paint` colours a whole row (-1 = header) after padding. */
function table(header: string[], body: string[][], paint: (row: number, text: string) => string): string[] {
  const widths = header.map((h, i) => Math.max([...h].length, ...body.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join('  ').trimEnd();
  return [paint(-1, line(header)), ...body.map((r, i) => paint(i, line(r)))];
}
