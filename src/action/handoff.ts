// The token must not be readable by the PR's build. A build's own environment is clean
// (variant-build/safe-env.ts), but /proc/<pid>/environ of every process it can see shows that process's
// environment as it was at exec time, and the runner started the gate with INPUT_GITHUB-TOKEN in
// it (deleting it from process.env changes nothing there). So before anything else the gate
// hands the token to a fresh image of itself: it writes it to a 0600 file in a new 0700
// directory, then replaces its own process image (process.execve, same pid) with one whose
// environment holds no token and no runner credential. The new image reads the file and deletes
// it before any build starts.
import { mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { holdsSecret, isCredentialName } from '../variant-build/safe-env.js';
import { ActionError } from '../publish/failure.js';

/** The new image's last argument: where the launching image wrote the token. The runner starts
 * the action with no arguments, so a workflow cannot fake this. */
export const HANDOFF_FLAG = '--wasm-gate-handoff=';
const TOKEN_INPUT = 'INPUT_GITHUB-TOKEN';

export interface TokenSource {
  token: string;
  /** the token stayed in this process's environment: why (no process.execve, or it failed) */
  exposedBecause?: string;
}

/** Pure: the environment of the new image: the runner's, without the token under any name, the
 * runner's credentials, or any value holding the token. */
export function handoffEnvironment(env: NodeJS.ProcessEnv, token: string): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.toUpperCase() === TOKEN_INPUT) continue;
    if (isCredentialName(name) || holdsSecret(value, [token])) continue;
    clean[name] = value;
  }
  return clean;
}

/**
 * In the runner's process: hands over and does not return. In the new image: takes the token
 * over (and deletes its file). Returns in the runner's process only when the hand-over is not
 * possible (Windows, a Node without process.execve, no writable temp directory).
 */
export function takeToken(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): TokenSource {
  const flag = argv.at(-1);
  if (argv.length > 2 && flag?.startsWith(HANDOFF_FLAG)) {
    argv.pop();
    return { token: readHandoff(flag.slice(HANDOFF_FLAG.length)) };
  }

  const token = (env[TOKEN_INPUT] ?? '').trim();
  const execve = (process as { execve?: (file: string, args: string[], env: Record<string, string>) => never }).execve;
  if (typeof execve !== 'function' || process.platform === 'win32') {
    return { token, exposedBecause: `process.execve is not available (Node ${process.version} on ${process.platform})` };
  }
  let written: string;
  try {
    written = writeHandoff(token, env);
  } catch (error) {
    return { token, exposedBecause: `cannot write the hand-over file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    const args = [process.execPath, ...process.execArgv, ...argv.slice(1), `${HANDOFF_FLAG}${written}`];
    execve.call(process, process.execPath, args, handoffEnvironment(env, token));
  } catch (error) {
    removeHandoff(written);
    return { token, exposedBecause: `process.execve failed (${(error as Error).message})` };
  }
  throw new Error('unreachable: process.execve returned');
}

function writeHandoff(token: string, env: NodeJS.ProcessEnv): string {
  const candidates = [env.RUNNER_TEMP, os.tmpdir()].filter((d): d is string => Boolean(d));
  let lastError: unknown;
  for (const parent of candidates) {
    try {
      // mkdtemp makes the directory 0700; the file is created exclusively, 0600.
      const dir = mkdtempSync(path.join(parent, 'wasm-gate-'));
      const file = path.join(dir, 'token');
      writeFileSync(file, token, { mode: 0o600, flag: 'wx' });
      return file;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function readHandoff(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new HandoffError(`cannot read the token the launching process handed over (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): re-run the job`);
  } finally {
    removeHandoff(file);
  }
}

/** The file and the directory made for it, nothing else. */
function removeHandoff(file: string): void {
  rmSync(file, { force: true });
  const dir = path.dirname(file);
  if (path.basename(dir).startsWith('wasm-gate-')) {
    try {
      rmdirSync(dir);
    } catch {
      // not empty or already gone: leave it
    }
  }
}

export class HandoffError extends ActionError {}
