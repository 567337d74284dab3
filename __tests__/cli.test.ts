// End to end through the bundled CLI, on the committed prebuilt fixtures (no toolchain needed).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prebuilt, projectWith, runCli } from './helpers/cli.js';

const noBench = { enabled: false };

describe('wasm-gate check / update', () => {
  it('first adoption passes with every variant new, update writes a baseline, check then passes', async () => {
    const dir = await projectWith({
      reference: 'dlmalloc',
      bench: noBench,
      variants: [
        { name: 'dlmalloc', artifact: prebuilt('rust-dlmalloc') },
        { name: 'bump', artifact: prebuilt('rust-bump') },
      ],
    });
    const first = await runCli(['check'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 new');
    expect(first.stderr).toContain('no baseline at');

    const update = await runCli(['update'], { cwd: dir });
    expect(update.code).toBe(0);
    const baseline = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.schemaVersion).toBe(1);
    expect(baseline.tools.binaryen).toMatch(/^\d+\.\d+\.\d+ \(npm, in-process, module's features\) -Oz --strip-debug$/);
    expect(baseline.variants.bump.size.raw).toBe((await readFile(prebuilt('rust-bump'))).length);
    expect(Object.keys(baseline.variants.bump.sections)).toEqual(expect.arrayContaining(['code', 'data', 'export']));

    const again = await runCli(['check', '--json', 'out/results.json', '--markdown', 'out/report.md'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/bump\s+pass\s+1,530 B\s+±0 B\s+2,901 B\s+1,412 B/);
    const results = JSON.parse(await readFile(path.join(dir, 'out/results.json'), 'utf8'));
    expect(results).toMatchObject({ status: 'pass', exitCode: 0, reference: 'dlmalloc' });
    expect(await readFile(path.join(dir, 'out/report.md'), 'utf8')).toContain('| ✅ **bump** |');
  });

  it('fails with exit 1 on a size regression and explains it with the threshold', async () => {
    const dir = await projectWith({ bench: noBench, variants: [{ name: 'libc', artifact: prebuilt('c-libc') }] });
    await runCli(['update'], { cwd: dir });
    const file = path.join(dir, 'baseline.json');
    const baseline = JSON.parse(await readFile(file, 'utf8'));
    const gzip = baseline.variants.libc.size.gzip;
    baseline.variants.libc.size.gzip = Math.floor(gzip / 1.05); // the module is now ~5% larger than "before"
    await writeFile(file, JSON.stringify(baseline));
    const run = await runCli(['check'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/libc\s+regressed/);
    expect(run.stdout).toMatch(new RegExp(`libc gzip bytes: [\\d,]+ B → ${gzip.toLocaleString('en-US')} B \\(\\+5\\.\\d+%\\) exceeds the threshold 1%`));

    // A per-variant override that allows it makes the same change pass.
    const config = JSON.parse(await readFile(path.join(dir, 'wasm-gate.config.json'), 'utf8'));
    config.thresholds = { variants: { libc: { gzip: { relative: 6 } } } };
    await writeFile(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config));
    expect((await runCli(['check'], { cwd: dir })).code).toBe(0);
  });

  it('reports a failed build, a missing artifact and a non-wasm file, and still measures the rest (exit 2)', async () => {
    const dir = await projectWith(
      {
        bench: noBench,
        variants: [
          { name: 'broken', build: 'echo compiling...; echo "error: linker exploded" >&2; exit 3', artifact: 'never.wasm' },
          { name: 'missing', artifact: 'nowhere/x.wasm' },
          { name: 'text', artifact: 'notes.wasm' },
          { name: 'good', artifact: prebuilt('rust-freelist') },
        ],
      },
      { 'notes.wasm': 'this is not wasm' },
    );
    const run = await runCli(['check', '--json', 'r.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('variant "broken": build failed (exit code 3)');
    expect(run.stdout).toContain('error: linker exploded');
    expect(run.stdout).toMatch(/variant "missing": artifact .*nowhere\/x\.wasm is missing \(ENOENT\)/);
    // Long paths in the messages: wrapped at 120 columns (runCli joins them again for the matches).
    expect(Math.max(...run.rawStdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(120);
    expect(run.rawStdout).not.toBe(run.stdout);
    expect(run.stdout).toMatch(/variant "text": .*notes\.wasm is not a WebAssembly module \(bad magic: it starts with 74 68 69 73, not 00 61 73 6d\)\n/);
    expect(run.stdout).toMatch(/good\s+new\s+2,259 B\s+new\s+4,375 B/);
    const results = JSON.parse(await readFile(path.join(dir, 'r.json'), 'utf8'));
    expect(results.variants.map((v: { name: string; status: string }) => `${v.name}:${v.status}`)).toEqual(['broken:error', 'missing:error', 'text:error', 'good:new']);
  });

  it('keeps its own progress lines within 120 columns too (stderr), however long the names', async () => {
    const long = 'an-allocator-variant-with-a-rather-long-descriptive-name-from-a-matrix';
    const dir = await projectWith({ bench: { throughput: false }, variants: [{ name: long, artifact: prebuilt('rust-freelist') }] }, {});
    const run = await runCli(['check'], { cwd: dir });
    expect(run.code).toBe(0);
    const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));
    expect(widest(run.rawStderr)).toBeLessThanOrEqual(120);
    // Before the wrap, the line that lists the benchmarks ran past it; joined again, nothing is lost.
    expect(widest(run.stderr)).toBeGreaterThan(120);
    expect(run.stderr).toContain(`bench: ${long}: 5 benchmarks: bench_pairs, bench_small, bench_mixed, bench_live_set, bench_large`);
  });

  it('says once, clearly, that a gzip-compressed artifact is compressed and what to point at instead', async () => {
    const gzipped = gzipSync(await readFile(prebuilt('rust-bump')));
    const dir = await projectWith(
      { bench: noBench, variants: [{ name: 'gz', artifact: 'app.wasm.gz' }, { name: 'good', artifact: prebuilt('rust-bump') }] },
      { 'app.wasm.gz': gzipped },
    );
    const run = await runCli(['check', '--markdown', 'summary.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/variant "gz": \S*app\.wasm\.gz is gzip-compressed; point artifact at the uncompressed \.wasm\n/);
    expect(run.stdout).not.toContain('not a WebAssembly module');
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toContain('is gzip-compressed; point artifact at the uncompressed .wasm');
    expect(run.stdout).toMatch(/good\s+new\s+1,530 B/);
  });

  it('names file, line and column of invalid JSON, and the JSON path of schema errors (exit 2)', async () => {
    const broken = await projectWith('{ "variants": [ { "name": "a", "artifact": "a.wasm", } ] }');
    const bad = await runCli(['check'], { cwd: broken });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/config .*wasm-gate\.config\.json:1:\d+ is not valid JSON/);

    const dir = await projectWith({ bench: noBench, variants: [{ name: 'bump', artifact: prebuilt('rust-bump') }] });
    await runCli(['update'], { cwd: dir });
    const baseline = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8'));
    baseline.variants.bump.size.gzip = 'small';
    await writeFile(path.join(dir, 'baseline.json'), JSON.stringify(baseline));
    const run = await runCli(['check'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('/variants/bump/size/gzip must be integer');
    expect(run.stdout).toMatch(/bump\s+new\s+1,530 B/); // still measured and reported
    const validate = await runCli(['validate'], { cwd: dir });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('/variants/bump/size/gzip must be integer');
  });

  it('validate passes on the repository itself; --out-dir writes the optimized modules', async () => {
    expect((await runCli(['validate'])).code).toBe(0);
    const dir = await projectWith({ bench: noBench, variants: [{ name: 'bump', artifact: prebuilt('rust-bump') }] });
    const run = await runCli(['check', '--out-dir', 'opt'], { cwd: dir });
    expect(run.code).toBe(0);
    const optimized = await readFile(path.join(dir, 'opt', 'bump.wasm'));
    expect(optimized.subarray(0, 4).toString('latin1')).toBe('\0asm');
    expect(optimized.length).toBeLessThan((await readFile(prebuilt('rust-bump'))).length);
  });

  it('hides the GitHub token and action inputs from build commands', async () => {
    const dir = await projectWith({
      bench: noBench,
      variants: [{ name: 'spy', build: `env > env.txt && cp ${prebuilt('rust-bump')} spy.wasm`, artifact: 'spy.wasm', env: { OWN: 'kept' } }],
    });
    const run = await runCli(['check'], {
      cwd: dir,
      env: { GITHUB_TOKEN: 'ghs_secret1', 'INPUT_GITHUB-TOKEN': 'ghs_secret2', ACTIONS_RUNTIME_TOKEN: 'rt', PLAIN: 'visible' },
    });
    expect(run.code).toBe(0);
    const env = await readFile(path.join(dir, 'env.txt'), 'utf8');
    expect(env).not.toMatch(/ghs_secret|GITHUB_TOKEN|INPUT_|ACTIONS_RUNTIME_TOKEN/);
    expect(env).toContain('PLAIN=visible');
    expect(env).toContain('OWN=kept');
  });

  it('hides the runner’s command files (GITHUB_OUTPUT, GITHUB_ENV, ...) from build commands', async () => {
    const names = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'];
    const forge = names.map((n) => `[ -z "$${n}" ] || echo FORGED=1 >> "$${n}"`).join('; ');
    const dir = await projectWith({
      bench: noBench,
      variants: [{ name: 'spy', build: `${forge}; env > env.txt && cp ${prebuilt('rust-bump')} spy.wasm`, artifact: 'spy.wasm' }],
    });
    const files = Object.fromEntries(names.map((n) => [n, path.join(dir, `${n}.txt`)]));
    for (const file of Object.values(files)) await writeFile(file, '');
    const run = await runCli(['check'], { cwd: dir, env: files });
    expect(run.code, run.stderr).toBe(0);
    for (const file of Object.values(files)) expect(await readFile(file, 'utf8'), file).toBe('');
    expect(await readFile(path.join(dir, 'env.txt'), 'utf8')).not.toMatch(/^GITHUB_(OUTPUT|STEP_SUMMARY|ENV|PATH|STATE)=/m);
  });

  it('exits 2 with usage on an unknown command, and prints help', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
    expect((await runCli(['--help'])).stdout).toContain('Exit codes: 0 pass, 1 regression, 2 error.');
    expect(existsSync(path.join(process.cwd(), 'dist', 'binaryen.js'))).toBe(true);
  });
});
