// A loopback stand-in for the GitHub REST API, speaking the routes wasm-gate uses with GitHub's
// pagination (Link headers), error bodies, rate-limit headers and status codes, and GraphQL's
// `viewer { login }`. It logs every request so tests can check what was called and check the
// shapes against @octokit/openapi (REST) and @octokit/graphql-schema (GraphQL).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  method: string;
  /** path without the query */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body?: unknown;
  status: number;
  responseBody?: unknown;
  /** ms since the server started */
  at: number;
}

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

interface FakeUser {
  login: string;
  id: number;
  node_id: string;
  type: 'Bot' | 'User';
  [more: string]: unknown;
}

export interface Fault {
  method?: string;
  /** matched against the request path */
  path: RegExp;
  status: number;
  /** how many matching requests fail (then the route answers normally) */
  times: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakePull {
  number: number;
  headSha: string;
  baseSha: string;
  labels?: string[];
}

const OWNER = 'octo-org';
const REPO = 'wasm-app';

export const BOT = user('github-actions[bot]', 41898282, 'Bot');
export const HUMAN = user('octocat', 583231, 'User');
/** another app's bot (a GitHub App token from actions/create-github-app-token, say) */
export const OTHER_BOT = user('renovate[bot]', 29139614, 'Bot');

/** What kind of token the fake was given: GITHUB_TOKEN and GitHub App tokens are installation
 * tokens (REST `GET /user` answers 403 "Resource not accessible by integration"); a personal
 * access token is a user's. GraphQL `viewer` answers both. */
export type TokenKind = 'installation' | 'user';

function user(login: string, id: number, type: 'Bot' | 'User'): FakeUser {
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.example/u/${id}`,
    gravatar_id: '',
    url: `https://api.github.example/users/${login}`,
    html_url: `https://github.example/${login}`,
    followers_url: '',
    following_url: '',
    gists_url: '',
    starred_url: '',
    subscriptions_url: '',
    organizations_url: '',
    repos_url: '',
    events_url: '',
    received_events_url: '',
    type,
    site_admin: false,
  };
}

export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  /** `${ref}:${path}` → content */
  readonly files = new Map<string, string>();
  readonly pulls = new Map<number, FakePull>();
  readonly faults: Fault[] = [];
  /** a fork PR's token: every write is refused */
  readOnly = false;
  /** the identity behind the token: comments are written as it */
  author: FakeUser = BOT;
  tokenKind: TokenKind = 'installation';
  private nextId = 1_000;
  private readonly started = performance.now();
  private constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly token: string,
  ) {}

  static readonly owner = OWNER;
  static readonly repo = REPO;

  static async start(token: string): Promise<FakeGitHub> {
    let fake: FakeGitHub | undefined;
    const server = http.createServer((req, res) => {
      void fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeGitHub(server, `http://127.0.0.1:${port}`, token);
    return fake;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(): void {
    this.requests.length = 0;
    this.comments.clear();
    this.files.clear();
    this.pulls.clear();
    this.faults.length = 0;
    this.readOnly = false;
    this.author = BOT;
    this.tokenKind = 'installation';
  }

  /** The token is a person's personal access token: comments are written as that person. */
  usePersonalToken(person: FakeUser = HUMAN): void {
    this.author = person;
    this.tokenKind = 'user';
  }

  addComment(issue: number, body: string, author: FakeUser = HUMAN): FakeComment {
    const id = this.nextId++;
    const at = new Date(Date.UTC(2025, 0, 1, 0, 0, id % 60, 0) + id * 1000).toISOString();
    const comment: FakeComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${OWNER}/${REPO}/issues/comments/${id}`,
      html_url: `https://github.example/${OWNER}/${REPO}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${OWNER}/${REPO}/issues/${issue}`,
      body,
      user: author,
      created_at: at,
      updated_at: at,
      author_association: author.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  /** Requests other than the API's own bookkeeping, as "METHOD /path". */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''}`);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      status: 0,
      at: Math.round(performance.now() - this.started),
    };
    if (text) {
      try {
        logged.body = JSON.parse(text);
      } catch {
        logged.body = text;
      }
    }
    this.requests.push(logged);
    const reply = this.route(logged, url, req.headers);
    logged.status = reply.status;
    logged.responseBody = reply.body;
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
    } else if (typeof reply.body === 'string') {
      res.writeHead(reply.status, { 'content-type': 'application/vnd.github.raw; charset=utf-8', ...headers }).end(reply.body);
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(reply.body));
    }
  }

  private route(r: LoggedRequest, url: URL, headers: http.IncomingHttpHeaders): Reply {
    if (headers.authorization !== `token ${this.token}`) {
      return error(401, 'Bad credentials', 'https://docs.github.com/rest');
    }
    const faultIndex = this.faults.findIndex((f) => f.times > 0 && (!f.method || f.method === r.method) && f.path.test(r.path));
    if (faultIndex >= 0) {
      const fault = this.faults[faultIndex] as Fault;
      fault.times -= 1;
      return { status: fault.status, body: fault.body ?? { message: http.STATUS_CODES[fault.status] ?? 'Error', status: String(fault.status) }, headers: fault.headers ?? {} };
    }
    if (r.path === '/graphql' && r.method === 'POST') return this.graphql(r.body);
    if (r.path === '/user' && r.method === 'GET') {
      if (this.tokenKind === 'installation') return error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
      return { status: 200, body: { ...this.author, name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: '2020-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' } };
    }
    const repoPrefix = `/repos/${OWNER}/${REPO}`;
    if (!r.path.startsWith(`${repoPrefix}/`)) return notFound();
    const rest = r.path.slice(repoPrefix.length);
    let m: RegExpExecArray | null;

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (r.method === 'GET') return this.listComments(issue, url);
      if (r.method === 'POST') {
        if (this.readOnly) return error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        const invalid = validateBody(r.body);
        if (invalid) return invalid;
        return { status: 201, body: this.addComment(issue, (r.body as { body: string }).body, this.author) };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(m[1]);
      const found = [...this.comments.entries()].flatMap(([issue, list]) => list.map((c, i) => ({ issue, list, c, i }))).find((x) => x.c.id === id);
      if (!found) return notFound();
      if (r.method === 'GET') return { status: 200, body: found.c };
      if (this.readOnly) return error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      if (r.method === 'PATCH') {
        const invalid = validateBody(r.body);
        if (invalid) return invalid;
        found.c.body = (r.body as { body: string }).body;
        found.c.updated_at = new Date().toISOString();
        return { status: 200, body: found.c };
      }
      if (r.method === 'DELETE') {
        found.list.splice(found.i, 1);
        return { status: 204 };
      }
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest)) && r.method === 'GET') {
      const pull = this.pulls.get(Number(m[1]));
      return pull ? { status: 200, body: pullBody(this.url, pull) } : notFound();
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && r.method === 'GET') {
      const ref = r.query.ref ?? 'main';
      const content = this.files.get(`${ref}:${m[1]}`);
      if (content === undefined) return notFound('https://docs.github.com/rest/repos/contents#get-repository-content');
      if (String(headers.accept).includes('application/vnd.github.raw')) return { status: 200, body: content };
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(content),
          name: m[1]?.split('/').pop(),
          path: m[1],
          content: Buffer.from(content).toString('base64'),
          sha: '0'.repeat(40),
          url: '',
          git_url: null,
          html_url: null,
          download_url: null,
          _links: { self: '', git: null, html: null },
        },
      };
    }
    return notFound();
  }

  /** GraphQL answers 200 with `errors` for a query it cannot run; the fake knows `viewer`. */
  private graphql(body: unknown): Reply {
    const query = (body as { query?: unknown })?.query;
    if (typeof query !== 'string') return error(400, 'Problems parsing JSON', 'https://docs.github.com/graphql');
    if (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      return { status: 200, body: { data: { viewer: { login: this.author.login } } }, headers: { 'x-ratelimit-resource': 'graphql' } };
    }
    return { status: 200, body: { errors: [{ type: 'FAKE', message: `the fake GitHub only answers \`viewer { login }\`, not: ${query}` }] } };
  }

  private listComments(issue: number, url: URL): Reply {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const all = this.comments.get(issue) ?? [];
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const target = new URL(url.toString());
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function error(status: number, message: string, documentation_url: string): Reply {
  return { status, body: { message, documentation_url, status: String(status) } };
}

function notFound(doc = 'https://docs.github.com/rest'): Reply {
  return error(404, 'Not Found', doc);
}

/** GitHub's answer to a comment body it will not take. */
function validateBody(body: unknown): Reply | undefined {
  const text = (body as { body?: unknown })?.body;
  if (typeof text !== 'string' || text.length === 0) {
    return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], documentation_url: 'https://docs.github.com/rest', status: '422' } };
  }
  if (text.length > 65_536) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '422',
      },
    };
  }
  return undefined;
}

function pullBody(base: string, pull: FakePull): Record<string, unknown> {
  const repo = { id: 1, name: REPO, full_name: `${OWNER}/${REPO}`, fork: false };
  return {
    url: `${base}/repos/${OWNER}/${REPO}/pulls/${pull.number}`,
    id: pull.number * 7,
    node_id: `PR_${pull.number}`,
    number: pull.number,
    state: 'open',
    locked: false,
    title: 'Make the allocator faster',
    user: HUMAN,
    body: null,
    labels: (pull.labels ?? []).map((name, i) => ({ id: i + 1, node_id: `L_${i}`, url: '', name, description: null, color: 'ededed', default: false })),
    head: { label: 'contributor:feature', ref: 'feature', sha: pull.headSha, user: HUMAN, repo: { ...repo, full_name: `contributor/${REPO}`, fork: true } },
    base: { label: `${OWNER}:main`, ref: 'main', sha: pull.baseSha, user: HUMAN, repo },
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}
