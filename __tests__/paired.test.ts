// Ratios that can gate: a variant's module and its partner (the reference variant, or the same
// variant built at the base commit) timed in paired rounds in one worker process. The intervals
// are real timings, so these specifications hold with wide margins on a loaded machine.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchmarks } from '../src/bench/run-benchmarks.js';
import { parseConfig } from '../src/config/load-config.js';
import { type Logger, silentLogger } from '../src/log.js';
import { repo } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

/** bench_work(n) runs n units of `rounds` multiply-adds: twice the rounds, twice the time. */
const work = (rounds: number, extra = ''): Uint8Array =>
  wat(`(module (memory (export "memory") 1)
    (func (export "bench_work") (param $n i32) (result i32) (local $acc i32) (local $i i32)
      (block $done (loop $unit
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $i (i32.const ${rounds}))
        (loop $inner
          (local.set $acc (i32.add (i32.mul (local.get $acc) (i32.const 31)) (local.get $i)))
          (local.set $i (i32.sub (local.get $i) (i32.const 1)))
          (br_if $inner (local.get $i)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $unit)))
      (local.get $acc))
    ${extra})`);

const LOOPS_FOREVER = `(func (export "bench_other") (param $n i32) (result i32) (loop $forever (br $forever)) (i32.const 0))`;
const RETURNS = `(func (export "bench_other") (param $n i32) (result i32) (local.get $n))`;

async function pairedRun(modules: Record<string, Uint8Array>, options: { reference?: string; bases?: Record<string, Uint8Array>; bench?: Record<string, unknown>; log?: Logger } = {}) {
  const config = parseConfig(
    {
      variants: Object.keys(modules).map((name) => ({ name, artifact: `${name}.wasm` })),
      bench: { samples: 10, targetSampleMs: 5, pairTimeLimitMs: 1500, ...options.bench },
      ...(options.reference ? { reference: options.reference } : {}),
    },
    path.join(repo, 'wasm-gate.config.json'),
  );
  const input = { config, baseline: undefined, modules: new Map(Object.entries(modules)), env: { PATH: process.env.PATH ?? '' }, log: options.log ?? silentLogger, mode: 'update' as const };
  return runBenchmarks(input, new Map(Object.entries(options.bases ?? {})));
}

describe('paired ratios', () => {
  it('times a variant against the reference in one process: twice the work is half the throughput', async () => {
    const result = await pairedRun({ fast: work(200), slow: work(400), same: work(200) }, { reference: 'fast' });
    const slow = result.byVariant.get('slow')?.vsReference.bench_work;
    expect(slow?.ratio).toBeGreaterThan(0.4);
    expect(slow?.ratio).toBeLessThan(0.6);
    expect(slow?.ci95[0]).toBeLessThanOrEqual(slow?.ratio ?? 0);
    expect(slow?.ci95[1]).toBeGreaterThanOrEqual(slow?.ratio ?? Infinity);
    const same = result.byVariant.get('same')?.vsReference.bench_work;
    expect(same?.ratio).toBeGreaterThan(0.9);
    expect(same?.ratio).toBeLessThan(1.1);
    // The reference is not paired with itself.
    expect(result.byVariant.get('fast')?.vsReference).toEqual({});
  }, 60_000);

  it("times the head against the base commit's build of the same variant", async () => {
    const result = await pairedRun({ app: work(400) }, { bases: { app: work(200) } });
    const vsBase = result.byVariant.get('app')?.vsBase.bench_work;
    expect(vsBase?.ratio).toBeGreaterThan(0.4);
    expect(vsBase?.ratio).toBeLessThan(0.6);
    // The head's own throughput is measured as without a base.
    expect(result.byVariant.get('app')?.measurements.bench_work?.opsPerSec).toBeGreaterThan(0);
    expect(result.tools.bench).toContain('ratios paired in one process');
  }, 60_000);

  it('a base that hangs in one benchmark loses only that ratio: the next benchmark is paired, the head keeps its numbers', async () => {
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const result = await pairedRun({ app: work(200, RETURNS) }, { bases: { app: work(200, LOOPS_FOREVER) }, bench: { timeLimitMs: 3000 }, log });
    const app = result.byVariant.get('app');
    expect(app?.vsBase.bench_other).toBeUndefined();
    expect(app?.vsBase.bench_work?.ratio).toBeGreaterThan(0.8);
    expect(app?.measurements.bench_other?.opsPerSec).toBeGreaterThan(0);
    expect(app?.errors).toEqual({});
    expect(warnings.join('\n')).toMatch(/app bench_other vs base: not paired: .*time limit/);
  }, 60_000);

  it("spreads a pair's slices over time, and --verbose says how many and over how long", async () => {
    const details: string[] = [];
    const log: Logger = { ...silentLogger, detail: (m: string) => details.push(m) };
    const result = await pairedRun({ app: work(200) }, { bases: { app: work(200) }, log });
    const line = details.find((d) => d.startsWith('bench: app bench_work vs base:')) ?? '';
    const [, slices, span, timed] = /from (\d+) slices over ([\d.]+) s \(([\d.]+) s timed\)/.exec(line) ?? [];
    expect(Number(slices)).toBeGreaterThanOrEqual(2);
    // One pair alone waits between its slices: they sample several of the machine's moments, not one.
    expect(Number(span)).toBeGreaterThanOrEqual((Number(slices) - 1) * 0.6 - 0.1);
    expect(Number(span)).toBeGreaterThan(Number(timed));
    const ratio = result.byVariant.get('app')?.vsBase.bench_work;
    expect(line).toContain(`${ratio?.ratio} [${ratio?.ci95[0]}, ${ratio?.ci95[1]}]`);
  }, 60_000);

  it('a pair whose slices agree still spans 6 s before it stops early: a quiet few seconds are not the whole story', async () => {
    const details: string[] = [];
    const log: Logger = { ...silentLogger, detail: (m: string) => details.push(m) };
    // The same module on both sides and a loose target: 8 slices reach it; the span must be there too.
    await pairedRun({ app: work(200) }, { bases: { app: work(200) }, bench: { pairTargetPct: 5, pairTimeLimitMs: 30_000 }, log });
    const line = details.find((d) => d.startsWith('bench: app bench_work vs base:')) ?? '';
    const [, slices, span, timed] = /from (\d+) slices over ([\d.]+) s \(([\d.]+) s timed\)/.exec(line) ?? [];
    expect(Number(span)).toBeGreaterThanOrEqual(6);
    // It stops once both hold, long before its time limit.
    expect(Number(slices)).toBeGreaterThanOrEqual(8);
    expect(Number(timed)).toBeLessThan(15);
  }, 90_000);

  it("ends the pairing when the bench phase's budget runs out, keeping the ratios of the slices it took", async () => {
    const started = performance.now();
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    // A pair that would run for two minutes, in a phase allowed 20 s in all (counting and the
    // throughput rounds of this small module take a few of them, more on a loaded machine).
    const result = await pairedRun({ app: work(200) }, { bases: { app: work(400) }, bench: { pairTimeLimitMs: 120_000, pairTargetPct: 0.0001, totalTimeLimitMs: 20_000 }, log });
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(warnings.join('\n')).toMatch(/pairing stopped early: .*bench\.totalTimeLimitMs.*1 ratio\(s\) come from the slices taken so far/);
    const vsBase = result.byVariant.get('app')?.vsBase.bench_work;
    expect(vsBase?.ratio).toBeGreaterThan(1.6);
    expect(vsBase?.ratio).toBeLessThan(2.4);
    expect(result.byVariant.get('app')?.measurements.bench_work?.opsPerSec).toBeGreaterThan(0);
  }, 90_000);

  it('a base without the benchmark says so, and the head is measured', async () => {
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (m: string) => warnings.push(m) };
    const result = await pairedRun({ app: work(200, RETURNS) }, { bases: { app: work(200) }, log });
    expect(result.byVariant.get('app')?.vsBase.bench_other).toBeUndefined();
    expect(result.byVariant.get('app')?.measurements.bench_other?.opsPerSec).toBeGreaterThan(0);
    expect(warnings.join('\n')).toContain('app bench_other vs base: not paired: the module has no export bench_other');
  }, 60_000);
});
