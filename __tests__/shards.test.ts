// A matrix of shards and one merge (issue 12): `--shard K/N` runs a stable slice, `merge` gives
// the verdict and the comment one unsharded run gives, and a missing or failed shard is an error
// that names it. End to end through the bundled action and the loopback GitHub.
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { selectVariants, shardVariants } from '../src/shard/select.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { runCli } from './helpers/cli.js';
import { pullRequestEvent, runAction, sha, type ActionRun } from './helpers/run-action.js';
import { paddedModule } from './helpers/wasm.js';

const TOKEN = 'ghs_shardsTestToken0123456789abcdefABCDEF';
const PR = 77;
const EVENT = pullRequestEvent({ number: PR, headSha: sha('shard-head'), baseSha: sha('shard-base') });
const NAMES = ['dlmalloc', 'talc', 'lol-alloc', 'bump', 'freelist', 'emmalloc', 'mimalloc'];

let github: FakeGitHub;
beforeAll(async () => {
  github = await FakeGitHub.start(TOKEN);
});
afterEach(() => github.reset());
afterAll(async () => github?.close());

describe('which variants a shard runs', () => {
  it('every N-th variant from the K-th: balanced, and adding a variant at the end moves no other', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect([1, 2, 3].map((k) => shardVariants(all, { index: k, count: 3 }))).toEqual([['a', 'd', 'g'], ['b', 'e'], ['c', 'f']]);
    const grown = [...all, 'h'];
    for (const k of [1, 2, 3]) expect(shardVariants(grown, { index: k, count: 3 }).filter((v) => v !== 'h')).toEqual(shardVariants(all, { index: k, count: 3 }));
  });

  it('runs the reference in every shard that has something to compare with it', () => {
    const all = ['ref', 'b', 'c', 'd'];
    expect(selectVariants(all, { shard: { index: 2, count: 3 }, reference: 'ref' })).toEqual({ owned: ['b'], referenceOnly: 'ref' });
    expect(selectVariants(all, { shard: { index: 1, count: 3 }, reference: 'ref' })).toEqual({ owned: ['ref', 'd'] });
    expect(selectVariants(all, { shard: { index: 3, count: 5 }, reference: 'ref' })).toEqual({ owned: ['c'], referenceOnly: 'ref' });
  });
});

interface Workspace {
  dir: string;
  resize(name: string, size: number): Promise<void>;
}

async function workspace(): Promise<Workspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-shards-'));
  await mkdir(path.join(dir, 'wasm'));
  const resize = async (name: string, size: number): Promise<void> => {
    await writeFile(path.join(dir, 'wasm', `${name}.wasm`), paddedModule(size, NAMES.indexOf(name) + 1));
  };
  for (const [i, name] of NAMES.entries()) await resize(name, 1000 + 300 * i);
  await writeFile(
    path.join(dir, 'wasm-gate.config.json'),
    JSON.stringify({ reference: 'dlmalloc', variants: NAMES.map((name) => ({ name, artifact: `wasm/${name}.wasm` })), optimize: false, bench: { enabled: false } }, null, 2),
  );
  return { dir, resize };
}

function action(ws: Workspace, inputs: Record<string, string>, runnerTemp?: string): Promise<ActionRun> {
  return runAction({
    inputs: { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': TOKEN, comment: 'true', results: '', ...inputs },
    eventName: 'pull_request',
    event: EVENT,
    workspace: ws.dir,
    apiUrl: github.url,
    ...(runnerTemp ? { env: { RUNNER_TEMP: runnerTemp } } : {}),
  });
}

/** Runs the N shards as a matrix would (no comments), and collects their results files in one
 * directory, as actions/download-artifact does in the merge job. */
async function shards(ws: Workspace, count: number, mode: 'check' | 'update' = 'check', skip: number[] = []): Promise<string> {
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-downloads-'));
  for (let k = 1; k <= count; k++) {
    if (skip.includes(k)) continue;
    const run = await action(ws, { mode, shard: `${k}/${count}`, comment: 'false' });
    expect([0, 1], run.stdout.slice(-3000)).toContain(run.exitCode);
    expect(path.basename(run.outputs.results ?? '')).toBe(`results-shard-${k}-of-${count}.json`);
    await copyFile(run.outputs.results as string, path.join(downloads, path.basename(run.outputs.results as string)));
  }
  return downloads;
}

describe('merge: one verdict, one comment', () => {
  it('three shards and a merge give exactly the unsharded run’s verdict and comment body', async () => {
    const ws = await workspace();
    expect((await runCli(['update', '--config', path.join(ws.dir, 'wasm-gate.config.json')])).code).toBe(0);
    // One improvement, one change within its threshold: the comment has something to show.
    await ws.resize('talc', 1150);
    await ws.resize('bump', 1905);

    const whole = await action(ws, {});
    expect(whole.exitCode, whole.stdout.slice(-2000)).toBe(0);
    const wholeBody = github.comments.get(PR)?.[0]?.body;
    github.reset();

    const downloads = await shards(ws, 3);
    expect(github.comments.get(PR) ?? []).toEqual([]);
    const merged = await action(ws, { mode: 'merge', results: path.join(downloads, 'results-*.json') });
    expect(merged.exitCode, merged.stdout.slice(-2000)).toBe(0);
    const comments = github.comments.get(PR) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(wholeBody);
    expect(merged.outputs.regressed).toBe('false');
    expect(merged.summary).toContain('no regression in 7 variants');
  });

  it('a missing shard fails the merge with its name, never a silent pass', async () => {
    const ws = await workspace();
    expect((await runCli(['update', '--config', path.join(ws.dir, 'wasm-gate.config.json')])).code).toBe(0);
    const downloads = await shards(ws, 3, 'check', [2]);
    const merged = await action(ws, { mode: 'merge', results: path.join(downloads, 'results-*.json') });
    expect(merged.exitCode).toBe(1);
    expect(merged.commands.some((c) => c.command === 'error' && c.message.includes('shard 2/3 is missing'))).toBe(true);
    expect(github.comments.get(PR)?.[0]?.body).toContain('shard 2/3 is missing');
  });

  it('a regression in one shard fails the merged step', async () => {
    const ws = await workspace();
    expect((await runCli(['update', '--config', path.join(ws.dir, 'wasm-gate.config.json')])).code).toBe(0);
    await ws.resize('freelist', 4000); // shard 2 of 3 (position 5)
    const downloads = await shards(ws, 3);
    const merged = await action(ws, { mode: 'merge', results: path.join(downloads, 'results-*.json') });
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs.regressed).toBe('true');
    expect(github.comments.get(PR)?.[0]?.body).toContain('1 of 7 variants regressed');
  });

  it('update shards and a merge write the baseline one update writes, and refuse while a shard is missing', async () => {
    const ws = await workspace();
    const config = path.join(ws.dir, 'wasm-gate.config.json');
    expect((await runCli(['update', '--config', config])).code).toBe(0);
    const unsharded = await readFile(path.join(ws.dir, 'baseline.json'), 'utf8');
    await ws.resize('mimalloc', 2500);
    expect((await runCli(['update', '--config', config, '--baseline', path.join(ws.dir, 'expected.json')])).code).toBe(0);
    const expected = JSON.parse(await readFile(path.join(ws.dir, 'expected.json'), 'utf8'));

    const partial = await shards(ws, 3, 'update', [3]);
    const refused = await action(ws, { mode: 'merge', results: path.join(partial, 'results-*.json') });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('was not written: the shards');
    expect(await readFile(path.join(ws.dir, 'baseline.json'), 'utf8')).toBe(unsharded);

    const downloads = await shards(ws, 3, 'update');
    const merged = await action(ws, { mode: 'merge', results: path.join(downloads, 'results-*.json') });
    expect(merged.exitCode, merged.stdout.slice(-2000)).toBe(0);
    expect(merged.outputs['baseline-changed']).toBe('true');
    const written = JSON.parse(await readFile(path.join(ws.dir, 'baseline.json'), 'utf8'));
    expect(written.variants).toEqual(expected.variants);
    expect(github.comments.get(PR) ?? []).toEqual([]);
    // The downloads held the shards' files only.
    expect((await readdir(downloads)).sort()).toEqual(['results-shard-1-of-3.json', 'results-shard-2-of-3.json', 'results-shard-3-of-3.json']);
  });

  it('refuses shards measured with other optimizer flags or counting rules: exit 2, both shards and the difference named, no baseline written', async () => {
    const ws = await workspace();
    const config = path.join(ws.dir, 'wasm-gate.config.json');
    const setFlags = async (flags: string[]): Promise<void> => {
      const c = JSON.parse(await readFile(config, 'utf8'));
      await writeFile(config, JSON.stringify({ ...c, optimize: { flags } }, null, 2));
    };
    const [r1, r2] = [path.join(ws.dir, 'r1.json'), path.join(ws.dir, 'r2.json')];
    await setFlags(['-Oz']);
    expect((await runCli(['update', '--config', config, '--shard', '1/2', '--json', r1])).code).toBe(0);
    // The second job runs after a push that changed the flags (or on another wasm-gate).
    await setFlags(['-O1']);
    expect((await runCli(['update', '--config', config, '--shard', '2/2', '--json', r2])).code).toBe(0);

    const merged = await runCli(['merge', r1, r2, '--write-baseline', '--config', config]);
    expect(merged.code).toBe(2);
    expect(merged.stdout).toMatch(/the shards differ in optimizer \(engine, version, flags\): "binaryen [^"]*-Oz" in \S*r1\.json, "binaryen [^"]*-O1" in \S*r2\.json/);
    expect(merged.stdout).toContain('was not written');
    await expect(readFile(path.join(ws.dir, 'baseline.json'), 'utf8')).rejects.toThrow(/ENOENT/);

    // Same flags, but one shard counted by other rules (an older wasm-gate wrote it).
    await setFlags(['-Oz']);
    expect((await runCli(['update', '--config', config, '--shard', '2/2', '--json', r2])).code).toBe(0);
    const other = JSON.parse(await readFile(r2, 'utf8'));
    other.tools.counting = 'v1: every instruction counts 1';
    await writeFile(r2, JSON.stringify(other));
    const counted = await runCli(['merge', r1, r2]);
    expect(counted.code).toBe(2);
    expect(counted.stdout).toContain('the shards differ in counting rules');
    expect(counted.stdout).toContain('"v1: every instruction counts 1" in');
  });

  it('the CLI merges too, and says which file is not a shard’s', async () => {
    const ws = await workspace();
    const config = path.join(ws.dir, 'wasm-gate.config.json');
    expect((await runCli(['check', '--config', config, '--shard', '1/2', '--json', path.join(ws.dir, 'r1.json')])).code).toBe(0);
    expect((await runCli(['check', '--config', config, '--json', path.join(ws.dir, 'whole.json')])).code).toBe(0);
    const run = await runCli(['merge', path.join(ws.dir, 'r1.json'), path.join(ws.dir, 'whole.json')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`merge: ${path.join(ws.dir, 'whole.json')} is not a shard's results`);
    expect(run.stdout).toContain('shard 2/2 is missing');
    expect((await runCli(['check', '--config', config, '--shard', '3/2'])).stderr).toContain('--shard 3/2: K must be between 1 and N');
    expect((await runCli(['merge'])).stderr).toContain('merge needs the shards');
  });
});
