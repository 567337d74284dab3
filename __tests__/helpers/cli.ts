// Run the bundled CLI as a user would: `node dist/cli.js ...` in a child process.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const prebuilt = (name: string): string => path.join(repo, 'fixtures', 'prebuilt', `${name}.wasm`);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repo, 'dist', 'cli.js'), ...args],
      { cwd: options.cwd ?? repo, env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 32 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function tempDir(prefix = 'wasm-gate-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** Writes a config into a fresh directory and returns that directory. */
export async function projectWith(config: unknown, files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'wasm-gate.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}
