// Issue 20, item 1: files a user or a pull request names are read only when they are regular files
// of a sane size. A FIFO used to hang `check` and the action forever; a symlink to /dev/zero grew
// the process to gigabytes. Each case runs the bundled CLI (or action) with a kill timer.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputReadError, readInputFile } from '../src/fs/read-input.js';
import { prebuilt, projectWith, runCli, tempDir } from './helpers/cli.js';
import { runAction } from './helpers/run-action.js';
import { SUM_BENCH_WAT, wat } from './helpers/wat.js';

const HANG_LIMIT_MS = 60_000;

/** bench_sum(n) adds 1..n: a healthy variant that must still be measured. */
const GOOD = wat(SUM_BENCH_WAT);

const mkfifo = (file: string): void => {
  execFileSync('mkfifo', [file]);
};

async function checkExits(dir: string): Promise<Awaited<ReturnType<typeof runCli>>> {
  const run = await runCli(['check', '--config', path.join(dir, 'wasm-gate.config.json'), '--json', path.join(dir, 'results.json')], { timeoutMs: HANG_LIMIT_MS });
  expect(run.killed, `the gate did not exit within ${HANG_LIMIT_MS / 1000} s:\n${run.stderr.slice(-2000)}`).toBe(false);
  return run;
}

/** The healthy variant "good" was measured: its sizes and its benchmark's count are in the results. */
async function expectGoodMeasured(dir: string): Promise<void> {
  const results = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8'));
  const good = results.variants.find((v: { name: string }) => v.name === 'good');
  expect(good.measurement.size.raw).toBe(GOOD.length);
  expect(good.measurement.bench.bench_sum.instructions).toBeGreaterThan(0);
}

describe('an artifact that is not a regular file fails its variant, and the others are measured', () => {
  it('ends, naming the FIFO, when an artifact is a named pipe no one writes to', async () => {
    const dir = await projectWith({ variants: [{ name: 'good', artifact: 'good.wasm' }, { name: 'piped', artifact: 'pipe.wasm' }], bench: { throughput: false } }, { 'good.wasm': GOOD });
    mkfifo(path.join(dir, 'pipe.wasm'));
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`variant "piped": artifact ${path.join(dir, 'pipe.wasm')} is a FIFO (named pipe), not a regular file`);
    await expectGoodMeasured(dir);
  });

  it('ends at once, naming /dev/zero, when an artifact is a symlink to it', async () => {
    const dir = await projectWith({ variants: [{ name: 'zero', artifact: 'zero.wasm' }, { name: 'good', artifact: 'good.wasm' }], bench: { throughput: false } }, { 'good.wasm': GOOD });
    symlinkSync('/dev/zero', path.join(dir, 'zero.wasm'));
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`variant "zero": artifact ${path.join(dir, 'zero.wasm')} is a character device (/dev/zero), not a regular file`);
    await expectGoodMeasured(dir);
  });

  it('refuses an artifact past fileSizeLimitMb, naming the limit and the key that raises it', async () => {
    const big = new Uint8Array(3 * 2 ** 20);
    big.set(GOOD);
    const dir = await projectWith(
      { fileSizeLimitMb: 2, variants: [{ name: 'good', artifact: 'good.wasm' }, { name: 'big', artifact: 'big.wasm' }], bench: { throughput: false } },
      { 'good.wasm': GOOD, 'big.wasm': big },
    );
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`variant "big": artifact ${path.join(dir, 'big.wasm')} is 3 MB, past the limit of 2 MB on files the gate reads: raise fileSizeLimitMb in the config`);
    await expectGoodMeasured(dir);
  });

  it('the bundled action ends too, with its summary, when an artifact is a FIFO', async () => {
    const dir = await projectWith({ variants: [{ name: 'good', artifact: 'good.wasm' }, { name: 'piped', artifact: 'pipe.wasm' }], bench: { throughput: false } }, { 'good.wasm': GOOD });
    mkfifo(path.join(dir, 'pipe.wasm'));
    const run = await runAction({
      inputs: { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': '', comment: 'true', results: '' },
      eventName: 'push',
      event: {},
      workspace: dir,
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(run.durationMs).toBeLessThan(HANG_LIMIT_MS);
    // The action fails its step (exit 1) on any problem, as setFailed does.
    expect(run.exitCode).toBe(1);
    expect(run.summary).toMatch(/variant "piped": artifact \S*pipe\.wasm is a FIFO/);
    expect(run.summary).toMatch(/🆕 \*\*good\*\* \| \d+\sB \|/);
  });
});

describe('traces, bench.imports, the config and the baseline are read only as regular files', () => {
  it('fails the benchmark of a trace that is a FIFO, naming the file, and measures the other variant', async () => {
    const dir = await projectWith(
      { variants: [{ name: 'good', artifact: 'good.wasm' }, { name: 'traced', artifact: 'bump.wasm', bench: { exports: [], traces: ['ops.trace'] } }], bench: { throughput: false } },
      { 'good.wasm': GOOD, 'bump.wasm': new Uint8Array(await readFile(prebuilt('rust-bump'))) },
    );
    mkfifo(path.join(dir, 'ops.trace'));
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`trace ${path.join(dir, 'ops.trace')} is a FIFO (named pipe), not a regular file`);
    await expectGoodMeasured(dir);
  });

  it('says a bench.imports module symlinked to /dev/zero cannot run, and measures the other variant', async () => {
    const dir = await projectWith(
      { variants: [{ name: 'good', artifact: 'good.wasm' }, { name: 'hosted', artifact: 'good.wasm', bench: { imports: 'imports.mjs' } }], bench: { throughput: false } },
      { 'good.wasm': GOOD },
    );
    symlinkSync('/dev/zero', path.join(dir, 'imports.mjs'));
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`variant "hosted": benchmarks cannot run: bench.imports ${path.join(dir, 'imports.mjs')} is a character device (/dev/zero), not a regular file`);
    await expectGoodMeasured(dir);
  });

  it('ends with a clear error when the config or the baseline is a FIFO', async () => {
    const dir = await tempDir();
    mkfifo(path.join(dir, 'wasm-gate.config.json'));
    const config = await checkExits(dir);
    expect(config.code).toBe(2);
    expect(config.stdout + config.stderr).toContain(`config ${path.join(dir, 'wasm-gate.config.json')} is a FIFO (named pipe), not a regular file`);

    const project = await projectWith({ variants: [{ name: 'good', artifact: 'good.wasm' }], bench: { throughput: false } }, { 'good.wasm': GOOD });
    mkfifo(path.join(project, 'baseline.json'));
    const baseline = await checkExits(project);
    expect(baseline.code).toBe(2);
    expect(baseline.stdout + baseline.stderr).toContain(`baseline ${path.join(project, 'baseline.json')} is a FIFO (named pipe), not a regular file`);
  });
});

describe('a cache directory restored from a pull request is read as regular files only', () => {
  it('ends when a cache record is a FIFO, measures the variant afresh and says why', async () => {
    const dir = await projectWith({ cache: 'cache', variants: [{ name: 'good', artifact: 'good.wasm' }], bench: { throughput: false } }, { 'good.wasm': GOOD });
    const first = await checkExits(dir);
    expect(first.code).toBe(0);
    const records = readdirSync(path.join(dir, 'cache')).filter((f) => f.endsWith('.json'));
    expect(records).toHaveLength(1);
    const record = path.join(dir, 'cache', records[0] as string);
    rmSync(record);
    mkfifo(record);
    const second = await checkExits(dir);
    expect(second.code).toBe(0);
    expect(second.stdout + second.stderr).toContain(`its cache record ${record} is a FIFO (named pipe), not a regular file`);
    await expectGoodMeasured(dir);
  });
});

describe('readInputFile', () => {
  it('reads a regular file, and one through a symlink, byte for byte', async () => {
    const dir = await tempDir();
    const bytes = new Uint8Array(3 * 2 ** 20 + 17).map((_, i) => (i * 7) & 0xff);
    writeFileSync(path.join(dir, 'a.bin'), bytes);
    symlinkSync(path.join(dir, 'a.bin'), path.join(dir, 'link.bin'));
    expect((await readInputFile(path.join(dir, 'a.bin'), 'file')).equals(bytes)).toBe(true);
    expect((await readInputFile(path.join(dir, 'link.bin'), 'file')).equals(bytes)).toBe(true);
    expect((await readInputFile(path.join(dir, 'a.bin'), 'file', bytes.length)).length).toBe(bytes.length);
  });

  it('refuses a file one byte past the limit, a directory and a missing file, each with its code', async () => {
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'a.bin'), new Uint8Array(1001));
    const codeOf = (file: string, limit?: number): Promise<string> => readInputFile(file, 'file', limit).then(() => 'read', (e: InputReadError) => e.code);
    expect(await codeOf(path.join(dir, 'a.bin'), 1000)).toBe('too-large');
    expect(await codeOf(dir)).toBe('EISDIR');
    expect(await codeOf(path.join(dir, 'none'))).toBe('ENOENT');
  });
});
