// When wasm-opt fails, a variant still shows its raw sizes; `optimized` is marked failed, and the
// raw module's gzip and brotli are never compared with the baseline's (of an optimized module).
import { describe, expect, it } from 'vitest';
import { nextBaseline } from '../src/baseline/next-baseline.js';
import { compareRun } from '../src/compare/compare.js';
import { parseConfig } from '../src/config/load-config.js';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { renderConsole } from '../src/report/console.js';
import type { Baseline, GateResults } from '../src/types.js';

const config = parseConfig({ variants: [{ name: 'sqljs', artifact: 'a.wasm' }] }, '/c.json');
const baseline: Baseline = {
  schemaVersion: 1,
  variants: { sqljs: { size: { raw: 688_280, optimized: 687_115, gzip: 337_079, brotli: 290_354 }, sections: { code: 600_000 } } },
};
const problem = { kind: 'optimize' as const, variant: 'sqljs', message: 'variant "sqljs": wasm-opt failed: the module does not validate' };
const measurement = { size: { raw: 688_280, gzip: 337_829, brotli: 290_779 }, sections: { code: 610_000 }, optimizeFailed: true as const };
const [variant] = compareRun(config, baseline, [{ name: 'sqljs', measurement, problems: [problem] }]);

describe('a variant whose wasm-opt failed', () => {
  it('is an error; raw compares, optimized is failed, gzip and brotli (of the raw module) and sections are not compared', () => {
    expect(variant?.status).toBe('error');
    const row = (id: string) => variant?.rows.find((r) => r.id === id);
    expect(row('raw')).toMatchObject({ current: 688_280, baseline: 688_280, delta: 0 });
    expect(row('optimized')).toMatchObject({ failed: true, baseline: 687_115, status: 'info', label: 'optimized bytes (wasm-opt failed)' });
    expect(row('optimized')?.current).toBeUndefined();
    expect(row('gzip')).toMatchObject({ current: 337_829, status: 'info', label: 'gzip bytes (of the raw module: wasm-opt failed)' });
    expect(row('gzip')?.baseline).toBeUndefined();
    expect(row('brotli')?.baseline).toBeUndefined();
    expect(row('section:code')?.baseline).toBeUndefined();
    expect(variant?.rows.some((r) => r.status === 'regressed' || r.status === 'improved')).toBe(false);
  });

  it('the console shows "failed" under optimized, and the raw module’s gzip and brotli', () => {
    const results: GateResults = {
      schemaVersion: 1, tool: { name: 'wasm-gate', version: 't' }, mode: 'check', status: 'error', exitCode: 2,
      startedAt: '', durationMs: 0, tools: {}, variants: [variant!], problems: [],
    };
    const text = renderConsole(results, { color: false });
    expect(text).toMatch(/\nsqljs\s+error\s+330 KiB\s+failed\s+284 KiB\n/);
    expect(text).toContain('✗ variant "sqljs": wasm-opt failed: the module does not validate');
    // The results file a report run reads back keeps the mark.
    const back = parseResults(serializeResults(results), 'results.json');
    expect(back.variants[0]?.rows.find((r) => r.id === 'optimized')?.failed).toBe(true);
    expect(back.variants[0]?.measurement).toMatchObject({ size: { raw: 688_280, gzip: 337_829, brotli: 290_779 }, optimizeFailed: true });
    expect(renderConsole(back, { color: false })).toBe(text);
  });

  it('update keeps the previous entry rather than writing sizes without an optimized one', () => {
    const next = nextBaseline(baseline, { variants: ['sqljs'], measured: new Map([['sqljs', measurement]]), tools: {}, now: new Date(0) });
    expect(next.baseline.variants.sqljs).toEqual(baseline.variants.sqljs);
  });
});
