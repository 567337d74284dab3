// Counting starts as soon as a module is ready: a variant's benchmarks whose iterations the
// baseline fixes are counted in its worker while the next variants still build, the builds never
// spend the bench budget, and the in-process optimizer (which holds the main thread) never runs
// beside a count.
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BenchStage } from '../src/bench/bench-stage.js';
import { readModuleInterface } from '../src/bench/module-interface.js';
import type { CountReply, LoadReply } from '../src/bench/protocol.js';
import { BenchWorker } from '../src/bench/worker-client.js';
import { parseConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/log.js';
import type { Baseline } from '../src/types.js';
import { instrumentForProfiling } from '../src/wasm/instrument.js';
import { projectWith, runCli, tempDir } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

/** A module whose benchmarks each call env.mark once per iteration, then loop `work` times. */
function marking(benches: string[], work = 1): Uint8Array {
  return wat(`(module
    (import "env" "mark" (func $mark))
    (func $spin (param $n i32)
      (block $done (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next))))
    ${benches.map((name) => `(func (export "${name}") (param $n i32) (result i32)
      (block $done (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (call $mark)
        (call $spin (i32.const ${work}))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
      (i32.const 0))`).join('\n')}
  )`);
}

/** bench.imports: env.mark writes each benchmark's name to `log` on its first call in a worker. */
function markImports(dir: string, log: string): string {
  const file = path.join(dir, 'mark.mjs');
  writeFileSync(
    file,
    [
      "import { appendFileSync } from 'node:fs';",
      'const seen = new Set();',
      'export default (ctx) => ({ env: { mark: () => {',
      '  if (seen.has(ctx.benchmark())) return;',
      '  seen.add(ctx.benchmark());',
      `  appendFileSync(${JSON.stringify(log)}, ctx.variant + ' ' + ctx.benchmark() + '\\n');`,
      '} } });',
    ].join('\n'),
  );
  return file;
}

const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

describe('counting as soon as a module is ready', () => {
  it("counts a variant while the next one builds, and the build's time does not spend the bench budget", async () => {
    const dir = await projectWith({});
    const log = path.join(dir, 'marks.log');
    const config = {
      variants: [
        { name: 'a', artifact: 'a.wasm', bench: { imports: markImports(dir, log) } },
        // In `check`, b's build goes on only once a's benchmark has run (its mark is in the log),
        // then takes longer than the whole bench budget: counting has to start while it builds, and
        // the budget must not run meanwhile.
        { name: 'b', build: `if [ -f wait ]; then until grep -q 'a bench_a' marks.log 2>/dev/null; do sleep 0.05; done; sleep 6; fi; cp b0.wasm b.wasm`, artifact: 'b.wasm', buildTimeLimitMs: 30_000 },
      ],
      bench: { throughput: false, totalTimeLimitMs: 5_000 },
    };
    writeFileSync(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config));
    writeFileSync(path.join(dir, 'a.wasm'), marking(['bench_a']));
    writeFileSync(path.join(dir, 'b0.wasm'), wat(`(module (func (export "bench_b") (param $n i32) (result i32) (local.get $n)))`));

    const update = await runCli(['update', '--no-reuse'], { cwd: dir });
    expect(update.code, update.stderr).toBe(0);
    rmSync(log, { force: true });
    writeFileSync(path.join(dir, 'wait'), '');

    const check = await runCli(['check', '--no-reuse', '--json', 'results.json'], { cwd: dir, timeoutMs: 60_000 });
    expect(check.stderr).not.toContain('timed out');
    expect(check.stderr).not.toContain('budget');
    expect(check.code, check.stderr).toBe(0);
    // a was counted before b's build ended, and b after it.
    const err = check.stderr;
    expect(err.indexOf('bench: a [1/1] bench_a')).toBeGreaterThan(-1);
    expect(err.indexOf('bench: a [1/1] bench_a')).toBeLessThan(err.indexOf('bench: b [1/1] bench_b'));
    const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    const counted = (name: string, bench: string) => results.variants.find((v: { name: string }) => v.name === name).measurement.bench[bench];
    expect(counted('a', 'bench_a').instructions).toBeGreaterThan(0);
    expect(counted('b', 'bench_b').instructions).toBeGreaterThan(0);
    expect(lines(log)).toEqual(['a bench_a']);
  }, 120_000);

  it('holds counting while the main thread is held (in-process optimization): the count in flight ends first, no other starts', async () => {
    const dir = await tempDir();
    const log = path.join(dir, 'marks.log');
    const benches = ['bench_1', 'bench_2', 'bench_3'];
    const config = parseConfig({ variants: [{ name: 'a', artifact: 'a.wasm' }], bench: { imports: markImports(dir, log), throughput: false } }, path.join(dir, 'wasm-gate.config.json'));
    // Stored iterations make each count take a while (the counting copy runs them all).
    const baseline = { variants: { a: { bench: Object.fromEntries(benches.map((b) => [b, { iterations: 3_000 }])) } } } as unknown as Baseline;
    const stage = new BenchStage({ config, baseline, env: { PATH: process.env.PATH ?? '' }, log: silentLogger, mode: 'check' });
    try {
      stage.add('a', marking(benches, 20_000));
      for (let waited = 0; lines(log).length === 0; waited += 20) {
        if (waited > 60_000) throw new Error('the first count never started');
        await sleep(20);
      }
      const [atStart, atEnd] = await stage.hold(async () => {
        const before = lines(log);
        await sleep(1_500);
        return [before, lines(log)];
      });
      expect(atStart.length).toBeLessThan(benches.length);
      expect(atEnd).toEqual(atStart);
      const result = await stage.finish();
      expect(lines(log)).toEqual(benches.map((b) => `a ${b}`));
      for (const b of benches) expect(result.byVariant.get('a')?.measurements[b]?.instructions).toBeGreaterThan(3_000 * 20_000);
    } finally {
      stage.close();
    }
  }, 120_000);

  it('takes a reply that came in while the main thread was busy past the time limit, instead of calling it a time-out', async () => {
    const module = wat(`(module (func (export "bench_x") (param $n i32) (result i32) (local.get $n)))`);
    const worker = new BenchWorker({ env: { PATH: process.env.PATH ?? '' }, memoryLimitMb: 256 });
    try {
      await worker.request<LoadReply>(
        { op: 'load', plain: new Uint8Array(module), counted: new Uint8Array(instrumentForProfiling(module)), host: { variant: 'x', ...readModuleInterface(module) } },
        30_000,
      );
      const reply = worker.request<CountReply>({ op: 'count', bench: { kind: 'export', name: 'bench_x' }, iterations: 10 }, 300);
      // The main thread busy for longer than the limit, as inside binaryen: the reply waits unread.
      const until = performance.now() + 2_000;
      while (performance.now() < until);
      expect((await reply).instructions).toBe(1);
    } finally {
      worker.kill();
    }
  }, 60_000);
});
