// Gating on the new numbers, through the CLI: a change that alters only memory behaviour fails on
// cycles (its instructions are the same); a new leak fails on liveBytesAtEnd; the console shows
// cycles beside instructions, and the allocation figures.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectWith, requireNode20, runCli } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

/** bench_walk(n): n loads at a stride over 16 MiB; only the stride (a constant) differs. */
const walker = (stride: number): Uint8Array =>
  wat(`(module
    (memory (export "memory") 256)
    (func (export "bench_walk") (param $n i32) (result i32) (local $at i32) (local $sum i32)
      (block $done (loop $more
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $at))))
        (local.set $at (i32.and (i32.add (local.get $at) (i32.const ${stride})) (i32.const 0xfffffc)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
      (local.get $sum)))`);

/** bench_list(n): n allocations of 16 bytes through malloc; `freeing` decides whether they are freed. */
const allocating = (freeing: boolean): Uint8Array =>
  wat(
    `(module
    (memory (export "memory") 1 100)
    (global $top (mut i32) (i32.const 1024))
    ;; hands out 16-byte blocks round a 60,000-byte arena: the test is about what the program frees
    (func $malloc (param $n i32) (result i32) (local $p i32)
      (local.set $p (global.get $top))
      (global.set $top (i32.add (i32.const 1024) (i32.rem_u (i32.add (i32.sub (global.get $top) (i32.const 1024)) (local.get $n)) (i32.const 60000))))
      (local.get $p))
    (func $free (param i32))
    (func (export "bench_list") (param $n i32) (result i32) (local $p i32)
      (block $done (loop $more
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $p (call $malloc (i32.const 16)))
        (i32.store (local.get $p) (local.get $n))
        ${freeing ? '(call $free (local.get $p))' : '(drop (local.get $p))'}
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
      (global.get $top)))`,
    { names: true },
  );

/** The variants differ in a constant's bytes too: their sizes are not what these tests are about. */
const SIZES_OFF = { optimized: false, gzip: false, brotli: false };

const check = async (dir: string): Promise<{ code: number; stdout: string; rows: string[] }> => {
  const run = await runCli(['check', '--json', 'results.json'], { cwd: dir });
  return { ...run, rows: run.stdout.split('\n') };
};

describe('gating on cycles and allocations', () => {
  it('a cache-hostile stride with the same instructions fails on cycles; instructions pass', async () => {
    const dir = await projectWith({ variants: [{ name: 'walk', artifact: 'm.wasm' }], bench: { throughput: false }, thresholds: SIZES_OFF }, { 'm.wasm': walker(64) });
    expect((await runCli(['update'], { cwd: dir })).code).toBe(0);
    expect((await check(dir)).code).toBe(0);
    await writeFile(path.join(dir, 'm.wasm'), walker(4096 + 64));
    const run = await check(dir);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/walk bench_walk cycles: .* exceeds the threshold 1%/);
    const results = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'results.json'), 'utf8'));
    const rows = results.variants[0].rows as { id: string; status: string; deltaPct?: number }[];
    expect(rows.find((r) => r.id === 'bench_walk.cycles')?.status).toBe('regressed');
    expect(rows.find((r) => r.id === 'bench_walk.instructions')).toMatchObject({ status: 'pass', deltaPct: 0 });
  });

  it('names the function whose cycles moved: the one that touches memory, not the one that changed', async () => {
    // bench_walk calls $load_at for every load and $advance for the next address: a larger stride in
    // $advance makes $load_at miss the caches, and its cycles are what moves.
    const walk = (stride: number): Uint8Array =>
      wat(
        `(module (memory (export "memory") 256)
        (func $load_at (param $at i32) (result i32) (i32.load (local.get $at)))
        (func $advance (param $at i32) (result i32) (i32.and (i32.add (local.get $at) (i32.const ${stride})) (i32.const 0xfffffc)))
        (func $bench_walk (export "bench_walk") (param $n i32) (result i32) (local $at i32) (local $sum i32)
          (block $done (loop $more (br_if $done (i32.eqz (local.get $n)))
            (local.set $sum (i32.add (local.get $sum) (call $load_at (local.get $at))))
            (local.set $at (call $advance (local.get $at)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br $more)))
          (local.get $sum)))`,
        { names: true },
      );
    // -O1 does not inline: the three functions stay apart, as in a larger program.
    const settings = { variants: [{ name: 'walk', artifact: 'm.wasm' }], bench: { throughput: false }, thresholds: SIZES_OFF, optimize: { flags: ['-O1'] } };
    const dir = await projectWith(settings, { 'm.wasm': walk(64) });
    expect((await runCli(['update'], { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, 'm.wasm'), walk(4096 + 64));
    const run = await runCli(['check', '--markdown', 'report.md'], { cwd: dir });
    expect(run.code, run.stdout).toBe(1);
    // The console and the comment: the cycles the benchmark gained, function by function, the loads first.
    const line = run.stdout.split('\n').find((l) => l.startsWith('walk bench_walk +') && l.includes(' cycles ('));
    expect(line, run.stdout).toMatch(/^walk bench_walk \+[\d,]+ cycles \(\+[\d.,]+%\): load_at \+[\d,]+/);
    const report = await (await import('node:fs/promises')).readFile(path.join(dir, 'report.md'), 'utf8');
    expect(report).toMatch(/- \*\*bench\\_walk\*\* \+[\d,]+ cycles \(\+[\d.,]+%\): `load_at` \+[\d,]+/);
    // The instructions did not move: no line for them.
    expect(report).not.toMatch(/bench\\_walk\*\* [+-][\d,]+ instructions/);
  });

  it('a new leak fails on liveBytesAtEnd, with the allocation figures in the console', async () => {
    const dir = await projectWith({ variants: [{ name: 'list', artifact: 'm.wasm' }], bench: { throughput: false }, thresholds: SIZES_OFF }, { 'm.wasm': allocating(true) });
    expect((await runCli(['update'], { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, 'm.wasm'), allocating(false));
    const run = await check(dir);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/bench_list live bytes at end/);
    // allocs, reallocs, frees, bytes: a million 16-byte blocks, none freed
    expect(run.rows.find((l) => /^list\s+bench_list\s+1 M\s+0\s+0\s+15\.3 MiB\s/.test(l)), run.stdout).toBeDefined();
    expect(run.stdout).toMatch(/list bench_list live bytes at end: 0 B → 58\.6 KiB .* exceeds the threshold 0 B/);
    const results = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'results.json'), 'utf8'));
    const rows = results.variants[0].rows as { id: string; status: string; baseline?: number; current?: number }[];
    expect(rows.find((r) => r.id === 'bench_list.liveBytesAtEnd')).toMatchObject({ status: 'regressed', baseline: 0 });
    expect(rows.find((r) => r.id === 'bench_list.peakLiveBytes')?.status).toBe('regressed');
    // The comment: cycles first in the summary and the benchmark table, the allocations open (they moved).
    const md = await runCli(['check', '--markdown', 'report.md'], { cwd: dir });
    expect(md.code).toBe(1);
    const report = await (await import('node:fs/promises')).readFile(path.join(dir, 'report.md'), 'utf8');
    expect(report).toMatch(/\| Variant \| gzip \| Δ gzip \| Cycles \| Instr\. \|/);
    expect(report).toMatch(/\| Benchmark \| Cycles \| Δ \| Instr\. Δ \| Peak memory \|/);
    expect(report).toMatch(/\| bench\\_list<br><sub>×1\sM<\/sub> \| [\d.]+\sM \| ±0% \| ±0% \|/);
    expect(report).toContain('**Allocations**');
    expect(report).toMatch(/\| bench\\_list \| 1\sM \| 0 \| 0 \| 15\.3\sMiB \| 58\.6\sKiB \(/);
    expect(report).not.toContain('<summary>Allocations</summary>');
  });

  it('bench.allocator names an allocator the default names miss, per variant; a name it lacks is said', async () => {
    const custom = wat(
        `(module (memory (export "memory") 1)
        (global $top (mut i32) (i32.const 1024))
        (func $pool_get (param $n i32) (result i32) (local $p i32)
          (local.set $p (global.get $top)) (global.set $top (i32.add (global.get $top) (local.get $n))) (local.get $p))
        (func $pool_put (param i32))
        (func (export "bench_pool") (param $n i32) (result i32)
          (block $done (loop $more (br_if $done (i32.eqz (local.get $n)))
            (call $pool_put (call $pool_get (i32.const 8)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1))) (br $more)))
          (i32.const 0)))`,
        { names: true },
    );
    const dir = await projectWith(
      {
        variants: [
          { name: 'named', artifact: 'm.wasm', bench: { allocator: { pool_get: 'malloc', pool_put: 'free', pool_resize: 'realloc' } } },
          { name: 'default', artifact: 'm.wasm' },
        ],
        bench: { throughput: false, exports: ['bench_pool'] },
      },
      { 'm.wasm': custom },
    );
    const run = await runCli(['update', '--json', 'results.json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('bench: named: bench.allocator names "pool_resize", which the module does not define with that kind');
    expect(run.stderr).toContain('bench: named: allocation statistics from pool_get, pool_put');
    expect(run.stderr).toContain('bench: default: no allocator entry points found');
    const results = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'results.json'), 'utf8'));
    const [named, fallback] = results.variants.map((v: { measurement: { bench: Record<string, { iterations: number; allocations?: Record<string, number> }> } }) => v.measurement.bench.bench_pool);
    expect(named.allocations).toMatchObject({ allocs: named.iterations, frees: named.iterations, bytes: 8 * named.iterations, peakLiveBytes: 8, liveBytesAtEnd: 0 });
    expect(fallback.allocations).toBeUndefined();
  });

  it('thresholds apply to the new metrics like to the others', async () => {
    const dir = await projectWith(
      { variants: [{ name: 'walk', artifact: 'm.wasm' }], bench: { throughput: false }, thresholds: { ...SIZES_OFF, cycles: false } },
      { 'm.wasm': walker(64) },
    );
    expect((await runCli(['update'], { cwd: dir })).code).toBe(0);
    await writeFile(path.join(dir, 'm.wasm'), walker(4096 + 64));
    expect((await check(dir)).code).toBe(0);
  });

  it('on Node 20 (no multi-memory): says once which Node runs the cache model, counts instructions and allocations', async (ctx) => {
    const old = requireNode20(ctx);
    const dir = await projectWith({ variants: [{ name: 'list', artifact: 'm.wasm' }], bench: { throughput: false } }, { 'm.wasm': allocating(true) });
    const run = await runCli(['update', '--json', 'results.json'], { cwd: dir, node: old });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/bench: list: no cycle estimate: its cache model needs multi-memory, which Node 20\.\S+ does not run; run the gate on Node 22 or later/g)).toHaveLength(1);
    const results = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(dir, 'results.json'), 'utf8'));
    const bench = results.variants[0].measurement.bench.bench_list;
    expect(bench.cycles).toBeUndefined();
    expect(bench.instructions).toBeGreaterThan(0);
    expect(bench.allocations.allocs).toBe(bench.iterations);
  });
});
