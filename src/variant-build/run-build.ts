// Build: run each variant's command (sh -c, as a workflow `run:` step) and take its artifact
// away at once, before the next variant's build overwrites a shared target dir.
// A build runs in its own process group, so that a time-out kills everything it started; the
// gate waits for the command to exit, not for every process that inherited its output.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { InputReadError, readInputFile } from '../fs/read-input.js';
import { ownProcess } from '../processes.js';
import type { GateProblem, VariantConfig } from '../types.js';
import { OutputTail } from './output-tail.js';

export interface BuildOutcome {
  variant: string;
  /** the artifact's bytes, read right after the build */
  bytes?: Uint8Array;
  problem?: GateProblem;
  durationMs: number;
}

export interface BuildOptions {
  env: Record<string, string>;
  /** the largest artifact read (config fileSizeLimitMb); default 1 GiB */
  fileSizeLimitBytes?: number;
  /** called with each line of build output as it comes */
  onOutput?: (line: string) => void;
}

/** After the command exits, how long its output may still arrive (from processes it left behind). */
export const OUTPUT_GRACE_MS = 1_000;
/** After SIGTERM on a time-out, how long the build has before SIGKILL. */
export const KILL_GRACE_MS = 5_000;
/** Lines of a failed build's output shown with its error. */
export const FAILED_BUILD_LINES = 30;

export async function buildVariant(variant: VariantConfig, options: BuildOptions): Promise<BuildOutcome> {
  const started = performance.now();
  const done = (rest: Omit<BuildOutcome, 'variant' | 'durationMs'>): BuildOutcome => ({
    variant: variant.name,
    durationMs: performance.now() - started,
    ...rest,
  });
  if (variant.build !== undefined) {
    if (!existsSync(variant.cwd) || !statSync(variant.cwd).isDirectory()) {
      return done({ problem: { kind: 'build', variant: variant.name, message: `variant "${variant.name}": its cwd ${variant.cwd} is not a directory (fix variants[].cwd; it is relative to the config file)` } });
    }
    const result = await runCommand(variant.build, variant.cwd, { ...options.env, ...variant.env }, variant.buildTimeLimitMs, options.onOutput);
    if (result.timedOut || result.exitCode !== 0) {
      const reason = result.timedOut
        ? `timed out after ${Math.round(variant.buildTimeLimitMs / 1000)} s (its process group was killed; raise buildTimeLimitMs if it is just slow)`
        : result.error
          ? `could not start: ${result.error}`
          : result.signal
            ? `killed by ${result.signal}`
            : `exit code ${result.exitCode}`;
      const message = result.timedOut
        ? `variant "${variant.name}": build ${reason}: ${variant.build}`
        : `variant "${variant.name}": build failed (${reason}): ${variant.build}`;
      return done({ problem: { kind: 'build', variant: variant.name, message, details: result.tail } });
    }
  }
  return done(await readArtifact(variant, options.fileSizeLimitBytes));
}

interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  error?: string;
  /** the last lines of stdout and stderr together */
  tail: string;
}

function runCommand(command: string, cwd: string, env: Record<string, string>, timeLimitMs: number, onOutput?: (line: string) => void): Promise<CommandResult> {
  return new Promise((resolve) => {
    const tail = new OutputTail(FAILED_BUILD_LINES, onOutput);
    // detached: its own process group (setsid), so a time-out reaches every process it started.
    const child = spawn('sh', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let timedOut = false;
    let settled = false;
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // the group is already gone
      }
    };
    let killTimer: NodeJS.Timeout | undefined;
    // The group does not get the terminal's or the runner's signals: a cancelled run kills it.
    const release = ownProcess(() => killGroup('SIGKILL'));
    const limitTimer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGTERM');
      killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
    }, timeLimitMs);
    const finish = (result: Omit<CommandResult, 'tail' | 'timedOut'>): void => {
      if (settled) return;
      settled = true;
      release();
      clearTimeout(limitTimer);
      clearTimeout(killTimer);
      // Processes the build left behind may still hold its output open: stop listening.
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({ ...result, timedOut, tail: tail.text() });
    };
    child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
    child.on('error', (error) => finish({ exitCode: null, signal: null, error: error.message }));
    child.on('exit', (exitCode, signal) => {
      if (timedOut) killGroup('SIGKILL');
      // Output written just before the exit is still in the pipes: give it a moment, or until both close.
      let open = 2;
      const grace = setTimeout(() => finish({ exitCode, signal }), OUTPUT_GRACE_MS);
      const closed = (): void => {
        open -= 1;
        if (open === 0) {
          clearTimeout(grace);
          finish({ exitCode, signal });
        }
      };
      if (!child.stdout || child.stdout.closed) closed();
      else child.stdout.once('close', closed);
      if (!child.stderr || child.stderr.closed) closed();
      else child.stderr.once('close', closed);
    });
  });
}

async function readArtifact(variant: VariantConfig, limitBytes: number | undefined): Promise<Pick<BuildOutcome, 'bytes' | 'problem'>> {
  try {
    return { bytes: new Uint8Array(await readInputFile(variant.artifact, 'artifact', limitBytes)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof InputReadError && !['ENOENT', 'ENOTDIR'].includes(error.code)) {
      // A directory, a FIFO, a device or a file past the limit: the message says which, and the fix.
      return { problem: { kind: 'artifact', variant: variant.name, file: variant.artifact, message: `variant "${variant.name}": ${error.message}` } };
    }
    const hint = variant.build === undefined ? 'the variant has no build command, so the file must already exist' : 'the build succeeded but did not write it; check the path';
    return {
      problem: {
        kind: 'artifact',
        variant: variant.name,
        file: variant.artifact,
        message: `variant "${variant.name}": artifact ${variant.artifact} is missing (${code ?? String(error)}); ${hint}`,
      },
    };
  }
}
