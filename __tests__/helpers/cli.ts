// Run the bundled CLI as a user would: `node dist/cli.js ...` in a child process.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingRequirement, type SkipContext } from './need.js';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const prebuilt = (name: string): string => path.join(repo, 'fixtures', 'prebuilt', `${name}.wasm`);

export interface CliRun {
  code: number;
  /** the report with the lines it wrapped to 120 columns joined again, so a test matches whole messages */
  stdout: string;
  /** the report as printed, every line within 120 columns */
  rawStdout: string;
  /** stderr with the logger's 120-column wraps joined back, as stdout */
  stderr: string;
  rawStderr: string;
  /** wall time until the process exited (or was killed) */
  durationMs: number;
  /** killed by the test's time-out: the CLI did not exit by itself */
  killed: boolean;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** kill the CLI after this long (default 120 s) and report `killed` */
  timeoutMs?: number;
  /** another Node executable (e.g. Node 20, which dist/cli.js must also run on) */
  node?: string;
  /** called with the CLI's pid as soon as it runs (e.g. to send it a signal); awaited before returning */
  whileRunning?: (pid: number) => Promise<void>;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const started = performance.now();
  let during: Promise<void> = Promise.resolve();
  const exited = new Promise<CliRun>((resolve) => {
    const child = execFile(
      options.node ?? process.execPath,
      [path.join(repo, 'dist', 'cli.js'), ...args],
      { cwd: options.cwd ?? repo, env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 << 20, timeout: options.timeoutMs ?? 120_000, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const killed = Boolean(error && (error as { killed?: boolean }).killed);
        const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
        resolve({ code, stdout: unwrapped(stdout), rawStdout: stdout, stderr: unwrapped(stderr), rawStderr: stderr, durationMs: performance.now() - started, killed });
      },
    );
    if (options.whileRunning && child.pid !== undefined) during = options.whileRunning(child.pid);
  });
  return exited.then(async (run) => {
    await during;
    return run;
  });
}

/** A Node 20 executable other than the one running the tests (Debian's nodejs); the test fails without one. */
export function requireNode20(ctx: SkipContext): string {
  return node20() ?? missingRequirement(ctx, 'no Node 20 on PATH (other than node_modules)', 'apt-get install nodejs (Debian 12 ships Node 20)');
}

/** A Node 20 executable other than the one running the tests, if the machine has one. */
export function node20(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir.includes('node_modules')) continue;
    const candidate = path.join(dir, 'node');
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      if (version.startsWith('v20.')) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
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

/**
 * The console report with the lines it wrapped to 120 columns joined again, so a test can match a
 * message: a line continues the previous one when it is indented two more and its first word
 * would not have fitted there (src/report/console.ts, fitWidth).
 */
export function unwrapped(text: string): string {
  const out: string[] = [];
  let last = '';
  for (const line of text.split('\n')) {
    const indent = (l: string): number => /^ */.exec(l)?.[0].length ?? 0;
    const word = line.trim().split(' ')[0] ?? '';
    const continues = out.length > 0 && line.trim() !== '' && indent(line) === indent(last) + 2 && [...(out.at(-1) as string)].length + 1 + [...word].length > 120;
    if (continues) out[out.length - 1] = `${out.at(-1) as string} ${line.trim()}`;
    else {
      out.push(line);
      last = line;
    }
  }
  return out.join('\n');
}
