// A real git repository in a temp directory, with a real build: `node build.mjs` compiles the
// WebAssembly text of each variant (wabt, from this repo's node_modules) into build/<name>.wasm.
// For `check --against`: commit a base, change things, commit a head, run the gate between them.
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repo } from './cli.js';

export interface GitRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (file: string, text: string) => Promise<void>;
  commit: (message: string) => string;
  /** the worktrees git knows of besides the main one */
  extraWorktrees: () => string[];
}

const BUILD_SCRIPT = `// Compiles src/<name>.wat into build/<name>.wasm; exits 1 on a parse error.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import wabtInit from ${JSON.stringify(path.join(repo, 'node_modules', 'wabt', 'index.js'))};
const name = process.argv[2];
const wabt = await wabtInit();
try {
  const module = wabt.parseWat(name + '.wat', readFileSync('src/' + name + '.wat', 'utf8'));
  module.resolveNames();
  module.validate();
  mkdirSync('build', { recursive: true });
  writeFileSync('build/' + name + '.wasm', module.toBinary({}).buffer);
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}
`;

export async function gitRepo(): Promise<GitRepo> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-against-'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git('init', '-q', '-b', 'main');
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  await write('build.mjs', BUILD_SCRIPT);
  await write('.gitignore', 'build/\n');
  return {
    dir,
    git,
    write,
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    extraWorktrees: () =>
      git('worktree', 'list', '--porcelain')
        .split('\n')
        .filter((l) => l.startsWith('worktree '))
        .slice(1),
  };
}

/** Directories the base builds left in the temp directory (there should be none). */
export async function leftoverBaseDirs(): Promise<string[]> {
  return (await readdir(os.tmpdir())).filter((name) => name.startsWith('wasm-gate-base-'));
}
