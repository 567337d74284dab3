// A signal during a benchmark that never returns (Ctrl-C, a cancelled workflow): the gate ends,
// every process it started ends with it, and the summary says the run was cancelled. Real CLI
// (dist/cli.js) and bundled action (dist/index.js); the processes are found in /proc.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { pullRequestEvent, runAction, sha } from './helpers/run-action.js';
import { wat } from './helpers/wat.js';

const SPIN = wat(`(module (memory (export "memory") 1)
  (func (export "bench_spin") (param $n i32) (result i32) (loop $l (br $l)) i32.const 0))`);

/** Processes whose chain of parents reaches `root`, with their command lines. */
function descendants(root: number): Array<{ pid: number; cmdline: string }> {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found: Array<{ pid: number; cmdline: string }> = [];
  for (const pid of parent.keys()) {
    let p = parent.get(pid);
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    if (p !== root) continue;
    try {
      found.push({ pid, cmdline: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** Alive: in /proc and not a zombie (an exited process not yet reaped uses no CPU). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What the test saw of the gate's processes before it sent the signal. */
interface Seen {
  workers: number[];
  all: number[];
}

/** Waits until the gate runs a benchmark worker (and it spins a moment), then sends `signal`. */
function interruptWhileBenchmarking(signal: NodeJS.Signals, seen: Seen): (pid: number) => Promise<void> {
  return async (pid) => {
    const deadline = performance.now() + 30_000;
    while (performance.now() < deadline && seen.workers.length === 0) {
      const procs = descendants(pid);
      seen.workers = procs.filter((p) => p.cmdline.includes('bench-worker')).map((p) => p.pid);
      seen.all = procs.map((p) => p.pid);
      if (seen.workers.length === 0) await sleep(100);
    }
    await sleep(1_000);
    seen.all = [...new Set([...seen.all, ...descendants(pid).map((p) => p.pid)])];
    try {
      process.kill(pid, signal);
    } catch {
      // it already exited: the assertions below say so
    }
  };
}

/** Lets the processes a signal killed be reaped, then lists those still running. */
async function survivors(seen: Seen): Promise<number[]> {
  for (let i = 0; i < 50 && seen.all.some(alive); i++) await sleep(100);
  return seen.all.filter(alive);
}

const left: number[] = [];
afterEach(() => {
  // A failing run must not leave a spinning worker on the machine.
  for (const pid of left.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

async function spinningProject(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-cancel-'));
  await writeFile(path.join(dir, 'spin.wasm'), SPIN);
  const config = { variants: [{ name: 'spin', artifact: 'spin.wasm' }], optimize: false, bench: { timeLimitMs: 600_000, totalTimeLimitMs: 600_000, throughput: false } };
  await writeFile(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

describe('a cancelled run ends with everything it started', () => {
  beforeAll(() => {
    if (!existsSync('/proc/self/stat')) throw new Error('these tests read /proc (Linux)');
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`the CLI stops its spinning benchmark worker on ${signal}, exits ${code} and says so in --markdown`, async () => {
      const dir = await spinningProject();
      const markdown = path.join(dir, 'report.md');
      const seen: Seen = { workers: [], all: [] };
      const run = await runCli(['check', '--markdown', markdown], { cwd: dir, timeoutMs: 60_000, whileRunning: interruptWhileBenchmarking(signal, seen) });
      left.push(...seen.all);
      expect(seen.workers.length, 'the benchmark worker was running').toBeGreaterThan(0);
      expect(await survivors(seen)).toEqual([]);
      expect(run.killed, 'the CLI exited by itself').toBe(false);
      expect(run.code, run.stderr).toBe(code);
      expect(run.durationMs).toBeLessThan(60_000);
      expect(run.stderr).toContain(`cancelled (${signal})`);
      expect(await readFile(markdown, 'utf8')).toContain(`The run was cancelled (${signal})`);
    }, 90_000);
  }

  it('the bundled action stops its spinning benchmark worker on the runner’s SIGINT, fails the step and says so in the job summary', async () => {
    const TOKEN = 'ghs_cancelTestToken0123456789abcdefABCDEF';
    const github = await FakeGitHub.start(TOKEN);
    try {
      const dir = await spinningProject();
      const seen: Seen = { workers: [], all: [] };
      const run = await runAction({
        inputs: { config: 'wasm-gate.config.json', baseline: '', mode: 'check', 'github-token': TOKEN, comment: 'true', results: '' },
        eventName: 'pull_request',
        event: pullRequestEvent({ number: 42, headSha: sha('head'), baseSha: sha('base') }),
        workspace: dir,
        apiUrl: github.url,
        whileRunning: interruptWhileBenchmarking('SIGINT', seen),
      });
      left.push(...seen.all);
      expect(seen.workers.length, 'the benchmark worker was running').toBeGreaterThan(0);
      expect(await survivors(seen)).toEqual([]);
      expect(run.exitCode, run.stdout).toBe(130);
      expect(run.durationMs).toBeLessThan(60_000);
      expect(run.summary).toContain('The run was cancelled (SIGINT)');
      expect(run.commands.some((c) => c.command === 'error' && c.message.includes('cancelled (SIGINT)'))).toBe(true);
      // No comment claims a verdict for a run that was stopped.
      expect(github.comments.get(42) ?? []).toEqual([]);
    } finally {
      await github.close();
    }
  }, 90_000);
});
