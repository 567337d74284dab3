// Where the report goes: outputs and the job summary on every run, the sticky comment when asked.
// A comment that cannot be posted is a warning in check mode (the verdict stands) and a failure
// in report mode (posting is its whole job).
import * as core from '@actions/core';
import { apiFailure, rateLimitAdvice } from '../publish/api-error.js';
import { upsertComment } from '../publish/comment.js';
import type { PublishedResults } from '../publish/extras.js';
import type { stepOutcome } from '../publish/outcome.js';
import { commentMarker, renderMarkdown } from '../report/markdown.js';
import type { ActionContext } from './context.js';

/** A job summary may hold 1 MiB; at up to 3 UTF-8 bytes per UTF-16 unit this stays below it. */
const SUMMARY_LIMIT = 340_000;

/** Whether this run already put its report in the job summary (a later fault is appended). */
export const summaryState = { reportWritten: false };

/** Appends to the job summary; a summary that cannot be written is a warning, never a crash. */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  try {
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`wasm-gate: could not write the job summary ${process.env.GITHUB_STEP_SUMMARY}: ${(error as Error).message.split('\n')[0]}`);
    return false;
  }
}

/** Outputs and job summary, the same on every run whatever happens to the comment.
 * @param resultsFile the results file written (or read), if there is one */
export async function publish(ctx: ActionContext, results: PublishedResults, resultsFile: string | undefined): Promise<{ body: string; key: string }> {
  const key = ctx.inputs.commentKey || results.commentKey || '';
  const body = renderMarkdown(results, { commentKey: key });
  if (resultsFile) core.setOutput('results', resultsFile);
  core.setOutput('regressed', String(results.status === 'regressed'));
  core.setOutput('comment-body', body);
  if (await appendSummary(renderMarkdown(results, { maxLength: SUMMARY_LIMIT }))) summaryState.reportWritten = true;
  return { body, key };
}

export async function postComment(ctx: ActionContext, issueNumber: number, key: string, body: string, why: 'gate' | 'fork' | 'report'): Promise<void> {
  if (!ctx.client || !ctx.repo || !ctx.identity) {
    core.warning('wasm-gate: no github-token or GITHUB_REPOSITORY: the report is in the job summary only');
    return;
  }
  try {
    const posted = await upsertComment(ctx.client, { ...ctx.repo, issueNumber }, commentMarker(key), body, ctx.identity);
    for (const note of posted.notes) core.warning(`wasm-gate: ${note}`);
    core.info(`wasm-gate: ${posted.action} comment ${posted.url ?? posted.id}`);
  } catch (error) {
    const failure = apiFailure(error);
    const message = `wasm-gate: could not post the PR comment (${failure.text})`;
    const fallback = 'the job summary and the comment-body output have the report';
    if (failure.rateLimit) {
      const text = `${message}: ${rateLimitAdvice(failure)}; ${fallback}`;
      if (why === 'report') core.setFailed(text);
      else core.warning(text);
    } else if (why === 'report') {
      core.setFailed(`${message}; the report job needs \`permissions: pull-requests: write\``);
    } else if (failure.status === 403) {
      // Fork PRs get a read-only token: the verdict, summary and outputs still stand.
      core.warning(
        `${message}. ${why === 'fork' ? 'This PR comes from a fork, so the token is read-only' : 'The token cannot write comments (permissions: pull-requests: write)'}; ${fallback}. To comment on fork PRs, use the pull_request + workflow_run pair (wasm-gate's docs/ACTION.md, "The fork-safe pair").`,
      );
    } else core.warning(message);
  }
}

export function finish(outcome: ReturnType<typeof stepOutcome>): void {
  if (outcome.failed) core.setFailed(outcome.message);
  else if (outcome.level === 'warning') core.warning(outcome.message);
  else if (outcome.level === 'notice') core.notice(outcome.message);
  else core.info(outcome.message);
}
