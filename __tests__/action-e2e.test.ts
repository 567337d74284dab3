// End to end: the bundled action (dist/index.js) run as the runner runs it, against a loopback
// fake of the GitHub REST API. Variants are tiny prebuilt modules (no toolchain, no wasm-opt, no
// benchmarks) so each run takes a fraction of a second.
import { execa } from 'execa';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { runGate } from '../src/pipeline.js';
import { BOT, FakeGitHub, HUMAN, OTHER_BOT } from './helpers/fake-github.js';
import { openApiProblems } from './helpers/openapi.js';
import { ACTION, pullRequestEvent, ROOT, runAction, sha, type ActionRun } from './helpers/run-action.js';
import { paddedModule } from './helpers/wasm.js';

const TOKEN = 'ghs_e2eTestToken0123456789abcdefABCDEF';
const PR = 42;
const HEAD = sha('head');
const BASE = sha('base');
const COMMENTS = '/repos/octo-org/wasm-app/issues/42/comments';

let github: FakeGitHub;
const seenRequests: FakeGitHub['requests'] = [];
const suiteStarted = performance.now();

beforeAll(async () => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run \`node scripts/bundle.mjs\` first`);
  github = await FakeGitHub.start(TOKEN);
});

afterEach(() => {
  seenRequests.push(...github.requests);
  github.reset();
});

afterAll(async () => {
  await github?.close();
  console.info(`action e2e: ${seenRequests.length} API requests, ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`);
});

interface VariantSpec {
  name: string;
  /** bytes of incompressible filler in the module */
  size: number;
  build?: string;
}

interface Workspace {
  dir: string;
  config: string;
  baseline: string;
  /** rewrite a variant's module (after the baseline was written: a regression or an improvement) */
  resize(name: string, size: number): Promise<void>;
}

async function workspace(variants: VariantSpec[], options: { thresholds?: unknown; baseline?: boolean } = {}): Promise<Workspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-e2e-'));
  await mkdir(path.join(dir, 'wasm'));
  const seeds = new Map(variants.map((v, i) => [v.name, i + 1]));
  const resize = async (name: string, size: number): Promise<void> => {
    await writeFile(path.join(dir, 'wasm', `${name}.wasm`), paddedModule(size, seeds.get(name) ?? 7));
  };
  for (const v of variants) await resize(v.name, v.size);
  const config = {
    variants: variants.map((v) => ({ name: v.name, artifact: `wasm/${v.name}.wasm`, ...(v.build ? { build: v.build } : {}) })),
    optimize: false,
    bench: { enabled: false },
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  };
  const configFile = path.join(dir, 'wasm-gate.config.json');
  const baselineFile = path.join(dir, 'baseline.json');
  await writeFile(configFile, `${JSON.stringify(config, null, 2)}\n`);
  if (options.baseline !== false) await runGate({ mode: 'update', configFile, baselineFile, log: silentLogger });
  return { dir, config: configFile, baseline: baselineFile, resize };
}

function gate(ws: Workspace, extra: { inputs?: Record<string, string>; event?: unknown; eventName?: string; env?: Record<string, string> } = {}): Promise<ActionRun> {
  return runAction({
    inputs: {
      config: 'wasm-gate.config.json',
      baseline: 'baseline.json',
      mode: 'check',
      'github-token': TOKEN,
      comment: 'true',
      'comment-key': '',
      'fail-on-regression': 'true',
      'accept-label': 'wasm-gate:accept',
      results: '',
      ...extra.inputs,
    },
    eventName: extra.eventName ?? 'pull_request',
    event: extra.event ?? pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE }),
    workspace: ws.dir,
    apiUrl: github.url,
    ...(extra.env ? { env: extra.env } : {}),
  });
}

function commentsOf(issue = PR) {
  const list = github.comments.get(issue) ?? [];
  // WASM_GATE_KEEP_BODIES=dir keeps the bodies to look at (GitHub's preview renders them).
  const keep = process.env.WASM_GATE_KEEP_BODIES;
  if (keep) list.filter((c) => c.body.startsWith('<!-- wasm-gate')).forEach((c, i) => writeFileSync(path.join(keep, `${expect.getState().currentTestName?.replace(/\W+/g, '-')}-${i}.md`), c.body));
  return list;
}

/** The calls that find and write the comment (the base review's contents reads left out). */
function commentCalls(): string[] {
  return github.calls().filter((c) => !c.includes('/contents/'));
}

function expectShapesMatchOpenApi(): void {
  expect(github.requests.flatMap(openApiProblems)).toEqual([]);
}

describe('the sticky comment', () => {
  it('posts the first comment, with the marker first, and sets every output', async () => {
    const ws = await workspace([
      { name: 'dlmalloc', size: 3000 },
      { name: 'bump', size: 1200 },
    ]);
    await ws.resize('bump', 1100);
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    const [comment, ...others] = commentsOf();
    expect(others).toEqual([]);
    expect(comment?.body.startsWith('<!-- wasm-gate:comment key= -->\n')).toBe(true);
    expect(comment?.body).toContain('no regression in 2 variants');
    expect(comment?.body).toBe(run.outputs['comment-body']);
    expect(run.outputs.regressed).toBe('false');
    expect(run.outputs['baseline-changed']).toBe('false');
    expect(run.summary).toContain('| Variant | gzip | Δ gzip |');
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.pullRequest).toEqual({ number: PR, headSha: HEAD, baseSha: BASE, repo: 'octo-org/wasm-app' });
    // search, create, then search again for a copy another run may have raced to create
    expect(github.calls().filter((c) => c.includes('/comments'))).toEqual([`GET ${COMMENTS}`, `POST ${COMMENTS}`, `GET ${COMMENTS}`]);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expectShapesMatchOpenApi();
  });

  it('updates its comment in place when it is past the first page of a long conversation', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    for (let i = 0; i < 130; i++) github.addComment(PR, `review comment ${i}`);
    // A person quoting the marker mid-text is not our comment.
    github.addComment(PR, 'as the bot said: <!-- wasm-gate:comment key= --> hmm');
    const ours = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nold report', BOT);
    for (let i = 0; i < 20; i++) github.addComment(PR, `later comment ${i}`);
    const before = commentsOf().length;

    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf()).toHaveLength(before);
    expect(ours.body).toContain('no regression in 1 variant');
    const calls = github.calls();
    expect(calls).toContain(`GET ${COMMENTS}?page=2`);
    expect(calls.filter((c) => c.startsWith('POST /repos'))).toEqual([]);
    expect(calls.at(-1)).toBe(`PATCH /repos/octo-org/wasm-app/issues/comments/${ours.id}`);
    expectShapesMatchOpenApi();
  });

  it('never edits a person’s comment that opens with the marker: it creates its own', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const human = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nmy notes, which start like the report', HUMAN);
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(human.body).toBe('<!-- wasm-gate:comment key= -->\nmy notes, which start like the report');
    const [first, created, ...others] = commentsOf();
    expect(first?.id).toBe(human.id);
    expect(others).toEqual([]);
    expect(created?.user.login).toBe('github-actions[bot]');
    expect(created?.body).toContain('no regression in 1 variant');
    // GITHUB_TOKEN is an installation token: GraphQL `viewer` says who it is.
    expect(commentCalls()).toEqual([`GET ${COMMENTS}`, 'POST /graphql', `POST ${COMMENTS}`, `GET ${COMMENTS}`]);
    expect(github.calls().filter((c) => c.startsWith('PATCH'))).toEqual([]);
    expectShapesMatchOpenApi();
  });

  it('does not edit another bot’s marked comment either', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const other = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nfrom another app', OTHER_BOT);
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(other.body).toBe('<!-- wasm-gate:comment key= -->\nfrom another app');
    expect(commentsOf().map((c) => c.user.login)).toEqual(['renovate[bot]', 'github-actions[bot]']);
    expect(github.calls().filter((c) => c.startsWith('PATCH'))).toEqual([]);
  });

  it('edits its own comment on a later page, past marked comments of a person and another bot', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const human = github.addComment(PR, '<!-- wasm-gate:comment key= -->\npasted by a person', HUMAN);
    const other = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nanother app', OTHER_BOT);
    for (let i = 0; i < 120; i++) github.addComment(PR, `review comment ${i}`);
    const ours = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nold report', BOT);
    const before = commentsOf().length;
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf()).toHaveLength(before);
    expect(ours.body).toContain('no regression in 1 variant');
    expect(human.body).toBe('<!-- wasm-gate:comment key= -->\npasted by a person');
    expect(other.body).toBe('<!-- wasm-gate:comment key= -->\nanother app');
    expect(commentCalls()).toEqual([`GET ${COMMENTS}`, 'POST /graphql', `GET ${COMMENTS}?page=2`, `PATCH /repos/octo-org/wasm-app/issues/comments/${ours.id}`]);
    expectShapesMatchOpenApi();
  });

  it('with a personal access token, edits the comment that person’s token wrote, not the Actions bot’s', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    github.usePersonalToken(HUMAN);
    const bots = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nwritten with GITHUB_TOKEN', BOT);
    const mine = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nwritten with the PAT', HUMAN);
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mine.body).toContain('no regression in 1 variant');
    expect(bots.body).toBe('<!-- wasm-gate:comment key= -->\nwritten with GITHUB_TOKEN');
    expect(commentsOf()).toHaveLength(2);
    expectShapesMatchOpenApi();
  });

  it('asks REST `GET /user` when GraphQL does not say who the token is', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    github.usePersonalToken(HUMAN);
    github.faults.push({ method: 'POST', path: /^\/graphql$/, status: 200, times: 1, body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by personal access token' }] } });
    const mine = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nold', HUMAN);
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(mine.body).toContain('no regression');
    expect(commentCalls()).toEqual([`GET ${COMMENTS}`, 'POST /graphql', 'GET /user', `PATCH /repos/octo-org/wasm-app/issues/comments/${mine.id}`]);
    expectShapesMatchOpenApi();
  });

  it('when no way of asking works, edits nothing it cannot prove is its own, warns, and keeps one copy', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const human = github.addComment(PR, '<!-- wasm-gate:comment key= -->\na person', HUMAN);
    const ours = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nold report', BOT);
    github.faults.push(
      { method: 'POST', path: /^\/graphql$/, status: 200, times: 1, body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } },
      { method: 'GET', path: /^\/user$/, status: 403, times: 1, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' } },
    );
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    const warning = run.commands.find((c) => c.command === 'warning' && c.message.includes('could not learn which account the token belongs to'));
    expect(warning?.message).toContain('GET /user: HTTP 403: Resource not accessible by integration');
    // The comment it created names its author: its older copy is then provably its own.
    expect(human.body).toBe('<!-- wasm-gate:comment key= -->\na person');
    expect(ours.body).toContain('no regression');
    expect(commentsOf().map((c) => c.id)).toEqual([human.id, ours.id]);
    expectShapesMatchOpenApi();
  });

  it('keeps one comment per comment-key (matrix jobs), each updated in place', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    expect((await gate(ws, { inputs: { 'comment-key': 'wasm32' } })).exitCode).toBe(0);
    expect((await gate(ws, { inputs: { 'comment-key': 'wasm64 (simd)' } })).exitCode).toBe(0);
    await ws.resize('dlmalloc', 1500);
    expect((await gate(ws, { inputs: { 'comment-key': 'wasm32' } })).exitCode).toBe(0);

    const bodies = commentsOf().map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]?.startsWith('<!-- wasm-gate:comment key=wasm32 -->')).toBe(true);
    expect(bodies[0]).toContain('improved');
    expect(bodies[1]?.startsWith('<!-- wasm-gate:comment key=wasm64%20%28simd%29 -->')).toBe(true);
    expect(bodies[1]).toContain('wasm-gate · wasm64 \\(simd\\)');
    expect(github.calls().filter((c) => c.startsWith('POST /repos'))).toHaveLength(2);
    expect(github.calls().filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
  });

  it('edits the oldest copy and deletes its own when two runs raced to create one', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    // The other run's comment lands between our search and our create.
    const first = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nfrom the other run', BOT);
    github.comments.set(PR, []);
    const originalRoute = github.addComment.bind(github);
    let injected = false;
    github.addComment = (issue, body, author) => {
      if (!injected && author === BOT) {
        injected = true;
        github.comments.set(PR, [first]);
      }
      return originalRoute(issue, body, author);
    };
    const run = await gate(ws);
    github.addComment = originalRoute;
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf().map((c) => c.id)).toEqual([first.id]);
    expect(first.body).toContain('no regression');
    expect(github.calls().some((c) => c.startsWith('DELETE /repos/octo-org/wasm-app/issues/comments/'))).toBe(true);
    expectShapesMatchOpenApi();
  });
});

describe('when GitHub says no', () => {
  it('a fork PR (read-only token, 403) warns, and still gates, summarises and writes the results', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    await ws.resize('dlmalloc', 2600);
    github.readOnly = true;
    const run = await gate(ws, { event: pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE, fork: true }) });
    expect(run.exitCode).toBe(1);
    const warning = run.commands.find((c) => c.command === 'warning' && c.message.includes('could not post the PR comment'));
    expect(warning?.message).toContain('HTTP 403');
    expect(warning?.message).toContain('fork');
    expect(run.commands.some((c) => c.command === 'error' && c.message.includes('could not post'))).toBe(false);
    expect(commentsOf()).toEqual([]);
    expect(run.summary).toContain('1 of 1 variant regressed');
    expect(run.outputs['comment-body']).toContain('<!-- wasm-gate:comment key= -->');
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.pullRequest.number).toBe(PR);
    expect(results.pullRequest.headSha).toBe(HEAD);
    expect(results.status).toBe('regressed');
  });

  it('retries 5xx answers, reads and writes', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const ours = github.addComment(PR, '<!-- wasm-gate:comment key= -->\nold', BOT);
    github.faults.push(
      { method: 'GET', path: /\/comments$/, status: 502, times: 1, body: { message: 'Server Error' } },
      { method: 'PATCH', path: /\/comments\/\d+$/, status: 503, times: 1, body: { message: 'Service Unavailable' } },
    );
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf()).toHaveLength(1);
    expect(ours.body).toContain('no regression');
    const statuses = github.requests.filter((r) => r.path.includes('/comments')).map((r) => `${r.method} ${r.status}`);
    expect(statuses).toEqual(['GET 502', 'GET 200', 'PATCH 503', 'PATCH 200']);
  });

  it('waits out a primary rate limit instead of failing', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    github.faults.push({
      method: 'GET',
      path: /\/comments$/,
      status: 403,
      times: 1,
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
    });
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf()).toHaveLength(1);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes('rate limit'))).toBe(true);
  });
});

describe('the verdict', () => {
  it('fails the step on a regression, with annotations and the way to accept it', async () => {
    const ws = await workspace([
      { name: 'dlmalloc', size: 3000 },
      { name: 'freelist', size: 2000 },
    ]);
    await ws.resize('freelist', 2400);
    const run = await gate(ws);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.regressed).toBe('true');
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors.map((e) => e.properties.title)).toContain('wasm-gate: freelist gzip bytes regressed');
    expect(errors.find((e) => e.properties.title === 'wasm-gate: freelist gzip bytes regressed')?.message).toMatch(/→.*\(\+\d+\.\d%\), threshold 1%/);
    const body = commentsOf()[0]?.body ?? '';
    expect(body).toContain('## ❌ wasm-gate: 1 of 2 variants regressed');
    expect(body).toContain('`npx wasm-gate update`');
    expect(body).toContain('`wasm-gate:accept` label');
    // regressions first
    expect(body.indexOf('| ❌ **freelist** |')).toBeGreaterThan(0);
    expect(body.indexOf('dlmalloc')).toBeGreaterThan(body.indexOf('| ❌ **freelist** |'));
    // the run, and how to reproduce it
    expect(body).toContain('[workflow run](https://github.example/octo-org/wasm-app/actions/runs/1)');
    expect(body).toContain('**Reproduce locally:** `npx wasm-gate check`.');
  });

  it('fail-on-regression: false reports the regression without failing', async () => {
    const ws = await workspace([{ name: 'freelist', size: 2000 }]);
    await ws.resize('freelist', 2400);
    const run = await gate(ws, { inputs: { 'fail-on-regression': 'false' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.regressed).toBe('true');
    expect(run.commands.filter((c) => c.command === 'warning').map((c) => c.properties.title)).toContain('wasm-gate: freelist gzip bytes regressed');
  });

  it('the accept label passes a regression and says so in the comment', async () => {
    const ws = await workspace([{ name: 'freelist', size: 2000 }]);
    await ws.resize('freelist', 2400);
    const run = await gate(ws, { event: pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE, labels: ['bug', 'WASM-GATE:accept'], action: 'labeled' }) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.regressed).toBe('true');
    expect(run.commands.some((c) => c.command === 'notice' && c.message.includes('accepted by the "wasm-gate:accept" label'))).toBe(true);
    expect(run.commands.some((c) => c.command === 'error')).toBe(false);
    const body = commentsOf()[0]?.body ?? '';
    expect(body).toContain('accepted by label');
    expect(body).toContain('> [!WARNING]');
    expect(body).toContain('accepted by the `wasm-gate:accept` label');
  });
});

describe('the baseline path', () => {
  /** An input's default as action.yml declares it: what the runner passes when a workflow omits it. */
  async function declaredDefault(input: string): Promise<string> {
    const actionYml = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
    const block = new RegExp(`\\n  ${input}:\\n(?:    .*\\n)*?    default: (.*)\\n`).exec(actionYml);
    if (!block) throw new Error(`action.yml declares no default for ${input}`);
    return (block[1] as string).replace(/^"(.*)"$/, '$1');
  }

  /** A repository whose config and baseline live in a subfolder, as the CLI's `update` wrote them. */
  async function configInSubfolder(): Promise<{ dir: string; module: string }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-e2e-sub-'));
    await mkdir(path.join(dir, 'gate', 'wasm'), { recursive: true });
    const module = path.join(dir, 'gate', 'wasm', 'freelist.wasm');
    await writeFile(module, paddedModule(2000, 1));
    const configFile = path.join(dir, 'gate', 'wasm-gate.config.json');
    await writeFile(configFile, JSON.stringify({ variants: [{ name: 'freelist', artifact: 'wasm/freelist.wasm' }], optimize: false, bench: { enabled: false } }));
    await runGate({ mode: 'update', configFile, baselineFile: path.join(dir, 'gate', 'baseline.json'), log: silentLogger });
    return { dir, module };
  }

  it('with the config in a subfolder, finds the baseline beside it by default, as the CLI does, and gates', async () => {
    const { dir, module } = await configInSubfolder();
    await writeFile(module, paddedModule(2400, 1));
    const run = await gate({ dir } as Workspace, { inputs: { config: 'gate/wasm-gate.config.json', baseline: await declaredDefault('baseline') } });
    expect(run.exitCode, run.stdout).toBe(1);
    expect(run.outputs.regressed).toBe('true');
    expect(commentsOf()[0]?.body).toContain('1 of 1 variant regressed');
  });

  it('warns in the comment, the summary and the log when check mode on a PR finds no baseline', async () => {
    const { dir } = await configInSubfolder();
    const run = await gate({ dir } as Workspace, { inputs: { config: 'gate/wasm-gate.config.json', baseline: 'elsewhere/baseline.json' } });
    expect(run.exitCode, run.stdout).toBe(0);
    const warning = 'No baseline at `elsewhere/baseline.json`';
    expect(commentsOf()[0]?.body).toContain(warning);
    expect(run.summary).toContain(warning);
    expect(run.commands.some((c) => c.command === 'warning' && c.message.includes('no baseline at elsewhere/baseline.json'))).toBe(true);
  });
});

describe('a PR that edits the baseline', () => {
  async function editedBaselineRepo(): Promise<Workspace> {
    // base commit: thresholds 1%, baseline at 2000 B; the PR grows the module, rewrites the
    // baseline (`wasm-gate update`) and relaxes the gzip threshold.
    const ws = await workspace([{ name: 'libc', size: 2000 }, { name: 'bump', size: 1000 }], { thresholds: { gzip: { relative: 1 } } });
    const git = (...args: string[]) => execa('git', args, { cwd: ws.dir, env: { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    await git('init', '-q', '-b', 'main');
    await git('add', '.');
    await git('commit', '-q', '-m', 'base');
    const config = JSON.parse(await readFile(ws.config, 'utf8'));
    config.thresholds = { gzip: { relative: 15 } };
    await writeFile(ws.config, JSON.stringify(config, null, 2));
    await ws.resize('libc', 2220);
    await runGate({ mode: 'update', configFile: ws.config, baselineFile: ws.baseline, log: silentLogger });
    return ws;
  }

  async function baseCommit(ws: Workspace): Promise<string> {
    return (await execa('git', ['rev-parse', 'HEAD'], { cwd: ws.dir })).stdout.trim();
  }

  it('passes, and lists at the top every check the edit loosens (base read with git)', async () => {
    const ws = await editedBaselineRepo();
    const base = await baseCommit(ws);
    const run = await gate(ws, { event: pullRequestEvent({ number: PR, headSha: HEAD, baseSha: base }) });
    expect(run.exitCode, run.stdout).toBe(0);
    const body = commentsOf()[0]?.body ?? '';
    const top = body.slice(0, body.indexOf('| Variant |') > 0 ? body.indexOf('| Variant |') : undefined);
    expect(top).toContain('**Accepted in this PR:**');
    expect(top).toMatch(/\*\*libc\*\* gzip \+1\d\.\d% \([\d,]+\u00a0B → [\d,]+\u00a0B\), threshold 1% → 15%/);
    expect(top).toMatch(/\*\*bump\*\* gzip threshold 1% → 15%/);
    expect(github.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    const results = JSON.parse(await readFile(run.outputs.results as string, 'utf8'));
    expect(results.baselineReview.source).toBe('git');
    // The PR's own record of libc (its update) is not the base branch's: measured. bump's is: reused.
    const how = Object.fromEntries(results.variants.map((v: { name: string; measurement?: { reuse?: { source: string } } }) => [v.name, v.measurement?.reuse?.source ?? 'measured']));
    expect(how).toEqual({ libc: 'measured', bump: 'baseline' });
  });

  it('reads the base through the contents API when the checkout has no history', async () => {
    const ws = await workspace([{ name: 'libc', size: 2000 }], { thresholds: { gzip: { relative: 1 } } });
    github.files.set(`${BASE}:baseline.json`, await readFile(ws.baseline, 'utf8'));
    github.files.set(`${BASE}:wasm-gate.config.json`, await readFile(ws.config, 'utf8'));
    await ws.resize('libc', 2300);
    await runGate({ mode: 'update', configFile: ws.config, baselineFile: ws.baseline, log: silentLogger });
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    const contents = github.requests.filter((r) => r.path.includes('/contents/'));
    expect(contents.map((r) => `${r.path}?ref=${r.query.ref}`)).toEqual([
      `/repos/octo-org/wasm-app/contents/baseline.json?ref=${BASE}`,
      `/repos/octo-org/wasm-app/contents/wasm-gate.config.json?ref=${BASE}`,
    ]);
    expect(commentsOf()[0]?.body).toMatch(/Accepted in this PR[\s\S]*\*\*libc\*\* gzip \+1\d\.\d%/);
    expectShapesMatchOpenApi();
  });

  it('says so, and carries on, when the base cannot be read', async () => {
    const ws = await workspace([{ name: 'libc', size: 2000 }]);
    github.faults.push({ path: /\/contents\//, status: 403, times: 10, body: { message: 'Resource not accessible by integration' } });
    const run = await gate(ws);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(commentsOf()[0]?.body).toMatch(/baseline and thresholds could not be read \(git: not a git checkout; contents API: HTTP 403/);
  });
});

describe('report mode (the fork-safe pair)', () => {
  async function forkCheck(ws: Workspace): Promise<string> {
    github.readOnly = true;
    const run = await gate(ws, { event: pullRequestEvent({ number: PR, headSha: HEAD, baseSha: BASE, fork: true }) });
    expect(commentsOf()).toEqual([]);
    github.reset();
    // The artifact, as a workflow_run job downloads it.
    const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-artifact-')), 'results.json');
    await writeFile(copy, await readFile(run.outputs.results as string));
    return copy;
  }

  function workflowRunEvent(headSha = HEAD): unknown {
    return {
      action: 'completed',
      workflow_run: { id: 9, name: 'wasm-gate', event: 'pull_request', status: 'completed', conclusion: 'success', head_sha: headSha, head_branch: 'feature', pull_requests: [] },
      repository: { full_name: 'octo-org/wasm-app' },
    };
  }

  it('posts the results of the fork run without building anything', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000, build: 'touch built-by-gate' }]);
    const results = await forkCheck(ws);
    await import('node:fs/promises').then((fs) => fs.rm(path.join(ws.dir, 'built-by-gate')));
    github.pulls.set(PR, { number: PR, headSha: HEAD, baseSha: BASE, labels: [] });
    const run = await gate(ws, { inputs: { mode: 'report', results }, eventName: 'workflow_run', event: workflowRunEvent() });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(existsSync(path.join(ws.dir, 'built-by-gate'))).toBe(false);
    expect(commentsOf()).toHaveLength(1);
    expect(commentsOf()[0]?.body).toContain('no regression in 1 variant');
    expect(run.outputs.results).toBe(results);
    expect(github.calls()[0]).toBe(`GET /repos/octo-org/wasm-app/pulls/${PR}`);
    expectShapesMatchOpenApi();
  });

  it('reads the label and the baseline edit again instead of trusting the file', async () => {
    const ws = await workspace([{ name: 'libc', size: 2000 }]);
    const file = await forkCheck(ws);
    // The PR (at HEAD) raised libc's baseline; its results file claims nothing of the sort.
    const base = await readFile(ws.baseline, 'utf8');
    const head = JSON.parse(base);
    head.variants.libc.size.gzip += 500;
    github.files.set(`${BASE}:baseline.json`, base);
    github.files.set(`${HEAD}:baseline.json`, JSON.stringify(head));
    github.files.set(`${HEAD}:wasm-gate.config.json`, await readFile(ws.config, 'utf8'));
    github.pulls.set(PR, { number: PR, headSha: HEAD, baseSha: BASE, labels: ['wasm-gate:accept'] });
    const forged = JSON.parse(await readFile(file, 'utf8'));
    forged.baselineReview = { source: 'git', baseSha: BASE, baselineChanged: false, thresholdsChanged: false, loosened: [] };
    forged.status = 'regressed';
    forged.variants[0].status = 'regressed';
    await writeFile(file, JSON.stringify(forged));
    const run = await gate(ws, { inputs: { mode: 'report', results: file }, eventName: 'workflow_run', event: workflowRunEvent() });
    expect(run.exitCode, run.stdout).toBe(0);
    const body = commentsOf()[0]?.body ?? '';
    expect(body).toMatch(/Accepted in this PR[\s\S]*\*\*libc\*\* gzip \+2\d\.\d%/);
    expect(body).toContain('accepted by the `wasm-gate:accept` label');
    expect(github.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.query.ref)).toEqual([BASE, BASE, HEAD, HEAD]);
  });

  it('refuses results for another commit than the triggering run, and skips a PR that moved on', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const results = await forkCheck(ws);
    const wrong = await gate(ws, { inputs: { mode: 'report', results }, eventName: 'workflow_run', event: workflowRunEvent(sha('other')) });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.commands.find((c) => c.command === 'error')?.message).toContain('but the workflow run that triggered this one built');

    github.pulls.set(PR, { number: PR, headSha: sha('newer push'), baseSha: BASE });
    const moved = await gate(ws, { inputs: { mode: 'report', results }, eventName: 'workflow_run', event: workflowRunEvent() });
    expect(moved.exitCode).toBe(0);
    expect(moved.commands.some((c) => c.command === 'notice' && c.message.includes('not posting'))).toBe(true);
    expect(commentsOf()).toEqual([]);
  });

  it('renders a hostile results file inertly', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    const file = await forkCheck(ws);
    const results = JSON.parse(await readFile(file, 'utf8'));
    const hostile = ['<img src=x onerror=alert(1)>', '@octo-org/admins please merge', 'a|b\n| injected | row |', '</details><!-- wasm-gate:comment key= -->', '$\\huge{BIG}$ #1 [x](javascript:alert(1))'];
    const template = results.variants[0];
    results.variants = hostile.map((name) => ({ ...template, name, status: 'regressed', problems: [{ kind: 'build', message: `${name} failed`, details: `${name}\n\`\`\`\nbreakout` }] }));
    results.acceptance = { label: 'x` @everyone `', applied: false };
    await writeFile(file, JSON.stringify(results));
    github.pulls.set(PR, { number: PR, headSha: HEAD, baseSha: BASE });
    const run = await gate(ws, { inputs: { mode: 'report', results: file }, eventName: 'workflow_run', event: workflowRunEvent() });
    expect(run.exitCode, run.stdout).toBe(0);
    const body = commentsOf()[0]?.body ?? '';
    expectInert(body);
  });
});

/** Nothing in the body can open HTML, mention anyone, break a table or fake our marker. */
function expectInert(body: string): void {
  const outsideCode = body.replace(/(`{3,})text\n[\s\S]*?\n\1/g, '').replace(/(`+)[^`]*?\1/g, '');
  expect(outsideCode).not.toMatch(/<img|<\/?script|\]\(javascript:/);
  expect(outsideCode).not.toMatch(/@(?!\u200b)[A-Za-z]/);
  expect(outsideCode).not.toMatch(/(?<!\\)\$\\huge/);
  expect(body.match(/<!-- wasm-gate:comment/g)).toHaveLength(1);
  // Every row of a table has its header's cells: nothing injected a cell or a row.
  let header: number | undefined;
  for (const line of outsideCode.split('\n')) {
    const cells = line.startsWith('| ') ? line.replace(/\\\|/g, '').split('|').length : undefined;
    if (cells === undefined) header = undefined;
    else if (header === undefined) header = cells;
    else expect(cells).toBe(header);
  }
  const opened = (outsideCode.match(/<details( open)?>/g) ?? []).length;
  expect((outsideCode.match(/<\/details>/g) ?? []).length).toBe(opened);
}

describe('scale and hostile input', () => {
  it('keeps a 200-variant comment under GitHub’s limit', async () => {
    const variants = Array.from({ length: 200 }, (_, i) => ({ name: `allocator-variant-with-a-long-name-${String(i).padStart(3, '0')}`, size: 400 + (i % 17) * 10 }));
    const ws = await workspace(variants);
    for (let i = 0; i < 200; i += 3) await ws.resize(variants[i]?.name as string, 520 + (i % 17) * 10);
    const run = await gate(ws);
    expect(run.exitCode).toBe(1);
    const body = commentsOf()[0]?.body ?? '';
    expect(body.length).toBeGreaterThan(10_000);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('67 of 200 variants regressed');
    expect(run.summary).toContain('67 of 200 variants regressed');
    console.info(`200 variants: comment ${body.length} chars, summary ${run.summary.length} chars, run ${run.durationMs.toFixed(0)} ms`);
  });

  it('escapes hostile names and build output in check mode', async () => {
    const ws = await workspace([
      { name: '_b_', size: 1000 },
      { name: '--x.y', size: 1000 },
      { name: 'fails', size: 1000, build: `printf '%s\\n' '@octocat <img src=x onerror=alert(1)>' '| a | b |' '<!-- wasm-gate:comment key= -->'; exit 3` },
    ]);
    const run = await gate(ws);
    expect(run.exitCode).toBe(1);
    const body = commentsOf()[0]?.body ?? '';
    expect(body).toContain('\\_b\\_');
    expect(body).toContain('build failed \\(exit code 3\\)');
    expectInert(body);
  });

  it('never shows the token to a build', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 1000, build: 'env > build-env.txt' }]);
    const run = await gate(ws, { env: { GITHUB_TOKEN: TOKEN, GH_TOKEN: TOKEN, SOME_COPY: TOKEN } });
    expect(run.exitCode, run.stdout).toBe(0);
    const seen = await readFile(path.join(ws.dir, 'build-env.txt'), 'utf8');
    expect(seen).toContain('GITHUB_WORKSPACE=');
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toMatch(/^INPUT_/m);
    expect(seen).not.toMatch(/^(GITHUB_TOKEN|GH_TOKEN|SOME_COPY)=/m);
    // The runner masks what follows ::add-mask::; nothing else prints the token.
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN);
  });

  it('never lets a build write the runner’s command files (outputs, summary, later steps’ env and PATH)', async () => {
    const forge = 'for f in "$GITHUB_OUTPUT" "$GITHUB_STEP_SUMMARY" "$GITHUB_ENV" "$GITHUB_PATH" "$GITHUB_STATE"; do [ -z "$f" ] || printf "regressed<<EOF\\nforged\\nEOF\\nFORGED=1\\n" >> "$f"; done; env > build-env.txt';
    const ws = await workspace([{ name: 'dlmalloc', size: 1000, build: forge }]);
    const runner = await mkdtemp(path.join(os.tmpdir(), 'wasm-gate-runner-files-'));
    const files = Object.fromEntries(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => [name, path.join(runner, name)]));
    for (const file of Object.values(files)) await writeFile(file, '');
    const run = await gate(ws, { env: files });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.regressed).toBe('false');
    expect(run.summary).not.toContain('forged');
    for (const file of Object.values(files)) expect(await readFile(file, 'utf8'), file).toBe('');
    const seen = await readFile(path.join(ws.dir, 'build-env.txt'), 'utf8');
    expect(seen).toContain('GITHUB_WORKSPACE=');
    expect(seen).not.toMatch(/^(GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|GITHUB_ENV|GITHUB_PATH|GITHUB_STATE)=/m);
  });
});

describe('update mode', () => {
  it('rewrites the baseline, sets baseline-changed, and posts nothing', async () => {
    const ws = await workspace([{ name: 'dlmalloc', size: 2000 }]);
    await ws.resize('dlmalloc', 2100);
    const push = { ref: 'refs/heads/main', after: HEAD, repository: { full_name: 'octo-org/wasm-app' } };
    const first = await gate(ws, { inputs: { mode: 'update' }, eventName: 'push', event: push });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.outputs['baseline-changed']).toBe('true');
    expect(JSON.parse(await readFile(ws.baseline, 'utf8')).variants.dlmalloc.size.raw).toBeGreaterThan(2100);
    const second = await gate(ws, { inputs: { mode: 'update' }, eventName: 'push', event: push });
    expect(second.outputs['baseline-changed']).toBe('false');
    expect(github.requests).toEqual([]);
    expect(second.summary).toContain('baseline measured for 1 variant');
  });
});

it('every request of the suite matches GitHub’s OpenAPI description (routes, query, bodies, answers)', () => {
  // Runs last: afterEach collected the requests of every test above.
  expect(seenRequests.length).toBeGreaterThan(50);
  expect(seenRequests.flatMap(openApiProblems)).toEqual([]);
  const routes = new Set(seenRequests.map((r) => `${r.method} ${r.path.replace(/\/\d+(\/|$)/g, '/{n}$1').replace(/contents\/.*/, 'contents/{path}')}`));
  expect([...routes].sort()).toEqual([
    'DELETE /repos/octo-org/wasm-app/issues/comments/{n}',
    'GET /repos/octo-org/wasm-app/contents/{path}',
    'GET /repos/octo-org/wasm-app/issues/{n}/comments',
    'GET /repos/octo-org/wasm-app/pulls/{n}',
    'GET /user',
    'PATCH /repos/octo-org/wasm-app/issues/comments/{n}',
    'POST /graphql',
    'POST /repos/octo-org/wasm-app/issues/{n}/comments',
  ]);
});

it('action.yml runs the bundle on node24 and declares every input and output the action uses', async () => {
  const actionYml = await readFile(path.join(ROOT, 'action.yml'), 'utf8');
  expect(actionYml).toMatch(/using: node24\n\s+main: dist\/index\.js/);
  for (const input of ['config', 'baseline', 'mode', 'github-token', 'comment', 'comment-key', 'fail-on-regression', 'accept-label', 'results', 'shard', 'variants', 'against']) {
    expect(actionYml).toContain(`\n  ${input}:\n`);
  }
  for (const output of ['regressed', 'results', 'comment-body', 'baseline-changed']) expect(actionYml).toContain(`\n  ${output}:\n`);
});
