// The package as a user installs it: `npm pack` of this checkout, then into an empty project from
// the tarball or from a git URL at a release tag, offline with an empty cache (so nothing may need
// the registry), on Node 24 and on Node 20, and run with `npx wasm-gate`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node20, prebuilt, repo, tempDir as newTempDir } from './helpers/cli.js';

const MB = 1024 * 1024;
const version = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
// npm runs a git dependency's `npm install` (all devDependencies) before packing it if any of these exist.
const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'build'];

// Each install holds about 18 MB (and a git source 22 MB): removed after the run.
const made: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await newTempDir(prefix);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  out: string;
}

/** `command` with `node` as the only Node on PATH (npm, npx and the bin shim all run on it) and no npm settings from a parent npm. */
function run(node: string, command: string, args: string[], cwd: string): Run {
  const rest = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes('node_modules'));
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_PATH'));
  env.PATH = [path.dirname(node), ...rest].join(path.delimiter);
  env.NO_COLOR = '1';
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 150_000, maxBuffer: 64 * MB });
  return { code: result.status, out: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

function nodes(): Array<[string, string]> {
  const old = node20();
  if (!old) throw new Error('Node 20 is missing (Debian `nodejs`; .ci/run installs it): dist/cli.js must run on it');
  return [
    ['Node 24', realpathSync(path.join(repo, 'node_modules', '.bin', 'node'))],
    ['Node 20', old],
  ];
}

async function emptyProject(): Promise<string> {
  const dir = await tempDir('wg-install-');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  return dir;
}

function installOffline(node: string, project: string, spec: string): Run {
  return run(node, 'npm', ['install', '-D', '--offline', '--no-audit', '--no-fund', '--cache', path.join(project, '.npm-cache'), spec], project);
}

function diskUsage(dir: string): number {
  const du = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  return Number(du.stdout.split('\t')[0]) * 1024;
}

/** Installed, it gates a real module: sizes through binaryen.js and instruction counts through the bench worker. */
function expectItGates(node: string, project: string): void {
  const help = run(node, 'npx', ['wasm-gate', '--help'], project);
  expect(help.code, help.out).toBe(0);
  expect(help.out).toContain(`wasm-gate ${version}`);
  copyFileSync(prebuilt('rust-dlmalloc'), path.join(project, 'm.wasm'));
  writeFileSync(path.join(project, 'wasm-gate.config.json'), JSON.stringify({ variants: [{ name: 'm', artifact: 'm.wasm' }], bench: { throughput: false } }));
  const check = run(node, 'npx', ['wasm-gate', 'check', '--json', 'results.json'], project);
  expect(check.code, check.out).toBe(0);
  const results = JSON.parse(readFileSync(path.join(project, 'results.json'), 'utf8'));
  expect(results.status).toBe('pass');
  expect(results.variants[0].measurement.size.optimized).toBeGreaterThan(0);
  expect(results.variants[0].measurement.bench.bench_pairs.instructions).toBeGreaterThan(0);
}

describe('the installed package', () => {
  let tarball = '';
  let packed: { size: number; unpackedSize: number; files: Array<{ path: string }> };

  beforeAll(async () => {
    const out = await tempDir('wg-pack-');
    const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * MB });
    expect(pack.status, pack.stderr).toBe(0);
    [packed] = JSON.parse(pack.stdout);
    tarball = path.join(out, `wasm-gate-${version}.tgz`);
  });

  it('packs only what runs (bundled dist/, schemas, action.yml, README.md, package.json), with no dependencies and no install-time scripts', () => {
    const outside = packed.files.map((f) => f.path).filter((p) => !/^(dist|schemas)\//.test(p) && !['action.yml', 'README.md', 'package.json'].includes(p));
    expect(outside).toEqual([]);
    expect(packed.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/binaryen.js', 'dist/bench-worker.js', 'dist/demangle.wasm', 'schemas/config.schema.json']));
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(INSTALL_TIME_SCRIPTS.filter((name) => pkg.scripts?.[name])).toEqual([]);
    expect(pkg.bin).toEqual({ 'wasm-gate': 'dist/cli.js' });
    expect(packed.unpackedSize).toBeLessThan(30 * MB);
  });

  it.each(nodes())('installs from the tarball offline into an empty project on %s: itself only, under 30 MB, no engine warning, and `npx wasm-gate check` gates a real module', async (_name, node) => {
    const project = await emptyProject();
    const install = installOffline(node, project, tarball);
    expect(install.code, install.out).toBe(0);
    expect(install.out).not.toMatch(/EBADENGINE|npm warn/i);
    const modules = path.join(project, 'node_modules');
    expect(readdirSync(modules).sort()).toEqual(['.bin', '.package-lock.json', 'wasm-gate']);
    expect(diskUsage(modules)).toBeLessThan(30 * MB);
    expectItGates(node, project);
  }, 240_000);

  it('installs from a git URL at a release tag (`npm i -D git+…#v0`) without building or fetching anything, on Node 20', async () => {
    // A clone of this checkout at a tag: its tracked files as they are now, committed and tagged.
    const source = await tempDir('wg-git-');
    const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const file of tracked) {
      mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
      copyFileSync(path.join(repo, file), path.join(source, file));
    }
    const git = (...args: string[]): void => {
      const done = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: source, encoding: 'utf8' });
      expect(done.status, done.stderr).toBe(0);
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'release');
    git('tag', '-a', 'v0', '-m', 'v0');

    const [, old] = nodes()[1]!;
    const project = await emptyProject();
    const install = installOffline(old, project, `git+file://${source}#v0`);
    expect(install.code, install.out).toBe(0);
    expect(install.out).not.toMatch(/EBADENGINE|npm warn/i);
    expect(diskUsage(path.join(project, 'node_modules'))).toBeLessThan(30 * MB);
    expectItGates(old, project);
  }, 240_000);
});
