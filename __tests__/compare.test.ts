import { describe, expect, it } from 'vitest';
import { compareRun, sortByConcern } from '../src/compare/compare.js';
import { allowance, exactStatus, noisyStatus, rowMoved, thresholdFor } from '../src/compare/thresholds.js';
import { exitCodeFor, gateStatus } from '../src/compare/verdict.js';
import { parseConfig } from '../src/config/load-config.js';
import type { Baseline, MetricRow, SizeMeasurement, VariantMeasurement } from '../src/types.js';

const measurement = (gzip: number, extra: Partial<Omit<VariantMeasurement, 'size'>> = {}): VariantMeasurement & { size: SizeMeasurement } => ({
  size: { raw: gzip * 3, optimized: gzip * 2, gzip, brotli: gzip - 10 },
  sections: { code: gzip },
  ...extra,
});

const baseline: Baseline = {
  schemaVersion: 1,
  variants: {
    dlmalloc: { size: measurement(1000).size, sections: { code: 1000 } },
    bump: { size: measurement(500).size, sections: { code: 500 } },
    gone: { size: measurement(100).size },
  },
};

describe('thresholds', () => {
  it('defaults: 1% on optimized/gzip/brotli, raw not gated, instructions 1%, memory 10%', () => {
    const t = parseConfig({ variants: [{ name: 'a', artifact: 'a' }] }, '/c.json').thresholds;
    expect(thresholdFor(t, 'a', 'gzip')).toEqual({ relative: 1 });
    expect(thresholdFor(t, 'a', 'raw')).toBe(false);
    expect(thresholdFor(t, 'a', 'instructions')).toEqual({ relative: 1 });
    expect(thresholdFor(t, 'a', 'peakMemoryBytes')).toEqual({ relative: 10 });
    expect(thresholdFor(t, 'a', 'opsPerSec')).toBe(false);
  });

  it('per-variant overrides win over the global setting', () => {
    const t = { gzip: { relative: 2 }, variants: { a: { gzip: { absolute: 10 } } } };
    expect(thresholdFor(t, 'a', 'gzip')).toEqual({ absolute: 10 });
    expect(thresholdFor(t, 'b', 'gzip')).toEqual({ relative: 2 });
  });

  it('a change must exceed every allowance given to regress', () => {
    expect(allowance({ relative: 1, absolute: 64 }, 1000)).toBe(64);
    expect(allowance({ relative: 10, absolute: 64 }, 1000)).toBe(100);
    expect(exactStatus(1000, 1010, { relative: 1 })).toBe('pass');
    expect(exactStatus(1000, 1011, { relative: 1 })).toBe('regressed');
    expect(exactStatus(1000, 1050, { relative: 1, absolute: 64 })).toBe('pass');
    expect(exactStatus(1000, 1065, { relative: 1, absolute: 64 })).toBe('regressed');
    expect(exactStatus(1000, 980, { relative: 1 })).toBe('improved');
    expect(exactStatus(1000, 5000, false)).toBe('info');
    expect(exactStatus(1000, 1001, { relative: 0 })).toBe('regressed');
  });

  it('noisy throughput regresses only when the whole ratio interval clears the threshold', () => {
    const base = { value: 1000, ci95: [980, 1020] as [number, number] };
    // 10% slower with tight intervals: regressed at a 5% threshold.
    expect(noisyStatus(base, { value: 900, ci95: [890, 910] }, { relative: 5 })).toBe('regressed');
    // 10% slower on average but the intervals are wide: no alarm.
    expect(noisyStatus(base, { value: 900, ci95: [700, 1150] }, { relative: 5 })).toBe('pass');
    expect(noisyStatus(base, { value: 1200, ci95: [1190, 1210] }, { relative: 5 })).toBe('improved');
    expect(noisyStatus(base, { value: 500 }, false)).toBe('info');
  });
});

describe('compareRun', () => {
  const config = parseConfig(
    {
      variants: [
        { name: 'dlmalloc', artifact: 'a' },
        { name: 'bump', artifact: 'b' },
        { name: 'fresh', artifact: 'c' },
        { name: 'broken', artifact: 'd' },
      ],
      reference: 'dlmalloc',
      thresholds: { variants: { bump: { optimized: { relative: 20 }, gzip: { relative: 20 }, brotli: { relative: 20 } } } },
    },
    '/c.json',
  );

  const results = compareRun(config, baseline, [
    { name: 'dlmalloc', measurement: measurement(1100), problems: [] },
    { name: 'bump', measurement: measurement(550), problems: [] },
    { name: 'fresh', measurement: measurement(10), problems: [] },
    { name: 'broken', problems: [{ kind: 'build', variant: 'broken', message: 'build failed' }] },
  ]);
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));

  it('gives each variant its status: error, regressed, new, removed, pass', () => {
    expect(byName.broken?.status).toBe('error');
    expect(byName.dlmalloc?.status).toBe('regressed');
    expect(byName.bump?.status).toBe('pass'); // +10% within its 20% override
    expect(byName.fresh?.status).toBe('new');
    expect(byName.gone?.status).toBe('removed');
  });

  it('keeps config order (removed variants last), stable between runs; reports put errors and regressions first', () => {
    expect(results.map((r) => r.name)).toEqual(['dlmalloc', 'bump', 'fresh', 'broken', 'gone']);
    expect(sortByConcern(results).map((r) => r.name)).toEqual(['broken', 'dlmalloc', 'gone', 'fresh', 'bump']);
  });

  it('compares no throughput when the baseline keeps none and the config does not gate it', () => {
    const timed = { ...measurement(1100), bench: { bench_x: { iterations: 10, instructions: 100, opsPerSec: 5e6, opsPerSecCi95: [4e6, 6e6] as [number, number] } } };
    const untimed = { schemaVersion: 1 as const, variants: { dlmalloc: { size: measurement(1100).size, bench: { bench_x: { iterations: 10, instructions: 100 } } } } };
    const [only] = compareRun(config, untimed, [{ name: 'dlmalloc', measurement: timed, problems: [] }]);
    expect(only?.rows.find((r) => r.metric === 'opsPerSec')).toMatchObject({ status: 'info', current: 5e6 });
    expect(only?.status).toBe('pass');
  });

  it('computes deltas, the threshold used, and the ratio to the reference', () => {
    const gzip = byName.dlmalloc?.rows.find((r) => r.id === 'gzip');
    expect(gzip).toMatchObject({ baseline: 1000, current: 1100, delta: 100, deltaPct: 10, status: 'regressed', threshold: { relative: 1 } });
    expect(gzip?.vsReference).toBeUndefined();
    const bumpGzip = byName.bump?.rows.find((r) => r.id === 'gzip');
    expect(bumpGzip?.vsReference).toBeCloseTo(0.5);
    expect(bumpGzip?.threshold).toEqual({ relative: 20 });
    expect(byName.bump?.rows.find((r) => r.id === 'raw')?.status).toBe('info');
    expect(byName.bump?.rows.find((r) => r.id === 'section:code')).toMatchObject({ baseline: 500, current: 550, status: 'info' });
  });

  it('compares instruction counts only between runs of the same iterations', () => {
    const withBench = (iterations: number, instructions: number): ReturnType<typeof measurement> =>
      measurement(1000, { bench: { bench_pairs: { iterations, instructions, peakMemoryBytes: 65536 } } });
    const base: Baseline = { schemaVersion: 1, variants: { dlmalloc: { size: withBench(1, 1).size, bench: { bench_pairs: { iterations: 100, instructions: 10_000, peakMemoryBytes: 65536 } } } } };
    const one = parseConfig({ variants: [{ name: 'dlmalloc', artifact: 'a' }] }, '/c.json');
    const same = compareRun(one, base, [{ name: 'dlmalloc', measurement: withBench(100, 10_200), problems: [] }])[0];
    expect(same?.rows.find((r) => r.id === 'bench_pairs.instructions')).toMatchObject({ status: 'regressed', deltaPct: 2 });
    const other = compareRun(one, base, [{ name: 'dlmalloc', measurement: withBench(50, 5_000), problems: [] }])[0];
    expect(other?.rows.find((r) => r.id === 'bench_pairs.instructions')).toMatchObject({ status: 'new' });
  });

  it('turns statuses into an exit code: 2 error, 1 regression, 0 pass', () => {
    expect(exitCodeFor(gateStatus([], results))).toBe(2);
    expect(exitCodeFor(gateStatus([], results.filter((r) => r.name !== 'broken')))).toBe(1);
    expect(exitCodeFor(gateStatus([], results.filter((r) => r.status === 'pass' || r.status === 'new')))).toBe(0);
    expect(exitCodeFor(gateStatus([{ kind: 'baseline', message: 'bad' }], []))).toBe(2);
  });
});

describe('rowMoved', () => {
  const row = (baseline: number, current: number, ci?: [number, number], baselineCi95?: [number, number]): MetricRow => ({
    id: 'x', metric: 'opsPerSec', label: 'x', unit: 'ops/s', higherIsBetter: true, threshold: false, status: 'info',
    baseline, current, delta: current - baseline, ...(ci ? { ci95: ci } : {}), ...(baselineCi95 ? { baselineCi95 } : {}),
  });
  it('counts any change of an exact value, and a timing only beyond its noise', () => {
    expect(rowMoved(row(100, 101))).toBe(true);
    expect(rowMoved(row(100, 100))).toBe(false);
    expect(rowMoved(row(100, 110, [95, 125], [90, 111]))).toBe(false);
    expect(rowMoved(row(100, 150, [145, 155], [98, 102]))).toBe(true);
  });
});
