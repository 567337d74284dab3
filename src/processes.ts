// Side effects: every process the run starts ends with it. Builds and benchmark workers register
// how to stop them; a signal (Ctrl-C, a cancelled workflow) stops them all, lets the entry point
// say that the run was cancelled, and exits with 128 + the signal's number, as a shell reports a
// process killed by it. A build runs in its own process group and a spinning benchmark worker
// never reads its IPC channel, so neither would notice the gate's death by itself.
import os from 'node:os';
import type { Logger } from './log.js';

type Stop = () => void;

const running = new Set<Stop>();
let cancelledBy: NodeJS.Signals | undefined;

/** The signals that cancel a run: Ctrl-C, the runner's cancellation (SIGINT, then SIGTERM), a hang-up. */
export const CANCEL_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How long the entry point has to write its "cancelled" report. The runner sends SIGTERM 7.5 s
 * after SIGINT and then kills: the report must be out before that. */
export const CANCEL_REPORT_MS = 5_000;

/**
 * Registers a process this run started, by how to stop it (at once, whatever it is doing).
 * Returns what to call once it ended by itself. A process started after the run was cancelled
 * (a step already under way) is stopped at once.
 */
export function ownProcess(stop: Stop): () => void {
  if (cancelledBy !== undefined) {
    stop();
    return () => {};
  }
  running.add(stop);
  return () => {
    running.delete(stop);
  };
}

/** The signal that cancelled this run, if one did: its steps still under way must not report. */
export function cancellation(): NodeJS.Signals | undefined {
  return cancelledBy;
}

/** `log`, silent once the run was cancelled: the steps still under way then fail only because
 * their processes were stopped, and saying so would bury the one line that matters. */
export function quietAfterCancel(log: Logger): Logger {
  const unlessCancelled = (write: (m: string) => void) => (m: string) => {
    if (cancelledBy === undefined) write(m);
  };
  return {
    info: unlessCancelled((m) => log.info(m)),
    warn: unlessCancelled((m) => log.warn(m)),
    error: unlessCancelled((m) => log.error(m)),
    detail: unlessCancelled((m) => log.detail(m)),
    group: (title, fn) => log.group(title, fn),
  };
}

export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (os.constants.signals[signal] ?? 0);
}

/**
 * From now on a cancel signal stops every registered process, runs `report` (for at most
 * CANCEL_REPORT_MS) and exits with 128 + the signal's number. A second signal exits at once.
 */
export function exitOnSignal(report: (signal: NodeJS.Signals) => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (cancelledBy !== undefined) process.exit(signalExitCode(cancelledBy));
    cancelledBy = signal;
    stopAll();
    const code = signalExitCode(signal);
    setTimeout(() => process.exit(code), CANCEL_REPORT_MS);
    report(signal).then(
      () => process.exit(code),
      () => process.exit(code),
    );
  };
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal);
}

function stopAll(): void {
  for (const stop of [...running]) {
    try {
      stop();
    } catch {
      // already gone
    }
  }
  running.clear();
}
