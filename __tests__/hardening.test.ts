// Issue 7's promises, each tested the way a user meets it: `node dist/cli.js` (and the bundled
// action) as child processes on the inputs that broke them, with a kill timer that fails the test
// when the gate does not exit by itself.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prebuilt, projectWith, repo, requireNode20, runCli } from './helpers/cli.js';
import { runAction } from './helpers/run-action.js';
import { SUM_BENCH_WAT, wat } from './helpers/wat.js';

const SIZE_ONLY = wat(`(module (memory (export "memory") 1)
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))`);

/** A cheap benchmark module: bench_sum(n) adds 1..n. */
const QUICK_BENCH = wat(SUM_BENCH_WAT);

const HANG_LIMIT_MS = 60_000;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs `check` and insists that the process ended by itself. */
async function checkExits(dir: string, args: string[] = []): Promise<Awaited<ReturnType<typeof runCli>>> {
  const run = await runCli(['check', '--config', path.join(dir, 'wasm-gate.config.json'), ...args], { timeoutMs: HANG_LIMIT_MS });
  expect(run.killed, `the gate did not exit within ${HANG_LIMIT_MS / 1000} s:\n${run.stderr.slice(-2000)}`).toBe(false);
  return run;
}

describe('every path ends (item 1)', () => {
  const cases: Array<{ name: string; files: Record<string, string | Uint8Array>; variant: Record<string, unknown>; bench?: Record<string, unknown>; code: number }> = [
    { name: 'a size-only module with no bench_* exports and no bench key', files: { 'm.wasm': SIZE_ONLY }, variant: {}, code: 0 },
    {
      name: 'a module whose benchmark calls an import the gate cannot provide',
      files: { 'm.wasm': wat(`(module (import "env" "host_thing" (func $h (param i32) (result i32))) (memory (export "memory") 1)
        (func (export "bench_call") (param i32) (result i32) local.get 0 call $h))`) },
      variant: {},
      code: 2,
    },
    {
      name: 'a WASI command',
      files: { 'm.wasm': wat(`(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (memory (export "memory") 1)
        (func (export "_start") i32.const 0 call $exit)
        (func (export "bench_echo") (param i32) (result i32) local.get 0))`) },
      variant: {},
      code: -1,
    },
    {
      name: 'a trace file that fails to parse',
      files: { 'm.wasm': new Uint8Array(readFileSync(prebuilt('rust-bump'))), 'bad.trace': 'Alloc(12),\nthis is not a trace\n' },
      variant: {},
      bench: { exports: [], traces: ['bad.trace'] },
      code: 2,
    },
  ];
  for (const c of cases) {
    it(`the CLI exits on ${c.name}`, async () => {
      const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm', ...c.variant }], ...(c.bench ? { bench: c.bench } : {}) }, c.files);
      const run = await checkExits(dir);
      if (c.code >= 0) expect(run.code).toBe(c.code);
      else expect([0, 2]).toContain(run.code);
      expect(run.stdout).toMatch(/^wasm-gate check: /);
    });
  }

  it('the bundled action exits on a size-only module, with its summary and results', async () => {
    const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm' }] }, { 'm.wasm': SIZE_ONLY });
    const run = await runAction({
      inputs: { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': '', comment: 'true', results: '' },
      eventName: 'push',
      event: {},
      workspace: dir,
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(run.exitCode, run.stderr + run.stdout.slice(-2000)).toBe(0);
    expect(run.durationMs).toBeLessThan(HANG_LIMIT_MS);
    expect(run.summary).toContain('wasm-gate');
    expect(existsSync(run.outputs.results ?? '')).toBe(true);
  });
});

describe('builds have a time limit (item 2)', () => {
  it('kills a build past buildTimeLimitMs with its whole process group, and carries on with the other variants', async () => {
    const marker = 987_654 + Math.floor(Math.random() * 1000);
    const dir = await projectWith(
      {
        buildTimeLimitMs: 60_000,
        variants: [
          { name: 'stuck', build: `sleep ${marker} & sleep ${marker + 1}`, artifact: 'm.wasm', buildTimeLimitMs: 2000 },
          { name: 'fine', artifact: 'm.wasm' },
        ],
        bench: { enabled: false },
      },
      { 'm.wasm': SIZE_ONLY },
    );
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('variant "stuck": build timed out after 2 s');
    expect(run.stdout).toMatch(/fine\s+new/);
    // Nothing the build started outlives it.
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(`sleep ${marker}`));
    expect(left).toEqual([]);
  });

  it('does not wait for a background process that keeps the build output open', async () => {
    const marker = 45_000 + Math.floor(Math.random() * 1000);
    const dir = await projectWith(
      { variants: [{ name: 'leaves-a-child', build: `(sleep ${marker}; echo late) & echo built`, artifact: 'm.wasm' }], bench: { enabled: false } },
      { 'm.wasm': SIZE_ONLY },
    );
    try {
      const run = await checkExits(dir);
      expect(run.code).toBe(0);
      // The build's child sleeps for half a day; the gate was done long before.
      expect(run.durationMs).toBeLessThan(30_000);
    } finally {
      spawn('pkill', ['-f', `sleep ${marker}`]);
    }
  });

  it('takes 150 MB of build output as a successful build, keeping the last lines of a failed one', async () => {
    const dir = await projectWith(
      {
        variants: [
          { name: 'chatty', build: `yes 'compiling a very long line of build output, 0123456789' | head -c 157286400; echo done`, artifact: 'm.wasm' },
          { name: 'chatty-and-failing', build: `yes 'noise' | head -c 10000000; echo 'error[E0425]: cannot find value x'; exit 3`, artifact: 'm.wasm' },
        ],
        bench: { enabled: false },
      },
      { 'm.wasm': SIZE_ONLY },
    );
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/chatty\s+new/);
    expect(run.stdout).toContain('variant "chatty-and-failing": build failed (exit code 3)');
    expect(run.stdout).toContain('error[E0425]: cannot find value x');
  });

  it('names a missing working directory instead of failing to start sh', async () => {
    const dir = await projectWith({ variants: [{ name: 'nowhere', cwd: 'no/such/dir', build: 'true', artifact: 'm.wasm' }] }, {});
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`variant "nowhere": its cwd ${path.join(dir, 'no/such/dir')} is not a directory`);
  });
});

describe('the bench phase has a total budget (item 3)', () => {
  it('stops at bench.totalTimeLimitMs, names what did not run, and shows progress per variant', async () => {
    const count = 2000;
    const functions = Array.from({ length: count }, (_, i) => `(func (export "bench_${i}") (param i32) (result i32) local.get 0)`).join('\n');
    const dir = await projectWith({ variants: [{ name: 'many', artifact: 'm.wasm' }], bench: { totalTimeLimitMs: 3000 } }, { 'm.wasm': wat(`(module ${functions})`) });
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/variant "many": the bench phase's total budget of 3 s ran out: [\d,]+ not run \(bench_\d+, /);
    expect(run.stderr).toMatch(new RegExp(`bench: many: calibrating \\[[\\d,]+/${count.toLocaleString('en-US')}\\]`));
    expect(run.durationMs).toBeLessThan(HANG_LIMIT_MS);
  });
});

describe('files are written atomically (item 4)', () => {
  /** A baseline of `mb` megabytes: the measured variant plus a large hand-written note it keeps. */
  async function bigProject(mb: number): Promise<{ dir: string; baseline: string; before: string }> {
    const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm' }], bench: { enabled: false } }, { 'm.wasm': SIZE_ONLY });
    const first = await runCli(['update', '--config', path.join(dir, 'wasm-gate.config.json')]);
    expect(first.code).toBe(0);
    const baseline = path.join(dir, 'baseline.json');
    const parsed = JSON.parse(await readFile(baseline, 'utf8'));
    parsed.notes = 'x'.repeat(mb * 1_000_000);
    const before = `${JSON.stringify(parsed, null, 2)}\n`;
    await writeFile(baseline, before);
    return { dir, baseline, before };
  }

  it('a kill -9 during `update` never leaves a truncated baseline', async () => {
    const { dir, baseline, before } = await bigProject(56);
    let killedMidWrite = 0;
    for (let i = 0; i < 10; i++) {
      const child = spawn(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'update', '--config', path.join(dir, 'wasm-gate.config.json')], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Kill it the moment its temporary file appears: mid-write.
      for (let polls = 0; polls < 20_000 && child.exitCode === null; polls++) {
        if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
          child.kill('SIGKILL');
          killedMidWrite += 1;
          break;
        }
        await new Promise((r) => setTimeout(r, 1));
      }
      await exited;
      const text = await readFile(baseline, 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
      expect(text.length).toBeGreaterThan(50_000_000);
      expect(text).toBe(before.replace(/"updatedAt": "[^"]*"/, text.match(/"updatedAt": "[^"]*"/)?.[0] ?? ''));
    }
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 240_000);

  it('two concurrent updates leave one whole baseline', async () => {
    const { dir, baseline } = await bigProject(8);
    for (let i = 0; i < 6; i++) {
      const both = await Promise.all([0, 1].map(() => runCli(['update', '--config', path.join(dir, 'wasm-gate.config.json')])));
      expect(both.map((r) => r.code)).toEqual([0, 0]);
      expect(JSON.parse(await readFile(baseline, 'utf8')).variants.only.size.raw).toBe(SIZE_ONLY.length);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('an unwritable --json, --markdown or --out-dir is a clear error (exit 2), never a stack trace', async () => {
    const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm' }], bench: { enabled: false } }, { 'm.wasm': SIZE_ONLY, 'a-file': 'not a directory' });
    const run = await checkExits(dir, ['--json', path.join(dir, 'a-file', 'r.json'), '--markdown', path.join(dir, 'a-file', 'r.md'), '--out-dir', path.join(dir, 'a-file', 'out')]);
    expect(run.code).toBe(2);
    const all = run.stdout + run.stderr;
    for (const [what, file] of [['results (--json)', 'r.json'], ['report (--markdown)', 'r.md'], ['optimized module', 'out/only.wasm']]) {
      expect(all).toMatch(new RegExp(`cannot write the ${escape(what)} ${escape(path.join(dir, 'a-file', file))} \\((ENOTDIR|EEXIST)\\): a part of the path is a file, not a directory`));
    }
    expect(all).not.toMatch(/internal error|\n\s+at /);
  });
});

describe('variant names that are JavaScript built-ins (item 5)', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);

  it(`check, update and check again work for every name Object.prototype has (${names.length})`, async () => {
    expect(names).toContain('__proto__');
    const files: Record<string, Uint8Array> = { 'm.wasm': QUICK_BENCH };
    const dir = await projectWith({ variants: names.map((name) => ({ name, artifact: 'm.wasm' })), thresholds: { variants: { constructor: { gzip: { relative: 5 } } } }, bench: { throughput: false } }, files);
    const config = path.join(dir, 'wasm-gate.config.json');
    expect((await runCli(['validate', '--config', config])).code).toBe(0);
    const first = await checkExits(dir);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const update = await runCli(['update', '--config', config]);
    expect(update.code, update.stdout + update.stderr).toBe(0);
    const baseline = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8'));
    expect(Object.keys(baseline.variants).sort()).toEqual([...names].sort());
    const again = await checkExits(dir, ['--json', path.join(dir, 'results.json')]);
    expect(again.code, again.stdout).toBe(0);
    const results = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8'));
    expect(results.variants.map((v: { name: string; status: string }) => `${v.name}:${v.status}`).sort()).toEqual(names.map((n) => `${n}:pass`).sort());
  }, 120_000);
});

describe('a baseline made with other tools (item 9)', () => {
  async function withToolsOf(tools: Record<string, string>, config: Record<string, unknown> = {}): Promise<{ dir: string; run: Awaited<ReturnType<typeof runCli>> }> {
    const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm' }], bench: { enabled: false }, ...config }, { 'm.wasm': QUICK_BENCH });
    expect((await runCli(['update', '--config', path.join(dir, 'wasm-gate.config.json')])).code).toBe(0);
    const file = path.join(dir, 'baseline.json');
    const baseline = JSON.parse(await readFile(file, 'utf8'));
    baseline.tools = { ...baseline.tools, ...tools };
    baseline.variants.only.size.gzip += 1000;
    await writeFile(file, JSON.stringify(baseline));
    return { dir, run: await checkExits(dir, ['--json', path.join(dir, 'results.json')]) };
  }

  it('marks size rows not comparable, names both optimizers and asks for `update` (exit 2)', async () => {
    const { dir, run } = await withToolsOf({ binaryen: '108 (native) -Oz' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("was measured with other tools than this run: optimizer binaryen 108 (native) -Oz in the baseline, binaryen 132.0.0 (npm, in-process, module's features) -Oz --strip-debug now");
    expect(run.stdout).toContain('Run `wasm-gate update`');
    const results = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8'));
    const gzip = results.variants[0].rows.find((r: { id: string }) => r.id === 'gzip');
    expect(gzip).toMatchObject({ notComparable: true, status: 'info' });
    expect(results.variants[0].rows.find((r: { id: string }) => r.id === 'raw').notComparable).toBeUndefined();
  });

  it('compares anyway when the config opts in with compareAcrossTools', async () => {
    const { run } = await withToolsOf({ binaryen: '108 (native) -Oz' }, { compareAcrossTools: true });
    // The baseline's gzip was made 1,000 B larger: an improvement, judged as usual.
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/only\s+improved/);
  });

  it('instruction counts under other counting rules do not compare either', async () => {
    const dir = await projectWith({ variants: [{ name: 'only', artifact: 'm.wasm' }], bench: { throughput: false } }, { 'm.wasm': QUICK_BENCH });
    expect((await runCli(['update', '--config', path.join(dir, 'wasm-gate.config.json')])).code).toBe(0);
    const file = path.join(dir, 'baseline.json');
    const baseline = JSON.parse(await readFile(file, 'utf8'));
    baseline.tools.counting = 'v0: something older';
    await writeFile(file, JSON.stringify(baseline));
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('instruction counting v0: something older in the baseline');
    expect(run.stdout).toContain('Its cycles, instruction counts and allocation statistics do not compare');
  });
});

describe('update writes what measured (issue 8, item 6)', () => {
  it('keeps the previous entry of a variant that failed, writes the others, exits 2 and names the fix', async () => {
    const dir = await projectWith(
      { variants: [{ name: 'good', artifact: 'm.wasm' }, { name: 'flaky', artifact: 'f.wasm' }], bench: { throughput: false } },
      { 'm.wasm': QUICK_BENCH, 'f.wasm': QUICK_BENCH },
    );
    const config = path.join(dir, 'wasm-gate.config.json');
    expect((await runCli(['update', '--config', config])).code).toBe(0);
    const before = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8'));
    // Now flaky's benchmark traps, and good grew.
    await writeFile(path.join(dir, 'f.wasm'), wat(`(module (func (export "bench_sum") (param i32) (result i32) unreachable))`));
    await writeFile(path.join(dir, 'm.wasm'), wat(`(module (memory (export "memory") 2) (data (i32.const 0) "${'grown '.repeat(50)}")
      (func (export "bench_sum") (param $n i32) (result i32) local.get $n))`));
    const run = await runCli(['update', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('variant "flaky": benchmark bench_sum failed: trapped: unreachable');
    expect(run.stdout).toContain('set "bench": false on this variant to gate its sizes only');
    expect(run.stderr).toContain('kept the previous entries of flaky, which failed');
    const after = JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8'));
    expect(after.variants.flaky).toEqual(before.variants.flaky);
    expect(after.variants.good.size.raw).not.toBe(before.variants.good.size.raw);
  });
});

describe('the small things (low severity)', () => {
  it('JSON errors name line and column on Node 20 as on Node 24, and a BOM is named', async (ctx) => {
    const dir = await projectWith('{\n  "variants": [\n    { "name": "a", "artifact": "a.wasm", }\n  ]\n}\n');
    const config = path.join(dir, 'wasm-gate.config.json');
    const expected = `config ${config}:3:40 is not valid JSON: a trailing comma is not allowed in JSON`;
    expect((await runCli(['check', '--config', config])).stdout).toContain(expected);
    const old = requireNode20(ctx);
    expect((await runCli(['check', '--config', config], { node: old })).stdout).toContain(expected);
    await writeFile(config, `\ufeff${JSON.stringify({ variants: [{ name: 'a', artifact: 'a.wasm' }] })}`);
    expect((await runCli(['check', '--config', config])).stdout).toContain(`config ${config}:1:1 starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without BOM`);
  });

  it('a baseline from a newer wasm-gate says so, and update refuses to overwrite it', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'm.wasm' }], bench: { enabled: false } }, { 'm.wasm': SIZE_ONLY, 'baseline.json': JSON.stringify({ schemaVersion: 2, variants: {}, future: 'data' }) });
    const config = path.join(dir, 'wasm-gate.config.json');
    const check = await runCli(['check', '--config', config]);
    expect(check.code).toBe(2);
    expect(check.stdout).toContain('was written by a newer wasm-gate (schemaVersion 2;');
    expect(check.stdout).not.toContain('must be 1');
    const update = await runCli(['update', '--config', config]);
    expect(update.code).toBe(2);
    expect(update.stdout).toContain('was not written: it was written by a newer wasm-gate');
    expect(JSON.parse(await readFile(path.join(dir, 'baseline.json'), 'utf8')).future).toBe('data');
  });

  it('iterations past 2^31 - 1 are a schema error, not a silent wrap', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'm.wasm' }] }, {
      'm.wasm': QUICK_BENCH,
      'baseline.json': JSON.stringify({ schemaVersion: 1, variants: { a: { size: { raw: 1, optimized: 1, gzip: 1, brotli: 1 }, bench: { bench_sum: { iterations: 2 ** 31 } } } } }),
    });
    const run = await runCli(['validate', '--config', path.join(dir, 'wasm-gate.config.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/variants/a/bench/bench_sum/iterations must be <= 2147483647');
  });

  it('a benchmark with the wrong signature is named with its signature and the one it needs', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'm.wasm' }], bench: { throughput: false } }, {
      'm.wasm': wat(`(module
        (func (export "bench_i64") (param i64) (result i32) i32.const 0)
        (func (export "bench_f64") (param i32) (result f64) f64.const 1)
        (func (export "bench_void") (param i32))
        (func (export "bench_ok") (param i32) (result i64) i64.const 7))`),
    });
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('benchmark bench_i64 failed: bench_i64 has the signature (i64) -> i32; a benchmark must be (i32) -> i32 or (i32) -> i64');
    expect(run.stdout).toContain('bench_f64 has the signature (i32) -> f64');
    expect(run.stdout).toContain('bench_void has the signature (i32) -> nothing');
    expect(run.stdout).not.toContain('bench_ok failed');
    expect(run.stdout + run.stderr).not.toContain('BigInt');
  });

  it('a benchmark that calls WASI proc_exit says so, with the exit code', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'm.wasm' }], bench: { throughput: false } }, {
      'm.wasm': wat(`(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32))) (memory (export "memory") 1)
        (func (export "_initialize"))
        (func (export "bench_exit") (param i32) (result i32) i32.const 3 call $exit i32.const 0))`),
    });
    const run = await checkExits(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('benchmark bench_exit failed: the module called WASI proc_exit(3) instead of returning');
    expect(run.stdout).not.toContain('Symbol(');
  });

  it('validate says a missing baseline is the first adoption', async () => {
    const dir = await projectWith({ variants: [{ name: 'a', artifact: 'm.wasm' }] });
    const run = await runCli(['validate', '--config', path.join(dir, 'wasm-gate.config.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`note: no baseline yet at ${path.join(dir, 'baseline.json')} (first adoption`);
  });

  it('a typo in a flag or command gets a suggestion; help and version work as commands', async () => {
    const typo = await runCli(['check', '--verbos']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown option --verbos (did you mean --verbose?)');
    expect((await runCli(['chek'])).stderr).toContain('unknown command "chek" (did you mean check?)');
    expect((await runCli(['check', '--config'])).stderr).toContain('option --config needs a value');
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 pass, 1 regression, 2 error.');
    const version = await runCli(['version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

