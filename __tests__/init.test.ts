// `wasm-gate init`: a starter config for what the project has, through the CLI as a user runs it.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteError } from '../src/fs/atomic-write.js';
import { parseTomlTables } from '../src/init/discover.js';
import { prebuilt, repo, runCli, tempDir } from './helpers/cli.js';

async function project(files: Record<string, string | { copy: string }>): Promise<string> {
  const dir = await tempDir('wasm-gate-init-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    if (typeof content === 'string') await writeFile(path.join(dir, name), content);
    else await copyFile(content.copy, path.join(dir, name));
  }
  return dir;
}

const config = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'wasm-gate.config.json'), 'utf8'));

describe('wasm-gate init', () => {
  it('gates the .wasm files it finds (not those in node_modules or target), with $schema, and prints the next commands', async () => {
    const dir = await project({
      'web/pkg/bump.wasm': { copy: prebuilt('rust-bump') },
      'libc.wasm': { copy: prebuilt('c-libc') },
      'node_modules/dep/x.wasm': { copy: prebuilt('rust-freelist') },
      'target/wasm32-unknown-unknown/release/y.wasm': { copy: prebuilt('rust-freelist') },
    });
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(await config(dir)).toEqual({
      $schema: './node_modules/wasm-gate/schemas/config.schema.json',
      reference: 'libc',
      variants: [
        { name: 'libc', artifact: 'libc.wasm' },
        { name: 'bump', artifact: 'web/pkg/bump.wasm' },
      ],
    });
    expect(run.stdout).toContain('wrote wasm-gate.config.json: 2 variants (libc, bump)');
    expect(run.stdout).toMatch(/Next:\n {2}node \S+dist\/cli\.js check {4}build and measure every variant[^\n]*\n {2}node \S+dist\/cli\.js update {3}write the baseline\n {2}git add wasm-gate\.config\.json baseline\.json/);
    // What init writes, the gate accepts.
    const check = await runCli(['validate'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
  });

  it('makes one variant per cargo feature of a cdylib crate, building into the workspace’s target', async () => {
    const manifest = (await readFile(path.join(repo, 'fixtures', 'rust-alloc', 'Cargo.toml'), 'utf8')).replace('name = "rust-alloc"', 'name = "app"').replace('name = "rust_alloc"', 'name = "app_lib"');
    const dir = await project({ 'Cargo.toml': '[workspace]\nmembers = ["crates/app"]\n', 'crates/app/Cargo.toml': manifest });
    const run = await runCli(['init'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const written = await config(dir);
    const build = 'cargo build --release --target wasm32-unknown-unknown';
    const variant = (name: string, features?: string) => ({ name, cwd: 'crates/app', build: features ? `${build} --features ${features}` : build, artifact: '../../target/wasm32-unknown-unknown/release/app_lib.wasm' });
    expect(written.variants).toEqual([variant('app'), variant('alloc-bump', 'alloc-bump'), variant('alloc-freelist', 'alloc-freelist'), variant('alloc-tracing', 'alloc-tracing')]);
    expect(written.reference).toBe('app');
    expect(run.stdout).toContain('from crates/app/Cargo.toml (features: alloc-bump, alloc-freelist, alloc-tracing)');
  });

  it('never overwrites a config, and says what it found nothing of', async () => {
    const dir = await project({ 'wasm-gate.config.json': '{ "mine": true }\n', 'a.wasm': { copy: prebuilt('rust-bump') } });
    const refused = await runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/wasm-gate\.config\.json already exists: not overwritten/);
    expect(await readFile(path.join(dir, 'wasm-gate.config.json'), 'utf8')).toBe('{ "mine": true }\n');
    const empty = await runCli(['init'], { cwd: await project({ 'README.md': 'hi' }) });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('found no cargo crate with crate-type "cdylib" and no .wasm file');
  });

  it('writes atomically and exclusively: a file that appeared meanwhile is kept', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'c.json');
    await writeFileAtomic(file, 'first', 'config', { overwrite: false });
    await expect(writeFileAtomic(file, 'second', 'config', { overwrite: false })).rejects.toThrow(WriteError);
    await expect(writeFileAtomic(file, 'second', 'config', { overwrite: false })).rejects.toThrow(/EEXIST/);
    expect(await readFile(file, 'utf8')).toBe('first');
  });

  it('reads the Cargo manifest tables it needs', () => {
    const toml = parseTomlTables('[package]\nname = "x" # the crate\n[lib]\ncrate-type = [\n  "cdylib",\n  "rlib",\n]\n[features]\ndefault = ["std"]\n"alloc-a" = []\n');
    expect(toml.get('package')?.get('name')).toBe('x');
    expect(toml.get('lib')?.get('crate-type')).toContain('cdylib');
    expect([...(toml.get('features')?.keys() ?? [])]).toEqual(['default', 'alloc-a']);
  });
});
