import { describe, expect, it } from 'vitest';
import type { PublishedResults } from '../src/publish/extras.js';
import type { BaselineReview } from '../src/publish/review.js';
import { commentMarker, GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/report/markdown.js';
import type { MetricRow, RowStatus, VariantResult, VariantStatus } from '../src/types.js';

function sizeRow(metric: 'raw' | 'optimized' | 'gzip' | 'brotli', baseline: number | undefined, current: number, status: RowStatus, extra: Partial<MetricRow> = {}): MetricRow {
  const delta = baseline === undefined ? undefined : current - baseline;
  return {
    id: metric,
    metric,
    label: `${metric} bytes`,
    unit: 'bytes',
    higherIsBetter: false,
    threshold: metric === 'raw' ? false : { relative: 1 },
    status,
    current,
    ...(baseline === undefined ? {} : { baseline, delta, deltaPct: ((delta as number) / baseline) * 100 }),
    ...extra,
  };
}

function variant(name: string, status: VariantStatus, sizes: { base?: number; current: number; regressedGzip?: boolean }, extraRows: MetricRow[] = []): VariantResult {
  const { base, current } = sizes;
  const rowStatus = (m: string): RowStatus =>
    base === undefined ? 'new' : m === 'raw' ? 'info' : sizes.regressedGzip && m === 'gzip' ? 'regressed' : current < base ? 'improved' : 'pass';
  return {
    name,
    status,
    rows: [
      sizeRow('raw', base, current, rowStatus('raw')),
      sizeRow('optimized', base, current, rowStatus('optimized')),
      sizeRow('gzip', base === undefined ? undefined : sizes.regressedGzip ? Math.round(current / 1.2) : base, current, rowStatus('gzip')),
      sizeRow('brotli', base, current, rowStatus('brotli')),
      { id: 'section:code', metric: 'section', label: 'section code', unit: 'bytes', higherIsBetter: false, threshold: false, status: 'info', current: current - 100, ...(base === undefined ? {} : { baseline: base - 100, delta: current - base, deltaPct: 0 }) },
      ...extraRows,
    ],
    problems: [],
  };
}

function results(variants: VariantResult[], extra: Partial<PublishedResults> = {}): PublishedResults {
  const status = variants.some((v) => v.status === 'error') ? 'error' : variants.some((v) => v.status === 'regressed') ? 'regressed' : 'pass';
  return {
    schemaVersion: 1,
    tool: { name: 'wasm-gate', version: '0.1.0' },
    mode: 'check',
    status,
    exitCode: status === 'error' ? 2 : status === 'regressed' ? 1 : 0,
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 10,
    tools: { node: 'v24.0.0', binaryen: '132.0.0 (npm, in-process) -Oz' },
    variants,
    problems: [],
    ...extra,
  };
}

const mixed = (): PublishedResults =>
  results([
    variant('dlmalloc', 'pass', { base: 10_000, current: 10_000 }),
    variant('freelist', 'regressed', { base: 6_000, current: 7_200, regressedGzip: true }),
    variant('bump', 'improved', { base: 4_000, current: 3_900 }),
  ]);

describe('the comment frame', () => {
  it('starts with a hidden marker per comment key, and only when asked (the CLI has none)', () => {
    expect(renderMarkdown(mixed(), { commentKey: '' }).startsWith(`${commentMarker('')}\n`)).toBe(true);
    expect(renderMarkdown(mixed(), { commentKey: 'wasm32' }).startsWith('<!-- wasm-gate:comment key=wasm32 -->\n')).toBe(true);
    expect(renderMarkdown(mixed())).not.toContain('<!--');
  });

  it('keys cannot close the HTML comment or collide by prefix', () => {
    expect(commentMarker('a --> <b>')).toBe('<!-- wasm-gate:comment key=a%20--%3E%20%3Cb%3E -->');
    expect(commentMarker('a')).not.toBe(commentMarker('ab').slice(0, commentMarker('a').length));
  });

  it('has a headline verdict for each outcome', () => {
    expect(renderMarkdown(mixed())).toContain('## ❌ wasm-gate: 1 of 3 variants regressed');
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).toContain('## ✅ wasm-gate: no regression in 1 variant');
    const error = results([{ name: 'x', status: 'error', rows: [], problems: [{ kind: 'build', variant: 'x', message: 'variant "x": build failed (exit code 1): make', details: 'cc: error' }] }]);
    expect(renderMarkdown(error)).toContain('## ⚠️ wasm-gate: error — 1 problem to fix');
    const accepted = { ...mixed(), acceptance: { label: 'wasm-gate:accept', applied: true } };
    expect(renderMarkdown(accepted)).toContain('## ⚠️ wasm-gate: 1 regressed variant, accepted by label');
    expect(renderMarkdown({ ...mixed(), commentKey: 'simd' })).toContain('## ❌ wasm-gate · simd: 1 of 3 variants regressed');
  });

  it('names the largest regression under the headline', () => {
    expect(renderMarkdown(mixed())).toMatch(/Largest regression: \*\*freelist\*\* gzip bytes \+20\.0% \(6,000 B → 7,200 B, threshold 1%\)/);
  });
});

describe('variant tables', () => {
  it('shows baseline, current, delta in bytes and percent, threshold and an icon', () => {
    const md = renderMarkdown(mixed());
    expect(md).toContain('| Metric | Baseline | Current | Δ | Δ% | Threshold | |');
    expect(md).toContain('| gzip bytes | 6,000 B | 7,200 B | +1,200 B | +20.0% | 1% | ❌ |');
    expect(md).toContain('| optimized bytes | 4,000 B | 3,900 B | -100 B | -2.50% | 1% | 🎉 |');
  });

  it('puts regressions first: regressed variants, and regressed rows within a variant', () => {
    const md = renderMarkdown(mixed());
    expect(md.indexOf('### ❌ freelist')).toBeLessThan(md.indexOf('### 🎉 bump'));
    const freelist = md.slice(md.indexOf('### ❌ freelist'), md.indexOf('### 🎉 bump'));
    expect(freelist.indexOf('| gzip bytes')).toBeLessThan(freelist.indexOf('| optimized bytes'));
  });

  it('folds unchanged rows and sections into <details>, and unchanged variants into one', () => {
    const md = renderMarkdown(mixed());
    expect(md).toMatch(/<details><summary>1 section<\/summary>/);
    expect(md).toMatch(/<details><summary>✅ 1 variant unchanged from the baseline<\/summary>\n\n\| Variant \| \| Optimized \| gzip \| brotli \|/);
    const unchangedAt = md.indexOf('unchanged from the baseline');
    expect(md.indexOf('| dlmalloc |')).toBeGreaterThan(unchangedAt);
    expect(md).not.toContain('### ✅ dlmalloc');
  });

  it('adds a column for the ratio to the reference variant', () => {
    const r = mixed();
    r.reference = 'dlmalloc';
    for (const v of r.variants.slice(1)) for (const row of v.rows) row.vsReference = 0.72;
    const md = renderMarkdown(r);
    expect(md).toContain('| Metric | Baseline | Current | Δ | Δ% | Threshold | | vs dlmalloc |');
    expect(md).toContain('| 1% | ❌ | 0.72× |');
  });

  it('shows throughput rows with their interval', () => {
    const bench: MetricRow = {
      id: 'bench_pairs.opsPerSec',
      metric: 'opsPerSec',
      bench: 'bench_pairs',
      label: 'bench_pairs throughput',
      unit: 'ops/s',
      higherIsBetter: true,
      threshold: { relative: 5 },
      status: 'pass',
      baseline: 1_000_000,
      current: 1_020_000,
      delta: 20_000,
      deltaPct: 2,
      ci95: [1_000_000, 1_040_000],
    };
    const r = results([variant('a', 'pass', { base: 100, current: 100 }, [bench]), variant('b', 'pass', { base: 100, current: 100 }, [{ ...bench, current: 2_000_000 }])]);
    const md = renderMarkdown(r);
    expect(md).toContain('| bench\\_pairs throughput | 1,000,000/s | 1,020,000/s [1,000,000, 1,040,000] | +20,000 | +2.00% | 5% | ✅ |');
    expect(md).toContain('title "bench_pairs throughput per variant (higher is better)"');
    expect(md).toMatch(/bar \[1020000, 2000000\]/);
  });
});

describe('charts', () => {
  it('draws gzip sizes per variant, with the baseline as a line', () => {
    const md = renderMarkdown(mixed());
    expect(md).toContain('```mermaid\nxychart-beta\n    title "gzip bytes per variant (bars: this run, line: baseline)"');
    expect(md).toContain('    x-axis ["freelist", "bump", "dlmalloc"]');
    expect(md).toContain('    bar [7200, 3900, 10000]');
    expect(md).toContain('    line [6000, 4000, 10000]');
  });

  it('draws no chart where it does not help: one variant, or too many to read', () => {
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).not.toContain('mermaid');
    const many = results(Array.from({ length: 31 }, (_, i) => variant(`v${i}`, 'pass', { base: 100, current: 100 })));
    expect(renderMarkdown(many)).not.toContain('mermaid');
  });
});

describe('accepting a change', () => {
  it('shows the update command and the label when something regressed', () => {
    const r = { ...mixed(), acceptance: { label: 'wasm-gate:accept', applied: false } };
    const md = renderMarkdown(r, { acceptCommand: "npx wasm-gate update --config 'my config.json'" });
    expect(md).toContain("run ``npx wasm-gate update --config 'my config.json'`` and commit the baseline".replace(/``/g, '`'));
    expect(md).toContain('or add the `wasm-gate:accept` label');
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).not.toContain('To accept');
  });

  it('says visibly when the label accepted the regressions', () => {
    const md = renderMarkdown({ ...mixed(), acceptance: { label: 'wasm-gate:accept', applied: true } });
    expect(md).toContain('> [!WARNING]\n> **1 regressed variant accepted by the `wasm-gate:accept` label:** the check passes.');
    expect(md).not.toContain('To accept');
  });

  it('lists what a baseline or threshold edit in the PR loosens, before the tables', () => {
    const review: BaselineReview = {
      source: 'git',
      baseSha: 'a'.repeat(40),
      baselineChanged: true,
      thresholdsChanged: true,
      loosened: [
        { variant: 'libc', metric: 'gzip', label: 'gzip', unit: 'bytes', from: 10_000, to: 11_100, deltaPct: 11, thresholdFrom: { relative: 1 }, thresholdTo: { relative: 15 } },
        { variant: 'bump', metric: 'brotli', label: 'brotli', unit: 'bytes', thresholdFrom: { relative: 1 }, thresholdTo: false },
        { variant: 'old', metric: '*', label: 'all metrics', unit: 'bytes', droppedFromBaseline: true },
      ],
    };
    const md = renderMarkdown({ ...mixed(), baselineReview: review });
    expect(md).toContain('> **Accepted in this PR:** it edits the baseline or thresholds, which loosens 3 checks.');
    expect(md).toContain('> - **libc** gzip +11.0% (10,000 B → 11,100 B), threshold 1% → 15%');
    expect(md).toContain('> - **bump** brotli threshold 1% → not gated');
    expect(md).toContain('> - **old** all metrics: dropped from the baseline, no longer gated');
    expect(md.indexOf('Accepted in this PR')).toBeLessThan(md.indexOf('### '));
  });

  it('says when the base could not be read, and when the PR adds the baseline', () => {
    const unavailable: BaselineReview = { source: 'unavailable', baseSha: 'b'.repeat(40), reason: 'git: shallow; contents API: HTTP 403', baselineChanged: false, thresholdsChanged: false, loosened: [] };
    expect(renderMarkdown({ ...mixed(), baselineReview: unavailable })).toContain(
      "The base branch's baseline and thresholds could not be read (git: shallow; contents API: HTTP 403), so what this PR changes in them is not listed.",
    );
    const added: BaselineReview = { source: 'api', baseSha: 'b'.repeat(40), baselineAdded: true, baselineChanged: true, thresholdsChanged: false, loosened: [] };
    expect(renderMarkdown({ ...mixed(), baselineReview: added })).toContain('This PR adds the baseline: nothing was gated before it.');
  });
});

describe('length', () => {
  const bigResults = (count: number, status: VariantStatus): PublishedResults =>
    results(
      Array.from({ length: count }, (_, i) => {
        const name = `variant-with-a-fairly-long-descriptive-name-${i}`;
        if (status === 'error') {
          return { name, status, rows: [], problems: [{ kind: 'build' as const, variant: name, message: `variant "${name}": build failed (exit code 101): cargo build --release --features ${name}`, details: Array.from({ length: 30 }, (_, l) => `error[E0${l}]: something went wrong on line ${l} of a long file`).join('\n') }] };
        }
        return variant(name, status, { base: 50_000 + i, current: 60_000 + i, regressedGzip: status === 'regressed' });
      }),
    );

  it.each([
    [200, 'regressed'],
    [2_000, 'regressed'],
    [5_000, 'improved'],
    [500, 'error'],
  ] as const)('%i %s variants fit in one comment, headline first', (count, status) => {
    const r = bigResults(count, status);
    r.baselineReview = {
      source: 'git',
      baseSha: 'c'.repeat(40),
      baselineChanged: true,
      thresholdsChanged: false,
      loosened: r.variants.map((v) => ({ variant: v.name, metric: 'gzip', label: 'gzip', unit: 'bytes' as const, from: 1, to: 2, deltaPct: 100 })),
    };
    const md = renderMarkdown(r, { commentKey: 'matrix-entry' });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.startsWith('<!-- wasm-gate:comment key=matrix-entry -->\n## ')).toBe(true);
    expect(md).toContain('Accepted in this PR');
    expect(md).toMatch(/> - … and \d+ more/);
    if (count > 200) expect(md).toMatch(/more variant|see the job summary/);
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('uses all the room it is given: the summary keeps everything a comment had to drop', () => {
    const r = bigResults(300, 'regressed');
    const comment = renderMarkdown(r);
    const summary = renderMarkdown(r, { maxLength: 340_000 });
    expect(summary.length).toBeGreaterThan(comment.length);
    expect(summary).toContain('variant-with-a-fairly-long-descriptive-name-299');
  });

  it('never fails, even with no room at all', () => {
    expect(renderMarkdown(mixed(), { maxLength: 150, commentKey: '' })).toContain('## wasm-gate: regression');
    expect(renderMarkdown(mixed(), { maxLength: 10 }).length).toBeLessThanOrEqual(10);
  });
});

describe('escaping what comes from the PR', () => {
  it('escapes names in headings, tables, the compact table and the loosened list', () => {
    const evil = '<script>@admin|x';
    const r = results([
      variant(evil, 'regressed', { base: 100, current: 130, regressedGzip: true }),
      variant(`${evil}2`, 'pass', { base: 100, current: 100 }),
    ]);
    r.baselineReview = { source: 'git', baseSha: 'd'.repeat(40), baselineChanged: true, thresholdsChanged: false, loosened: [{ variant: evil, metric: 'gzip', label: 'gzip', unit: 'bytes', from: 1, to: 2 }] };
    const md = renderMarkdown(r);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/@admin/);
    expect(md).toContain('### ❌ &lt;script&gt;@\u200badmin\\|x — regressed');
    expect(md).toContain('| &lt;script&gt;@\u200badmin\\|x2 | ✅ |');
    expect(md).toContain('> - **&lt;script&gt;@\u200badmin\\|x** gzip');
    expect(md).toContain('x-axis ["_script__admin_x"');
  });

  it('keeps build output in a code block it cannot close', () => {
    const r = results([{ name: 'x', status: 'error', rows: [], problems: [{ kind: 'build', variant: 'x', message: 'build failed', details: 'ok\n```\n<img src=x>\n@team' }] }]);
    const md = renderMarkdown(r);
    expect(md).toContain('<details><summary>output</summary>\n\n````text\nok\n```\n<img src=x>\n@team\n````\n\n</details>');
  });
});
