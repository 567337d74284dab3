// What the action knows before it does anything: inputs, the triggering event, the repository,
// the API client. Reading them is where bad surroundings show first, so every fault here is an
// InputError that names the input or file and the fix.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.js';
import { quietAfterCancel } from '../processes.js';
import type { ActionLocation } from '../publish/run-context.js';
import { lookUpLogin, TokenIdentity } from '../publish/identity.js';
import { InputError, readInputs, type ActionInputs } from '../publish/inputs.js';
import { createGitHubClient, type GitHubClient } from '../publish/octokit.js';

export const log: Logger = quietAfterCancel({
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
  detail: (m) => core.info(m),
  group: (title, fn) => core.group(title, fn),
});

export interface Repo {
  owner: string;
  repo: string;
}

export interface ActionContext {
  inputs: ActionInputs;
  eventName: string | undefined;
  payload: unknown;
  repo: Repo | undefined;
  workspace: string;
  client: GitHubClient | undefined;
  /** who the token is: asked for only when a marked comment needs deciding */
  identity: TokenIdentity | undefined;
}

/** @param token the github-token input, as the hand-over delivered it */
export async function readContext(token: string): Promise<ActionContext> {
  const inputs = readInputs((name) => (name === 'github-token' ? token : core.getInput(name)));
  if (inputs.token) core.setSecret(inputs.token);
  const payload = await readEventPayload(process.env.GITHUB_EVENT_PATH);
  const client = inputs.token ? await createGitHubClient(inputs.token, log) : undefined;
  return {
    inputs,
    eventName: process.env.GITHUB_EVENT_NAME,
    payload,
    repo: parseRepository(process.env.GITHUB_REPOSITORY),
    workspace: path.resolve(process.env.GITHUB_WORKSPACE || process.cwd()),
    client,
    identity: client ? new TokenIdentity(() => lookUpLogin(client)) : undefined,
  };
}

/** The runner writes the payload; a missing or broken one is reported, never a crash. */
export async function readEventPayload(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  const fix = 'the runner writes this file: re-run the job (or, if you set GITHUB_EVENT_PATH yourself, point it at the event JSON)';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the event payload GITHUB_EVENT_PATH=${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ${fix}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new InputError(`the event payload GITHUB_EVENT_PATH=${file} is not valid JSON (${(error as Error).message.split('\n')[0]}): ${fix}`);
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InputError(`the event payload GITHUB_EVENT_PATH=${file} is not a JSON object: ${fix}`);
  }
  return payload;
}

export function parseRepository(value: string | undefined): Repo | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

/** This bundle's directory (the action's dist/) and the workspace: `uses: ./` runs its own CLI. */
export function actionLocation(ctx: ActionContext): ActionLocation {
  return { distDir: path.dirname(fileURLToPath(import.meta.url)), workspace: ctx.workspace };
}
