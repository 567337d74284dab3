// Issue 21, item 4: absolute budgets ("gzip under 40 KB"), set in the config without any baseline,
// checked by `check` with or without one, reported by `update`, shown in the console and comment.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBudgets, budgetFor } from '../src/compare/budgets.js';
import { parseSize, SIZE_HELP } from '../src/config/budget.js';
import { parseConfig } from '../src/config/load-config.js';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { describeBudget } from '../src/report/budget-text.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { BudgetConfig, GateResults, MetricRow, VariantResult } from '../src/types.js';
import { projectWith, runCli } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

/** A small module: bench_sum(n) adds 1..n (its count grows with n), bench_id returns n. */
const MODULE = wat(`(module (memory (export "memory") 1)
  (func (export "bench_sum") (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (local.get $n)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $acc))
  (func (export "bench_id") (param i32) (result i32) local.get 0))`);

const plain = (text: string): string => text.replaceAll('\u00a0', ' ');

interface ResultsFile {
  status: string;
  exitCode: number;
  variants: Array<{ name: string; status: string; rows: MetricRow[] }>;
}

async function gate(command: 'check' | 'update', config: object, variants = ['a']): Promise<{ code: number; stdout: string; stderr: string; results: ResultsFile; markdown: string }> {
  const files = Object.fromEntries(variants.map((v) => [`${v}.wasm`, MODULE]));
  const dir = await projectWith({ bench: { enabled: false }, variants: variants.map((name) => ({ name, artifact: `${name}.wasm` })), ...config }, files);
  const run = await runCli([command, '--json', 'results.json', '--markdown', 'report.md'], { cwd: dir });
  const results = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as ResultsFile;
  return { ...run, stdout: plain(run.stdout), results, markdown: plain(await readFile(path.join(dir, 'report.md'), 'utf8')) };
}

const row = (results: ResultsFile, variant: string, id: string): MetricRow | undefined => results.variants.find((v) => v.name === variant)?.rows.find((r) => r.id === id);

describe('budget sizes', () => {
  it('reads bytes, KB/MB/GB as powers of 1000 and KiB/MiB/GiB as powers of 1024', () => {
    expect(parseSize(512)).toBe(512);
    expect(parseSize('512')).toBe(512);
    expect(parseSize('40 KB')).toBe(40_000);
    expect(parseSize('40kb')).toBe(40_000);
    expect(parseSize('40 KiB')).toBe(40_960);
    expect(parseSize('1.5 MiB')).toBe(1_572_864);
    expect(parseSize('2 MB')).toBe(2_000_000);
    expect(parseSize('1 GiB')).toBe(2 ** 30);
    expect(parseSize(' 7 B ')).toBe(7);
  });

  it('refuses what is not a size', () => {
    for (const bad of ['40 kilobytes', 'KB', '-1 KB', '1,5 MB', '40 Kb/s', '']) expect(parseSize(bad), bad).toBeUndefined();
    expect(parseSize(-1)).toBeUndefined();
  });

  it('names the JSON path of a malformed size and how to write one', () => {
    const raw = { variants: [{ name: 'app', artifact: 'a.wasm' }], budget: { gzip: '40 KB', variants: { app: { bench: { bench_x: { peakMemoryBytes: 'lots' } } } } } };
    expect(() => parseConfig(raw, '/p/wasm-gate.config.json')).toThrow(`/budget/variants/app/bench/bench_x/peakMemoryBytes "lots" is not a size: ${SIZE_HELP}`);
  });

  it('resolves the config budget into bytes, and refuses a budget for a variant that does not exist', () => {
    const config = parseConfig({ variants: [{ name: 'app', artifact: 'a.wasm' }], budget: { gzip: '40 KB', cycles: 2e6, variants: { app: { brotli: '1 MiB', gzip: false } } } }, '/p/c.json');
    expect(config.budget).toEqual({ gzip: 40_000, cycles: 2e6, variants: { app: { brotli: 2 ** 20, gzip: false } } });
    expect(() => parseConfig({ variants: [{ name: 'app', artifact: 'a.wasm' }], budget: { variants: { ap: { gzip: 1 } } } }, '/p/c.json')).toThrow('/budget/variants/ap names no variant (one of: app)');
    expect(() => parseConfig({ variants: [{ name: 'app', artifact: 'a.wasm' }], budget: { cycles: '2M' } }, '/p/c.json')).toThrow('/budget/cycles');
  });
});

describe('which budget applies', () => {
  const budget: BudgetConfig = {
    gzip: 40_000,
    instructions: 1000,
    bench: { bench_a: { instructions: 500 } },
    variants: { big: { gzip: 100_000, instructions: 2000 }, free: { gzip: false, bench: { bench_a: { instructions: false } } } },
  };

  it('takes the most specific limit: variant and benchmark, variant, top-level benchmark, top level', () => {
    expect(budgetFor(budget, 'small', 'gzip')).toBe(40_000);
    expect(budgetFor(budget, 'big', 'gzip')).toBe(100_000);
    expect(budgetFor(budget, 'small', 'instructions', 'bench_a')).toBe(500);
    expect(budgetFor(budget, 'small', 'instructions', 'bench_b')).toBe(1000);
    expect(budgetFor(budget, 'big', 'instructions', 'bench_a')).toBe(2000);
    expect(budgetFor(budget, 'small', 'brotli')).toBeUndefined();
    expect(budgetFor(budget, 'small', 'opsPerSec', 'bench_a')).toBeUndefined();
  });

  it('lifts a wider limit where a variant sets false', () => {
    expect(budgetFor(budget, 'free', 'gzip')).toBeUndefined();
    expect(budgetFor(budget, 'free', 'instructions', 'bench_a')).toBeUndefined();
    expect(budgetFor(budget, 'free', 'instructions', 'bench_b')).toBe(1000);
  });

  it('fails a variant over budget when gating, reports it when not, and leaves an error an error', () => {
    const gzip = (current: number): MetricRow => ({ id: 'gzip', metric: 'gzip', label: 'gzip bytes', unit: 'bytes', higherIsBetter: false, threshold: { relative: 1 }, status: 'new', current });
    const variant = (status: VariantResult['status'], current: number): VariantResult => ({ name: 'small', status, rows: [gzip(current)], problems: [] });
    const over = applyBudgets(variant('new', 45_000), budget, true);
    expect(over.status).toBe('regressed');
    expect(over.rows[0]?.budget).toEqual({ limit: 40_000, exceeded: true });
    expect(over.rows[0]?.status).toBe('new');
    expect(applyBudgets(variant('new', 45_000), budget, false).status).toBe('new');
    expect(applyBudgets(variant('pass', 39_000), budget, true)).toMatchObject({ status: 'pass', rows: [{ budget: { limit: 40_000, exceeded: false } }] });
    expect(applyBudgets(variant('error', 45_000), budget, true).status).toBe('error');
    expect(applyBudgets(variant('new', 45_000), undefined, true).rows[0]?.budget).toBeUndefined();
  });

  it('reads a budget in the units it was written in', () => {
    const bytes = (current: number, limit: number): MetricRow => ({ id: 'gzip', metric: 'gzip', label: 'gzip bytes', unit: 'bytes', higherIsBetter: false, threshold: false, status: 'new', current, budget: { limit, exceeded: current > limit } });
    expect(plain(describeBudget(bytes(31_234, 40_000)))).toBe('gzip 31.2 KB of 40 KB budget');
    expect(plain(describeBudget(bytes(31_234, 40 * 1024)))).toBe('gzip 30.5 KiB of 40 KiB budget');
    expect(plain(describeBudget(bytes(45_100, 40_000)))).toBe('gzip 45.1 KB of 40 KB budget (over by 5.1 KB)');
    const cycles: MetricRow = { id: 'bench_a.cycles', metric: 'cycles', bench: 'bench_a', label: 'bench_a cycles', unit: 'cycles', higherIsBetter: false, threshold: false, status: 'new', current: 2_500_000, budget: { limit: 2_000_000, exceeded: true } };
    expect(plain(describeBudget(cycles))).toBe('bench_a cycles 2.5 M of 2 M budget (over by 500 K)');
  });

  it('keeps the budget of a row through the results file the report job reads', () => {
    const results: GateResults = {
      schemaVersion: 1,
      tool: { name: 'wasm-gate', version: '0.1.0' },
      mode: 'check',
      status: 'regressed',
      exitCode: 1,
      startedAt: new Date(0).toISOString(),
      durationMs: 1,
      tools: {},
      problems: [],
      variants: [{ name: 'small', status: 'regressed', problems: [], rows: [{ id: 'gzip', metric: 'gzip', label: 'gzip bytes', unit: 'bytes', higherIsBetter: false, threshold: false, status: 'new', current: 45_000, budget: { limit: 40_000, exceeded: true } }] }],
    };
    const read = parseResults(serializeResults(results), 'results.json');
    expect(read.variants[0]?.rows[0]?.budget).toEqual({ limit: 40_000, exceeded: true });
    expect(plain(renderMarkdown(read))).toContain('Over budget: **small** gzip 45 KB of 40 KB budget \\(over by 5 KB\\)');
  });
});

describe('wasm-gate with budgets (CLI)', () => {
  it('fails a check over budget with no baseline at all (exit 1), naming the variant, metric, value and budget', async () => {
    const run = await gate('check', { budget: { gzip: '10 B' } });
    expect(run.code).toBe(1);
    const gzip = row(run.results, 'a', 'gzip');
    expect(gzip?.budget).toEqual({ limit: 10, exceeded: true });
    expect(run.results.variants[0]?.status).toBe('regressed');
    expect(run.stdout).toContain(`✗ a gzip: ${gzip?.current} B is over its budget of 10 B (config budget)`);
    expect(run.markdown).toContain(`Over budget: **a** gzip ${gzip?.current} B of 10 B budget \\(over by ${(gzip?.current ?? 0) - 10} B\\)`);
    expect(run.markdown).toContain('raise its `budget` in the config');
  });

  it('passes within budget (exit 0) and shows each value against its budget', async () => {
    const run = await gate('check', { budget: { gzip: '40 KB', brotli: '1 MiB' } });
    expect(run.code).toBe(0);
    const gzip = row(run.results, 'a', 'gzip')?.current;
    const brotli = row(run.results, 'a', 'brotli')?.current;
    expect(run.stdout).toContain(`a budgets: gzip ${gzip} B of 40 KB budget, brotli ${brotli} B of 1 MiB budget`);
    expect(run.markdown).toContain(`Budgets: gzip ${gzip} B of 40 KB budget · brotli ${brotli} B of 1 MiB budget.`);
  });

  it("lets a variant's budget override the top-level one, key by key", async () => {
    const run = await gate('check', { budget: { gzip: '10 B', brotli: '40 KB', variants: { roomy: { gzip: '40 KB' }, free: { gzip: false } } } }, ['tight', 'roomy', 'free']);
    expect(run.code).toBe(1);
    expect(run.results.variants.map((v) => [v.name, v.status])).toEqual([
      ['tight', 'regressed'],
      ['roomy', 'new'],
      ['free', 'new'],
    ]);
    expect(row(run.results, 'roomy', 'gzip')?.budget).toEqual({ limit: 40_000, exceeded: false });
    expect(row(run.results, 'roomy', 'brotli')?.budget).toEqual({ limit: 40_000, exceeded: false });
    expect(row(run.results, 'free', 'gzip')?.budget).toBeUndefined();
    expect(row(run.results, 'free', 'brotli')?.budget?.limit).toBe(40_000);
    expect(run.stdout).toMatch(/✗ tight gzip: .* over its budget of 10 B/);
    expect(run.stdout).not.toMatch(/✗ (roomy|free) gzip/);
  });

  it('stops at a malformed budget with exit 2, naming its JSON path and the fix', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'a.wasm' }], budget: { variants: { a: { gzip: '40 kilobytes' } } } }, { 'a.wasm': MODULE });
    const run = await runCli(['check'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toContain('/budget/variants/a/gzip "40 kilobytes" is not a size: write a number of bytes (40000) or a number and a unit: "40 KB"');
  });

  it('gates benchmark instructions, cycles and peak memory per call, per benchmark', async () => {
    const run = await gate('check', { bench: { throughput: false }, budget: { cycles: 1e12, peakMemoryBytes: '1 MiB', bench: { bench_sum: { instructions: 5 } } } });
    expect(run.code).toBe(1);
    const sum = row(run.results, 'a', 'bench_sum.instructions');
    expect(sum?.budget).toEqual({ limit: 5, exceeded: true });
    expect(row(run.results, 'a', 'bench_id.instructions')?.budget).toBeUndefined();
    expect(row(run.results, 'a', 'bench_id.cycles')?.budget).toEqual({ limit: 1e12, exceeded: false });
    expect(row(run.results, 'a', 'bench_sum.peakMemoryBytes')?.budget).toEqual({ limit: 2 ** 20, exceeded: false });
    expect(run.stdout).toMatch(/✗ a bench_sum instructions: [\d,. KMG]+ is over its budget of 5 \(config budget\)/);
  });

  it('reports a budget in update without failing, and the check on that baseline still fails on it', async () => {
    const dir = await projectWith({ bench: { enabled: false }, variants: [{ name: 'a', artifact: 'a.wasm' }], budget: { gzip: '10 B' } }, { 'a.wasm': MODULE });
    const update = await runCli(['update'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(plain(update.stdout)).toMatch(/! a gzip: \d+ B is over its budget of 10 B \(config budget; update does not fail on it, check does\)/);
    expect(JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8')).variants.a.size.gzip).toBeGreaterThan(10);
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(plain(check.stdout)).toMatch(/a\s+regressed/);
  });
});
