// The PR comment for the cases a reviewer meets, made from real runs over the repository's
// fixtures (helpers/report-cases.ts). Each case is snapshotted in __snapshots__/comment/*.md (read
// them: they are the specification of what a reviewer sees), and the properties that matter are
// asserted on their own.
import { describe, expect, it } from 'vitest';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { NBSP } from '../src/report/format.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/report/markdown.js';
import type { VariantResult } from '../src/types.js';
import { cases, forkResultsFile, HOSTILE_NAMES, type CaseName } from './helpers/report-cases.js';

const render = (name: CaseName): string => renderMarkdown(cases[name](), { commentKey: '' });

/** What a reader sees without opening anything: lines inside closed <details> are dropped. */
export function visible(md: string): string {
  const out: string[] = [];
  const stack: boolean[] = [];
  for (const line of md.split('\n')) {
    const opens = /^<details( open)?>/.exec(line);
    const shown = stack.every(Boolean);
    if (opens) {
      // The fold's own summary line is visible when its parents are open.
      if (shown) out.push(line.replace(/^<details( open)?>/, ''));
      stack.push(Boolean(opens[1]));
      continue;
    }
    if (line === '</details>') {
      stack.pop();
      continue;
    }
    if (shown) out.push(line);
  }
  return out.join('\n');
}

/** The body with every wall-clock number blanked: throughput folds and ratios to the reference. */
function withoutTimings(md: string): string {
  return md
    .replace(/<details><summary>Throughput on this runner[^\n]*\n[\s\S]*?\n<\/details>/g, '<timings>')
    .replace(/[\d.]+(?:\u2060–\u2060[\d.]+)?×(?:\u00a0\[[^\]]*\])?/g, '<ratio>');
}

const RATE = /\d(?:\u00a0[KMG])?\/s\b/;

describe('the comment, case by case (snapshots under __snapshots__/comment/)', () => {
  it.each([
    ['unchanged'],
    ['regression'],
    ['improvement'],
    ['failedBuild'],
    ['newAndRemoved'],
    ['sixty'],
  ] as const)('%s', async (name) => {
    const md = render(name);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    console.info(`comment ${name}: ${md.length} characters, ${visible(md).length} visible`);
    await expect(md).toMatchFileSnapshot(`./__snapshots__/comment/${name}.md`);
  });

  it('fork: a results file from a fork PR, posted by report mode, renders every name inert', async () => {
    const md = renderMarkdown(parseResults(forkResultsFile(), 'results.json'), { commentKey: '' });
    await expect(md).toMatchFileSnapshot('./__snapshots__/comment/fork.md');
    const text = md.replace(/```mermaid[\s\S]*?```/g, '');
    expect(text).not.toMatch(/www\.|https:\/\/evil|<img|\]\(javascript:/);
    // No mention, no e-mail autolink: every @ is followed by a zero-width space.
    expect(text).not.toMatch(/@(?!\u200b)[A-Za-z]/);
    for (const name of HOSTILE_NAMES) expect(text).not.toContain(name);
  });

  it('report: the results file carries everything the check run rendered', async () => {
    const checked = cases.regression();
    const reported = parseResults(serializeResults(checked), 'results.json');
    const md = renderMarkdown(reported, { commentKey: '' });
    expect(md).toBe(renderMarkdown(checked, { commentKey: '' }));
    // The reference ratio keeps its interval, iterations stay, and so does the run's context.
    // cycles first (iterations under the name), then the instructions' change, memory, speed
    expect(md).toMatch(/\| ❌ bench\\_small<br><sub>×50\u00a0K<\/sub> \| 5\.12\u00a0M \| ±0% \| \*\*\+3\.10%\*\* \| 1\.13\u00a0MiB \| ±0% \| [\d.]+×\u00a0\[[\d.]+\u2060–\u2060[\d.]+\] \|/);
    expect(md).toContain('[workflow run](https://github.com/octo-org/wasm-app/actions/runs/12345678901)');
    await expect(md).toMatchFileSnapshot('./__snapshots__/comment/report.md');
  });
});

describe('signal first, noise folded', () => {
  it('on unchanged code, no timing against the baseline is visible, and no variant is open', () => {
    const md = render('unchanged');
    const seen = visible(md);
    expect(seen).not.toMatch(RATE);
    expect(seen).not.toContain('Throughput');
    expect(md).toMatch(RATE); // they are there, folded
    expect(md).not.toContain('<details open>');
    // The paired ratio to the reference is the timing to trust: it stays in sight.
    expect(seen).toMatch(/\| ✅ \*\*rust-bump\*\* \| 1,530\u00a0B \| ±0% \| ±0% \| ±0% \| ±0% \| [\d.]+\u2060–\u2060[\d.]+× \|/);
  });

  it('two runs on unchanged code give the same comment, timings aside', () => {
    const [a, b] = [render('unchanged'), render('unchangedAgain')];
    expect(a).not.toBe(b); // the timings did differ
    expect(withoutTimings(a)).toBe(withoutTimings(b));
  });

  it('the first screen has the verdict, then the summary table, regressions first', () => {
    const md = render('regression');
    const lines = md.split('\n');
    expect(lines[1]).toBe('## ❌ wasm-gate: 1 of 9 variants regressed');
    const table = lines.findIndex((l) => l.startsWith('| Variant |'));
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(12);
    // gzip, its change, cycles, instructions, memory
    expect(lines[table + 2]).toMatch(/^\| ❌ \*\*rust-freelist\*\* \| 2,259\u00a0B \| \+9\.03% \| ±0% \| \+3\.10% \| ±0% \|/);
  });

  it('gives what changed a fold of its own, with the sections that changed sorted by size of change', () => {
    const md = render('regression');
    expect(md).toContain('<details><summary><b>❌ rust-freelist</b> — regressed: gzip +187');
    // rust-tracing moved within its thresholds: an exact change, so a fold of its own, but it passes.
    expect(md).toContain('<details><summary><b>✅ rust-tracing</b> — pass: gzip +9');
    expect(md).toContain('<details><summary><b>✅ rust-dlmalloc</b> — pass, unchanged</summary>');
    const freelist = md.slice(md.indexOf('❌ rust-freelist</b>'));
    expect(freelist).toContain(`| code section | 3,643${NBSP}B | 4,048${NBSP}B | +405${NBSP}B${NBSP}(+11.1%) | not gated |`);
  });

  it('after an improvement, says how to lock it in', () => {
    expect(render('improvement')).toContain('🎉 **Lock in the improvement:** run `npx wasm-gate update` (once: `npm i -D github:octo-org/wasm-gate#v0`) and commit the baseline');
  });

  it('shows a failed build with ❌ and the compiler’s last lines in sight', () => {
    const seen = visible(render('failedBuild'));
    expect(seen).toContain('## ❌ wasm-gate: error — 1 problem to fix');
    expect(seen).toContain("alloc_custom.c:92:24: error: use of undeclared identifier 'unused_offset'");
    expect(seen).not.toContain('⚠️');
  });

  it('explains a new variant’s iterations (in its fold), and what happens to a removed one (in sight)', () => {
    const md = render('newAndRemoved');
    expect(md).toContain('_New: iterations were calibrated in this run; `update` stores them');
    expect(md).toContain('In the baseline, not in the config: the next `update` drops it.');
    expect(visible(md)).toMatch(/^<summary><b>🗑️ [^<]+<\/b> — removed: in the baseline, not in the config; the next <code>update<\/code> drops it<\/summary>$/m);
  });

  it('with 60 variants: every row in the summary, no chart, under the limit', () => {
    const md = render('sixty');
    expect(md).not.toContain('```mermaid');
    const table = md.slice(md.indexOf('| Variant |'), md.indexOf('\n\n', md.indexOf('| Variant |')));
    expect(table.split('\n').slice(2)).toHaveLength(60);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
  });
});

describe('charts', () => {
  const charts = (md: string): string[] => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] as string);

  it.each(['unchanged', 'regression', 'improvement', 'failedBuild', 'newAndRemoved'] as const)('%s: at most one, from zero, labels unique and in config order', (name) => {
    const found = charts(render(name));
    expect(found.length).toBeLessThanOrEqual(1);
    for (const chart of found) {
      expect(chart).toMatch(/y-axis 0 --> [\d.]+\n/);
      const labels = JSON.parse(/x-axis (\[.*\])/.exec(chart)?.[1] ?? 'null') as string[];
      expect(new Set(labels).size).toBe(labels.length);
      const gzip = (v: VariantResult) => v.rows.find((r) => r.id === 'gzip');
      const configured = cases[name]().variants.filter((v) => gzip(v)?.current !== undefined || gzip(v)?.baseline !== undefined).map((v) => v.name);
      expect(labels).toEqual(configured.flatMap((n) => [`${n} base`, n]));
      for (const bars of chart.matchAll(/bar (\[.*\])/g)) {
        const values = JSON.parse(bars[1] as string) as number[];
        expect(values).toHaveLength(labels.length);
        expect(values.every((v) => v >= 0 && v < 100)).toBe(true); // KiB, not raw byte counts
      }
    }
  });
});

describe('a comment that fits on a screen (issue 21)', () => {
  const chartOf = (md: string): string => /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';

  it('one line per failed metric family: the size growth fails once, with optimized, gzip and brotli in it', () => {
    const seen = visible(render('regression'));
    const failed = seen.split('\n').filter((l) => l.startsWith('❌ **rust-freelist**')).map((l) => l.replace(/<br>$/, ''));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toBe(
      `❌ **rust-freelist** size: gzip +9.03% (2,072 → 2,259${NBSP}B), optimized +8.00%, brotli +8.75%; threshold 1%`,
    );
    expect(failed[1]).toMatch(/^❌ \*\*rust-freelist\*\* bench\\_small: instructions \+3\.10% \([\d.]+\u00a0M → [\d.]+\u00a0M\); threshold /);
    expect(seen).not.toContain('Largest regression');
  });

  it('what is visible is the verdict, the failed lines, the summary table and the chart: every detail folded', () => {
    const md = render('regression');
    expect(md).not.toContain('<details open>');
    const seen = visible(md);
    expect(seen).not.toContain('| Size |');
    expect(seen).not.toContain('| Benchmark |');
    expect(seen).not.toContain('Where the instructions differ');
    expect(seen).toContain('| Variant |');
    expect(seen).toContain('```mermaid');
    // The unchanged variants share one fold.
    expect(seen).toMatch(/^<summary>7 variants unchanged: rust-dlmalloc, rust-bump, /m);
  });

  it('the chart shows the baseline and the current gzip size side by side, for every variant', () => {
    const chart = chartOf(render('regression'));
    const labels = JSON.parse(/x-axis (\[.*\])/.exec(chart)?.[1] ?? 'null') as string[];
    expect(labels.slice(0, 4)).toEqual(['rust-dlmalloc base', 'rust-dlmalloc', 'rust-bump base', 'rust-bump']);
    // This run's series first (see chart.ts), then the baseline's.
    const [current, base] = [...chart.matchAll(/bar (\[.*\])/g)].map((m) => JSON.parse(m[1] as string) as number[]);
    const freelist = labels.indexOf('rust-freelist');
    expect(base?.[freelist - 1]).toBe(2.02); // 2,072 B
    expect(current?.[freelist]).toBe(2.21); // 2,259 B
    expect(base?.[freelist]).toBe(0);
    expect(current?.[freelist - 1]).toBe(0);
  });
});
