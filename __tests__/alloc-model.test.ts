// The allocation model of the fixture benchmarks (helpers/alloc-model.ts) as a specification:
// hand-checkable cases, and a cross-check against the counters the Rust fixture keeps itself
// (rust-tracing.wasm), which see the real calls of the real module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allocationOps, expectedAllocationStats, sizeClass, type AllocBench } from './helpers/alloc-model.js';
import { prebuilt } from './helpers/cli.js';

const BENCHES: AllocBench[] = ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set', 'bench_large'];
const none = { allocs: 0, reallocs: 0, frees: 0, bytes: 0, peakLiveBytes: 0, peakLiveBlocks: 0, liveBytesAtEnd: 0, histogram: {} };

describe('size classes', () => {
  it('are the smallest power of two at least the size', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 32, 33, 64, 65536, 65537, 1048576].map(sizeClass)).toEqual(['1', '2', '4', '4', '8', '8', '16', '32', '64', '64', '65536', '131072', '1048576']);
  });
});

describe('bench_pairs(n): n × (malloc 32, free)', () => {
  it.each([1, 2, 1000])('n = %i: one 32-byte block live at a time', (n) => {
    expect(expectedAllocationStats('bench_pairs', n)).toEqual({
      allocs: n,
      reallocs: 0,
      frees: n,
      bytes: 32 * n,
      peakLiveBytes: 32,
      peakLiveBlocks: 1,
      liveBytesAtEnd: 0,
      histogram: { '32': n },
    });
  });

  it('n = 0: no call at all', () => {
    expect(expectedAllocationStats('bench_pairs', 0)).toEqual(none);
  });

  it('frees each block before allocating the next', () => {
    expect([...allocationOps('bench_pairs', 2)]).toEqual([
      { op: 'alloc', id: 0, size: 32 },
      { op: 'free', id: 0 },
      { op: 'alloc', id: 1, size: 32 },
      { op: 'free', id: 1 },
    ]);
  });
});

describe('the rings: bench_small and bench_mixed', () => {
  it('n = 0: 256 mallocs, then 256 frees in ring order; everything is live at the peak', () => {
    const ops = [...allocationOps('bench_small', 0)];
    expect(ops.slice(0, 256).every((o) => o.op === 'alloc')).toBe(true);
    expect(ops.slice(256)).toEqual(Array.from({ length: 256 }, (_, id) => ({ op: 'free', id })));
    const s = expectedAllocationStats('bench_small', 0);
    expect(s).toMatchObject({ allocs: 256, frees: 256, reallocs: 0, peakLiveBlocks: 256, liveBytesAtEnd: 0 });
    expect(s.peakLiveBytes).toBe(s.bytes);
    // The first draw of xorshift32 from 0x2545F491 is 3777279546: 8 + 3777279546 % 57 = 20 bytes.
    expect(ops[0]).toEqual({ op: 'alloc', id: 0, size: 20 });
  });

  it('n units: a free and a malloc each, 256 blocks live throughout, sizes in their ranges', () => {
    const small = expectedAllocationStats('bench_small', 1000);
    expect(small).toMatchObject({ allocs: 1256, frees: 1256, reallocs: 0, peakLiveBlocks: 256, liveBytesAtEnd: 0 });
    expect(Object.keys(small.histogram).sort()).toEqual(['16', '32', '64', '8']); // 8..=64 B
    const mixed = expectedAllocationStats('bench_mixed', 1000);
    expect(mixed).toMatchObject({ allocs: 1256, frees: 1256, peakLiveBlocks: 256 });
    expect(Math.max(...Object.keys(mixed.histogram).map(Number))).toBe(4096); // up to 4 KiB
    // 10/16 of the draws are 8..=64 B
    const upTo64 = ['8', '16', '32', '64'].reduce((a, k) => a + (mixed.histogram[k] ?? 0), 0);
    expect(upTo64 / mixed.allocs).toBeCloseTo(10 / 16, 1);
  });
});

describe('bench_live_set(n)', () => {
  it('n = 1: one block, slot 546, 1 + 2342155435 % 10000 = 5436 bytes', () => {
    expect([...allocationOps('bench_live_set', 1)]).toEqual([
      { op: 'alloc', id: 0, size: 5436 },
      { op: 'free', id: 0 },
    ]);
  });

  it('every unit is a malloc or a realloc; every block is freed once at the latest at the end', () => {
    for (const n of [0, 10, 1000, 5000]) {
      const s = expectedAllocationStats('bench_live_set', n);
      expect(s.allocs + s.reallocs).toBe(n);
      expect(s.frees).toBe(s.allocs); // a realloc keeps its block
      expect(s.liveBytesAtEnd).toBe(0);
      expect(s.peakLiveBlocks).toBeLessThanOrEqual(1000);
    }
  });

  it('n = 1000 (as bench.c counts it, with counting malloc/realloc/free, compiled natively)', () => {
    expect(expectedAllocationStats('bench_live_set', 1000)).toEqual({
      allocs: 954,
      reallocs: 46,
      frees: 954,
      bytes: 5065925,
      peakLiveBytes: 3253956,
      peakLiveBlocks: 634,
      liveBytesAtEnd: 0,
      histogram: { '32': 2, '64': 7, '128': 8, '256': 21, '512': 20, '1024': 49, '2048': 97, '4096': 187, '8192': 428, '16384': 181 },
    });
  });
});

describe('bench_large(n)', () => {
  it('n = 1: three blocks of 501560, 617309 and 765171 bytes, all live at once', () => {
    expect(expectedAllocationStats('bench_large', 1)).toEqual({
      allocs: 3,
      reallocs: 0,
      frees: 3,
      bytes: 501560 + 617309 + 765171,
      peakLiveBytes: 501560 + 617309 + 765171,
      peakLiveBlocks: 3,
      liveBytesAtEnd: 0,
      histogram: { '524288': 1, '1048576': 2 },
    });
    expect([...allocationOps('bench_large', 1)].filter((o) => o.op === 'free').map((o) => o.id)).toEqual([1, 2, 0]);
  });

  it('n units: at most three blocks live, each 64 KiB ..= 1 MiB', () => {
    const s = expectedAllocationStats('bench_large', 100);
    expect(s).toMatchObject({ allocs: 300, frees: 300, peakLiveBlocks: 3, liveBytesAtEnd: 0 });
    expect(s.peakLiveBytes).toBeLessThanOrEqual(3 << 20);
    expect(Object.keys(s.histogram).every((k) => Number(k) >= 65536 && Number(k) <= 1 << 20)).toBe(true);
  });
});

describe('the Rust fixture makes the same calls', () => {
  // rust-tracing.wasm counts around std's allocator (fixtures/README.md): a realloc counts as one
  // allocation of the new size plus one free; the peak restarts from the live bytes on reset.
  const module = new WebAssembly.Module(readFileSync(prebuilt('rust-tracing')));
  type Exports = Record<string, (n?: number) => number | bigint>;

  it.each(BENCHES.flatMap((b) => [0, 1, 37, b === 'bench_large' ? 20 : 3000].map((n) => [b, n] as const)))('%s(%i)', (bench, n) => {
    const e = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
    e.alloc_stats_reset!();
    e[bench]!(n);
    const m = expectedAllocationStats(bench, n);
    expect({
      count: Number(e.alloc_stat_count!()),
      bytes: Number(e.alloc_stat_bytes!()),
      frees: Number(e.alloc_stat_frees!()),
      peak: Number(e.alloc_stat_peak_live!()),
      live: Number(e.alloc_stat_live!()),
    }).toEqual({ count: m.allocs + m.reallocs, bytes: m.bytes, frees: m.frees + m.reallocs, peak: m.peakLiveBytes, live: m.liveBytesAtEnd });
  });
});
