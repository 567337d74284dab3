// `--against` through the bundled entry points, as users run them: the CLI (a ref with no commit
// is exit 2 with the fix; a cancel during the base build leaves no worktree) and the action on a
// pull_request event (its default: the PR's base commit, fetched into a shallow checkout from a
// local bare `origin`; a base it cannot fetch is a warning in the comment and the summary, and the
// run goes on without the A/B). Needs `npm run bundle`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { runGate } from '../src/pipeline.js';
import { runCli } from './helpers/cli.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { gitRepo, type GitRepo } from './helpers/git-repo.js';
import { ACTION, pullRequestEvent, runAction } from './helpers/run-action.js';
import { SUM_BENCH_WAT } from './helpers/wat.js';

const TOKEN = 'ghs_againstTestToken0123456789abcdefABCD';
const CONFIG = {
  variants: [{ name: 'sum', build: 'node build.mjs sum', artifact: 'build/sum.wasm' }],
  bench: { samples: 10, targetSampleMs: 2 },
};

let github: FakeGitHub;
beforeAll(async () => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`npm run bundle\` first`);
  github = await FakeGitHub.start(TOKEN);
});
afterAll(async () => {
  await github?.close();
});

/** A base commit and a head commit on top of it (the module unchanged), with the head's baseline. */
async function baseAndHead(): Promise<GitRepo & { base: string; head: string }> {
  const r = await gitRepo();
  await r.write('wasm-gate.config.json', JSON.stringify(CONFIG));
  await r.write('src/sum.wat', SUM_BENCH_WAT);
  const base = r.commit('base');
  await runGate({ mode: 'update', configFile: path.join(r.dir, 'wasm-gate.config.json'), baselineFile: path.join(r.dir, 'baseline.json'), log: silentLogger });
  const head = r.commit('head: the baseline');
  return { ...r, base, head };
}

const leftovers = async (sha: string): Promise<string[]> => (await readdir(os.tmpdir())).filter((n) => n.startsWith(`wasm-gate-base-${sha.slice(0, 12)}-`));

describe('wasm-gate check --against (the CLI)', () => {
  it('refuses a ref with no commit: exit 2, naming the ref and the fix, before building anything', async () => {
    const r = await baseAndHead();
    const run = await runCli(['check', '--against', 'origin/nope'], { cwd: r.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: --against origin/nope: no commit "origin/nope" in the repository of');
    expect(run.stderr).toContain('`git fetch origin origin/nope`');
    expect(run.stderr).toContain('`fetch-depth: 0` on actions/checkout');
    expect(run.stdout).toBe('');
  });

  it('compares with the base and says that builds ran twice', async () => {
    const r = await baseAndHead();
    const run = await runCli(['check', '--against', 'main~1', '--json', 'results.json'], { cwd: r.dir });
    expect(run.stderr).toContain(`base builds at ${r.base.slice(0, 7)} (--against main~1): every variant builds a second time`);
    expect(run.stderr).toMatch(/builds ran twice \(--against main~1\): head builds \d+\.\d s, base builds \d+\.\d s/);
    expect(run.stdout).toMatch(/Builds ran twice \(against main~1 = [0-9a-f]{7}\)/);
    const results = JSON.parse(await readFile(path.join(r.dir, 'results.json'), 'utf8'));
    expect(results.against).toEqual({ ref: 'main~1', sha: r.base });
    expect(results.variants[0].base.status).toBe('compared');
    expect(run.code).toBe(0);
    expect(r.extraWorktrees()).toEqual([]);
  });

  it('removes the worktree when cancelled during the base build', async () => {
    const r = await gitRepo();
    const working = await readFile(path.join(r.dir, 'build.mjs'), 'utf8');
    await r.write('wasm-gate.config.json', JSON.stringify(CONFIG));
    await r.write('src/sum.wat', SUM_BENCH_WAT);
    // At the base, the build hangs (and keeps writing into the worktree).
    await r.write('build.mjs', "import { writeFileSync } from 'node:fs';\nsetInterval(() => writeFileSync('busy-' + Date.now(), 'x'), 5);\n");
    const base = r.commit('base: a build that hangs');
    await r.write('build.mjs', working);
    r.commit('head: the build works');
    let sawWorktree = false;
    const run = await runCli(['check', '--against', base], {
      cwd: r.dir,
      whileRunning: async (pid) => {
        for (let i = 0; i < 600 && !sawWorktree; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          sawWorktree = (await leftovers(base)).length > 0 && r.extraWorktrees().length > 0;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
        process.kill(pid, 'SIGTERM');
      },
    });
    expect(sawWorktree).toBe(true);
    expect(run.code).toBe(143);
    expect(await leftovers(base)).toEqual([]);
    expect(r.extraWorktrees()).toEqual([]);
  });
});

describe('the action: input against', () => {
  /** A shallow clone (depth 1, as actions/checkout makes it) of the head, from a bare `origin`. */
  async function shallowCheckout(r: GitRepo): Promise<string> {
    const bare = `${r.dir}.git`;
    execFileSync('git', ['clone', '-q', '--bare', r.dir, bare]);
    const ws = `${r.dir}-ws`;
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${bare}`, ws]);
    return ws;
  }

  const inputs = { config: 'wasm-gate.config.json', baseline: '', mode: 'check', 'github-token': TOKEN, comment: 'true', 'comment-key': '', 'fail-on-regression': 'true', 'accept-label': '', results: '', against: '' };

  it("fetches the PR's base commit into a shallow checkout and compares with it", async () => {
    const r = await baseAndHead();
    const ws = await shallowCheckout(r);
    expect(() => execFileSync('git', ['cat-file', '-e', `${r.base}^{commit}`], { cwd: ws, stdio: 'ignore' })).toThrow();
    const run = await runAction({ inputs, eventName: 'pull_request', event: pullRequestEvent({ number: 7, headSha: r.head, baseSha: r.base }), workspace: ws, apiUrl: github.url });
    expect(run.exitCode).toBe(0);
    expect(run.summary.replaceAll('\\', '')).toContain(`Builds ran twice (against ${r.base} = ${r.base.slice(0, 7)})`);
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.against).toEqual({ ref: r.base, sha: r.base });
    expect(results.variants[0].base.status).toBe('compared');
    expect(execFileSync('git', ['worktree', 'list'], { cwd: ws, encoding: 'utf8' }).trim().split('\n')).toHaveLength(1);
  });

  it('warns in the comment and the summary when the base cannot be fetched, and goes on without the A/B', async () => {
    const r = await baseAndHead();
    const ws = await shallowCheckout(r);
    execFileSync('git', ['remote', 'set-url', 'origin', `file://${r.dir}-gone.git`], { cwd: ws });
    const run = await runAction({ inputs, eventName: 'pull_request', event: pullRequestEvent({ number: 8, headSha: r.head, baseSha: r.base }), workspace: ws, apiUrl: github.url });
    expect(run.exitCode).toBe(0);
    const warning = `base commit ${r.base} is not available`;
    expect(run.summary).toContain(warning);
    expect(run.summary).toContain('set fetch-depth: 0 on actions/checkout');
    expect(github.comments.get(8)?.at(-1)?.body).toContain(warning);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes(warning))).toBe(true);
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.against.sha).toBeUndefined();
    expect(results.variants[0].base).toBeUndefined();
    expect(results.variants[0].status).toBe('pass');
  });

  it('input against: none runs no A/B', async () => {
    const r = await baseAndHead();
    const run = await runAction({ inputs: { ...inputs, against: 'none' }, eventName: 'pull_request', event: pullRequestEvent({ number: 9, headSha: r.head, baseSha: r.base }), workspace: r.dir, apiUrl: github.url });
    expect(run.exitCode).toBe(0);
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.against).toBeUndefined();
    expect(run.summary).not.toContain('Builds ran twice');
  });
});
