// The bundled action (dist/index.js), run as the runner runs it, when its surroundings are hostile
// or broken: a PR build hunting for the token, a broken event payload, bad inputs, unreadable or
// unwritable files, an exhausted rate limit. Every path ends with `::error::` (or a warning)
// that names what to fix, a job summary, and no stack trace.
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { runGate } from '../src/pipeline.js';
import { requireNode20 } from './helpers/cli.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { openApiProblems } from './helpers/openapi.js';
import { ACTION, pullRequestEvent, runAction, sha, type ActionRun } from './helpers/run-action.js';
import { paddedModule } from './helpers/wasm.js';

/** Unique to this run of the suite: no other process on the machine holds it. */
const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const PR = 7;
const HEAD = sha('faults head');
const BASE = sha('faults base');

let github: FakeGitHub;

beforeAll(async () => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`node scripts/bundle.mjs\` first`);
  github = await FakeGitHub.start(TOKEN);
});

afterEach(() => {
  expect(github.requests.flatMap(openApiProblems)).toEqual([]);
  github.reset();
});

afterAll(async () => {
  await github?.close();
});

/** A checkout with one prebuilt variant (its `build` runs as given) and a baseline for it. */
async function checkout(build?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-faults-'));
  await mkdir(path.join(dir, 'wasm'));
  await writeFile(path.join(dir, 'wasm', 'app.wasm'), paddedModule(1500));
  const config = { variants: [{ name: 'app', artifact: 'wasm/app.wasm', ...(build ? { build } : {}) }], optimize: false, bench: { enabled: false } };
  await writeFile(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config, null, 2));
  await runGate({ mode: 'update', configFile: path.join(dir, 'wasm-gate.config.json'), baselineFile: path.join(dir, 'baseline.json'), log: silentLogger });
  return dir;
}

async function git(dir: string, ...args: string[]): Promise<void> {
  await execa('git', args, { cwd: dir, env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
}

function action(dir: string, extra: { inputs?: Record<string, string>; env?: Record<string, string>; eventName?: string; event?: unknown; node?: string } = {}): Promise<ActionRun> {
  return runAction({
    inputs: { config: 'wasm-gate.config.json', baseline: 'baseline.json', mode: 'check', 'github-token': TOKEN, comment: 'true', results: '', ...extra.inputs },
    eventName: extra.eventName ?? 'pull_request',
    event: extra.event ?? pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE }),
    workspace: dir,
    apiUrl: github.url,
    ...(extra.env ? { env: extra.env } : {}),
    ...(extra.node ? { node: extra.node } : {}),
  });
}

function errors(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

function warnings(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
}

/** A fault of the surroundings, not a crash: a clear error, a summary, no stack trace. */
function expectCleanFailure(run: ActionRun, ...mentions: RegExp[]): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  const [error, ...more] = errors(run);
  expect(more, run.stdout).toEqual([]);
  for (const m of mentions) expect(error).toMatch(m);
  expect(error).not.toContain('internal error');
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.summary).toContain('## ❌ wasm-gate: the step failed');
}

describe('the token, against a build that goes looking for it', () => {
  // The build scans what a PR's build can read: every process's environment as /proc shows it
  // (its own, the gate's, the runner's), the checkout's git config with its includes, and the
  // runner's temp directory.
  const SCAN = [
    'echo "parent=$PPID" > scan.txt',
    'for f in /proc/[0-9]*/environ; do if tr "\\0" "\\n" < "$f" > /tmp/.wg-scan-$$ 2>/dev/null; then echo "== $f"; cat /tmp/.wg-scan-$$; fi; done >> scan.txt',
    'rm -f /tmp/.wg-scan-$$',
    'echo "== git config" >> scan.txt; git config --list --show-origin >> scan.txt 2>&1',
    'echo "== RUNNER_TEMP" >> scan.txt; find "$RUNNER_TEMP" -type f -exec cat {} + >> scan.txt 2>&1',
  ].join('; ');

  it('finds it in no process environment, no git config and no temp file', async () => {
    const dir = await checkout(SCAN);
    await git(dir, 'init', '-q', '-b', 'main'); // as actions/checkout leaves it with persist-credentials: false
    const runtimeToken = `rt_${randomBytes(16).toString('hex')}`;
    const run = await action(dir, {
      env: {
        // what workflows put next to the input, and what the runner gives every action
        GITHUB_TOKEN: TOKEN,
        GH_TOKEN: TOKEN,
        PUSH_URL: `https://x-access-token:${TOKEN}@github.com/octo-org/wasm-app.git`,
        TOKEN_WITH_NEWLINE: `${TOKEN}\n`,
        ACTIONS_RUNTIME_TOKEN: runtimeToken,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: runtimeToken,
      },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const scan = await readFile(path.join(dir, 'scan.txt'), 'utf8');
    // The scan really read the gate's own environment (the build's parent) and many others.
    const parent = /^parent=(\d+)$/m.exec(scan)?.[1];
    const gateEnv = scan.split(`== /proc/${parent}/environ\n`)[1]?.split('\n== ')[0] ?? '';
    expect(gateEnv).toContain(`GITHUB_WORKSPACE=${dir}`);
    expect(gateEnv).toContain('INPUT_CONFIG=wasm-gate.config.json');
    expect(scan.match(/^== \/proc\/\d+\/environ$/gm)?.length).toBeGreaterThan(3);
    expect(scan).toContain('== git config');
    for (const secret of [TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64'), runtimeToken]) {
      expect(scan.includes(secret), `found ${secret.slice(0, 8)}… in what the build can read`).toBe(false);
    }
    expect(gateEnv).not.toMatch(/^(INPUT_GITHUB-TOKEN|GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN)=/m);
    // The hand-over file is gone, and the token still did its job.
    const runnerTemp = path.dirname(path.dirname(run.outputs.results as string));
    expect((await readdir(runnerTemp)).filter((f) => f.startsWith('wasm-gate-'))).toEqual([]);
    expect(github.comments.get(PR)).toHaveLength(1);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(warnings(run).filter((w) => w.includes('token'))).toEqual([]);
  });

  // The machine's own Node 20 has no process.execve: the token cannot leave the environment.
  it('says so when it cannot re-execute itself without the token (a Node without process.execve)', async (ctx) => {
    const node20 = requireNode20(ctx);
    const dir = await checkout();
    const run = await action(dir, { node: node20 });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(warnings(run).find((w) => w.includes('the token stays in this process'))).toMatch(/process\.execve is not available \(Node v20\.[\d.]+ on linux\)/);
  });

  it('warns, naming the file, when the checkout keeps a credential in its git config', async () => {
    const dir = await checkout();
    await git(dir, 'init', '-q', '-b', 'main');
    // actions/checkout with persist-credentials (the default): v4 writes .git/config, v6 a file
    // under RUNNER_TEMP that .git/config includes.
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    await git(dir, 'config', 'http.https://github.com/.extraheader', header);
    const included = path.join(await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-creds-')), 'git-credentials-1.config');
    await writeFile(included, `[http "https://github.example/"]\n\textraheader = ${header}\n`);
    await git(dir, 'config', `includeIf.gitdir:${dir}/.git.path`, included);
    const run = await action(dir);
    expect(run.exitCode, run.stdout).toBe(0);
    const warning = warnings(run).find((w) => w.includes('credential'));
    expect(warning).toContain(`http.https://github.com/.extraheader in ${path.join(dir, '.git', 'config')}`);
    expect(warning).toContain(`http.https://github.example/.extraheader in ${included}`);
    expect(warning).toContain('persist-credentials: false');
    expect(run.stdout).not.toContain(header.slice(-20));
  });
});

describe('faults of the surroundings end in a clear error and a summary', () => {
  it('a malformed event payload (GITHUB_EVENT_PATH)', async () => {
    const dir = await checkout();
    const eventFile = path.join(dir, 'event.json');
    await writeFile(eventFile, '{"pull_request": {"number": 7,');
    const run = await action(dir, { env: { GITHUB_EVENT_PATH: eventFile } });
    expectCleanFailure(run, /GITHUB_EVENT_PATH=.*event\.json is not valid JSON/, /re-run the job/);
    expect(run.summary).toContain('event.json is not valid JSON');
  });

  it('a missing event payload file', async () => {
    const dir = await checkout();
    const run = await action(dir, { env: { GITHUB_EVENT_PATH: path.join(dir, 'nope.json') } });
    expectCleanFailure(run, /cannot read the event payload GITHUB_EVENT_PATH=.*nope\.json \(ENOENT\)/);
  });

  it('an input that is not one of its values', async () => {
    const dir = await checkout();
    const run = await action(dir, { inputs: { mode: 'checks' } });
    expectCleanFailure(run, /input mode must be one of check, update, report, merge \(got "checks"\)/);
    expect(run.summary).toContain('input mode must be one of');
  });

  it('report mode: a results file that is not there', async () => {
    const dir = await checkout();
    const run = await action(dir, { inputs: { mode: 'report', results: 'wasm-gate-results/results.json' }, eventName: 'workflow_run', event: { workflow_run: { head_sha: HEAD } } });
    expectCleanFailure(run, /input results: cannot read the results file .*wasm-gate-results\/results\.json \(ENOENT\)/, /download the artifact/);
  });

  it('report mode: a results file that is not JSON, or not results', async () => {
    const dir = await checkout();
    await writeFile(path.join(dir, 'broken.json'), '{"schemaVersion": 1,');
    const broken = await action(dir, { inputs: { mode: 'report', results: 'broken.json' }, eventName: 'workflow_run', event: {} });
    expectCleanFailure(broken, /results file .*broken\.json is not valid JSON/);
    await writeFile(path.join(dir, 'other.json'), JSON.stringify({ schemaVersion: 1, tool: {} }));
    const other = await action(dir, { inputs: { mode: 'report', results: 'other.json' }, eventName: 'workflow_run', event: {} });
    expectCleanFailure(other, /results file .*other\.json is invalid: \/tool\/version must be a string/);
  });

  it('report mode: results for another repository or another commit', async () => {
    const dir = await checkout();
    github.readOnly = true;
    const check = await action(dir, { inputs: { comment: 'false' } });
    expect(check.exitCode, check.stdout).toBe(0);
    const results = JSON.parse(await readFile(check.outputs.results as string, 'utf8'));
    await writeFile(path.join(dir, 'foreign.json'), JSON.stringify({ ...results, pullRequest: { ...results.pullRequest, repo: 'someone/else' } }));
    const foreign = await action(dir, { inputs: { mode: 'report', results: 'foreign.json' }, eventName: 'workflow_run', event: { workflow_run: { head_sha: HEAD } } });
    expectCleanFailure(foreign, /foreign\.json is for someone\/else, not octo-org\/wasm-app/);
    await writeFile(path.join(dir, 'mine.json'), JSON.stringify(results));
    const stale = await action(dir, { inputs: { mode: 'report', results: 'mine.json' }, eventName: 'workflow_run', event: { workflow_run: { head_sha: sha('another commit') } } });
    expectCleanFailure(stale, /mine\.json is for commit [0-9a-f]{40}, but the workflow run that triggered this one built/);
  });

  it('an unwritable results path: the report still goes out, then the step fails naming the path', async () => {
    const dir = await checkout();
    await writeFile(path.join(dir, 'not-a-dir'), 'a file');
    const run = await action(dir, { inputs: { results: 'not-a-dir/results.json' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    const [error, ...more] = errors(run);
    expect(more).toEqual([]);
    expect(error).toMatch(/^wasm-gate: input results: cannot write the results file .*not-a-dir\/results\.json \((ENOTDIR|EEXIST)\): a part of the path is a file, not a directory/);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/internal error|^\s+at .+:\d+:\d+\)?$/m);
    // the report itself is whole: summary, outputs and comment
    expect(run.summary).toContain('no regression in 1 variant');
    expect(run.summary).toContain('wasm-gate failed after the report');
    expect(run.outputs['comment-body']).toContain('no regression');
    expect(run.outputs.results).toBeUndefined();
    expect(github.comments.get(PR)).toHaveLength(1);
  });
});

describe('a rate limit is not a permission problem', () => {
  const inAnHour = String(Math.floor(Date.now() / 1000) + 3600);

  it('a primary rate limit (x-ratelimit-remaining: 0) on the comment', async () => {
    const dir = await checkout();
    github.faults.push({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      times: 5,
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAnHour },
    });
    const run = await action(dir);
    expect(run.exitCode, run.stdout).toBe(0);
    const warning = warnings(run).find((w) => w.includes('could not post the PR comment'));
    expect(warning).toContain('HTTP 403: API rate limit exceeded');
    expect(warning).toContain('rate limit for this token is used up (not a permission problem)');
    expect(warning).not.toMatch(/permissions|read-only|cannot write comments/);
    expect(run.summary).toContain('no regression');
  });

  it('a secondary rate limit on the comment', async () => {
    const dir = await checkout();
    github.faults.push({
      method: 'POST',
      path: /\/issues\/\d+\/comments$/,
      status: 403,
      times: 5,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: '403' },
      headers: { 'retry-after': '600' },
    });
    const run = await action(dir, { event: pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE, fork: true }) });
    const warning = warnings(run).find((w) => w.includes('could not post the PR comment'));
    expect(warning).toContain("secondary rate limit refused it (too many requests in a short time, not a permission problem)");
    expect(warning).not.toMatch(/permissions|read-only|cannot write comments/);
  });

  it('report mode: a rate-limited read of the pull request fails as a rate limit', async () => {
    const dir = await checkout();
    github.readOnly = true;
    const check = await action(dir, { inputs: { comment: 'false' } });
    github.reset();
    await writeFile(path.join(dir, 'results.json'), await readFile(check.outputs.results as string));
    github.faults.push({
      method: 'GET',
      path: /\/pulls\/\d+$/,
      status: 403,
      times: 5,
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inAnHour },
    });
    const run = await action(dir, { inputs: { mode: 'report', results: 'results.json' }, eventName: 'workflow_run', event: { workflow_run: { head_sha: HEAD } } });
    expectCleanFailure(run, /cannot read pull request #7 \(HTTP 403: API rate limit exceeded/, /not a permission problem/);
    expect(errors(run)[0]).not.toMatch(/permissions:/);
  });
});
