// check and update: run the gate here, over the checked-out code, then publish.
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic, WriteError } from '../fs/atomic-write.js';
import { runGate } from '../pipeline.js';
import { cancellation } from '../processes.js';
import { baseBaselineOf, readBaseFiles, reviewAgainstBase } from '../publish/base-review.js';
import { hasLabel, pullRequestFromEvent, type PullRequestContext } from '../publish/event.js';
import type { PublishedResults } from '../publish/extras.js';
import { failureSummary } from '../publish/failure.js';
import { findGitCredentials } from '../publish/git-credentials.js';
import { annotationsFor, stepOutcome } from '../publish/outcome.js';
import { serializeResults } from '../publish/results-file.js';
import type { GateResults } from '../types.js';
import type { AgainstOption } from '../variant-build/base-build.js';
import { checkRunContext } from '../publish/run-context.js';
import { actionLocation, log, type ActionContext } from './context.js';
import { appendSummary, finish, postComment, publish, summaryState } from './publish.js';

export async function gateMode(ctx: ActionContext, mode: 'check' | 'update'): Promise<void> {
  const { inputs } = ctx;
  const pr = pullRequestFromEvent(ctx.eventName, ctx.payload);
  if (ctx.eventName === 'pull_request_target') {
    core.warning(`wasm-gate under pull_request_target builds the PR with a write token in reach: use the pull_request + workflow_run pair (wasm-gate's docs/ACTION.md, "The fork-safe pair")`);
  }
  if (pr) await warnAboutGitCredentials(ctx.workspace);
  const configFile = path.resolve(inputs.config);
  const baselineFile = path.resolve(inputs.baseline);
  // The token goes in as a secret: no build command or benchmark sees it under any name.
  const select = inputs.shard || inputs.variants ? { ...(inputs.shard ? { shard: inputs.shard } : {}), ...(inputs.variants ? { variants: inputs.variants } : {}) } : undefined;
  // In a PR, the baseline is the PR's own: its records are reused only where the base branch has
  // them too. The base branch's files are read once, for this and for the review below.
  const where = { configFile, baselineFile, workspace: ctx.workspace, repo: ctx.repo ?? { owner: '', repo: '' }, ...(ctx.client && ctx.repo ? { octokit: ctx.client } : {}) };
  const base = pr ? await readBaseFiles({ ...where, baseSha: pr.baseSha }) : undefined;
  const trustedBaseline = base ? baseBaselineOf(base, baselineFile) : undefined;
  // A shard's file is named after it, so that a merge job downloading every shard's gets them all.
  const shardFile = inputs.shard && !inputs.results ? defaultResultsFile(`${inputs.commentKey ? `${inputs.commentKey}-` : ''}shard-${inputs.shard.index}-of-${inputs.shard.count}`) : undefined;
  const resultsFile = shardFile ?? path.resolve(inputs.results || defaultResultsFile(inputs.commentKey));
  // Results so far in the results file after each variant: a job stopped by its time-out or a
  // cancel leaves them for an `if: always()` step (the finished run's results replace them).
  const onProgress = (unfinished: GateResults): Promise<void> => writeFileAtomic(resultsFile, serializeResults(unfinished), 'results file').catch(() => {});
  const run = await runGate({
    mode,
    configFile,
    baselineFile,
    secrets: inputs.token ? [inputs.token] : [],
    log,
    onProgress,
    ...(select ? { select } : {}),
    ...(trustedBaseline !== undefined ? { trustedBaseline } : {}),
    ...againstOption(inputs.against, mode, pr?.baseSha),
  });
  // Cancelled meanwhile: the signal's handler reports that; these results are incomplete.
  if (cancellation()) return;
  const results = run.results as PublishedResults;
  if (pr) results.pullRequest = { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, ...(ctx.repo ? { repo: `${ctx.repo.owner}/${ctx.repo.repo}` } : {}) };
  if (inputs.commentKey) results.commentKey = inputs.commentKey;
  // The run link and the commands to reproduce it locally.
  results.context = checkRunContext(process.env, inputs, actionLocation(ctx));
  const acceptedByLabel = mode === 'check' && pr !== undefined && hasLabel(pr.labels, inputs.acceptLabel);
  if (inputs.acceptLabel) results.acceptance = { label: inputs.acceptLabel, applied: acceptedByLabel };
  // Without a baseline every variant is new and nothing is gated: on a PR that must not pass quietly.
  if (mode === 'check' && pr && !run.baseline && !existsSync(baselineFile)) {
    results.missingBaseline = workspacePath(ctx.workspace, baselineFile);
    core.warning(`wasm-gate: no baseline at ${results.missingBaseline}: every variant is new and nothing was gated. Commit one there (run \`update\`), or set the baseline input to where it is`);
  }

  if (mode === 'check' && pr && run.config) {
    results.baselineReview = await log.group('wasm-gate: baseline and thresholds on the base branch', async () => {
      const review = await reviewAgainstBase({
        ...where,
        baseSha: pr.baseSha,
        config: run.config as NonNullable<typeof run.config>,
        baseline: run.baseline,
        ...(base ? { base } : {}),
      });
      log.info(`read from ${review.source}${review.reason ? ` (${review.reason})` : ''}: ${review.loosened.length} loosened`);
      return review;
    });
  }

  await deliverResults(ctx, results, { mode, pr, acceptedByLabel, baselineChanged: run.baselineChanged ?? false, resultsFile });
}

/** The verdict, the results file, outputs, summary, annotations and the comment: what every mode
 * that judges results (check, update, merge) ends with. */
export async function deliverResults(
  ctx: ActionContext,
  results: PublishedResults,
  how: { mode: 'check' | 'update'; pr: PullRequestContext | undefined; acceptedByLabel: boolean; baselineChanged: boolean; resultsFile?: string },
): Promise<void> {
  const { inputs } = ctx;
  const { mode, pr, acceptedByLabel } = how;
  const outcome = stepOutcome(results, { failOnRegression: inputs.failOnRegression, acceptedByLabel, acceptLabel: inputs.acceptLabel });
  // A results file that cannot be written fails the step, after the report went everywhere else.
  const resultsFile = how.resultsFile ?? path.resolve(inputs.results || defaultResultsFile(inputs.commentKey));
  let unwritten: string | undefined;
  try {
    await writeFileAtomic(resultsFile, serializeResults(results), 'results file');
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    unwritten = `${inputs.results ? 'input results' : 'the default results path (RUNNER_TEMP)'}: ${error.message}`;
  }

  const { body, key } = await publish(ctx, results, unwritten ? undefined : resultsFile);
  core.setOutput('baseline-changed', String(how.baselineChanged));
  for (const a of annotationsFor(results, outcome.failed ? 'error' : 'warning')) core[a.level](a.message, { title: a.title });

  if (mode === 'check' && inputs.comment) {
    if (!pr) log.info(`wasm-gate: ${ctx.eventName ?? 'this'} event is not a pull request: no comment (the job summary has the report)`);
    else await postComment(ctx, pr.number, key, body, pr.fork ? 'fork' : 'gate');
  }
  finish(outcome);
  if (unwritten) {
    core.setFailed(`wasm-gate: ${unwritten}`);
    await appendSummary(failureSummary(unwritten, summaryState.reportWritten));
  }
}

/** Input `against`: a ref; empty, a pull request's base commit (fetched when the checkout lacks it); `none`, off. */
export function againstOption(input: string, mode: 'check' | 'update', baseSha: string | undefined): { against?: AgainstOption } {
  if (mode !== 'check' || input === 'none') return {};
  if (input) return { against: { ref: input, fetch: true } };
  return baseSha ? { against: { ref: baseSha, fetch: true, implicit: true } } : {};
}

/** The PR's build can read what the checkout keeps in its git config: say so, and the fix. */
async function warnAboutGitCredentials(workspace: string): Promise<void> {
  const found = await findGitCredentials(workspace);
  if (found.length === 0) return;
  const where = [...new Set(found.map((c) => `${c.key} in ${c.file}`))].slice(0, 5).join(', ');
  core.warning(
    `wasm-gate: the checkout's git config holds a credential that the PR's build can read (${where}): set \`persist-credentials: false\` on actions/checkout in this workflow (wasm-gate's docs/ACTION.md, "Security")`,
  );
}

/** A path as the workflow names it: relative to the workspace when inside it. */
function workspacePath(workspace: string, file: string): string {
  const relative = path.relative(workspace, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

export function defaultResultsFile(key: string): string {
  const slug = key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'wasm-gate', `results${slug ? `-${slug}` : ''}.json`);
}
