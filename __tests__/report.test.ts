// The terminal report: the comment's folding rule, in 120 columns.
import { describe, expect, it } from 'vitest';
import { compareRun } from '../src/compare/compare.js';
import { parseConfig } from '../src/config/load-config.js';
import { renderConsole } from '../src/report/console.js';
import type { GateResults } from '../src/types.js';
import { cases, type CaseName } from './helpers/report-cases.js';

const config = parseConfig({ reference: 'a', variants: [{ name: 'a', artifact: 'a' }, { name: 'b', artifact: 'b' }] }, '/c.json');
const size = (gzip: number) => ({ raw: gzip * 3, optimized: gzip * 2, gzip, brotli: gzip - 1 });
const variants = compareRun(
  config,
  { schemaVersion: 1, variants: { a: { size: size(1000) }, b: { size: size(500), bench: { bench_x: { iterations: 10, instructions: 1000, peakMemoryBytes: 65536 } } } } },
  [
    { name: 'a', measurement: { size: size(1000), sections: {} }, problems: [] },
    { name: 'b', measurement: { size: size(600), sections: {}, bench: { bench_x: { iterations: 10, instructions: 1100, peakMemoryBytes: 65536, opsPerSec: 5e6, opsPerSecCi95: [4.9e6, 5.1e6] } } }, problems: [] },
  ],
);
const results: GateResults = {
  schemaVersion: 1, tool: { name: 'wasm-gate', version: 't' }, mode: 'check', status: 'regressed', exitCode: 1,
  startedAt: '', durationMs: 0, tools: {}, reference: 'a', variants, problems: [],
};

const lines = (text: string): string[] => text.split('\n');
const width = (line: string): number => [...line].length;

describe('console report', () => {
  it('one summary row per variant, regressions first; changed sizes and benchmarks of what changed; why a check failed', () => {
    const text = renderConsole(results, { color: false });
    expect(text).toContain('wasm-gate check: regression — 2 variants, 1 regressed');
    const rows = lines(text).filter((l) => /^(a|b)\s/.test(l));
    expect(rows[0]).toMatch(/^b\s+regressed\s+600 B ✗\s+\+100 B \(\+20\.0%\) ✗\s+1,200 B ✗\s+599 B ✗\s+\+10\.0% ✗\s+±0%/);
    expect(rows[1]).toMatch(/^a\s+pass\s+1,000 B\s+±0 B\s/);
    expect(text).toContain('b: raw +300 B (+20.0%), optimized +200 B (+20.0%) ✗, gzip +100 B (+20.0%) ✗, brotli +100 B (+20.0%) ✗');
    expect(text).toMatch(/\nb\s+bench_x\s+10\s+1,100\s+\+10\.0% ✗\s+64 KiB\s+±0%\n/);
    expect(text).toContain('✗ b gzip bytes: 500 B → 600 B (+20.0%) exceeds the threshold 1%');
    expect(text).toContain('✗ b bench_x instructions: 1,000 → 1,100 (+10.0%) exceeds the threshold 1%');
    expect(text).not.toContain('\u001b[');
    expect(text).not.toMatch(/[\u00a0\u2060]/);
  });

  it('shows throughput against the baseline only with --verbose (or when gated)', () => {
    expect(renderConsole(results, { color: false })).not.toContain('M/s');
    expect(renderConsole(results, { color: false, verbose: true })).toMatch(/b\s+bench_x\s+5 M\/s ±2%/);
  });

  it.each(['unchanged', 'regression', 'improvement', 'failedBuild', 'newAndRemoved', 'sixty'] as CaseName[])('%s: every line fits in 120 columns, with --verbose too; failures on their own lines', (name) => {
    const text = renderConsole(cases[name](), { color: false });
    expect(Math.max(...lines(text).map(width))).toBeLessThanOrEqual(120);
    expect(Math.max(...lines(renderConsole(cases[name](), { color: false, verbose: true })).map(width))).toBeLessThanOrEqual(120);
    if (name === 'failedBuild') {
      expect(text).toMatch(/\n✗ variant "c-custom": build failed \(exit code 1\)[^\n]*\n    alloc_custom\.c:92:24: error/);
      expect(lines(text).find((l) => l.startsWith('c-custom'))).toMatch(/^c-custom\s+error\s+—/);
    }
  });

  it('on unchanged code: no benchmark table and no timing, the paired ratio to the reference in the summary', () => {
    const text = renderConsole(cases.unchanged(), { color: false });
    expect(text).not.toContain('benchmark ');
    expect(text).not.toMatch(/\/s\b/);
    expect(text).toMatch(/rust-bump\s+pass\s+1,530 B\s+±0 B.*\s[\d.]+–[\d.]+×/);
    expect(text).toContain('9 unchanged variants: benchmarks equal the baseline');
  });

  it('a wide case (long names, many benchmarks, a long error, long function names) stays within 120 columns, coloured or not, and loses no word', () => {
    const long = `an-allocator-variant-with-a-name-much-longer-than-any-column-should-be-${'x'.repeat(60)}`;
    const bench = `bench_${'very_long_benchmark_name_'.repeat(4)}`;
    const wide = cases.regression();
    const first = wide.variants[0] as GateResults['variants'][number];
    first.name = long;
    for (const row of first.rows) if (row.bench === 'bench_small') row.bench = bench;
    const command = `cargo build --release --target wasm32-unknown-unknown ${'--features some-feature '.repeat(12)}`;
    wide.problems.push({ kind: 'build', variant: long, message: `variant "${long}": build failed (exit code 101): ${command}`, details: `error[E0425]: ${'cannot find value `unused_offset` in this scope; '.repeat(8)}\n  --> src/${'deeply/nested/'.repeat(12)}lib.rs:92:24` });
    for (const verbose of [false, true]) {
      for (const color of [false, true]) {
        const text = renderConsole(wide, { color, verbose });
        // eslint-disable-next-line no-control-regex
        const plain = text.replace(/\u001b\[\d+m/g, '');
        const widest = Math.max(...lines(plain).map(width));
        expect(widest, `verbose ${verbose}, color ${color}`).toBeLessThanOrEqual(120);
        // Wrapped, not cut: the message's words are all there.
        expect(plain.replace(/\s+/g, '')).toContain(command.replace(/\s+/g, ''));
      }
    }
  });

  it('colours only when asked (on a terminal)', () => {
    expect(renderConsole(results, { color: true })).toContain('\u001b[31m');
  });
});
