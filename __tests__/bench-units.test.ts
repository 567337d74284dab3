import { describe, expect, it } from 'vitest';
import { chooseIterations, nextProbe, niceFloor, TARGET_INSTRUCTIONS } from '../src/bench/iterations.js';
import { globMatch } from '../src/glob.js';
import { selectBenchmarks } from '../src/bench/select.js';
import { medianRanks, relativeHalfWidth, roundRatios, shuffled, sliceRatioInterval, summarizeThroughput } from '../src/bench/stats.js';
import { encodeTrace, TraceError } from '../src/bench/trace.js';

describe('throughput statistics', () => {
  it('summarises with the median and an order-statistic interval', () => {
    const flat = summarizeThroughput([100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(flat).toMatchObject({ median: 100, ci95: [100, 100], samples: 10, rsdPct: 0 });
    // n = 10: the 2nd and 9th smallest samples bracket the median with 97.9% confidence.
    expect(medianRanks(10)).toEqual([2, 9]);
    expect(medianRanks(20)).toEqual([6, 15]);
    // Thousands of paired rounds: about n/2 ∓ 0.98·√n, never inverted (0.5^n underflows past 1074).
    expect(medianRanks(2000)).toEqual([956, 1045]);
    expect(medianRanks(5000)[0]).toBeLessThan(medianRanks(5000)[1]);
    const noisy = summarizeThroughput([90, 110, 95, 105, 100, 98, 102, 97, 103, 101]);
    expect(noisy.median).toBe(100.5);
    expect(noisy.ci95).toEqual([95, 105]);
  });

  it('widens the interval when timings fall into two levels', () => {
    // Seven samples at one level and three at another (a neighbour woke up for a while).
    const shifted = summarizeThroughput([100, 101, 99, 100, 102, 98, 100, 60, 61, 59]);
    expect(shifted.ci95[0]).toBeLessThanOrEqual(60);
    expect(shifted.ci95[1]).toBeGreaterThanOrEqual(101);
  });

  it('pairs two series round by round, so a shift both saw cancels', () => {
    // ns per batch: the partner's rounds, and the own module 10% slower in every one of them.
    const partnerNs = [100, 100, 160, 160, 100, 100, 160, 100, 100, 160, 100, 100];
    const ownNs = partnerNs.map((ns) => ns / 0.9);
    const paired = summarizeThroughput(roundRatios(ownNs, partnerNs));
    expect(paired.median).toBeCloseTo(0.9);
    expect(relativeHalfWidth(paired)).toBeLessThan(1e-9);
    // Unpaired, the same timings give an interval as wide as the machine's two levels.
    expect(relativeHalfWidth(summarizeThroughput(ownNs.map((ns) => 1e9 / ns)))).toBeGreaterThan(0.15);
    // A round without both sides is no round.
    expect(roundRatios([100, 0, 100], [100, 100])).toEqual([1]);
  });

  it("draws a paired ratio's interval from slices spread over time: their median and its order statistics", () => {
    // One slice is no interval.
    expect(sliceRatioInterval([0.98])).toBeUndefined();
    // Ten slices: the median, between the 2nd and the 9th smallest (97.9%).
    const slices = [0.98, 0.99, 0.97, 0.985, 0.975, 0.99, 0.98, 0.982, 0.978, 0.986];
    expect(sliceRatioInterval(slices)).toEqual({ ratio: 0.981, ci95: [0.975, 0.99] });
  });

  it('widens the interval when slices disagree, and an episode in a minority of them barely moves the ratio', () => {
    // A neighbour on the host took the cache for a second: three slices of ten read 4% lower.
    const quiet = [0.991, 0.993, 0.992, 0.994, 0.993, 0.992, 0.993, 0.992, 0.993, 0.991];
    const episode = [...quiet.slice(0, 4), 0.955, 0.95, 0.958, ...quiet.slice(7)];
    const calm = sliceRatioInterval(quiet);
    const mixed = sliceRatioInterval(episode);
    expect(calm?.ratio).toBeCloseTo(0.9925, 6);
    // 0.1% lower, where the mean of the slices falls by 1.2%.
    expect(mixed?.ratio).toBeCloseTo(0.9915, 6);
    expect(relativeHalfWidth({ median: calm?.ratio ?? 0, ci95: calm?.ci95 ?? [0, 0] })).toBeLessThan(0.0011);
    // The interval reaches down to the episode's level.
    expect(mixed?.ci95[0]).toBeLessThanOrEqual(0.958);
    expect(mixed?.ci95[1]).toBeGreaterThanOrEqual(0.993);
  });

  it('shuffles reproducibly from a seed, keeping every item', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
    expect(shuffled(items, 42)).not.toEqual(items);
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('iterations', () => {
  it('aims at the instruction target and stays within the memory budget', () => {
    const perUnit = 1000;
    const n = chooseIterations({ iterations: 1, instructions: 5000 + perUnit, peakMemoryBytes: 65536 }, { iterations: 16, instructions: 5000 + 16 * perUnit, peakMemoryBytes: 65536 });
    expect(n).toBe(niceFloor(TARGET_INSTRUCTIONS / perUnit));
    const leaking = chooseIterations({ iterations: 1, instructions: 1100, peakMemoryBytes: 2 << 20 }, { iterations: 16, instructions: 16_100, peakMemoryBytes: 32 << 20 });
    expect(leaking).toBeLessThanOrEqual(256 / 2);
    expect([1, 2, 5, 10, 20, 50].map(niceFloor)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(niceFloor(49_999)).toBe(20_000);
  });

  it('probes larger runs until set-up cost no longer hides the cost of a unit', () => {
    // A benchmark that pre-fills a ring costs 100,000 instructions whatever n, plus 400 per unit.
    const sample = (n: number) => ({ iterations: n, instructions: 100_000 + 400 * n, peakMemoryBytes: 1 << 20 });
    const probes = [sample(1)];
    for (let n = nextProbe(probes[0]!, probes[0]!); n !== undefined; n = nextProbe(probes[0]!, probes.at(-1)!)) probes.push(sample(n));
    expect(probes.map((p) => p.iterations)).toEqual([1, 8, 64, 512, 4096, 32768]);
    expect(chooseIterations(probes.at(-2)!, probes.at(-1)!)).toBe(niceFloor(TARGET_INSTRUCTIONS / 400));
  });
});

describe('benchmark selection', () => {
  const exports = [
    { name: 'bench_pairs', kind: 'function' },
    { name: 'bench_small', kind: 'function' },
    { name: 'benchmark', kind: 'function' },
    { name: 'bench_data', kind: 'global' },
    { name: 'trace_load', kind: 'function' },
    { name: 'trace_replay', kind: 'function' },
  ];
  it('selects exports by glob, and traces when the module can replay them', () => {
    expect(globMatch('bench_*', 'bench_pairs')).toBe(true);
    expect(globMatch('bench_*', 'benchmark')).toBe(false);
    expect(selectBenchmarks(exports, ['bench_*'], ['/t/ls.trace']).map((e) => e.name)).toEqual(['bench_pairs', 'bench_small', 'trace:ls']);
    expect(selectBenchmarks(exports, ['bench_s?all'], []).map((e) => e.name)).toEqual(['bench_small']);
    expect(selectBenchmarks(exports.slice(0, 2), ['bench_*'], ['/t/ls.trace']).map((e) => e.name)).toEqual(['bench_pairs', 'bench_small']);
  });
});

describe('traces', () => {
  it('encodes Alloc(N) as N and Free(K) as -K-1', () => {
    expect([...encodeTrace('Alloc(552),\nAlloc(120),\nFree(1),\nFree(0),\n', 'x.trace')]).toEqual([552, 120, -2, -1]);
  });
  it('names the line of a malformed trace', () => {
    expect(() => encodeTrace('Alloc(1),\nFree(5),\n', 'x.trace')).toThrow(/x\.trace:2: Free\(5\) frees an allocation that was not made yet/);
    expect(() => encodeTrace('Alloc(1),\nRealloc(0, 4),\n', 'x.trace')).toThrow(TraceError);
  });
});
