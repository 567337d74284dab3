import { describe, expect, it } from 'vitest';
import type { PublishedResults } from '../src/publish/extras.js';
import type { BaselineReview } from '../src/publish/review.js';
import { NBSP, WJ } from '../src/report/format.js';
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

function throughput(current: number, extra: Partial<MetricRow> = {}): MetricRow {
  const base = extra.baseline;
  return {
    id: 'bench_pairs.opsPerSec',
    metric: 'opsPerSec',
    bench: 'bench_pairs',
    label: 'bench_pairs throughput',
    unit: 'ops/s',
    higherIsBetter: true,
    threshold: false,
    status: 'info',
    current,
    ci95: [current * 0.98, current * 1.02],
    ...(base === undefined ? {} : { delta: current - base, deltaPct: ((current - base) / base) * 100 }),
    ...extra,
  };
}

function section(name: string, baseline: number, current: number): MetricRow {
  return { id: `section:${name}`, metric: 'section', label: `section ${name}`, unit: 'bytes', higherIsBetter: false, threshold: false, status: 'info', baseline, current, delta: current - baseline, deltaPct: ((current - baseline) / baseline) * 100 };
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

  it('has a headline verdict for each outcome; ❌ for errors, ⚠️ only for what a label accepted', () => {
    expect(renderMarkdown(mixed())).toContain('## ❌ wasm-gate: 1 of 3 variants regressed');
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).toContain('## ✅ wasm-gate: no regression in 1 variant');
    const error = results([{ name: 'x', status: 'error', rows: [], problems: [{ kind: 'build', variant: 'x', message: 'variant "x": build failed (exit code 1): make', details: 'cc: error' }] }]);
    expect(renderMarkdown(error)).toContain('## ❌ wasm-gate: error — 1 problem to fix');
    expect(renderMarkdown(error)).not.toContain('⚠️');
    const accepted = { ...mixed(), acceptance: { label: 'wasm-gate:accept', applied: true } };
    expect(renderMarkdown(accepted)).toContain('## ⚠️ wasm-gate: 1 regressed variant, accepted by label');
    expect(renderMarkdown({ ...mixed(), commentKey: 'simd' })).toContain('## ❌ wasm-gate · simd: 1 of 3 variants regressed');
  });

  it('names each failed metric family under the headline, one line each', () => {
    expect(renderMarkdown(mixed())).toContain(`\n❌ **freelist** size: gzip +20.0% (6,000 → 7,200${NBSP}B); threshold 1%\n`);
  });

  it('instructions and cycles of one benchmark fail on one line', () => {
    const bench = (metric: 'instructions' | 'cycles', baseline: number, current: number): MetricRow => ({
      id: `bench_x.${metric}`,
      metric,
      bench: 'bench_x',
      label: `bench_x ${metric}`,
      unit: metric,
      higherIsBetter: false,
      threshold: { relative: 0 },
      status: 'regressed',
      baseline,
      current,
      delta: current - baseline,
      deltaPct: ((current - baseline) / baseline) * 100,
    });
    const v = variant('freelist', 'regressed', { base: 6_000, current: 6_000 }, [bench('cycles', 1_000_000, 1_100_000), bench('instructions', 2_000_000, 2_300_000)]);
    const lines = renderMarkdown(results([v])).split('\n').filter((l) => l.startsWith('❌ **freelist**')).map((l) => l.replace(/<br>$/, ''));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.replace(/<br>$/, "")).toMatch(/^❌ \*\*freelist\*\* bench\\_x: cycles \+10\.0% \(1\u00a0M → 1\.1\u00a0M\), instructions \+15\.0%; threshold /);
  });
});

describe('the summary table', () => {
  it('has one row per variant, regressions first, with a header on every column', () => {
    const md = renderMarkdown(mixed());
    expect(md).toContain('| Variant | gzip | Δ gzip |\n|---|--:|--:|');
    const table = md.slice(md.indexOf('| Variant |'), md.indexOf('\n\n', md.indexOf('| Variant |')));
    const rows = table.split('\n').slice(2);
    expect(rows.map((l) => l.split('|')[1]?.trim())).toEqual(['❌ **freelist**', '🎉 **bump**', '✅ **dlmalloc**']);
    // Changes as percentages, as in every change column: the bytes are in the failed line.
    expect(md).toContain(`| ❌ **freelist** | 7,200${NBSP}B | +20.0% |`);
  });

  it('adds the speed against the reference, paired in the same run, with its interval', () => {
    const r = results([variant('dlmalloc', 'pass', { base: 100, current: 100 }, [throughput(1e6)]), variant('bump', 'pass', { base: 100, current: 100 }, [throughput(2e6, { vsReference: 1.93, vsReferenceCi95: [1.8, 2.1] })])]);
    r.reference = 'dlmalloc';
    const md = renderMarkdown(r);
    expect(md).toContain('Speed vs<br>dlmalloc |');
    expect(md).toContain(`| ✅ **dlmalloc** | 100${NBSP}B | ±0% | reference |`);
    expect(md).toContain(`| ✅ **bump** | 100${NBSP}B | ±0% | 1.93×${NBSP}[1.80${WJ}–${WJ}2.10] |`);
  });
});

describe('variant details', () => {
  it('folded: what moved has a fold of its own, what did not shares one', () => {
    const md = renderMarkdown(mixed());
    expect(md).toContain('<details><summary><b>❌ freelist</b> — regressed: gzip +1,200');
    expect(md).toContain('<details><summary><b>🎉 bump</b> — improved');
    expect(md).toContain('<details><summary>1 variant unchanged: dlmalloc</summary>\n\n<details><summary><b>✅ dlmalloc</b> — pass, unchanged</summary>');
    expect(md).not.toContain('<details open>');
  });

  it('shows baseline, current, change and threshold of every size, the deciding ones in bold', () => {
    const md = renderMarkdown(mixed());
    expect(md).toContain('| Size | Baseline | Current | Change | Threshold |');
    expect(md).toContain(`| ❌ **gzip** | 6,000${NBSP}B | 7,200${NBSP}B | **+1,200${NBSP}B${NBSP}(+20.0%)** | 1% |`.replaceAll(NBSP, NBSP));
    expect(md).toContain(`| 🎉 **optimized** | 4,000${NBSP}B | 3,900${NBSP}B | **-100${NBSP}B${NBSP}(-2.50%)** | 1% |`);
    expect(md).toContain(`Sizes unchanged: raw 10,000${NBSP}B · optimized 10,000${NBSP}B`);
  });

  it('lists the sections that changed, the largest change first, in the detail', () => {
    const grown = variant('freelist', 'regressed', { base: 6_000, current: 7_200, regressedGzip: true }, [
      section('data', 100, 116),
      section('name', 300, 280),
      section('type', 40, 40),
    ]);
    const md = renderMarkdown(results([grown]));
    const detail = md.slice(md.indexOf('<details><summary><b>❌ freelist'));
    const order = ['code section', 'name section', 'data section'].map((s) => detail.indexOf(`| ${s} |`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(detail).not.toContain('| type section |');
  });

  it('keeps ungated timings against the baseline in a fold, and shows them when throughput is gated', () => {
    const folded = renderMarkdown(results([variant('a', 'pass', { base: 100, current: 100 }, [throughput(1_020_000, { baseline: 500_000 })])]));
    expect(folded).toContain('<details><summary>Throughput on this runner (not gated');
    expect(folded).toContain(`| bench\\_pairs | 1.02${NBSP}M/s${NBSP}±2% | 500${NBSP}K/s | +104% |`.replace('+104%', '+104.0%'));
    const gated = renderMarkdown(results([variant('a', 'pass', { base: 100, current: 100 }, [throughput(1_020_000, { baseline: 1_000_000, threshold: { relative: 5 }, status: 'pass' })])]));
    expect(gated).toContain('Throughput (gated: a change counts only when its whole 95% interval lies past the threshold):');
    expect(gated).not.toContain('Throughput on this runner');
  });
});

describe('charts', () => {
  it('draws one chart: gzip per variant in config order, from zero, in KiB', () => {
    const r = results([variant('dlmalloc', 'pass', { base: 40_000, current: 40_000 }), variant('freelist', 'regressed', { base: 6_000, current: 7_200, regressedGzip: true })]);
    const md = renderMarkdown(r);
    expect(md.match(/```mermaid/g)).toHaveLength(1);
    // Two rows per variant, the baseline's and this run's, each series 0 in the other's rows.
    expect(md).toContain('    x-axis ["dlmalloc base", "dlmalloc", "freelist base", "freelist"]');
    expect(md).toContain('    y-axis 0 --> 50');
    expect(md).toContain('    bar [0, 39.06, 0, 7.03]');
    expect(md).toContain('    bar [39.06, 0, 5.86, 0]');
  });

  it('gives bars unique labels, even when names cut to the same text', () => {
    const long = 'an-allocator-with-a-long-name';
    const md = renderMarkdown(results([variant(`${long}-one`, 'pass', { base: 1, current: 1 }), variant(`${long}-two`, 'pass', { base: 1, current: 1 })]));
    const labels = JSON.parse(/x-axis (\[.*\])/.exec(md)?.[1] ?? '[]') as string[];
    expect(labels).toHaveLength(4);
    expect(new Set(labels).size).toBe(4);
  });

  it('draws no chart where it does not help: one variant, or more than 12', () => {
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).not.toContain('mermaid');
    const many = results(Array.from({ length: 13 }, (_, i) => variant(`v${i}`, 'pass', { base: 100, current: 100 })));
    expect(renderMarkdown(many)).not.toContain('mermaid');
  });
});

describe('what to do next', () => {
  it('after a regression: the update command (with the install step the workflow knows) and the label', () => {
    const r = { ...mixed(), acceptance: { label: 'wasm-gate:accept', applied: false }, context: { commands: { install: 'npm i -D github:o/wasm-gate#v0', check: 'npx wasm-gate check', update: "npx wasm-gate update --config 'my config.json'" } } };
    const md = renderMarkdown(r);
    expect(md).toContain("run `npx wasm-gate update --config 'my config.json'` (once: `npm i -D github:o/wasm-gate#v0`) and commit the baseline");
    expect(md).toContain('or add the `wasm-gate:accept` label');
    expect(renderMarkdown(results([variant('a', 'pass', { base: 1, current: 1 })]))).not.toContain('To accept');
  });

  it('after an improvement: how to lock it in', () => {
    const md = renderMarkdown(results([variant('bump', 'improved', { base: 4_000, current: 3_900 })]));
    expect(md).toContain('🎉 **Lock in the improvement:** run `npx wasm-gate update` and commit the baseline, so that later PRs are held to the new numbers.');
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
    expect(md).toContain(`> - **libc** gzip +11.0% (10,000${NBSP}B → 10.8${NBSP}KiB), threshold 1% → 15%`);
    expect(md).toContain('> - **bump** brotli threshold 1% → not gated');
    expect(md).toContain('> - **old** all metrics: dropped from the baseline, no longer gated');
    expect(md.indexOf('Accepted in this PR')).toBeLessThan(md.indexOf('| Variant |'));
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

describe('context', () => {
  it('links the run, names base and head, and says how to reproduce', () => {
    const r: PublishedResults = {
      ...mixed(),
      pullRequest: { number: 7, headSha: 'f'.repeat(40), baseSha: 'e'.repeat(40) },
      context: { runUrl: 'https://github.com/o/r/actions/runs/99', commands: { install: 'npm i -D github:o/wasm-gate#v0', check: 'npx wasm-gate check', update: 'npx wasm-gate update' } },
    };
    const md = renderMarkdown(r);
    expect(md).toContain('**Reproduce locally:** `npm i -D github:o/wasm-gate#v0`, then `npx wasm-gate check`.');
    expect(md).toContain('<sub>[workflow run](https://github.com/o/r/actions/runs/99) · base eeeeeee → head fffffff');
  });

  it('renders no link that is not a workflow run', () => {
    const r: PublishedResults = { ...mixed(), context: { runUrl: 'javascript:alert(1)//actions/runs/1' } };
    expect(renderMarkdown(r)).not.toContain('javascript:');
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
    expect((md.match(/<details( open)?>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
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
    expect(md).toContain('<summary><b>❌ &lt;script&gt;@\u200badmin|x</b> — regressed');
    expect(md).toContain('| ✅ **&lt;script&gt;@\u200badmin\\|x2** |');
    expect(md).toContain('> - **&lt;script&gt;@\u200badmin\\|x** gzip');
    expect(md).toContain('x-axis ["_script__admin_x base", "_script__admin_x"');
  });

  it('keeps bare URLs in names from becoming links (GitHub autolinks www. and scheme://)', () => {
    const rendered = renderMarkdown(results([variant('www.evil.example', 'pass', { base: 1, current: 1 }), variant('https://evil.example/x', 'pass', { base: 1, current: 1 })]));
    // Chart labels are SVG text, never links.
    const md = rendered.replace(/```mermaid[\s\S]*?```/g, '');
    expect(md).not.toMatch(/www\./);
    expect(md).not.toMatch(/https:\/\/evil/);
    expect(md).toContain('www\u200b.evil.example');
    expect(md).toContain('https:\u200b//evil.example/x');
  });

  it('shows the last lines of build output, in a code block it cannot close, and folds the earlier ones', () => {
    const output = ['ok', ...Array.from({ length: 40 }, (_, i) => `line ${i}`), '```', '<img src=x>', '@team'].join('\n');
    const r = results([{ name: 'x', status: 'error', rows: [], problems: [{ kind: 'build', variant: 'x', message: 'build failed', details: output }] }]);
    const md = renderMarkdown(r);
    expect(md).toContain('<details><summary>14 earlier lines of output</summary>');
    expect(md).toMatch(/````text\nline 13\n[\s\S]*line 39\n```\n<img src=x>\n@team\n````\n\n<\/details>\n$/m);
  });
});
