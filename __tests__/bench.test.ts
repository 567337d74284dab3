// The bench engine on real modules: exact counts, peak memory, throughput statistics, traces,
// allocation statistics, and each fault (trap, endless loop, memory bomb, unknown import).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchmarks, type BenchStageResult } from '../src/bench/run-benchmarks.js';
import { parseConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/log.js';
import type { Baseline } from '../src/types.js';
import { prebuilt, repo } from './helpers/cli.js';
import { traceNames, tracesDir } from './helpers/traces.js';
import { wat } from './helpers/wat.js';


async function bench(
  modules: Record<string, Uint8Array>,
  bench: Record<string, unknown> = {},
  baseline?: Baseline,
  reference?: string,
): Promise<BenchStageResult> {
  const config = parseConfig(
    { variants: Object.keys(modules).map((name) => ({ name, artifact: `${name}.wasm` })), bench: { samples: 10, targetSampleMs: 5, ...bench }, ...(reference ? { reference } : {}) },
    path.join(repo, 'wasm-gate.config.json'),
  );
  return runBenchmarks({
    config,
    baseline,
    modules: new Map(Object.entries(modules)),
    env: { PATH: process.env.PATH ?? '' },
    log: silentLogger,
    mode: baseline ? 'check' : 'update',
  });
}

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(prebuilt(name)));

describe('exact instruction counts', () => {
  // bench_loop(n): prologue 3 (local.get, local.set? no: i32.const 0, local.set 1 ... see below)
  const counted = wat(`(module
    (func (export "bench_loop") (param $n i32) (result i32) (local $acc i32)
      (block $done
        (loop $next
          (br_if $done (i32.eqz (local.get $n)))                        ;; 3 instructions
          (local.set $acc (i32.add (local.get $acc) (local.get $n)))   ;; 4
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))        ;; 4
          (br $next)))                                                 ;; 1
      (local.get $acc)))`);
  // Per iteration 3 + 4 + 4 + 1 = 12; the final check costs 3 more and the return value 1: 12n + 4.

  it('counts every executed instruction, identically on every run', async () => {
    const first = await bench({ loop: counted }, { throughput: false });
    const m = first.byVariant.get('loop')?.measurements.bench_loop;
    expect(m?.iterations).toBeGreaterThan(1000);
    expect(m?.instructions).toBe(12 * (m?.iterations ?? 0) + 4);
    expect(m?.peakMemoryBytes).toBe(0);
    const again = await bench({ loop: counted }, { throughput: false });
    expect(again.byVariant.get('loop')?.measurements.bench_loop).toEqual(m);
  });

  it('reuses the iterations stored in the baseline', async () => {
    const baseline: Baseline = { schemaVersion: 1, variants: { loop: { size: { raw: 1, optimized: 1, gzip: 1, brotli: 1 }, bench: { bench_loop: { iterations: 777 } } } } };
    const result = await bench({ loop: counted }, { throughput: false }, baseline);
    expect(result.byVariant.get('loop')?.measurements.bench_loop).toMatchObject({ iterations: 777, instructions: 12 * 777 + 4 });
  });
});

describe('faults', () => {
  const faulty = wat(`(module
    (memory (export "memory") 1)
    (func (export "bench_ok") (param i32) (result i32) (local.get 0))
    (func (export "bench_trap") (param i32) (result i32) (unreachable))
    (func (export "bench_spin") (param i32) (result i32) (loop $l (br $l)) (i32.const 0))
    (func (export "bench_bomb") (param i32) (result i32)
      (loop $grow (br_if $grow (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
      (unreachable)))`);

  it('marks each failing benchmark with its reason and still measures the others', async () => {
    const result = await bench({ faulty }, { timeLimitMs: 2000, memoryLimitMb: 64 });
    const variant = result.byVariant.get('faulty');
    expect(variant?.errors.bench_trap).toMatch(/^trapped: unreachable/);
    expect(variant?.errors.bench_spin).toMatch(/did not finish within its time limit of 2.0 s/);
    expect(variant?.errors.bench_bomb).toMatch(/^exhausted memory: linear memory reached 63 MB of the 64 MB limit \(unreachable\)/);
    expect(variant?.measurements.bench_ok?.instructions).toBeGreaterThan(0);
    expect(variant?.measurements.bench_ok?.opsPerSec).toBeGreaterThan(0);
    expect(Object.keys(variant?.measurements ?? {})).toEqual(['bench_ok']);
  }, 60_000);
});

describe('modules with imports', () => {
  const importing = wat(`(module
    (import "env" "now" (func $now (result f64)))
    (import "env" "table" (table 1 funcref))
    (memory (export "memory") 1)
    (func (export "bench_quiet") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
    (func (export "bench_calls") (param i32) (result i32) (drop (call $now)) (i32.const 0)))`);

  it('stubs unknown function imports: a benchmark that never calls them runs, one that does fails naming the import', async () => {
    const result = await bench({ importing });
    const variant = result.byVariant.get('importing');
    expect(variant?.errors).toEqual({
      bench_calls: `benchmark bench_calls called the import env.now, which the gate does not provide (supply it with bench.imports: see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`,
    });
    expect(variant?.measurements.bench_quiet?.instructions).toBe(3);
    expect(variant?.measurements.bench_quiet?.opsPerSec).toBeGreaterThan(0);
  });

  it('takes the rest from the bench.imports module, at 0 instructions per host call, with the instance memory', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-imports-'));
    const file = path.join(dir, 'imports.mjs');
    // A host function writing into the instance's memory, as a loader's would.
    writeFileSync(
      file,
      [
        'export default (ctx) => ({ env: {',
        '  now: () => {',
        "    if (ctx.benchmark() !== 'bench_calls' || ctx.variant !== 'module' || ctx.exports().memory !== ctx.memory()) throw new Error('wrong ctx');",
        '    new Uint8Array(ctx.memory().buffer)[8] = 42;',
        '    return 1.5;',
        '  },',
        // The user's entries win over the gate's own (Emscripten's abort would trap).
        '  abort: () => {},',
        '} });',
      ].join('\n'),
    );
    const module = wat(`(module
      (import "env" "now" (func $now (result f64)))
      (import "env" "abort" (func $abort))
      (memory (export "memory") 1)
      (func (export "bench_calls") (param $n i32) (result i32)
        (block $done (loop $next
          (br_if $done (i32.eqz (local.get $n)))
          (drop (call $now))
          (local.set $n (i32.sub (local.get $n) (i32.const 1)))
          (br $next)))
        (call $abort)
        (i32.load8_u (i32.const 8))))`);
    const result = await bench({ module }, { imports: file, throughput: false });
    const m = result.byVariant.get('module')?.measurements.bench_calls;
    // Per iteration: local.get, i32.eqz, br_if, call, drop, local.get, i32.const, i32.sub, local.set, br = 10;
    // the last check 3, call $abort 1, the final i32.const + i32.load8_u 2: host functions add nothing.
    expect(m?.instructions).toBe(10 * (m?.iterations ?? 0) + 6);
    expect(result.byVariant.get('module')?.errors).toEqual({});
  });

  it('asks for imports it cannot make up (globals) and names them', async () => {
    const module = wat(`(module (import "env" "__memory_base" (global i32)) (func (export "bench_x") (param i32) (result i32) (global.get 0)))`);
    const result = await bench({ module });
    expect(result.byVariant.get('module')?.errors.module).toBe(
      `the module imports env.__memory_base (global), which the gate does not provide (it stubs function imports and creates imported memories and tables); supply them with bench.imports (see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`,
    );
  });

  it("traps with AssemblyScript's abort message, decoded from its string layout", async () => {
    // "boom" and "a.ts" as AssemblyScript lays strings out: UTF-16LE, byte length in the word before.
    const module = wat(`(module
      (import "env" "abort" (func $abort (param i32 i32 i32 i32)))
      (memory (export "memory") 1)
      (data (i32.const 28) "\\08\\00\\00\\00b\\00o\\00o\\00m\\00")
      (data (i32.const 60) "\\08\\00\\00\\00a\\00.\\00t\\00s\\00")
      (func (export "bench_abort") (param i32) (result i32) (call $abort (i32.const 32) (i32.const 64) (i32.const 3) (i32.const 7)) (i32.const 0)))`);
    const result = await bench({ module }, { throughput: false });
    expect(result.byVariant.get('module')?.errors.bench_abort).toBe('trapped: abort: boom in a.ts:3:7');
  });

  it('runs the library exports of a WASI command without running its _start', async () => {
    const module = wat(`(module
      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "\\20\\00\\00\\00\\03\\00\\00\\00")
      (data (i32.const 32) "hi\\n")
      (func (export "_start") (unreachable))
      ;; writes "hi\\n" to a closed stdout; returns the number of bytes written plus the errno
      (func (export "bench_write") (param i32) (result i32)
        (i32.add (call $fd_write (i32.const 1) (i32.const 16) (i32.const 1) (i32.const 48)) (i32.load (i32.const 48)))))`);
    const result = await bench({ module }, { throughput: false });
    expect(result.byVariant.get('module')?.errors).toEqual({});
    expect(result.byVariant.get('module')?.measurements.bench_write?.instructions).toBe(8);
  });
});

describe('allocator fixtures', () => {
  it('measures peak memory: the leaking bump allocator pays for what it never frees', async () => {
    const result = await bench({ dlmalloc: fixture('rust-dlmalloc'), bump: fixture('rust-bump'), freelist: fixture('rust-freelist') }, { exports: ['bench_mixed', 'bench_live_set'], samples: 10 }, undefined, 'dlmalloc');
    const get = (v: string, b: string) => result.byVariant.get(v)?.measurements[b];
    for (const b of ['bench_mixed', 'bench_live_set']) {
      // All variants ran the same work, so their numbers compare.
      expect(get('bump', b)?.iterations).toBe(get('dlmalloc', b)?.iterations);
      expect(get('bump', b)?.peakMemoryBytes).toBeGreaterThan(4 * (get('dlmalloc', b)?.peakMemoryBytes ?? 0));
      expect(get('freelist', b)?.peakMemoryBytes).toBeLessThan(2 * (get('dlmalloc', b)?.peakMemoryBytes ?? 0));
    }
    const throughput = get('dlmalloc', 'bench_mixed');
    expect(throughput?.samples).toBe(10);
    const [low, high] = throughput?.opsPerSecCi95 ?? [0, 0];
    expect(low).toBeLessThanOrEqual(throughput?.opsPerSec ?? 0);
    expect(high).toBeGreaterThanOrEqual(throughput?.opsPerSec ?? Infinity);
    expect(low).toBeGreaterThan(0);
    expect(result.tools.bench).toContain('TurboFan only (--no-liftoff)');
    // Throughput against the reference, paired round by round in this run.
    const paired = result.byVariant.get('freelist')?.vsReference.bench_mixed;
    expect(paired?.ci95[0]).toBeLessThanOrEqual(paired?.ratio ?? 0);
    expect(paired?.ci95[1]).toBeGreaterThanOrEqual(paired?.ratio ?? Infinity);
    expect(result.byVariant.get('dlmalloc')?.vsReference).toEqual({});
  }, 120_000);

  it('the free-list allocator scales linearly, not quadratically', async () => {
    const counts: number[] = [];
    // Past the warm-up (the live set fills during the first ~4000 units), 4× the work costs ~4× the
    // instructions; a quadratic allocator (seed 001's first-fit list) would cost ~16×.
    for (const iterations of [4000, 16000]) {
      const baseline: Baseline = { schemaVersion: 1, variants: { freelist: { size: { raw: 1, optimized: 1, gzip: 1, brotli: 1 }, bench: { bench_live_set: { iterations } } } } };
      const result = await bench({ freelist: fixture('rust-freelist') }, { exports: ['bench_live_set'], throughput: false }, baseline);
      counts.push(result.byVariant.get('freelist')?.measurements.bench_live_set?.instructions ?? 0);
    }
    const [small = 0, large = 0] = counts;
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(4.5);
  });

  it('reads the allocation statistics a module exports', async () => {
    const result = await bench({ tracing: fixture('rust-tracing') }, { exports: ['bench_pairs'], throughput: false });
    const m = result.byVariant.get('tracing')?.measurements.bench_pairs;
    expect(m?.allocStats?.count).toBe(m?.iterations);
    expect(m?.allocStats?.frees).toBe(m?.iterations);
    expect(m?.allocStats?.bytes).toBe(32 * (m?.iterations ?? 0));
    expect(m?.allocStats?.peak_live).toBe(32);
  });

  it('runs WASI reactors (the C fixtures)', async () => {
    const result = await bench({ libc: fixture('c-libc') }, { exports: ['bench_small'], throughput: false });
    expect(result.byVariant.get('libc')?.measurements.bench_small?.instructions).toBeGreaterThan(1000);
  });

  it('a leaking allocator replays the real traces through the throughput phase too', async (ctx) => {
    const traces = traceNames(ctx);
    // The bump allocator never frees: each replay leaks the trace's bytes. A calibrated batch in one
    // instance would pass the memory limit; the worker caps the batch by the growth per unit seen in
    // the counted run and re-instantiates between batches (outside the timed region).
    const files = traces.map((f) => path.join(tracesDir, f));
    const memoryLimitMb = 512;
    const result = await bench({ bump: fixture('rust-bump') }, { exports: ['bench_large'], traces: files, memoryLimitMb, samples: 10, targetSampleMs: 25 });
    const variant = result.byVariant.get('bump');
    expect(variant?.errors).toEqual({});
    const measured = variant?.measurements ?? {};
    expect(Object.keys(measured).sort()).toEqual(['bench_large', ...traces.map((f) => `trace:${f.replace(/\.trace$/, '')}`)].sort());
    for (const m of Object.values(measured)) {
      expect(m.samples).toBe(10);
      expect(m.opsPerSec).toBeGreaterThan(0);
      expect(m.peakMemoryBytes).toBeLessThanOrEqual(memoryLimitMb * 1048576);
      expect(m.initialMemoryBytes).toBe(17 * 65536);
    }
  }, 180_000);
  it('replays the real malloc/free traces through every allocator', async (ctx) => {
    const traces = traceNames(ctx);
    const files = traces.map((f) => path.join(tracesDir, f));
    const result = await bench(
      { dlmalloc: fixture('rust-dlmalloc'), freelist: fixture('rust-freelist'), custom: fixture('c-custom') },
      { exports: [], traces: files, throughput: false },
    );
    for (const variant of ['dlmalloc', 'freelist', 'custom']) {
      const measured = result.byVariant.get(variant)?.measurements ?? {};
      expect(Object.keys(measured).sort()).toEqual(traces.map((f) => `trace:${f.replace(/\.trace$/, '')}`).sort());
      for (const m of Object.values(measured)) expect(m.instructions).toBeGreaterThan(0);
    }
  }, 120_000);
});
