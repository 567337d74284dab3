// The GitHub Action entry: inputs → gate (or a results file, in report mode) → the same Markdown
// for the PR comment and the job summary → outputs, annotations, the step's verdict.
// Decisions live in src/publish/*.ts pure modules; this file does the I/O.
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from './log.js';
import { runGate } from './pipeline.js';
import { reviewAgainstBase, reviewBetweenCommits } from './publish/base-review.js';
import { upsertComment } from './publish/comment.js';
import { hasLabel, pullRequestFromEvent, workflowRunFromEvent } from './publish/event.js';
import type { PublishedResults } from './publish/extras.js';
import { InputError, readInputs, type ActionInputs } from './publish/inputs.js';
import { createGitHubClient, httpStatus, type GitHubClient } from './publish/octokit.js';
import { annotationsFor, stepOutcome } from './publish/outcome.js';
import { parseResults, ResultsFileError, serializeResults } from './publish/results-file.js';
import { checkRunContext, reportRunContext, type ActionLocation } from './publish/run-context.js';
import { commentMarker, renderMarkdown } from './report/markdown.js';

const log: Logger = {
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
  detail: (m) => core.info(m),
  group: (title, fn) => core.group(title, fn),
};

/** A job summary may hold 1 MiB; at up to 3 UTF-8 bytes per UTF-16 unit this stays below it. */
const SUMMARY_LIMIT = 340_000;

interface Repo {
  owner: string;
  repo: string;
}

interface ActionContext {
  inputs: ActionInputs;
  eventName: string | undefined;
  payload: unknown;
  repo: Repo | undefined;
  workspace: string;
  client: GitHubClient | undefined;
}

async function main(): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const context: ActionContext = {
    inputs,
    eventName: process.env.GITHUB_EVENT_NAME,
    payload: await readEventPayload(process.env.GITHUB_EVENT_PATH),
    repo: parseRepository(process.env.GITHUB_REPOSITORY),
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    client: inputs.token ? createGitHubClient(inputs.token, log) : undefined,
  };
  if (inputs.mode === 'report') await reportMode(context);
  else await gateMode(context, inputs.mode);
}

/** check and update: run the gate here, over the checked-out code. */
async function gateMode(ctx: ActionContext, mode: 'check' | 'update'): Promise<void> {
  const { inputs } = ctx;
  const pr = pullRequestFromEvent(ctx.eventName, ctx.payload);
  if (ctx.eventName === 'pull_request_target') {
    core.warning('wasm-gate under pull_request_target builds the PR with a write token in reach: use the pull_request + workflow_run pair (README: "The fork-safe pair")');
  }
  const configFile = path.resolve(inputs.config);
  const baselineFile = path.resolve(inputs.baseline);
  // The token goes in as a secret: no build command or benchmark sees it under any name.
  const run = await runGate({ mode, configFile, baselineFile, secrets: inputs.token ? [inputs.token] : [], log });
  const results = run.results as PublishedResults;
  if (pr) results.pullRequest = { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, ...(ctx.repo ? { repo: `${ctx.repo.owner}/${ctx.repo.repo}` } : {}) };
  if (inputs.commentKey) results.commentKey = inputs.commentKey;
  // wasm-gate:context: the run link and the commands to reproduce it locally.
  results.context = checkRunContext(process.env, inputs, actionLocation(ctx));
  const acceptedByLabel = mode === 'check' && pr !== undefined && hasLabel(pr.labels, inputs.acceptLabel);
  if (inputs.acceptLabel) results.acceptance = { label: inputs.acceptLabel, applied: acceptedByLabel };

  if (mode === 'check' && pr && run.config) {
    results.baselineReview = await log.group('wasm-gate: baseline and thresholds on the base branch', async () => {
      const review = await reviewAgainstBase({
        configFile,
        baselineFile,
        baseSha: pr.baseSha,
        config: run.config as NonNullable<typeof run.config>,
        baseline: run.baseline,
        workspace: ctx.workspace,
        repo: ctx.repo ?? { owner: '', repo: '' },
        ...(ctx.client && ctx.repo ? { octokit: ctx.client } : {}),
      });
      log.info(`read from ${review.source}${review.reason ? ` (${review.reason})` : ''}: ${review.loosened.length} loosened`);
      return review;
    });
  }

  const outcome = stepOutcome(results, { failOnRegression: inputs.failOnRegression, acceptedByLabel, acceptLabel: inputs.acceptLabel });
  const resultsFile = path.resolve(inputs.results || defaultResultsFile(inputs.commentKey));
  await mkdir(path.dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, serializeResults(results));

  const { body, key } = await publish(ctx, results, resultsFile);
  core.setOutput('baseline-changed', String(run.baselineChanged ?? false));
  for (const a of annotationsFor(results, outcome.failed ? 'error' : 'warning')) core[a.level](a.message, { title: a.title });

  if (mode === 'check' && inputs.comment) {
    if (!pr) log.info(`wasm-gate: ${ctx.eventName ?? 'this'} event is not a pull request: no comment (the job summary has the report)`);
    else await postComment(ctx, pr.number, key, body, pr.fork ? 'fork' : 'gate');
  }
  finish(outcome);
}

/** report: post a results file another job wrote; nothing from the PR is built or run here. */
async function reportMode(ctx: ActionContext): Promise<void> {
  const { inputs } = ctx;
  const resultsFile = path.resolve(inputs.results);
  const results = parseResults(await readFile(resultsFile, 'utf8'), resultsFile);
  // wasm-gate:context: the triggering run's link and this workflow's commands, not the file's.
  results.context = reportRunContext(results.context, process.env, ctx.payload, inputs, actionLocation(ctx));
  const pr = results.pullRequest;
  if (!pr?.headSha) throw new InputError(`${resultsFile} names no pull request and head commit: write it from a pull_request run`);
  if (!ctx.repo) throw new InputError('GITHUB_REPOSITORY is not set');
  if (pr.repo && pr.repo.toLowerCase() !== `${ctx.repo.owner}/${ctx.repo.repo}`.toLowerCase()) {
    throw new InputError(`${resultsFile} is for ${pr.repo}, not ${ctx.repo.owner}/${ctx.repo.repo}`);
  }
  const workflowRun = workflowRunFromEvent(ctx.eventName, ctx.payload);
  if (workflowRun && workflowRun.headSha !== pr.headSha) {
    throw new InputError(`${resultsFile} is for commit ${pr.headSha}, but the workflow run that triggered this one built ${workflowRun.headSha}`);
  }
  if (!ctx.client) throw new InputError('report mode needs github-token to read the pull request and post');

  // The file came from a job that ran the PR's code: its PR number must still point at the commit
  // it was measured on, and what it says about labels and the baseline is checked again here.
  let pull: Awaited<ReturnType<GitHubClient['rest']['pulls']['get']>>['data'];
  try {
    pull = (await ctx.client.rest.pulls.get({ ...ctx.repo, pull_number: pr.number })).data;
  } catch (error) {
    const status = httpStatus(error);
    throw new InputError(`cannot read pull request #${pr.number} (${status ? `HTTP ${status}: ` : ''}${(error as Error).message.split('\n')[0]})`);
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

/** Outputs and job summary, the same on every run whatever happens to the comment. */
async function publish(ctx: ActionContext, results: PublishedResults, resultsFile: string): Promise<{ body: string; key: string }> {
  const key = ctx.inputs.commentKey || results.commentKey || '';
  const body = renderMarkdown(results, { commentKey: key });
  core.setOutput('results', resultsFile);
  core.setOutput('regressed', String(results.status === 'regressed'));
  core.setOutput('comment-body', body);
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(renderMarkdown(results, { maxLength: SUMMARY_LIMIT })).write();
    } catch (error) {
      core.warning(`wasm-gate: could not write the job summary: ${(error as Error).message}`);
    }
  }
  return { body, key };
}

async function postComment(ctx: ActionContext, issueNumber: number, key: string, body: string, why: 'gate' | 'fork' | 'report'): Promise<void> {
  if (!ctx.client || !ctx.repo) {
    core.warning('wasm-gate: no github-token or GITHUB_REPOSITORY: the report is in the job summary only');
    return;
  }
  const marker = commentMarker(key);
  try {
    const posted = await upsertComment(ctx.client, { ...ctx.repo, issueNumber }, marker, body);
    core.info(`wasm-gate: ${posted.action} comment ${posted.url ?? posted.id}`);
  } catch (error) {
    const status = httpStatus(error);
    const message = `wasm-gate: could not post the PR comment (${status ? `HTTP ${status}: ` : ''}${(error as Error).message.split('\n')[0]})`;
    if (why === 'report') {
      core.setFailed(`${message}; the report job needs \`permissions: pull-requests: write\``);
    } else if (status === 403) {
      // Fork PRs get a read-only token: the verdict, summary and outputs still stand.
      core.warning(
        `${message}. ${why === 'fork' ? 'This PR comes from a fork, so the token is read-only' : 'The token cannot write comments (permissions: pull-requests: write)'}; the job summary and the comment-body output have the report. To comment on fork PRs, use the pull_request + workflow_run pair (README: "The fork-safe pair").`,
      );
    } else core.warning(message);
  }
}

function finish(outcome: ReturnType<typeof stepOutcome>): void {
  if (outcome.failed) core.setFailed(outcome.message);
  else if (outcome.level === 'warning') core.warning(outcome.message);
  else if (outcome.level === 'notice') core.notice(outcome.message);
  else core.info(outcome.message);
}

/** This bundle's directory (the action's dist/) and the workspace: `uses: ./` runs its own CLI. */
function actionLocation(ctx: ActionContext): ActionLocation {
  return { distDir: path.dirname(fileURLToPath(import.meta.url)), workspace: ctx.workspace };
}

function defaultResultsFile(key: string): string {
  const slug = key.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'wasm-gate', `results${slug ? `-${slug}` : ''}.json`);
}

async function readEventPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    core.warning(`wasm-gate: cannot read the event payload ${file}: ${(error as Error).message}`);
    return {};
  }
}

function parseRepository(value: string | undefined): Repo | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

main().catch((error: unknown) => {
  if (error instanceof InputError || error instanceof ResultsFileError) core.setFailed(`wasm-gate: ${(error as Error).message}`);
  else core.setFailed(`wasm-gate: internal error: ${(error as Error)?.stack ?? String(error)}`);
});
