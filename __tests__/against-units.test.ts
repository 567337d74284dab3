// The decisions of `check --against`, each on its own: the vsBase gate (the whole interval past
// the threshold), where a variant builds in the base worktree, which files its `inputs` name, that
// the results file keeps vsBase and the baseline never does, and the command line's word for it.
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextBaseline } from '../src/baseline/next-baseline.js';
import { parseCliArgs, UsageError } from '../src/cli-args.js';
import { compareRun, withVsBase } from '../src/compare/compare.js';
import { gateResults } from '../src/compare/gate-results.js';
import { pairedStatus } from '../src/compare/thresholds.js';
import { parseConfig } from '../src/config/load-config.js';
import { parseResults, serializeResults } from '../src/publish/results-file.js';
import { renderConsole } from '../src/report/console.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { GateConfig, MetricRow, VariantMeasurement } from '../src/types.js';
import { variantAtBase } from '../src/variant-build/base-build.js';
import { digestInputs, pathGlobRegExp, staticPrefix } from '../src/variant-build/inputs-digest.js';

const throughput: MetricRow = { id: 'bench_x.opsPerSec', metric: 'opsPerSec', bench: 'bench_x', label: 'bench_x throughput', unit: 'ops/s', higherIsBetter: true, threshold: false, status: 'info', current: 1000 };

describe('the vsBase gate: only the whole 95% interval past the threshold decides', () => {
  it('regresses when the interval lies wholly below 1 − t, improves when wholly above 1 + t, passes when it straddles', () => {
    const t = { relative: 5 };
    expect(pairedStatus([0.9, 0.94], t)).toBe('regressed');
    expect(pairedStatus([1.06, 1.1], t)).toBe('improved');
    // Straddling the threshold: the slowdown may be past it, but the interval does not say so.
    expect(pairedStatus([0.93, 0.96], t)).toBe('pass');
    expect(pairedStatus([1.04, 1.08], t)).toBe('pass');
    expect(pairedStatus([0.99, 1.01], t)).toBe('pass');
    expect(pairedStatus([0.5, 0.6], false)).toBe('info');
  });

  it('puts the ratio on the throughput row and lets a regression against the base fail it', () => {
    const slow = withVsBase(throughput, { ratio: 0.9, ci95: [0.88, 0.92] }, { relative: 5 });
    expect(slow).toMatchObject({ vsBase: 0.9, vsBaseCi95: [0.88, 0.92], vsBaseThreshold: { relative: 5 }, status: 'regressed' });
    expect(withVsBase(throughput, { ratio: 1.2, ci95: [1.15, 1.25] }, { relative: 5 }).status).toBe('improved');
    expect(withVsBase(throughput, { ratio: 0.96, ci95: [0.93, 0.99] }, { relative: 5 }).status).toBe('pass');
    // Off (thresholds.vsBase: false): shown, never judged.
    const off = withVsBase(throughput, { ratio: 0.5, ci95: [0.45, 0.55] }, false);
    expect(off).toMatchObject({ vsBase: 0.5, status: 'info' });
    expect(off.vsBaseThreshold).toBeUndefined();
    // A regression against the baseline stays one whatever the base says.
    expect(withVsBase({ ...throughput, status: 'regressed' }, { ratio: 1.2, ci95: [1.15, 1.25] }, { relative: 5 }).status).toBe('regressed');
  });

  it('gates at 5% by default; a variant may set its own threshold or turn it off', () => {
    const variants = ['a', 'b', 'off'].map((name) => ({ name, artifact: `${name}.wasm` }));
    const config = parseConfig({ variants, thresholds: { variants: { b: { vsBase: { relative: 2 } }, off: { vsBase: false } } } }, '/r/wasm-gate.config.json');
    const measurement: VariantMeasurement = {
      size: { raw: 10, optimized: 9, gzip: 8, brotli: 7 },
      sections: {},
      bench: { bench_x: { iterations: 1, opsPerSec: 1000, opsPerSecCi95: [990, 1010] } },
      throughputVsBase: { bench_x: { ratio: 0.8, ci95: [0.78, 0.82] } },
    };
    const results = compareRun(config, undefined, [
      { name: 'a', measurement, problems: [] },
      { name: 'b', measurement, problems: [] },
      { name: 'off', measurement, problems: [] },
    ]);
    const row = (name: string): MetricRow | undefined => results.find((v) => v.name === name)?.rows.find((r) => r.metric === 'opsPerSec');
    expect(row('a')).toMatchObject({ vsBase: 0.8, status: 'regressed', vsBaseThreshold: { relative: 5 } });
    expect(row('b')).toMatchObject({ vsBase: 0.8, status: 'regressed', vsBaseThreshold: { relative: 2 } });
    expect(row('off')).toMatchObject({ vsBase: 0.8, status: 'info' });
    expect(row('off')?.vsBaseThreshold).toBeUndefined();
  });

  it('rejects a vsBase threshold in bytes: it is a ratio', () => {
    expect(() => parseConfig({ variants: [{ name: 'a', artifact: 'a.wasm' }], thresholds: { vsBase: { absolute: 5 } } }, '/r/c.json')).toThrow(/vsBase/);
  });
});

describe('the base worktree', () => {
  it('builds a variant at the same place relative to the repository, with the HEAD definition', () => {
    const variant = { name: 'v', build: 'make', cwd: '/repo/crates/v', artifact: '/repo/target/v.wasm', env: { A: '1' }, buildTimeLimitMs: 5000 };
    expect(variantAtBase(variant, { root: '/repo', dir: '/tmp/base' })).toEqual({ ...variant, cwd: '/tmp/base/crates/v', artifact: '/tmp/base/target/v.wasm' });
    expect(variantAtBase({ ...variant, artifact: '/elsewhere/v.wasm' }, { root: '/repo', dir: '/tmp/base' })).toEqual({ why: 'its artifact /elsewhere/v.wasm is outside the repository /repo' });
  });
});

describe('variants[].inputs', () => {
  it('matches paths with *, ? and ** and walks only where a pattern can match', () => {
    expect(pathGlobRegExp('src/**').test('src/a/b.c')).toBe(true);
    expect(pathGlobRegExp('src/*.c').test('src/a/b.c')).toBe(false);
    expect(pathGlobRegExp('**/*.c').test('b.c')).toBe(true);
    expect(pathGlobRegExp('**/*.c').test('x/y/b.c')).toBe(true);
    expect(pathGlobRegExp('Cargo.?oml').test('Cargo.toml')).toBe(true);
    expect(pathGlobRegExp('./a.c').test('a.c')).toBe(true);
    expect(staticPrefix('src/lib/**/*.rs')).toBe('src/lib');
    expect(staticPrefix('*.c')).toBe('');
  });

  it('digests the contents and names of the files they name, nothing else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-inputs-'));
    await mkdir(path.join(dir, 'src', 'sub'), { recursive: true });
    await writeFile(path.join(dir, 'src', 'a.c'), 'int a;');
    await writeFile(path.join(dir, 'src', 'sub', 'b.c'), 'int b;');
    await writeFile(path.join(dir, 'notes.md'), 'x');
    const first = await digestInputs(dir, ['src/**/*.c']);
    expect(first.files).toEqual(['src/a.c', 'src/sub/b.c']);
    await writeFile(path.join(dir, 'notes.md'), 'y');
    expect((await digestInputs(dir, ['src/**/*.c'])).digest).toBe(first.digest);
    await writeFile(path.join(dir, 'src', 'sub', 'b.c'), 'int b2;');
    const second = await digestInputs(dir, ['src/**/*.c']);
    expect(second.digest).not.toBe(first.digest);
    expect(second.complete).toBe(true);
    // A symlinked source file is a source file.
    await writeFile(path.join(dir, 'shared.c'), 'int s;');
    await symlink(path.join(dir, 'shared.c'), path.join(dir, 'src', 'link.c'));
    expect((await digestInputs(dir, ['src/**/*.c'])).files).toEqual(['src/a.c', 'src/link.c', 'src/sub/b.c']);
  });
});

describe('vsBase in the results and never in the baseline', () => {
  const config = parseConfig({ variants: [{ name: 'a', artifact: 'a.wasm' }], thresholds: { vsBase: { relative: 3 } } }, '/r/wasm-gate.config.json') as GateConfig;
  const measurement: VariantMeasurement = {
    size: { raw: 10, optimized: 9, gzip: 8, brotli: 7 },
    sections: { code: 5 },
    bench: { bench_x: { iterations: 4, instructions: 100, opsPerSec: 1000, opsPerSecCi95: [990, 1010] } },
    throughputVsBase: { bench_x: { ratio: 0.98, ci95: [0.97, 0.99] } },
  };

  it('round-trips the against header, the rows and the base builds through the results file', () => {
    const variants = compareRun(config, undefined, [{ name: 'a', measurement, problems: [], base: { status: 'compared', headBuildMs: 1200, baseBuildMs: 1100 } }]);
    const results = gateResults({ mode: 'check', startedMs: 0, configFile: 'c', baselineFile: 'b', against: { ref: 'origin/main', sha: 'a'.repeat(40) } }, variants, {}, [], 10);
    const read = parseResults(serializeResults(results), 'results.json');
    expect(read.against).toEqual({ ref: 'origin/main', sha: 'a'.repeat(40) });
    expect(read.variants[0]?.base).toEqual({ status: 'compared', headBuildMs: 1200, baseBuildMs: 1100 });
    expect(read.variants[0]?.rows.find((r) => r.metric === 'opsPerSec')).toMatchObject({ vsBase: 0.98, vsBaseCi95: [0.97, 0.99], vsBaseThreshold: { relative: 3 } });
    expect(read.variants[0]?.measurement?.throughputVsBase).toEqual(measurement.throughputVsBase);
    expect(JSON.parse(serializeResults(read))).toEqual(JSON.parse(serializeResults(results)));
  });

  it('writes no vsBase into the baseline, even when throughput is gated', () => {
    for (const thresholds of [{}, { opsPerSec: { relative: 5 } }]) {
      const { baseline } = nextBaseline(undefined, { variants: ['a'], measured: new Map([['a', measurement]]), tools: {}, now: new Date(0), thresholds });
      const text = JSON.stringify(baseline);
      expect(text).not.toMatch(/vsBase|VsBase/);
      expect(baseline.variants.a?.bench?.bench_x?.instructions).toBe(100);
    }
  });
});

describe('--against on the command line', () => {
  it('takes a ref, for check only', () => {
    expect(parseCliArgs(['check', '--against', 'origin/main']).values.against).toBe('origin/main');
    expect(parseCliArgs(['check', '--against=HEAD~1']).values.against).toBe('HEAD~1');
    expect(() => parseCliArgs(['update', '--against', 'main'])).toThrow(new UsageError('option --against is for check, not update'));
    expect(() => parseCliArgs(['check', '--against'])).toThrow(/--against needs a value \(e\.g\. --against origin\/main\)/);
  });
});

describe('the reports of check --against', () => {
  const config = parseConfig({ variants: [{ name: 'fast', artifact: 'a.wasm' }, { name: 'broken', artifact: 'b.wasm' }, { name: 'same', artifact: 'c.wasm' }], thresholds: { vsBase: { relative: 2 } } }, '/r/wasm-gate.config.json') as GateConfig;
  const measured = (vsBase?: [number, number, number]): VariantMeasurement => ({
    size: { raw: 10, optimized: 9, gzip: 8, brotli: 7 },
    sections: {},
    bench: { bench_x: { iterations: 4, instructions: 100, opsPerSec: 1000, opsPerSecCi95: [990, 1010] } },
    ...(vsBase ? { throughputVsBase: { bench_x: { ratio: vsBase[0], ci95: [vsBase[1], vsBase[2]] as [number, number] } } } : {}),
  });
  const variants = compareRun(config, undefined, [
    { name: 'fast', measurement: measured([0.9, 0.89, 0.91]), problems: [], base: { status: 'compared', headBuildMs: 2000, baseBuildMs: 3000 } },
    { name: 'broken', measurement: measured(), problems: [], base: { status: 'failed', message: 'base build failed: build failed (exit code 2): make', details: 'make: *** no rule\nError 2', headBuildMs: 1000, baseBuildMs: 500 } },
    { name: 'same', measurement: measured(), problems: [], base: { status: 'unchanged', message: 'inputs unchanged since abcdef1: not rebuilt, not compared', headBuildMs: 1000 } },
  ]);
  const results = gateResults({ mode: 'check', startedMs: 0, configFile: 'c', baselineFile: 'b', against: { ref: 'origin/main', sha: 'abcdef1'.padEnd(40, '0') } }, variants, {}, [], 10);

  it('has a vs base column, says builds ran twice with their times, and names each base build that failed or was skipped', () => {
    const md = renderMarkdown(results);
    expect(md).toMatch(/\| vs base \|/);
    expect(md).toContain('0.90×\u00a0[0.89\u2060–\u20600.91]');
    expect(md.replaceAll('\\', '')).toContain('Builds ran twice (against origin/main = abcdef1): head builds 4.0 s, base builds 3.5 s; 1 of 3 variants compared with the base.');
    expect(md.replaceAll('\\', '')).toContain('base build failed: build failed (exit code 2): make');
    // A regression against the base commit fails the variant, with or without a baseline entry.
    expect(results.variants.find((v) => v.name === 'fast')?.status).toBe('regressed');
    expect(results.exitCode).toBe(1);
    expect(md).toContain('make: *** no rule');
    expect(md).toContain('inputs unchanged since abcdef1: not rebuilt, not compared');
    expect(md.replaceAll('\\', '')).toMatch(/❌ \*\*fast\*\* bench_x: speed 0\.90×.* of the base commit's speed, wholly past the threshold 2% \(thresholds\.vsBase\)/);
    expect(md).toContain('<b>❌ fast</b> — regressed: bench_x throughput 0.90×');

    const text = renderConsole(results, { color: false });
    expect(text).toMatch(/vs base/);
    expect(text).toContain('0.90× [0.89–0.91]');
    expect(text).toContain('Builds ran twice (against origin/main = abcdef1)');
    expect(text).toContain('! broken: base build failed: build failed (exit code 2): make');
    expect(text).toContain('✗ fast bench_x throughput: 0.90× [0.89–0.91] of the base commit');
  });

  it('does not offer `update` for a slowdown against the base commit, which a new baseline does not change', () => {
    const md = renderMarkdown(results).replaceAll('\\', '');
    expect(md).toContain('**Slower than the base commit:** a new baseline does not change that comparison. If it is intended, set `thresholds.vsBase` for the variant in the config');
    expect(md).not.toContain('To accept an intended change');
    // With a regression against the baseline as well, both ways are offered.
    const withSize = variants.map((v) => (v.name !== 'same' ? v : { ...v, status: 'regressed' as const, rows: v.rows.map((row) => (row.metric === 'gzip' ? { ...row, baseline: 4, status: 'regressed' as const } : row)) }));
    const both = renderMarkdown(gateResults({ mode: 'check', startedMs: 0, configFile: 'c', baselineFile: 'b', against: { ref: 'origin/main', sha: 'abcdef1'.padEnd(40, '0') } }, withSize, {}, [], 10)).replaceAll('\\', '');
    expect(both).toContain('**Slower than the base commit:**');
    expect(both).toContain('**To accept an intended change:** run `npx wasm-gate update`');
  });

  it('warns when the A/B did not run', () => {
    const warned = gateResults({ mode: 'check', startedMs: 0, configFile: 'c', baselineFile: 'b', against: { ref: 'abc', warning: 'base commit abc is not available: set fetch-depth: 0 on actions/checkout' } }, [], {}, [], 10);
    expect(renderMarkdown(warned).replaceAll('\\', '')).toContain('> [!WARNING]\n> --against abc: base commit abc is not available: set fetch-depth: 0 on actions/checkout');
    expect(renderConsole(warned, { color: false })).toContain('--against abc: base commit abc is not available');
  });
});

describe('the action input against', () => {
  it('defaults to a pull request base commit (fetched if missing, silent when nothing is timed); none turns it off; check mode only', async () => {
    const { againstOption } = await import('../src/action/gate-mode.js');
    const base = 'b'.repeat(40);
    expect(againstOption('', 'check', base)).toEqual({ against: { ref: base, fetch: true, implicit: true } });
    expect(againstOption('', 'check', undefined)).toEqual({});
    expect(againstOption('none', 'check', base)).toEqual({});
    expect(againstOption('origin/release', 'check', base)).toEqual({ against: { ref: 'origin/release', fetch: true } });
    expect(againstOption('', 'update', base)).toEqual({});
  });
});
