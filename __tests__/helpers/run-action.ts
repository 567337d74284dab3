// Runs the bundled action (dist/index.js) the way the runner does: a node process with INPUT_*
// variables (hyphens kept), the event payload in a file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files to read back.
import { execa } from 'execa';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ACTION = path.join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
  /** workflow commands the action printed: ::error title=...::message */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface ActionSetup {
  inputs: Record<string, string>;
  eventName: string;
  event: unknown;
  workspace: string;
  apiUrl: string;
  repository?: string;
  env?: Record<string, string>;
  /** the node executable (default: this one, Node 24 like the runner's node24) */
  node?: string;
  /** called with the action's pid as soon as it runs (e.g. to send it a signal); awaited before returning */
  whileRunning?: (pid: number) => Promise<void>;
}

export async function runAction(setup: ActionSetup): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-runner-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output.txt');
  const summaryPath = path.join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(setup.event));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: setup.repository ?? 'octo-org/wasm-app',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${setup.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    ...setup.env,
  };
  for (const [name, value] of Object.entries(setup.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = performance.now();
  const child = execa(setup.node ?? process.execPath, [ACTION], { cwd: setup.workspace, env, extendEnv: false, reject: false, stdin: 'ignore', timeout: 60_000 });
  const during = setup.whileRunning && child.pid !== undefined ? setup.whileRunning(child.pid) : Promise.resolve();
  const result = await child;
  await during;
  const durationMs = performance.now() - started;
  return {
    exitCode: result.exitCode ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    durationMs,
    commands: parseCommands(String(result.stdout)),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks, as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const end = lines.indexOf(m[2] as string, i + 1);
    outputs[m[1] as string] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

function parseCommands(stdout: string): ActionRun['commands'] {
  const unescape = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  return stdout
    .split('\n')
    .map((line) => /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      command: m[1] as string,
      properties: Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((p) => {
            const at = p.indexOf('=');
            return [p.slice(0, at), unescape(p.slice(at + 1))];
          }),
      ),
      message: unescape(m[3] ?? ''),
    }));
}

export function sha(seed: string): string {
  let out = '';
  let x = 0;
  for (const c of seed) x = (x * 31 + c.charCodeAt(0)) >>> 0;
  while (out.length < 40) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += (x >>> 16).toString(16).padStart(4, '0');
  }
  return out.slice(0, 40);
}

/** A pull_request event payload with the fields GitHub sends that wasm-gate reads, and more. */
export function pullRequestEvent(options: { number: number; headSha: string; baseSha: string; fork?: boolean; labels?: string[]; action?: string }): unknown {
  const baseRepo = { id: 1, node_id: 'R_1', name: 'wasm-app', full_name: 'octo-org/wasm-app', private: false, owner: { login: 'octo-org', id: 10, type: 'Organization' }, fork: false, default_branch: 'main' };
  const headRepo = options.fork
    ? { id: 2, node_id: 'R_2', name: 'wasm-app', full_name: 'contributor/wasm-app', private: false, owner: { login: 'contributor', id: 11, type: 'User' }, fork: true, default_branch: 'main' }
    : baseRepo;
  return {
    action: options.action ?? 'synchronize',
    number: options.number,
    pull_request: {
      url: `https://api.github.example/repos/octo-org/wasm-app/pulls/${options.number}`,
      id: 1_000 + options.number,
      number: options.number,
      state: 'open',
      title: 'Faster free list @octo-org/everyone <img src=x>',
      user: { login: 'contributor', id: 11, type: 'User' },
      body: 'hello',
      labels: (options.labels ?? []).map((name, i) => ({ id: i, name, color: 'ededed', default: false })),
      draft: false,
      head: { label: `${options.fork ? 'contributor' : 'octo-org'}:feature`, ref: 'feature; rm -rf / #', sha: options.headSha, repo: headRepo },
      base: { label: 'octo-org:main', ref: 'main', sha: options.baseSha, repo: baseRepo },
      author_association: 'CONTRIBUTOR',
    },
    repository: baseRepo,
    sender: { login: 'contributor', id: 11, type: 'User' },
  };
}
