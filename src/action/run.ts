// The action after the token hand-over: read the context, run the mode, and end every path with
// a job summary. A fault of the surroundings (bad input, unreadable file, unwritable path) ends
// as one `::error::` line that names it and the fix, and a summary that says what failed.
import * as core from '@actions/core';
import { cancellation, exitOnSignal } from '../processes.js';
import { describeFailure, failureSummary } from '../publish/failure.js';
import { cancelledLine, cancelledMarkdown } from '../report/cancelled.js';
import { readContext } from './context.js';
import { gateMode } from './gate-mode.js';
import { mergeMode } from './merge-mode.js';
import type { TokenSource } from './handoff.js';
import { appendSummary, summaryState } from './publish.js';
import { reportMode } from './report-mode.js';

export async function runAction(source: TokenSource): Promise<void> {
  exitOnSignal((signal) => reportCancelled(signal));
  try {
    const ctx = await readContext(source.token);
    if (source.exposedBecause && ctx.inputs.token) {
      core.warning(`wasm-gate: the token stays in this process's environment, where the PR's build can read it: ${source.exposedBecause} (wasm-gate's docs/ACTION.md, "Security")`);
    }
    if (ctx.inputs.mode === 'report') await reportMode(ctx);
    else if (ctx.inputs.mode === 'merge') await mergeMode(ctx);
    else await gateMode(ctx, ctx.inputs.mode);
  } catch (error) {
    await fail(error);
  }
}

/** A cancelled workflow (SIGINT, then SIGTERM): the step fails, and its summary says why. */
async function reportCancelled(signal: NodeJS.Signals): Promise<void> {
  core.setFailed(`wasm-gate: ${cancelledLine(signal)}`);
  const mode = core.getInput('mode').trim() || 'check';
  await appendSummary(summaryState.reportWritten ? `\n---\n\n**⛔ wasm-gate was cancelled (${signal}) after the report.**\n` : cancelledMarkdown(signal, mode));
}

export async function fail(error: unknown): Promise<void> {
  // A cancelled run's steps still under way fail for that reason: the cancellation reports it.
  if (cancellation()) return;
  const failure = describeFailure(error);
  core.setFailed(`wasm-gate: ${failure.message}`);
  // A bug: its stack helps the report, and only then.
  if (failure.internal && error instanceof Error && error.stack) core.info(error.stack);
  await appendSummary(failureSummary(failure.message, summaryState.reportWritten));
}
