// Skip unchanged work: a variant whose raw artifact, optimizer and settings are those its baseline
// record names takes its numbers from there instead of optimizing, compressing and counting again,
// and says so. Any difference in bytes, tools or settings measures again; so does a hand edit of
// a number, and (in a pull request) a record the base branch does not have.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { runGate, type GateOptions } from '../src/pipeline.js';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { renderConsole } from '../src/report/console.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { fingerprintVariant } from '../src/reuse/fingerprint.js';
import { parseConfig } from '../src/config/load-config.js';
import { attributeFunctions } from '../src/compare/function-diff.js';
import { baselineOf } from './helpers/baseline.js';
import type { Baseline, GateResults, VariantMeasurement, VariantResult } from '../src/types.js';
import { prebuilt, projectWith, runCli } from './helpers/cli.js';
import { countingWasmOpt, requireNativeWasmOpt } from './helpers/counting-wasm-opt.js';


/** A project over two fixtures, optimized by a native wasm-opt that logs every optimization it runs. */
async function project(extra: Record<string, unknown> = {}, bench: Record<string, unknown> = {}): Promise<{ dir: string; calls: () => Promise<number>; gate: (mode: 'check' | 'update', options?: Partial<GateOptions>) => Promise<GateResults> }> {
  const dir = await projectWith({});
  await copyFile(prebuilt('rust-bump'), path.join(dir, 'bump.wasm'));
  await copyFile(prebuilt('c-custom'), path.join(dir, 'custom.wasm'));
  const { wrapper, calls } = await countingWasmOpt(dir);
  await writeFile(
    path.join(dir, 'wasm-gate.config.json'),
    JSON.stringify({
      variants: [
        { name: 'bump', artifact: 'bump.wasm' },
        { name: 'custom', artifact: 'custom.wasm' },
      ],
      optimize: { engine: 'native', wasmOpt: wrapper, flags: ['-Oz', '--strip-debug'] },
      bench: { throughput: false, ...bench },
      ...extra,
    }),
  );
  const gate = async (mode: 'check' | 'update', options: Partial<GateOptions> = {}): Promise<GateResults> =>
    (await runGate({ mode, configFile: path.join(dir, 'wasm-gate.config.json'), baselineFile: path.join(dir, 'baseline.json'), log: silentLogger, ...options })).results;
  return { dir, calls, gate };
}

const variant = (results: GateResults, name: string): VariantResult => results.variants.find((v) => v.name === name) as VariantResult;

/** The numbers of a run, without what timing or the reuse itself adds. */
function numbers(results: GateResults): unknown {
  return results.variants.map((v) => {
    const { reuse: _r, bench, ...m } = v.measurement as VariantMeasurement;
    const counts = Object.fromEntries(Object.entries(bench ?? {}).map(([b, r]) => [b, { iterations: r.iterations, instructions: r.instructions, peakMemoryBytes: r.peakMemoryBytes, initialMemoryBytes: r.initialMemoryBytes, profile: r.profile }]));
    return { name: v.name, status: v.status, ...m, counts, rows: v.rows.map((r) => [r.id, r.baseline, r.current, r.status]) };
  });
}

describe('an unchanged artifact', () => {
  beforeEach(requireNativeWasmOpt);
  it('is not optimized, compressed or counted again: its numbers are those measuring gives, and every report says so', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const before = await p.calls();
    expect(before).toBe(2);
    const reused = await p.gate('check');
    expect(await p.calls()).toBe(before);
    for (const name of ['bump', 'custom']) expect(variant(reused, name).measurement?.reuse, name).toEqual({ source: 'baseline', reused: ['sizes', 'counts'] });
    const measured = await p.gate('check', { reuse: false });
    expect(await p.calls()).toBe(before + 2);
    expect(numbers(reused)).toEqual(numbers(measured));
    expect(reused.exitCode).toBe(0);

    const console = renderConsole(reused, { color: false });
    expect(console).toContain('unchanged artifact: reused sizes, instruction counts and memory from the baseline: bump, custom');
    expect(Math.max(...console.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(120);
    expect(renderMarkdown(reused)).toContain('_Unchanged artifact: reused its sizes, instruction counts and memory from the baseline (the same bytes, optimizer and settings; wasm-opt did not run)._');
    // The results file (report mode, merge) keeps what was reused and the fingerprint.
    const read = parseResults(serializeResults(reused), 'results.json');
    expect(read.variants[0]?.measurement?.reuse).toEqual(reused.variants[0]?.measurement?.reuse);
    expect(read.variants[0]?.measurement?.fingerprint).toEqual(reused.variants[0]?.measurement?.fingerprint);
  });

  it('with no benchmarks to count, says it reused sizes only', { timeout: 120_000 }, async () => {
    const p = await project({}, { exports: ['none_*'] });
    await p.gate('update');
    const reused = await p.gate('check');
    for (const name of ['bump', 'custom']) expect(variant(reused, name).measurement?.reuse, name).toEqual({ source: 'baseline', reused: ['sizes'] });
    expect(renderConsole(reused, { color: false })).toContain('unchanged artifact: reused sizes from the baseline: bump, custom');
    expect(renderMarkdown(reused)).toContain('_Unchanged artifact: reused its sizes from the baseline (the same bytes, optimizer and settings; wasm-opt did not run)._');
  });

  it('is still optimized when its bytes are needed (throughput timing, --out-dir), and then only gzip and brotli are reused', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const out = path.join(p.dir, 'out');
    const run = await p.gate('check', { outDir: out });
    expect(await p.calls()).toBe(4);
    expect(variant(run, 'bump').measurement?.reuse).toEqual({ source: 'baseline', reused: ['sizes', 'counts'], optimizedAgain: true });
    const fresh = path.join(p.dir, 'fresh');
    await p.gate('check', { outDir: fresh, reuse: false });
    expect(await readFile(path.join(out, 'bump.wasm'))).toEqual(await readFile(path.join(fresh, 'bump.wasm')));

    await writeFile(path.join(p.dir, 'wasm-gate.config.json'), (await readFile(path.join(p.dir, 'wasm-gate.config.json'), 'utf8')).replace('"throughput":false', '"throughput":true,"samples":10,"targetSampleMs":1'));
    const timed = await p.gate('check');
    expect(variant(timed, 'bump').measurement?.reuse).toEqual({ source: 'baseline', reused: ['sizes', 'counts'], optimizedAgain: true });
    expect(variant(timed, 'bump').measurement?.bench?.bench_pairs?.opsPerSec).toBeGreaterThan(0);
  });

  it('in update, its sizes are reused and its benchmarks counted again; the baseline is the one measuring everything writes', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update', { reuse: false });
    const measured = await readFile(path.join(p.dir, 'baseline.json'), 'utf8');
    const results = await p.gate('update');
    expect(variant(results, 'custom').measurement?.reuse).toEqual({ source: 'baseline', reused: ['sizes'], optimizedAgain: true });
    expect(await readFile(path.join(p.dir, 'baseline.json'), 'utf8')).toBe(measured);
  });
});

describe('any difference measures again', () => {
  beforeEach(requireNativeWasmOpt);
  it('a changed artifact: that variant is measured, the other still reused', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    await copyFile(prebuilt('c-libc'), path.join(p.dir, 'custom.wasm'));
    const run = await p.gate('check');
    expect(await p.calls()).toBe(3);
    expect(variant(run, 'custom').measurement?.reuse).toBeUndefined();
    expect(variant(run, 'custom').status).toBe('regressed');
    expect(variant(run, 'bump').measurement?.reuse?.source).toBe('baseline');
  });

  it('other optimizer flags: everything is measured', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const file = path.join(p.dir, 'wasm-gate.config.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"-Oz"', '"-Os"'));
    const run = await p.gate('check');
    expect(await p.calls()).toBe(4);
    for (const v of run.variants) expect(v.measurement?.reuse, v.name).toBeUndefined();
  });

  it.each([
    ['the exports selected', { exports: ['bench_pairs', 'bench_small'] }],
    ['the memory limit', { memoryLimitMb: 1024 }],
  ])('other benchmark settings (%s): counted again, sizes still reused', { timeout: 120_000 }, async (_what, bench) => {
    const p = await project();
    await p.gate('update');
    const file = path.join(p.dir, 'wasm-gate.config.json');
    const config = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...config, bench: { ...config.bench, ...bench } }));
    const run = await p.gate('check');
    for (const v of run.variants) expect(v.measurement?.reuse, v.name).toEqual({ source: 'baseline', reused: ['sizes'], optimizedAgain: true });
    expect(Object.keys(variant(run, 'bump').measurement?.bench ?? {}).length).toBeGreaterThan(0);
  });

  it('a trace file or the bench.imports module with other contents: counted again', { timeout: 120_000 }, async () => {
    const p = await project({}, { traces: ['small.trace'], imports: 'imports.mjs' });
    await writeFile(path.join(p.dir, 'small.trace'), 'Alloc(16),\nAlloc(32),\nFree(0),\nAlloc(8),\nFree(1),\n');
    await writeFile(path.join(p.dir, 'imports.mjs'), 'export default () => ({});\n');
    await p.gate('update');
    expect(Object.keys(variant(await p.gate('check'), 'bump').measurement?.bench ?? {})).toContain('trace:small');
    expect(variant(await p.gate('check'), 'bump').measurement?.reuse?.reused).toEqual(['sizes', 'counts']);
    await writeFile(path.join(p.dir, 'small.trace'), 'Alloc(16),\nAlloc(64),\nFree(0),\n');
    expect(variant(await p.gate('check'), 'bump').measurement?.reuse?.reused).toEqual(['sizes']);
    await p.gate('update');
    await writeFile(path.join(p.dir, 'imports.mjs'), 'export default () => ({ env: {} });\n');
    expect(variant(await p.gate('check'), 'bump').measurement?.reuse?.reused).toEqual(['sizes']);
  });

  it('a number edited by hand in the baseline: measured, and the regression shows', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const file = path.join(p.dir, 'baseline.json');
    const baseline = JSON.parse(await readFile(file, 'utf8')) as Baseline;
    baseline.variants.bump!.size.gzip -= 200;
    await writeFile(file, JSON.stringify(baseline));
    const run = await p.gate('check');
    expect(variant(run, 'bump').measurement?.reuse).toBeUndefined();
    expect(variant(run, 'bump').status).toBe('regressed');
    expect(variant(run, 'custom').measurement?.reuse?.source).toBe('baseline');
  });

  it('in a pull request, only records the base branch has too are reused', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const head = JSON.parse(await readFile(path.join(p.dir, 'baseline.json'), 'utf8')) as Baseline;
    const same = await p.gate('check', { trustedBaseline: head });
    for (const v of same.variants) expect(v.measurement?.reuse?.source, v.name).toBe('baseline');
    // The PR vouches for its own record of "custom" (as an edit of the baseline would).
    const base = structuredClone(head);
    base.variants.custom!.measuredFrom!.artifact = '0'.repeat(64);
    const pr = await p.gate('check', { trustedBaseline: base });
    expect(variant(pr, 'bump').measurement?.reuse?.source).toBe('baseline');
    expect(variant(pr, 'custom').measurement?.reuse).toBeUndefined();
    const unreadable = await p.gate('check', { trustedBaseline: null });
    for (const v of unreadable.variants) expect(v.measurement?.reuse, v.name).toBeUndefined();
  });

  it('--no-reuse on the command line measures everything', { timeout: 120_000 }, async () => {
    const p = await project();
    await p.gate('update');
    const cli = await runCli(['check', '--no-reuse', '--config', path.join(p.dir, 'wasm-gate.config.json')]);
    expect(cli.code).toBe(0);
    expect(await p.calls()).toBe(4);
    expect(cli.stdout).not.toContain('unchanged artifact');
  });
});

describe('the fingerprint', () => {
  const dir = '/project';
  const config = (bench: Record<string, unknown> = {}, optimize: Record<string, unknown> = {}) =>
    parseConfig({ variants: [{ name: 'v', artifact: 'v.wasm' }], bench, optimize }, path.join(dir, 'wasm-gate.config.json'));
  const tools = { binaryen: '132.0.0 (npm, in-process) -Oz --strip-debug', node: 'v24.0.0' };
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
  const of = async (c = config(), b = bytes, t: Record<string, string> = tools) => fingerprintVariant(c, c.variants[0]!, b, t);

  it('changes with every input that decides a number, and with nothing else', async () => {
    const base = await of();
    expect((await of(config(), new Uint8Array([...bytes, 0]))).artifact).not.toBe(base.artifact);
    expect((await of(config(), bytes, { ...tools, binaryen: '132.0.0 (npm, in-process) -Os' })).sizes).not.toBe(base.sizes);
    expect((await of(config(), bytes, { 'wasm-opt': 'version 108 (/usr/bin/wasm-opt) -Oz --strip-debug', node: 'v24.0.0' })).sizes).not.toBe(base.sizes);
    for (const bench of [{ exports: ['bench_a'] }, { memoryLimitMb: 512 }, { traces: ['missing.trace'] }, { imports: 'missing.mjs' }]) {
      const other = await of(config(bench));
      expect(other.sizes, JSON.stringify(bench)).toBe(base.sizes);
      expect(other.bench, JSON.stringify(bench)).not.toBe(base.bench);
    }
    // Timing settings decide no exact number; the Node version neither.
    for (const bench of [{ samples: 20 }, { targetSampleMs: 50 }, { throughput: false }, { timeLimitMs: 5000 }]) expect(await of(config(bench)), JSON.stringify(bench)).toEqual(base);
    expect(await of(config(), bytes, { ...tools, node: 'v20.0.0' })).toEqual(base);
    // Not benchmarked: no bench part at all.
    expect((await of(config({ enabled: false }))).bench).toBeUndefined();
  });
});

describe('reused from a bounded baseline entry', () => {
  it('compares as unchanged function by function, and update keeps the entry as it was', () => {
    const functions = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`f${i}`, 1000 - i]));
    const measured: VariantMeasurement = { size: { raw: 9, optimized: 8, gzip: 7, brotli: 6 }, sections: { code: 5 }, functions };
    const first = baselineOf(undefined, { big: measured }, {}, new Date(0));
    const entry = first.variants.big!;
    expect(entry.functionsOmitted?.functions).toBe(50);
    const reused: VariantMeasurement = { size: entry.size, sections: entry.sections ?? {}, functions: entry.functions ?? {}, functionsOmitted: entry.functionsOmitted!, reuse: { source: 'baseline', reused: ['sizes'] } };
    expect(attributeFunctions(reused, entry, undefined)).toEqual({});
    expect(baselineOf(first, { big: reused }, {}, new Date(1)).variants.big).toEqual(entry);
  });
});
