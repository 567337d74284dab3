// Pure: the Markdown report: the PR comment, the job summary and the CLI's --markdown file.
// What needs attention comes first (verdict, what the PR loosens, regressions); unchanged rows and
// variants fold away; the whole shortens itself, step by step, to fit the length it is given.
import { sortByConcern } from '../compare/compare.js';
import type { PublishedResults } from '../publish/extras.js';
import type { BaselineReview, Loosening } from '../publish/review.js';
import type { GateProblem, GateResults, MetricRow, VariantResult } from '../types.js';
import { codeBlock, codeSpan, escapeMarkdown, mermaidLabel } from './escape.js';
import { formatCi, formatDelta, formatPercent, formatRatio, formatThreshold, formatValue, plural, STATUS_ICON } from './format.js';
import { describeThreshold, rowMoved } from '../compare/thresholds.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Start with the hidden marker that finds this comment again ('' is the default key). */
  commentKey?: string;
  /** Longest result in UTF-16 code units (default: a GitHub comment's limit, with a margin). */
  maxLength?: number;
  /** The command that rewrites the baseline (default `npx wasm-gate update`). */
  acceptCommand?: string;
}

const NAME_MAX = 100;
const MESSAGE_MAX = 1_000;
const CHART_MAX_VARIANTS = 30;
const CHART_MAX_BENCHES = 3;

/** Levels of detail, richest first; the first that fits wins. */
interface Detail {
  charts: boolean;
  sections: boolean;
  buildOutputLines: number;
  /** full tables for variants whose status is only informative (pass, improved, new, removed) */
  detailCalmVariants: boolean;
  /** the unchanged rows of a detailed variant, folded */
  unchangedRows: boolean;
  loosenedItems: number;
  /** rows of the compact tables and number of detailed variants; Infinity = all */
  rowLimit: number;
}

const LEVELS: Detail[] = [
  { charts: true, sections: true, buildOutputLines: 30, detailCalmVariants: true, unchangedRows: true, loosenedItems: 50, rowLimit: Infinity },
  { charts: true, sections: false, buildOutputLines: 10, detailCalmVariants: true, unchangedRows: true, loosenedItems: 50, rowLimit: Infinity },
  { charts: false, sections: false, buildOutputLines: 5, detailCalmVariants: false, unchangedRows: true, loosenedItems: 30, rowLimit: Infinity },
  { charts: false, sections: false, buildOutputLines: 0, detailCalmVariants: false, unchangedRows: false, loosenedItems: 10, rowLimit: Infinity },
];

export function commentMarker(key = ''): string {
  return `<!-- wasm-gate:comment key=${encodeKey(key)} -->`;
}

/** Keys come from workflow expressions (matrix values): keep them from closing the HTML comment. */
function encodeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._:/+=-]/g, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
}

export function renderMarkdown(results: GateResults, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
  const r = results as PublishedResults;
  for (const level of LEVELS) {
    const text = render(r, options, level);
    if (text.length <= maxLength) return text;
  }
  // Last resort: fewer rows, found by bisection over how many rows the tables keep.
  const last = LEVELS[LEVELS.length - 1] as Detail;
  let low = 0;
  let high = Math.max(r.variants.length, 1);
  let best: string | undefined;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const text = render(r, options, { ...last, rowLimit: mid, loosenedItems: 5, buildOutputLines: 0 });
    if (text.length <= maxLength) {
      best = text;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best ?? minimal(r, options, maxLength);
}

function render(r: PublishedResults, options: MarkdownOptions, detail: Detail): string {
  const out: string[] = [];
  if (options.commentKey !== undefined) out.push(commentMarker(options.commentKey));
  out.push(...title(r, options), '');
  if (r.baselineReview) out.push(...reviewBlock(r.baselineReview, detail.loosenedItems));
  out.push(...acceptanceBlock(r));
  for (const p of r.problems) out.push(...problemBlock(p, detail.buildOutputLines), '');
  if (regressedCount(r) > 0 && !r.acceptance?.applied) out.push(acceptHint(r, options), '');

  const variants = sortByConcern(r.variants);
  const detailed = variants.filter((v) => needsDetail(v, detail));
  const shownDetailed = detailed.slice(0, detail.rowLimit);
  for (const v of shownDetailed) out.push(...variantSection(v, r.reference, detail));
  if (detailed.length > shownDetailed.length) {
    out.push(`_… ${plural(detailed.length - shownDetailed.length, 'more variant')} with regressions or errors: see the job summary or the results file._`, '');
  }

  const rest = variants.filter((v) => !detailed.includes(v));
  const changed = rest.filter((v) => !isUnchanged(v));
  const unchanged = rest.filter(isUnchanged);
  if (changed.length > 0) {
    out.push(shownDetailed.length > 0 ? '### Other variants' : '### Variants', '', ...compactTable(changed, r.reference, detail.rowLimit), '');
  }
  if (unchanged.length > 0) {
    out.push(
      `<details><summary>${STATUS_ICON.pass} ${plural(unchanged.length, 'variant')} unchanged from the baseline</summary>`,
      '',
      ...compactTable(unchanged, r.reference, detail.rowLimit),
      '',
      '</details>',
      '',
    );
  }
  if (detail.charts) out.push(...charts(variants));
  out.push(footer(r));
  return `${out.join('\n')}\n`;
}

function title(r: PublishedResults, options: MarkdownOptions): string[] {
  const key = options.commentKey || r.commentKey;
  const name = `wasm-gate${key ? ` · ${escapeMarkdown(key, 60)}` : ''}`;
  const regressed = regressedCount(r);
  const measured = r.variants.filter((v) => v.status !== 'removed').length;
  let icon: string;
  let verdict: string;
  if (r.status === 'error') {
    icon = STATUS_ICON.error;
    verdict = `error — ${plural(errorCount(r), 'problem')} to fix`;
  } else if (regressed > 0 && r.acceptance?.applied) {
    icon = '⚠️';
    verdict = `${plural(regressed, 'regressed variant')}, accepted by label`;
  } else if (regressed > 0) {
    icon = STATUS_ICON.regressed;
    verdict = `${regressed} of ${plural(measured, 'variant')} regressed`;
  } else {
    icon = STATUS_ICON.pass;
    verdict = r.mode === 'update' ? `baseline measured for ${plural(measured, 'variant')}` : `no regression in ${plural(measured, 'variant')}`;
  }
  const count = (status: string): number => r.variants.filter((v) => v.status === status).length;
  const parts = (['regressed', 'error', 'improved', 'new', 'removed', 'pass'] as const)
    .filter((s) => count(s) > 0)
    .map((s) => `${STATUS_ICON[s]} ${count(s)} ${s === 'pass' ? 'within thresholds' : s}`);
  const lines = [`## ${icon} ${name}: ${verdict}`, '', parts.length > 0 ? parts.join(' · ') : '_no variant was measured_'];
  const worst = worstRegression(r);
  if (worst) {
    const { v, row } = worst;
    lines.push(
      '',
      `Largest regression: **${escapeMarkdown(v.name, NAME_MAX)}** ${escapeMarkdown(row.label, NAME_MAX)} ${formatPercent(row.deltaPct)} (${formatValue(row.baseline, row.unit)} → ${formatValue(row.current, row.unit)}, threshold ${formatThreshold(row)})`,
    );
  }
  return lines;
}

/** The regressed row that moved furthest in its worse direction. */
function worstRegression(r: GateResults): { v: VariantResult; row: MetricRow } | undefined {
  const rows = r.variants.flatMap((v) => v.rows.filter((row) => row.status === 'regressed').map((row) => ({ v, row })));
  const badness = (row: MetricRow): number => (row.higherIsBetter ? -1 : 1) * (row.deltaPct ?? 0);
  return rows.sort((a, b) => badness(b.row) - badness(a.row))[0];
}

function reviewBlock(review: BaselineReview, maxItems: number): string[] {
  const out: string[] = [];
  if (review.loosened.length > 0) {
    out.push(
      '> [!IMPORTANT]',
      `> **Accepted in this PR:** it edits the baseline or thresholds, which loosens ${plural(review.loosened.length, 'check')}. Reviewers approve these with the code:`,
    );
    for (const l of review.loosened.slice(0, maxItems)) out.push(`> - ${describeLoosening(l)}`);
    if (review.loosened.length > maxItems) out.push(`> - … and ${review.loosened.length - maxItems} more`);
    out.push('');
  } else if (review.baselineAdded) {
    out.push('> [!NOTE]', '> This PR adds the baseline: nothing was gated before it.', '');
  } else if (review.baselineChanged || review.thresholdsChanged) {
    out.push('> [!NOTE]', `> This PR updates the ${review.baselineChanged ? 'baseline' : 'thresholds'}; no check is loosened by it.`, '');
  }
  if (review.source === 'unavailable' || review.reason) {
    out.push(
      '> [!NOTE]',
      `> The base branch's baseline and thresholds could not be read${review.reason ? ` (${escapeMarkdown(review.reason, 300)})` : ''}, so what this PR changes in them is not listed.`,
      '',
    );
  }
  return out;
}

export function describeLoosening(l: Loosening): string {
  const name = `**${escapeMarkdown(l.variant, NAME_MAX)}** ${escapeMarkdown(l.label, NAME_MAX)}`;
  if (l.droppedFromBaseline) return `${name}: dropped from the baseline, no longer gated`;
  const parts: string[] = [];
  if (l.from !== undefined && l.to !== undefined) {
    const pct = formatPercent(l.deltaPct);
    parts.push(`${pct || 'changed'} (${formatValue(l.from, l.unit)} → ${formatValue(l.to, l.unit)})`);
  }
  if (l.thresholdFrom !== undefined && l.thresholdTo !== undefined) {
    const unit = l.unit === 'bytes' ? 'B' : l.unit;
    parts.push(`threshold ${describeThreshold(l.thresholdFrom, unit)} → ${describeThreshold(l.thresholdTo, unit)}`);
  }
  return `${name} ${parts.join(', ')}`;
}

function acceptanceBlock(r: PublishedResults): string[] {
  const regressed = regressedCount(r);
  if (!r.acceptance?.applied || regressed === 0) return [];
  return [
    '> [!WARNING]',
    `> **${plural(regressed, 'regressed variant')} accepted by the ${codeSpan(r.acceptance.label)} label:** the check passes. Remove the label to gate ${regressed === 1 ? 'it' : 'them'} again.`,
    '',
  ];
}

function acceptHint(r: PublishedResults, options: MarkdownOptions): string {
  const command = options.acceptCommand ?? 'npx wasm-gate update';
  const label = r.acceptance?.label;
  return `**To accept an intended change:** run ${codeSpan(command)} and commit the baseline (this comment then lists what the update loosens)${label ? `, or add the ${codeSpan(label)} label` : ''}.`;
}

function problemBlock(p: GateProblem, outputLines: number): string[] {
  const [first = '', ...more] = p.message.split('\n');
  const out = [`> ${STATUS_ICON.error} ${escapeMarkdown(first, MESSAGE_MAX)}`];
  const details = [...more.map((l) => l.trim()).filter(Boolean)].join('\n');
  if (details) out.push('', codeBlock(details, Math.max(outputLines, 10)));
  if (p.details && outputLines > 0) {
    out.push('', '<details><summary>output</summary>', '', codeBlock(p.details, outputLines), '', '</details>');
  }
  return out;
}

function needsDetail(v: VariantResult, detail: Detail): boolean {
  if (v.status === 'error' || v.status === 'regressed') return true;
  return detail.detailCalmVariants && !isUnchanged(v) && v.status !== 'removed';
}

/** Nothing moved: every exact value equals its baseline, and no timing changed beyond its noise. */
function isUnchanged(v: VariantResult): boolean {
  if (v.status !== 'pass' || v.problems.length > 0) return false;
  return v.rows.every((row) => row.metric === 'section' || ((row.status === 'pass' || row.status === 'info') && !rowMoved(row)));
}

const ROW_ORDER: Record<MetricRow['status'], number> = { regressed: 0, improved: 1, new: 2, removed: 3, pass: 4, info: 5 };

function variantSection(v: VariantResult, reference: string | undefined, detail: Detail): string[] {
  const out = [`### ${STATUS_ICON[v.status]} ${escapeMarkdown(v.name, NAME_MAX)} — ${v.status}`, ''];
  for (const p of v.problems) out.push(...problemBlock(p, detail.buildOutputLines), '');
  const metrics = v.rows.filter((row) => row.metric !== 'section');
  const quiet = (row: MetricRow): boolean => (row.status === 'pass' || row.status === 'info') && !rowMoved(row);
  const shown = metrics
    .filter((row) => !quiet(row) && (detail.unchangedRows || row.status === 'regressed'))
    .sort((a, b) => ROW_ORDER[a.status] - ROW_ORDER[b.status]);
  const folded = [...metrics.filter(quiet), ...(detail.sections ? v.rows.filter((row) => row.metric === 'section') : [])];
  const withReference = Boolean(reference) && metrics.some((row) => row.vsReference !== undefined);
  if (shown.length > 0) out.push(...metricTable(shown, reference, withReference), '');
  if (detail.unchangedRows && folded.length > 0) {
    const sections = folded.filter((row) => row.metric === 'section').length;
    const summary = [folded.length - sections > 0 ? `${folded.length - sections} unchanged` : '', sections > 0 ? plural(sections, 'section') : '']
      .filter(Boolean)
      .join(', ');
    out.push(`<details><summary>${summary}</summary>`, '', ...metricTable(folded, reference, withReference), '', '</details>', '');
  }
  return out;
}

function metricTable(rows: MetricRow[], reference: string | undefined, withReference: boolean): string[] {
  const refHeader = withReference && reference ? ` vs ${escapeMarkdown(reference, NAME_MAX)} |` : '';
  const out = [`| Metric | Baseline | Current | Δ | Δ% | Threshold | |${refHeader}`, `|---|--:|--:|--:|--:|---|:-:|${refHeader ? '--:|' : ''}`];
  for (const row of rows) {
    const initial = row.initialMemoryBytes === undefined ? '' : ` (initial ${formatValue(row.initialMemoryBytes, 'bytes')})`;
    const current = `${formatValue(row.current, row.unit)}${row.ci95 ? ` ${formatCi(row.ci95)}` : ''}${initial}`;
    const ref = refHeader ? ` ${formatRatio(row.vsReference, row.vsReferenceCi95)} |` : '';
    out.push(
      `| ${escapeMarkdown(row.label, NAME_MAX)} | ${formatValue(row.baseline, row.unit)} | ${current} | ${formatDelta(row)} | ${formatPercent(row.deltaPct)} | ${row.metric === 'section' ? '' : formatThreshold(row)} | ${STATUS_ICON[row.status] ?? ''} |${ref}`,
    );
  }
  return out;
}

function compactTable(variants: VariantResult[], reference: string | undefined, rowLimit: number): string[] {
  const withReference = Boolean(reference) && variants.some((v) => v.rows.some((row) => row.vsReference !== undefined));
  const refHeader = withReference && reference ? ` gzip vs ${escapeMarkdown(reference, NAME_MAX)} |` : '';
  const out = [`| Variant | | Optimized | gzip | brotli |${refHeader}`, `|---|:-:|--:|--:|--:|${refHeader ? '--:|' : ''}`];
  for (const v of variants.slice(0, rowLimit)) {
    const cell = (id: string): string => compactCell(v.rows.find((row) => row.id === id));
    const ref = refHeader ? ` ${formatRatio(v.rows.find((row) => row.id === 'gzip')?.vsReference)} |` : '';
    out.push(`| ${escapeMarkdown(v.name, NAME_MAX)} | ${STATUS_ICON[v.status] ?? ''} | ${cell('optimized')} | ${cell('gzip')} | ${cell('brotli')} |${ref}`);
  }
  if (variants.length > rowLimit) out.push(`| _… ${plural(variants.length - rowLimit, 'more variant')}_ | | | | |${refHeader ? ' |' : ''}`);
  return out;
}

function compactCell(row: MetricRow | undefined): string {
  if (!row) return '—';
  const pct = formatPercent(row.deltaPct);
  const flag = row.status === 'regressed' ? ` ${STATUS_ICON.regressed}` : '';
  return `${formatValue(row.current ?? row.baseline, row.unit)}${pct && pct !== '±0.00%' ? ` (${pct})` : ''}${flag}`;
}

function charts(variants: VariantResult[]): string[] {
  const out: string[] = [];
  const sized = variants.filter((v) => v.rows.some((row) => row.id === 'gzip' && row.current !== undefined));
  if (sized.length >= 2 && sized.length <= CHART_MAX_VARIANTS) {
    const gzip = (v: VariantResult): MetricRow | undefined => v.rows.find((row) => row.id === 'gzip');
    const current = sized.map((v) => gzip(v)?.current ?? 0);
    const baseline = sized.map((v) => gzip(v)?.baseline);
    const withBaseline = baseline.every((b) => b !== undefined);
    out.push(
      ...mermaidChart(
        withBaseline ? 'gzip bytes per variant (bars: this run, line: baseline)' : 'gzip bytes per variant',
        sized.map((v) => v.name),
        'bytes',
        [['bar', current], ...(withBaseline ? [['line', baseline as number[]] as const] : [])],
      ),
    );
  }
  const benches = [...new Set(variants.flatMap((v) => v.rows.filter((row) => row.metric === 'opsPerSec' && row.bench).map((row) => row.bench as string)))];
  for (const bench of benches.slice(0, CHART_MAX_BENCHES)) {
    const points = variants
      .map((v) => ({ name: v.name, value: v.rows.find((row) => row.metric === 'opsPerSec' && row.bench === bench)?.current }))
      .filter((p): p is { name: string; value: number } => p.value !== undefined);
    if (points.length < 2 || points.length > CHART_MAX_VARIANTS) continue;
    out.push(
      ...mermaidChart(
        `${bench} throughput per variant (higher is better)`,
        points.map((p) => p.name),
        'ops/s',
        [['bar', points.map((p) => p.value)]],
      ),
    );
  }
  return out;
}

function mermaidChart(heading: string, names: string[], axis: string, series: ReadonlyArray<readonly ['bar' | 'line', number[]]>): string[] {
  const quoted = names.map((n) => `"${mermaidLabel(n)}"`).join(', ');
  const values = (list: number[]): string => list.map((x) => (Number.isFinite(x) ? String(Math.round(x)) : '0')).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidLabel(heading, 80)}"`,
    `    x-axis [${quoted}]`,
    `    y-axis "${mermaidLabel(axis)}"`,
    ...series.map(([kind, list]) => `    ${kind} [${values(list)}]`),
    '```',
    '',
  ];
}

function footer(r: PublishedResults): string {
  const parts = [`wasm-gate ${escapeMarkdown(r.tool?.version ?? '', 40)}`];
  for (const [tool, version] of Object.entries(r.tools ?? {}).slice(0, 4)) parts.push(`${escapeMarkdown(tool, 40)} ${escapeMarkdown(version, 80)}`);
  const sha = r.pullRequest?.headSha;
  if (sha && /^[0-9a-f]{7,64}$/i.test(sha)) parts.push(`head ${sha.slice(0, 7)}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** When even the shortest report is too long (a huge key, a tiny limit): verdict only. */
function minimal(r: PublishedResults, options: MarkdownOptions, maxLength: number): string {
  const marker = options.commentKey !== undefined ? `${commentMarker(options.commentKey)}\n` : '';
  const verdict = r.status === 'pass' ? 'passed' : r.status === 'regressed' ? 'regression' : 'error';
  const text = `${marker}## wasm-gate: ${verdict}\n\nThe report is too long for a comment: see the job summary or the results file.\n`;
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}

function regressedCount(r: GateResults): number {
  return r.variants.filter((v) => v.status === 'regressed').length;
}

function errorCount(r: GateResults): number {
  return r.problems.length + r.variants.filter((v) => v.status === 'error').length;
}
