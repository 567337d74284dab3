// Pure: where the results come from and how a developer gets the same numbers: the workflow
// run's page, and the commands that run this gate locally the way this workflow does. The CLI is
// installed from where the action itself was loaded (GITHUB_ACTION_REPOSITORY at
// GITHUB_ACTION_REF: dist/ is committed and package.json has `bin`), since `npx wasm-gate` alone
// would look for a package that is not published.
import path from 'node:path';
import { isRunUrl, type GateCommands, type RunContext } from '../results/published.js';
import { shellWord } from '../report/escape.js';
import { isSha } from './event.js';

export interface RunEnvironment {
  GITHUB_SERVER_URL?: string | undefined;
  GITHUB_REPOSITORY?: string | undefined;
  GITHUB_RUN_ID?: string | undefined;
  GITHUB_RUN_ATTEMPT?: string | undefined;
  GITHUB_ACTION_REPOSITORY?: string | undefined;
  GITHUB_ACTION_REF?: string | undefined;
}

export interface CommandInputs {
  config: string;
  baseline: string;
}

/** Where this action's code lives (`<action>/dist`) and the workspace it runs in. */
export interface ActionLocation {
  distDir: string;
  workspace: string;
}

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const REF = /^[A-Za-z0-9_.][A-Za-z0-9_./-]{0,99}$/;

/** check and update: this run's page, and the commands. */
export function checkRunContext(env: RunEnvironment, inputs: CommandInputs, where: ActionLocation): RunContext {
  const url = runUrl(env, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT);
  return { ...(url ? { runUrl: url } : {}), commands: gateCommands(env, inputs, where) };
}

/**
 * report: the numbers were measured by the run that triggered this workflow_run, named by the
 * event (from GitHub), not by the results file; the commands are this workflow's own, so that a
 * results file written by a PR's job cannot choose what a reader is told to run.
 */
export function reportRunContext(fromFile: RunContext | undefined, env: RunEnvironment, payload: unknown, inputs: CommandInputs, where: ActionLocation): RunContext {
  const run = record(record(payload)?.workflow_run);
  const id = run?.id;
  const attempt = run?.run_attempt;
  const fromEvent = typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? runUrl(env, String(id), typeof attempt === 'number' ? String(attempt) : undefined) : undefined;
  const repo = env.GITHUB_REPOSITORY ?? '';
  const own = REPO.test(repo) ? `${server(env)}/${repo}/actions/runs/` : undefined;
  const fileUrl = fromFile?.runUrl && own && fromFile.runUrl.startsWith(own) && isRunUrl(fromFile.runUrl) ? fromFile.runUrl : undefined;
  const url = fromEvent ?? fileUrl;
  return { ...(url ? { runUrl: url } : {}), commands: gateCommands(env, inputs, where) };
}

function server(env: RunEnvironment): string {
  return (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
}

export function runUrl(env: RunEnvironment, runId: string | undefined, attempt?: string): string | undefined {
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (!runId || !/^\d+$/.test(runId) || !REPO.test(repo)) return undefined;
  const url = `${server(env)}/${repo}/actions/runs/${runId}${attempt && /^\d+$/.test(attempt) && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
  return isRunUrl(url) ? url : undefined;
}

/** `npx wasm-gate check` with this workflow's paths, and how to install it first. */
export function gateCommands(env: RunEnvironment, inputs: CommandInputs, where: ActionLocation): GateCommands {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  let bin = ['npx', 'wasm-gate'];
  let install: string | undefined;
  if (REPO.test(repo) && (REF.test(ref) || isSha(ref)) && !ref.includes('..')) {
    install = `npm i -D github:${repo}#${ref}`;
  } else {
    // `uses: ./` (the action is in the repository): its CLI is beside it.
    const cli = path.relative(where.workspace, path.join(where.distDir, 'cli.js'));
    if (cli && !cli.startsWith('..') && !path.isAbsolute(cli)) bin = ['node', cli.split(path.sep).join('/')];
  }
  const flags: string[] = [];
  if (path.normalize(inputs.config) !== 'wasm-gate.config.json') flags.push('--config', inputs.config);
  const besideConfig = path.join(path.dirname(inputs.config), 'baseline.json');
  if (path.normalize(inputs.baseline) !== path.normalize(besideConfig)) flags.push('--baseline', inputs.baseline);
  const line = (command: string): string => [...bin, command, ...flags].map(shellWord).join(' ');
  return { ...(install ? { install } : {}), check: line('check'), update: line('update') };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
