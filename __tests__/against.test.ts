// `check --against <ref>`: every variant built again at the base commit in a git worktree, timed
// paired with the head. Real git repositories, real builds (WAT compiled by a build script), the
// real gate run; the worktree is gone after every run, whatever became of it.
import { existsSync } from 'node:fs';
import { readdir, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { runGate } from '../src/pipeline.js';
import type { GateResults, VariantResult } from '../src/types.js';
import { resolveCommit } from '../src/variant-build/git.js';
import { gitRepo, type GitRepo } from './helpers/git-repo.js';
import { SUM_BENCH_WAT } from './helpers/wat.js';

const CONFIG = {
  variants: [{ name: 'sum', build: 'node build.mjs sum', artifact: 'build/sum.wasm' }],
  bench: { samples: 10, targetSampleMs: 2 },
};

async function repoWith(config: object, wat = SUM_BENCH_WAT): Promise<GitRepo & { base: string }> {
  const r = await gitRepo();
  await r.write('wasm-gate.config.json', JSON.stringify(config));
  await r.write('src/sum.wat', wat);
  await r.write('README', 'base\n');
  return { ...r, base: r.commit('base') };
}

async function check(r: GitRepo, ref: string | undefined): Promise<GateResults> {
  const configFile = path.join(r.dir, 'wasm-gate.config.json');
  const baselineFile = path.join(r.dir, 'baseline.json');
  let against;
  if (ref !== undefined) {
    const resolved = await resolveCommit(r.dir, ref);
    if (!('sha' in resolved)) throw new Error(resolved.why);
    against = { ref, sha: resolved.sha };
  }
  return (await runGate({ mode: 'check', configFile, baselineFile, log: silentLogger, ...(against ? { against } : {}) })).results;
}

async function update(r: GitRepo): Promise<void> {
  await runGate({ mode: 'update', configFile: path.join(r.dir, 'wasm-gate.config.json'), baselineFile: path.join(r.dir, 'baseline.json'), log: silentLogger });
}

const variant = (results: GateResults, name = 'sum'): VariantResult => results.variants.find((v) => v.name === name) as VariantResult;

/** Nothing of the base build stays: no worktree git knows of, no directory in the temp dir. */
async function expectNoWorktree(r: GitRepo, sha: string): Promise<void> {
  expect(r.extraWorktrees()).toEqual([]);
  expect((await readdir(os.tmpdir())).filter((name) => name.startsWith(`wasm-gate-base-${sha.slice(0, 12)}-`))).toEqual([]);
}

describe('check --against a base commit', () => {
  it('builds the identical module at the base and pairs it with the head: the interval holds 1, nothing regresses', async () => {
    const r = await repoWith({ ...CONFIG, thresholds: { vsBase: { relative: 5 } } });
    await update(r);
    await r.write('README', 'head: the module is unchanged\n');
    r.commit('head');
    const results = await check(r, 'HEAD~1');
    expect(results.against).toEqual({ ref: 'HEAD~1', sha: r.base });
    const sum = variant(results);
    expect(sum.base).toMatchObject({ status: 'compared' });
    expect(sum.base?.headBuildMs).toBeGreaterThan(0);
    expect(sum.base?.baseBuildMs).toBeGreaterThan(0);
    const row = sum.rows.find((row) => row.id === 'bench_sum.opsPerSec');
    expect(row?.vsBase).toBeDefined();
    // A 95% interval misses 1 in about 5% of A/A runs by design: near 1 is what must always hold.
    const [low, high] = row?.vsBaseCi95 ?? [NaN, NaN];
    expect(low).toBeLessThanOrEqual(1.02);
    expect(high).toBeGreaterThanOrEqual(0.98);
    expect(low).toBeLessThanOrEqual(row?.vsBase as number);
    expect(high).toBeGreaterThanOrEqual(row?.vsBase as number);
    expect(row?.vsBaseThreshold).toEqual({ relative: 5 });
    expect(row?.status).not.toBe('regressed');
    expect(results.exitCode).toBe(0);
    expect(sum.measurement?.throughputVsBase?.bench_sum).toEqual({ ratio: row?.vsBase, ci95: row?.vsBaseCi95 });
    await expectNoWorktree(r, r.base);
  });

  it('reports a base whose build fails, measures the head, and keeps the exit code', async () => {
    const r = await repoWith(CONFIG, '(module (func (export "bench_sum") oops))');
    await r.write('src/sum.wat', SUM_BENCH_WAT);
    const head = r.commit('head: fix the module');
    // The baseline is the head's own: without --against the check passes.
    await update(r);
    const without = await check(r, undefined);
    const results = await check(r, 'main~1');
    expect(head).not.toBe(r.base);
    expect(results.exitCode).toBe(without.exitCode);
    expect(results.exitCode).toBe(0);
    const sum = variant(results);
    expect(sum.status).toBe('pass');
    expect(sum.problems).toEqual([]);
    expect(sum.base?.status).toBe('failed');
    expect(sum.base?.message).toMatch(/^base build failed: build failed \(exit code 1\): node build\.mjs sum/);
    // The log's tail, as for a head build.
    expect(sum.base?.details).toMatch(/oops|unexpected token/i);
    expect(sum.rows.find((row) => row.id === 'bench_sum.instructions')?.current).toBeGreaterThan(0);
    expect(sum.rows.some((row) => row.vsBase !== undefined)).toBe(false);
    await expectNoWorktree(r, r.base);
  });

  it('skips the base build of a variant whose inputs did not change, and says so', async () => {
    const config = { ...CONFIG, variants: [{ ...CONFIG.variants[0], inputs: ['src/**/*.wat', 'build.mjs'] }] };
    const r = await repoWith(config);
    await update(r);
    await r.write('README', 'head: only the docs changed\n');
    r.commit('head');
    const results = await check(r, r.base);
    const sum = variant(results);
    expect(sum.base).toMatchObject({ status: 'unchanged', message: `inputs unchanged since ${r.base.slice(0, 7)}: not rebuilt, not compared` });
    expect(sum.base?.baseBuildMs).toBeUndefined();
    expect(sum.rows.some((row) => row.vsBase !== undefined)).toBe(false);
    await expectNoWorktree(r, r.base);

    // A change to a named input rebuilds it.
    await r.write('src/sum.wat', SUM_BENCH_WAT.replace('(local $acc i32)', '(local $acc i32) (local $unused i32)'));
    r.commit('head 2: the module changed');
    expect(variant(await check(r, r.base)).base?.status).toBe('compared');
    await expectNoWorktree(r, r.base);
  });

  it('reports a variant absent at the base (its cwd does not exist there) and removes the worktree', async () => {
    const r = await repoWith(CONFIG);
    await r.write('wasm-gate.config.json', JSON.stringify({ ...CONFIG, variants: [...CONFIG.variants, { name: 'later', cwd: 'later', build: 'node ../build.mjs sum', artifact: 'build/sum.wasm' }] }));
    await r.write('later/src/sum.wat', SUM_BENCH_WAT);
    r.commit('head: a new variant');
    await update(r);
    const results = await check(r, r.base);
    expect(variant(results, 'later').base).toMatchObject({ status: 'failed', message: `base build failed: its cwd later does not exist at ${r.base.slice(0, 7)} (is the variant new since then?)` });
    expect(variant(results, 'sum').base?.status).toBe('compared');
    expect(results.exitCode).toBe(0);
    await expectNoWorktree(r, r.base);
  });

  it("does not build a shard's reference at the base: it is there only to compare with", async () => {
    const r = await repoWith({ ...CONFIG, reference: 'ref', variants: [{ ...CONFIG.variants[0], name: 'ref' }, CONFIG.variants[0]] });
    await r.write('README', 'head\n');
    r.commit('head');
    const lines: string[] = [];
    const log = { ...silentLogger, info: (m: string) => lines.push(m), group: <T>(_title: string, fn: () => Promise<T>) => fn() };
    const configFile = path.join(r.dir, 'wasm-gate.config.json');
    const { results } = await runGate({ mode: 'check', configFile, baselineFile: path.join(r.dir, 'baseline.json'), log, select: { variants: ['sum'] }, against: { ref: r.base, sha: r.base } });
    expect(results.variants.map((v) => v.name)).toEqual(['sum']);
    expect(variant(results).base?.status).toBe('compared');
    expect(lines.filter((l) => /built at the base/.test(l)).map((l) => l.split(':')[0]?.trim())).toEqual(['sum']);
    await expectNoWorktree(r, r.base);
  });

  it("runs no git hook the head's build planted (git runs after the pull request's code)", async () => {
    const r = await repoWith(CONFIG);
    const plant = `node build.mjs sum && if [ -d .git/hooks ]; then printf '#!/bin/sh\\ntouch "${r.dir}/hook-ran"\\n' > .git/hooks/post-checkout && chmod +x .git/hooks/post-checkout; fi`;
    await r.write('wasm-gate.config.json', JSON.stringify({ ...CONFIG, variants: [{ ...CONFIG.variants[0], build: plant }] }));
    r.commit('head: a build that plants a hook');
    const results = await check(r, r.base);
    expect(existsSync(path.join(r.dir, '.git', 'hooks', 'post-checkout'))).toBe(true);
    expect(variant(results).base?.status).toBe('compared');
    expect(existsSync(path.join(r.dir, 'hook-ran'))).toBe(false);
    await expectNoWorktree(r, r.base);
  });

  it('maps paths into the worktree when the config is reached through a symlink', async () => {
    const r = await repoWith(CONFIG);
    await r.write('README', 'head\n');
    r.commit('head');
    const link = `${r.dir}-link`;
    await symlink(r.dir, link);
    const { results } = await runGate({ mode: 'check', configFile: path.join(link, 'wasm-gate.config.json'), baselineFile: path.join(link, 'baseline.json'), log: silentLogger, against: { ref: r.base, sha: r.base } });
    expect(variant(results).base?.status).toBe('compared');
    await expectNoWorktree(r, r.base);
  });
});
