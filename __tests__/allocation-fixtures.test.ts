// Allocation statistics on real toolchains' output, through the CLI: C through wasi-libc, Rust's
// #[global_allocator] (std's dlmalloc, a bump and a free-list allocator), Emscripten, and the
// leaking bump in C. Each equals what an independent model of the benchmark's calls says
// (helpers/alloc-model.ts replays bench.c's malloc/realloc/free sequence in TypeScript), so the
// interception sees exactly the calls the program makes, once each.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GateResults } from '../src/types.js';
import { expectedAllocationStats, type AllocBench } from './helpers/alloc-model.js';
import { prebuilt, projectWith, runCli } from './helpers/cli.js';

const BENCHES: AllocBench[] = ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set', 'bench_large'];
const VARIANTS = ['c-libc', 'c-custom', 'c-bump', 'rust-dlmalloc', 'rust-bump', 'rust-freelist', 'emscripten'];

let results: GateResults;
let stderr: string;

beforeAll(async () => {
  const dir = await projectWith({
    variants: VARIANTS.map((name) => ({ name, artifact: prebuilt(name) })),
    bench: { throughput: false },
  });
  const run = await runCli(['update', '--json', 'results.json'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  stderr = run.stderr;
  results = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as GateResults;
}, 300_000);

const measured = (variant: string, bench: string) => results.variants.find((v) => v.name === variant)?.measurement?.bench?.[bench];

describe('allocation statistics equal the model of the benchmark’s calls', () => {
  for (const variant of VARIANTS) {
    // Emscripten's own wasm-opt inlined realloc into bench_live_set: a moving realloc is left as
    // dlmalloc + dlfree, an in-place one as nothing; the other benchmarks call no realloc.
    const benches = variant === 'emscripten' ? BENCHES.filter((b) => b !== 'bench_live_set') : BENCHES;
    it(`${variant}: ${benches.join(', ')}`, () => {
      for (const bench of benches) {
        const m = measured(variant, bench);
        expect(m?.allocations, `${variant} ${bench}`).toBeDefined();
        const { histogram, ...expected } = expectedAllocationStats(bench, m?.iterations as number);
        expect(m?.allocations, `${variant} ${bench} at ${m?.iterations} iterations`).toEqual(expected);
        expect(m?.allocationSizes, `${variant} ${bench}`).toEqual(histogram);
      }
    });
  }

  it('the entry points each toolchain leaves are the ones found, said once per variant', () => {
    expect(stderr).toMatch(/bench: c-libc: allocation statistics from malloc, dlmalloc, free, dlfree, realloc/);
    expect(stderr).toMatch(/bench: rust-bump: allocation statistics from __rust_alloc, __rust_dealloc, __rust_realloc/);
    expect(stderr).toMatch(/bench: emscripten: allocation statistics from dlmalloc, dlfree/);
    expect(stderr.match(/bench: rust-bump: allocation statistics/g)).toHaveLength(1);
  });

  it('the leaking bump allocators show what they leak: memory grown per live byte, not live bytes', () => {
    for (const bump of ['c-bump', 'rust-bump']) {
      const leaky = measured(bump, 'bench_mixed');
      const dl = measured('c-libc', 'bench_mixed');
      // The program frees everything either way: no bytes are live at the end...
      expect(leaky?.allocations?.liveBytesAtEnd).toBe(0);
      // ...but the bump allocator never reuses them: its heap overhead is tens of times dlmalloc's.
      expect(leaky?.heapOverhead).toBeGreaterThan(20 * Math.max(1, dl?.heapOverhead ?? 0));
    }
  });

  it('the baseline keeps the statistics (not the histogram), and cycles beside instructions', async () => {
    const m = measured('rust-freelist', 'bench_small');
    expect(m?.cycles).toBeGreaterThan(0);
    expect(m?.cache?.accesses).toBeGreaterThan(0);
    expect(Object.keys(m?.cyclesProfile ?? {}).length).toBeGreaterThan(1);
    expect(Object.values(m?.cyclesProfile ?? {}).reduce((a, b) => a + b, 0)).toBe(m?.cycles);
  });
});

describe('a module without entry points', () => {
  it('says so once, and shows no allocation figures rather than zeros', async () => {
    const dir = await projectWith({ variants: [{ name: 'chase', artifact: prebuilt('c-chase') }], bench: { throughput: false } });
    const run = await runCli(['update', '--json', 'results.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/bench: chase: no allocator entry points found/g)).toHaveLength(1);
    const written = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as GateResults;
    const bench = written.variants[0]?.measurement?.bench ?? {};
    expect(Object.keys(bench).length).toBe(2);
    for (const m of Object.values(bench)) expect(m.allocations).toBeUndefined();
    expect(run.stdout).not.toMatch(/allocs/);
    const baseline = await readFile(path.join(dir, 'baseline.json'), 'utf8');
    expect(baseline).not.toContain('"allocations":');
    expect(baseline).toContain('"cycles"');
  });
});
