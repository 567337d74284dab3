// report: post a results file another job wrote; nothing from the PR is built or run here.
import * as core from '@actions/core';
import path from 'node:path';
import { apiFailure, rateLimitAdvice } from '../publish/api-error.js';
import { reviewBetweenCommits } from '../publish/base-review.js';
import { hasLabel, workflowRunFromEvent } from '../publish/event.js';
import { InputError } from '../publish/inputs.js';
import type { GitHubClient } from '../publish/octokit.js';
import { parseResults, ResultsFileError } from '../publish/results-file.js';
import type { PublishedResults } from '../results/published.js';
import { reportRunContext } from '../publish/run-context.js';
import { actionLocation, type ActionContext } from './context.js';
import { postComment, publish } from './publish.js';
import { InputReadError, readInputFile } from '../fs/read-input.js';

export async function reportMode(ctx: ActionContext): Promise<void> {
  const resultsFile = path.resolve(ctx.inputs.results);
  await reportResults(ctx, parseResults(await readResultsFile(resultsFile), resultsFile), resultsFile);
}

/** Posts results another job measured (one file, or a matrix's shards merged), checking them
 * again against the pull request as it is now. `resultsFile` names them in messages. */
export async function reportResults(ctx: ActionContext, results: PublishedResults, resultsFile: string): Promise<void> {
  const { inputs } = ctx;
  // The triggering run's link and this workflow's commands, not the file's.
  results.context = reportRunContext(results.context, process.env, ctx.payload, ctx.inputs, actionLocation(ctx));
  const pr = results.pullRequest;
  if (!pr?.headSha) throw new InputError(`${resultsFile} names no pull request and head commit: write it from a pull_request run`);
  if (!ctx.repo) throw new InputError('GITHUB_REPOSITORY is not set: report mode posts to the repository the workflow runs in');
  if (pr.repo && pr.repo.toLowerCase() !== `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase()) {
    throw new InputError(`${resultsFile} is for ${pr.repo}, not ${ctx.repo.owner}/${ctx.repo.repo}: download the artifact of this repository's run`);
  }
  const workflowRun = workflowRunFromEvent(ctx.eventName, ctx.payload);
  if (workflowRun && workflowRun.headSha !== pr.headSha) {
    throw new InputError(`${resultsFile} is for commit ${pr.headSha}, but the workflow run that triggered this one built ${workflowRun.headSha}: download the artifact of the triggering run (run-id: github.event.workflow_run.id)`);
  }
  if (!ctx.client) throw new InputError('report mode needs github-token to read the pull request and post');

  // The file came from a job that ran the PR's code: its PR number must still point at the commit
  // it was measured on, and what it says about labels and the baseline is checked again here.
  let pull: Awaited<ReturnType<GitHubClient['rest']['pulls']['get']>>['data'];
  try {
    pull = (await ctx.client.rest.pulls.get({ ...ctx.repo, pull_number: pr.number })).data;
  } catch (error) {
    const failure = apiFailure(error);
    const advice = failure.rateLimit ? rateLimitAdvice(failure) : failure.status === 404 ? 'the results file names a pull request this repository does not have' : 'the report job needs `permissions: pull-requests: read` (write, to comment)';
    throw new InputError(`cannot read pull request #${pr.number} (${failure.text}): ${advice}`);
  }
  if (pull.head.sha !== pr.headSha) {
    core.notice(`wasm-gate: not posting: pull request #${pr.number} is now at ${pull.head.sha.slice(0, 12)}, these results are for ${pr.headSha.slice(0, 12)} (its own run posts)`);
    await publish(ctx, results, resultsFile);
    return;
  }
  if (inputs.commentKey) results.commentKey = inputs.commentKey;
  if (inputs.acceptLabel) {
    results.acceptance = { label: inputs.acceptLabel, applied: hasLabel(pull.labels.map((l) => l.name ?? ''), inputs.acceptLabel) };
  }
  results.baselineReview = await reviewBetweenCommits({
    configFile: path.resolve(inputs.config),
    baselineFile: path.resolve(inputs.baseline),
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    workspace: ctx.workspace,
    repo: ctx.repo,
    octokit: ctx.client,
  });
  const { body, key } = await publish(ctx, results, resultsFile);
  if (inputs.comment) await postComment(ctx, pr.number, key, body, 'report');
}

async function readResultsFile(file: string): Promise<string> {
  try {
    return (await readInputFile(file, 'results file')).toString('utf8');
  } catch (error) {
    if (error instanceof InputReadError && (error.code === 'not-regular' || error.code === 'too-large')) throw new ResultsFileError(`input results: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const hint =
      code === 'ENOENT'
        ? 'download the artifact the check run uploaded (actions/download-artifact) to this path, or fix the results input'
        : code === 'EISDIR'
          ? 'the results input names a directory: point it at the results JSON inside it'
          : 'point the results input at a readable results file';
    throw new ResultsFileError(`input results: cannot read the results file ${file} (${code}): ${hint}`);
  }
}
