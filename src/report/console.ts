// Pure: the terminal report: a size table, a benchmark table, then what failed and why.
import type { GateResults, MetricRow, VariantResult } from '../types.js';
import { formatCi, formatPercent, formatRatio, formatThreshold, formatValue } from './format.js';
import { headline } from './headline.js';

export interface ConsoleStyle {
  color: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

export function renderConsole(results: GateResults, style: ConsoleStyle): string {
  const paint = (code: keyof typeof CODES, text: string): string => (style.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const statusPaint = (status: string, text: string): string =>
    status === 'regressed' || status === 'error' ? paint('red', text) : status === 'improved' ? paint('green', text) : status === 'new' || status === 'removed' ? paint('yellow', text) : text;
  const out: string[] = [paint('bold', headline(results)), ''];

  const sizeVariants = results.variants.filter((v) => v.rows.length > 0 || v.status === 'error');
  if (sizeVariants.length > 0) {
    const reference = results.reference;
    const header = ['variant', 'status', 'raw', 'optimized', 'gzip', 'brotli', ...(reference ? [`gzip vs ${reference}`] : [])];
    const body = sizeVariants.map((v) => {
      const cell = (id: string): string => sizeCell(v.rows.find((r) => r.id === id));
      return [v.name, v.status, cell('raw'), cell('optimized'), cell('gzip'), cell('brotli'), ...(reference ? [formatRatio(v.rows.find((r) => r.id === 'gzip')?.vsReference)] : [])];
    });
    out.push(...table(header, body, (row, text) => (row === -1 ? paint('bold', text) : statusPaint(sizeVariants[row]?.status ?? '', text))));
  }

  const benches = results.variants.flatMap((v) => benchNames(v).map((bench) => ({ v, bench })));
  if (benches.length > 0) {
    out.push('');
    const ref = results.reference;
    const header = ['benchmark', 'variant', 'iterations', 'instructions', 'change', 'peak memory', 'change', 'throughput', '95% CI', 'change', ...(ref ? [`instr. vs ${ref}`, `throughput vs ${ref} (paired, 95% CI)`] : [])];
    const status: string[] = [];
    const body = benches.map(({ v, bench }) => {
      const row = (metric: string): MetricRow | undefined => v.rows.find((r) => r.id === `${bench}.${metric}`);
      const instructions = row('instructions');
      const memory = row('peakMemoryBytes');
      const throughput = row('opsPerSec');
      const rows = [instructions, memory, throughput];
      status.push(rows.some((r) => r?.status === 'regressed') ? 'regressed' : rows.some((r) => r?.status === 'improved') ? 'improved' : '');
      const failed = v.measurement?.benchErrors?.[bench];
      // The reason is explained below the table, in full: a long one here would widen every row.
      if (failed && !instructions) return [bench, v.name, 'failed: see below'];
      return [
        bench,
        v.name,
        formatValue(v.measurement?.bench?.[bench]?.iterations, 'instructions'),
        formatValue(instructions?.current, 'instructions'),
        formatPercent(instructions?.deltaPct),
        `${formatValue(memory?.current, 'bytes')}${memory?.initialMemoryBytes === undefined ? '' : ` (initial ${formatValue(memory.initialMemoryBytes, 'bytes')})`}`,
        formatPercent(memory?.deltaPct),
        formatValue(throughput?.current, 'ops/s'),
        formatCi(throughput?.ci95),
        formatPercent(throughput?.deltaPct),
        ...(ref ? [formatRatio(instructions?.vsReference), formatRatio(throughput?.vsReference, throughput?.vsReferenceCi95)] : []),
      ];
    });
    out.push(...table(header, body, (row, text) => (row === -1 ? paint('bold', text) : statusPaint(status[row] ?? '', text))));
  }

  const explanations = [...results.problems.map((p) => `${p.message}${p.details ? `\n${indent(p.details)}` : ''}`), ...results.variants.flatMap(explain)];
  if (explanations.length > 0) out.push('', ...explanations.map((e) => paint(e.startsWith('✗') ? 'red' : 'yellow', e)));
  return `${out.join('\n')}\n`;
}

/** Benchmarks of a variant, in the order the module exports them. */
function benchNames(v: VariantResult): string[] {
  return [...new Set([...v.rows.filter((r) => r.bench).map((r) => r.bench as string), ...Object.keys(v.measurement?.benchErrors ?? {})])];
}

function sizeCell(row: MetricRow | undefined): string {
  if (!row || row.current === undefined) return row?.baseline === undefined ? '—' : `(${formatValue(row.baseline, row.unit)})`;
  const pct = formatPercent(row.deltaPct);
  return pct ? `${formatValue(row.current, row.unit)} ${pct}` : formatValue(row.current, row.unit);
}

function explain(v: VariantResult): string[] {
  const lines = v.problems.map((p) => `✗ ${p.message}${p.details ? `\n${indent(p.details)}` : ''}`);
  for (const r of v.rows.filter((row) => row.status === 'regressed')) {
    lines.push(
      `✗ ${v.name} ${r.label}: ${formatValue(r.baseline, r.unit)} → ${formatValue(r.current, r.unit)} (${formatPercent(r.deltaPct)}) exceeds the threshold ${formatThreshold(r)}`,
    );
  }
  return lines;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** Left-aligned text columns; `paint` colours a whole row (-1 = header) after padding. */
function table(header: string[], body: string[][], paint: (row: number, text: string) => string): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join('  ').trimEnd();
  return [paint(-1, line(header)), ...body.map((r, i) => paint(i, line(r)))];
}
