// Issue 20, item 6: a failure is blamed on what failed, and one variant cannot spend the others'
// time. Each case runs the bundled CLI next to a healthy variant, with a kill timer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Budget, BudgetShare } from '../src/bench/variant-run.js';
import { projectWith, runCli } from './helpers/cli.js';
import { SUM_BENCH_WAT, wat } from './helpers/wat.js';

const HANG_LIMIT_MS = 60_000;

/** bench_sum(n) adds 1..n: the healthy variant, which must always be measured. */
const GOOD = wat(SUM_BENCH_WAT);

const manyBenchmarks = (count: number): Uint8Array =>
  wat(`(module ${Array.from({ length: count }, (_, i) => `(func (export "bench_${i}") (param i32) (result i32) local.get 0)`).join('\n')})`);

async function check(dir: string): Promise<{ stdout: string; code: number; results: { variants: Array<{ name: string; measurement?: { bench?: Record<string, { instructions?: number }> } }> } }> {
  const run = await runCli(['check', '--config', path.join(dir, 'wasm-gate.config.json'), '--json', path.join(dir, 'results.json')], { timeoutMs: HANG_LIMIT_MS });
  expect(run.killed, `the gate did not exit within ${HANG_LIMIT_MS / 1000} s:\n${run.stderr.slice(-2000)}`).toBe(false);
  return { stdout: run.stdout, code: run.code, results: JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) };
}

const goodCount = (results: Awaited<ReturnType<typeof check>>['results']): number | undefined =>
  results.variants.find((v) => v.name === 'good')?.measurement?.bench?.bench_sum?.instructions;

describe('a trap is blamed on what trapped', () => {
  it("says the module's start function trapped at instantiation, once, instead of failing each benchmark", async () => {
    const boot = wat(`(module (memory (export "memory") 1) (func $init unreachable) (start $init)
      (func (export "bench_a") (param i32) (result i32) local.get 0)
      (func (export "bench_b") (param i32) (result i32) local.get 0))`);
    const dir = await projectWith({ variants: [{ name: 'boot', artifact: 'boot.wasm' }, { name: 'good', artifact: 'good.wasm' }], bench: { throughput: false } }, { 'boot.wasm': boot, 'good.wasm': GOOD });
    const { stdout, code, results } = await check(dir);
    expect(code).toBe(2);
    expect(stdout).toContain(`variant "boot": benchmarks cannot run: the module's start function trapped at instantiation, before any benchmark ran: unreachable`);
    expect(stdout).not.toMatch(/benchmark bench_[ab] failed/);
    expect(goodCount(results)).toBeGreaterThan(0);
  });
});

describe('one variant cannot spend the bench time of the others', () => {
  it('runs none of 10,000 benchmarks of one variant, says why, and measures the healthy one', async () => {
    const dir = await projectWith(
      { variants: [{ name: 'flood', artifact: 'flood.wasm' }, { name: 'good', artifact: 'good.wasm' }], bench: { throughput: false } },
      { 'flood.wasm': manyBenchmarks(10_000), 'good.wasm': GOOD },
    );
    const { stdout, code, results } = await check(dir);
    expect(code).toBe(2);
    expect(stdout).toContain('variant "flood": benchmarks cannot run: 10,000 benchmarks match bench.exports (bench_*), more than the 2,000 a variant may run: none of them ran; narrow bench.exports, or raise bench.maxBenchmarks');
    expect(goodCount(results)).toBeGreaterThan(0);
  }, 120_000);

  for (const order of [['slow', 'good'], ['good', 'slow']]) {
    it(`leaves the healthy variant its share of bench.totalTimeLimitMs, with variants in the order ${order.join(', ')}`, async () => {
      const dir = await projectWith(
        { variants: order.map((name) => ({ name, artifact: `${name}.wasm` })), bench: { throughput: false, totalTimeLimitMs: 4000 } },
        { 'slow.wasm': manyBenchmarks(2000), 'good.wasm': GOOD },
      );
      const { stdout, code, results } = await check(dir);
      expect(code).toBe(2);
      expect(stdout).toMatch(/variant "slow": the bench phase's total budget of 4 s ran out: [\d,]+ not run/);
      expect(stdout).not.toMatch(/variant "good": the bench phase's total budget/);
      expect(goodCount(results)).toBeGreaterThan(0);
    }, 120_000);
  }
});

describe('BudgetShare', () => {
  // A paused budget spends nothing while the test runs: the shares are exact.
  it('splits what is left among the turns to come, keeping a turn of each later pass for every other variant', () => {
    const budget = new Budget(9000, false);
    expect(new BudgetShare(budget, 0, 3).leftMs).toBe(3000);
    expect(new BudgetShare(budget, 2, 3).leftMs).toBe(9000);
    expect(new BudgetShare(budget, 2, 3, 1).leftMs).toBe(3000);
    expect(new BudgetShare(budget, 0, 3, 1).leftMs).toBe(1800);
  });

  it('keeps nothing back for a variant alone, and names the others it keeps time for', () => {
    const budget = new Budget(9000, false);
    expect(new BudgetShare(budget, 0, 1, 3).leftMs).toBe(9000);
    expect(new BudgetShare(budget, 0, 1, 3).describe()).toBe(budget.describe());
    expect(new BudgetShare(budget, 0, 2).describe()).toBe(`its share of ${budget.describe()}, the rest kept for 1 other variant`);
  });
});
