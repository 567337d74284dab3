import { describe, expect, it } from 'vitest';
import { compareRun } from '../src/compare/compare.js';
import { parseConfig } from '../src/config/load-config.js';
import { renderConsole } from '../src/report/console.js';
import type { GateResults } from '../src/types.js';

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

describe('console report', () => {
  it('shows sizes with deltas, benchmarks, ratios to the reference, and why a check failed', () => {
    const text = renderConsole(results, { color: false });
    expect(text).toContain('wasm-gate check: regression — 2 variants, 1 regressed');
    expect(text).toMatch(/b\s+regressed\s+1,800 B \+20\.0%\s+1,200 B \+20\.0%\s+600 B \+20\.0%/);
    expect(text).toMatch(/bench_x\s+b\s+10\s+1,100\s+\+10\.0%\s+65,536 B\s+±0\.00%\s+5,000,000\/s\s+\[4,900,000, 5,100,000\]/);
    expect(text).toContain('✗ b gzip bytes: 500 B → 600 B (+20.0%) exceeds the threshold 1%');
    expect(text).toContain('✗ b bench_x instructions: 1,000 → 1,100 (+10.0%) exceeds the threshold 1%');
    expect(text).not.toContain('\u001b[');
  });

  it('colours only when asked (on a terminal)', () => {
    expect(renderConsole(results, { color: true })).toContain('\u001b[31m');
  });
});
