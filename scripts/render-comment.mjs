// Renders a comment body as GitHub shows it in a pull request's conversation: GitHub's Markdown
// (cmark-gfm, Debian's `cmark-gfm`), GitHub's Markdown CSS (npm `github-markdown-css`), Mermaid
// from the npm package, in headless Chromium (Debian's `chromium`, driven by `playwright-core`)
// at the width of a PR conversation's comment. Reports what a reviewer would trip over: charts
// that fail to render, number cells that wrap, tables wider than the comment.
//
//   node scripts/render-comment.mjs BODY.md OUT.png      (npm run render:comment writes docs/)
//
// Emoji need a colour emoji font for the picture (Debian: fonts-noto-color-emoji).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The comment column of a PR conversation on a common laptop screen; comments set 14 px text. */
export const COMMENT_WIDTH = 780;

export function missingRenderer() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (apt-get install chromium)`);
  if (spawnSync('cmark-gfm', ['--version']).status !== 0) missing.push('cmark-gfm (apt-get install cmark-gfm)');
  return missing;
}

/** GitHub's renderer: cmark-gfm with GitHub's extensions; raw HTML kept (GitHub then filters it). */
export function markdownToHtml(markdown) {
  const run = spawnSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--extension', 'strikethrough', '--extension', 'tagfilter', '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`);
  return run.stdout;
}

function page(html, mermaidPackage) {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const mermaid = readFileSync(path.join(path.dirname(require.resolve(`${mermaidPackage}/package.json`)), 'dist', 'mermaid.min.js'), 'utf8');
  // GitHub renders ```mermaid blocks as diagrams; cmark-gfm leaves them as code.
  const body = html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style>
<style>body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH}px; padding: 16px; font-size: 14px; }</style>
</head><body><article class="markdown-body">${body}</article>
<script>${mermaid.replace(/<\/script/gi, '<\\/script')}</script>
<script>
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  mermaid.run({ querySelector: 'pre.mermaid' }).then(() => { window.__rendered = 'ok'; }, (error) => { window.__rendered = String(error && error.message || error); });
</script></body></html>`;
}

/**
 * Renders `markdown`; writes a full-page PNG when `png` is given. Returns what it found:
 * charts drawn and their errors, number cells on more than one line, tables that scroll.
 */
export async function renderComment({ markdown, png, mermaidPackage = 'mermaid' }) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: COMMENT_WIDTH, height: 900 },
    deviceScaleFactor: 1,
  });
  try {
    const tab = await context.newPage();
    // Nothing leaves the machine: the page is self-contained.
    await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await tab.setContent(page(markdownToHtml(markdown), mermaidPackage), { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 30_000 });
    const measure = () => tab.evaluate(() => {
      const lines = (cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return tops.size;
      };
      // A cell broken on purpose (<br>: a benchmark's iterations under its name) is not a wrap.
      const cells = [...document.querySelectorAll('td')].filter((td) => /\d/.test(td.textContent ?? '') && !td.querySelector('br'));
      return {
        rendered: window.__rendered,
        charts: [...document.querySelectorAll('pre.mermaid')].map((el) => ({ svg: Boolean(el.querySelector('svg')), text: (el.textContent ?? '').slice(0, 200), height: el.getBoundingClientRect().height })),
        wrappedNumberCells: cells.filter((td) => lines(td) > 1).map((td) => td.textContent),
        scrollingTables: [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.querySelector('th')?.textContent ?? ''),
        height: document.body.scrollHeight,
      };
    });
    const found = await measure();
    if (png) await tab.screenshot({ path: png, fullPage: true });
    // And as a reviewer who opens every fold sees it.
    await tab.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const opened = await measure();
    return { ...found, opened: { wrappedNumberCells: opened.wrappedNumberCells, scrollingTables: opened.scrollingTables, height: opened.height } };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: node scripts/render-comment.mjs BODY.md OUT.png');
  const missing = missingRenderer();
  if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
  const found = await renderComment({ markdown: readFileSync(input, 'utf8'), png: output });
  process.stdout.write(`${JSON.stringify({ ...found, charts: found.charts.map(({ svg, height }) => ({ svg, height })) }, null, 2)}\n`);
  void fileURLToPath;
}
