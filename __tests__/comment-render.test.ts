// The comment as GitHub shows it: GitHub's Markdown (cmark-gfm), GitHub's CSS and Mermaid in
// headless Chromium at the width of a PR conversation (scripts/render-comment.mjs, which also
// writes docs/comment.png). Needs Debian's chromium and cmark-gfm: fails without them (.ci/run
// installs them).
import { describe, expect, it } from 'vitest';
import { parseResults } from '../src/publish/results-file.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { markdownToHtml, missingRenderer, renderComment } from '../scripts/render-comment.mjs';
import { cases, forkResultsFile } from './helpers/report-cases.js';
import { missingRequirement, type SkipContext } from './helpers/need.js';

const missing = missingRenderer();
/** px, the regression comment as GitHub shows it at 780 px wide, folds closed. */
const MAX_REGRESSION_HEIGHT = 1_100;

function requireRenderer(ctx: SkipContext): void {
  if (missing.length > 0) missingRequirement(ctx, `cannot render comments: missing ${missing.join(', ')}`, 'apt-get install cmark-gfm chromium');
}

describe('rendered as GitHub renders it', () => {
  it.for(['regression', 'unchanged', 'failedBuild'] as const)('%s: the chart draws, no number cell wraps, no table scrolls at 780 px, folds closed or open', { timeout: 120_000 }, async (name, ctx) => {
    requireRenderer(ctx);
    for (const mermaidPackage of ['mermaid', 'mermaid-10']) {
      const found = await renderComment({ markdown: renderMarkdown(cases[name](), { commentKey: '' }), mermaidPackage });
      expect(found.rendered, mermaidPackage).toBe('ok');
      expect(found.charts.length).toBe(1);
      expect(found.charts.every((c) => c.svg && !/Syntax error/i.test(c.text))).toBe(true);
      expect(found.wrappedNumberCells, mermaidPackage).toEqual([]);
      expect(found.scrollingTables, mermaidPackage).toEqual([]);
      expect(found.opened.wrappedNumberCells, 'every fold open').toEqual([]);
      expect(found.opened.scrollingTables, 'every fold open').toEqual([]);
      console.info(`${name} (${mermaidPackage}): ${found.height} px tall, chart ${Math.round(found.charts[0]?.height ?? 0)} px`);
      // Fits on a laptop's screen: the verdict, the failed lines, the table and the chart, the
      // rest folded (it was 3,205 px before issue 21).
      if (name === 'regression') expect(found.height, mermaidPackage).toBeLessThanOrEqual(MAX_REGRESSION_HEIGHT);
    }
  });

  it('a fork’s hostile names become no link: the only link is the workflow run', (ctx) => {
    requireRenderer(ctx);
    const html = markdownToHtml(renderMarkdown(parseResults(forkResultsFile(), 'results.json'), { commentKey: '' }));
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toEqual(['https://github.com/octo-org/wasm-app/actions/runs/12345678901']);
    expect(html).not.toMatch(/<img|<script/);
  });
});
