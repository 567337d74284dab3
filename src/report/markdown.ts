// Pure: the Markdown report: the PR comment, the job summary and the CLI's --markdown file.
// Top to bottom: the verdict and what needs attention (what the PR loosens, problems, what to do
// next), one summary table, one fold per variant (open where a reviewer should look), at most
// one chart, and the context. The whole shortens itself, level by level, to fit its length.
import { sortByConcern } from '../compare/compare.js';
import type { PublishedResults } from '../results/published.js';
import type { GateResults } from '../types.js';
import { gzipChart } from './markdown/chart.js';
import { footer } from './markdown/context.js';
import type { Detail, RenderContext } from './markdown/shared.js';
import { againstBlock } from './markdown/against.js';
import { summaryTable } from './markdown/summary-table.js';
import { variantDetail } from './markdown/variant-detail.js';
import { acceptanceBlock, missingBaselineBlock, nextStep, problemBlock, reviewBlock, title } from './markdown/verdict.js';
import { plural } from './format.js';
import { variantChanged } from './signal.js';

export { describeLoosening } from './markdown/verdict.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Start with the hidden marker that finds this comment again ('' is the default key). */
  commentKey?: string;
  /** Longest result in UTF-16 code units (default: a GitHub comment's limit, with a margin). */
  maxLength?: number;
  /** The command that rewrites the baseline, when the results carry none (`context.commands`). */
  acceptCommand?: string;
}

const LEVELS: Detail[] = [
  { chart: true, quietDetails: true, timings: true, sections: true, buildOutputLines: 30, loosenedItems: 50, rowLimit: Infinity },
  { chart: true, quietDetails: true, timings: false, sections: true, buildOutputLines: 20, loosenedItems: 50, rowLimit: Infinity },
  { chart: false, quietDetails: false, timings: false, sections: true, buildOutputLines: 12, loosenedItems: 30, rowLimit: Infinity },
  { chart: false, quietDetails: false, timings: false, sections: false, buildOutputLines: 5, loosenedItems: 10, rowLimit: Infinity },
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
  const ctx: RenderContext = {
    results: r,
    detail,
    updateCommand: r.context?.commands?.update ?? options.acceptCommand ?? 'npx wasm-gate update',
    ...(r.context?.commands?.install ? { installCommand: r.context.commands.install } : {}),
  };
  const out: string[] = [];
  if (options.commentKey !== undefined) out.push(commentMarker(options.commentKey));
  out.push(...title(r, options.commentKey), '');
  if (r.baselineReview) out.push(...reviewBlock(r.baselineReview, detail.loosenedItems));
  out.push(...missingBaselineBlock(r, ctx.updateCommand));
  out.push(...acceptanceBlock(r));
  for (const p of r.problems) out.push(...problemBlock(p, detail.buildOutputLines), '');
  out.push(...nextStep(ctx));

  const sorted = sortByConcern(r.variants);
  if (sorted.length > 0) out.push(...summaryTable(sorted, r.reference, detail.rowLimit), '');
  out.push(...againstBlock(r));

  const detailed = sorted.filter((v) => detail.quietDetails || variantChanged(v));
  const shown = detailed.slice(0, detail.rowLimit);
  for (const v of shown) out.push(...variantDetail(v, { ...(r.reference ? { reference: r.reference } : {}), detail }));
  const left = sorted.length - shown.length;
  if (left > 0) out.push(`_The detail of ${plural(left, 'more variant')} is in the job summary and the results file._`, '');

  if (detail.chart) {
    const chart = gzipChart(r.variants);
    if (chart.length > 0) out.push(...chart, '');
  }
  out.push(...footer(ctx));
  return `${out.join('\n')}\n`;
}

/** When even the shortest report is too long (a huge key, a tiny limit): verdict only. */
function minimal(r: PublishedResults, options: MarkdownOptions, maxLength: number): string {
  const marker = options.commentKey !== undefined ? `${commentMarker(options.commentKey)}\n` : '';
  const verdict = r.status === 'pass' ? 'passed' : r.status === 'regressed' ? 'regression' : 'error';
  const text = `${marker}## wasm-gate: ${verdict}\n\nThe report is too long for a comment: see the job summary or the results file.\n`;
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}
