// Read files as they are at a commit (the PR's base, or its head in report mode): from git when
// the checkout has the commit, else through the contents API. Only argument arrays reach git (no shell), and the commit is a
// checked hex SHA, so nothing from the pull request can become part of a command.
import { execa } from 'execa';
import path from 'node:path';
import { isSha } from './event.js';
import type { GitHubClient } from './octokit.js';
import { httpStatus } from './octokit.js';

export interface CommitFilesRequest {
  /** absolute paths in the working tree */
  files: string[];
  sha: string;
  /** the checkout: files outside it cannot be asked for by repository path */
  workspace: string;
  repo: { owner: string; repo: string };
  octokit?: GitHubClient;
}

export interface CommitFiles {
  source: 'git' | 'api' | 'unavailable';
  /** per requested file: its text, or null when it does not exist at the commit */
  texts: Map<string, string | null>;
  reason?: string;
}

export async function readFilesAtCommit(request: CommitFilesRequest): Promise<CommitFiles> {
  if (!isSha(request.sha)) return { source: 'unavailable', texts: new Map(), reason: 'the event names no commit to read' };
  const git = await readWithGit(request).catch((error: unknown) => `git: ${(error as Error).message.split('\n')[0]}`);
  if (typeof git !== 'string') return { source: 'git', texts: git };
  if (!request.octokit) return { source: 'unavailable', texts: new Map(), reason: `${git}; and no token for the contents API` };
  const api = await readWithApi(request, request.octokit).catch((error: unknown) => `contents API: ${apiReason(error)}`);
  if (typeof api !== 'string') return { source: 'api', texts: api };
  return { source: 'unavailable', texts: new Map(), reason: `${git}; ${api}` };
}

async function readWithGit(request: CommitFilesRequest): Promise<Map<string, string | null>> {
  const cwd = path.dirname(request.files[0] ?? request.workspace);
  const run = (args: string[]) => execa('git', args, { cwd, reject: false, stdin: 'ignore', stripFinalNewline: false });
  const top = await run(['rev-parse', '--show-toplevel']);
  if (top.exitCode !== 0) throw new Error('not a git checkout');
  const root = top.stdout.trim();
  // A shallow checkout (actions/checkout's default) does not have the base commit.
  const commit = await run(['cat-file', '-e', `${request.sha}^{commit}`]);
  if (commit.exitCode !== 0) throw new Error(`the checkout does not have commit ${request.sha.slice(0, 12)} (fetch-depth: 0 brings it)`);
  const texts = new Map<string, string | null>();
  for (const file of request.files) {
    const relative = repoPath(root, file);
    if (relative === undefined) throw new Error(`${file} is outside the repository`);
    const exists = await run(['cat-file', '-e', `${request.sha}:${relative}`]);
    if (exists.exitCode !== 0) {
      texts.set(file, null);
      continue;
    }
    const blob = await run(['cat-file', 'blob', `${request.sha}:${relative}`]);
    if (blob.exitCode !== 0) throw new Error(`cannot read ${relative} at ${request.sha.slice(0, 12)}: ${String(blob.stderr).trim()}`);
    texts.set(file, String(blob.stdout));
  }
  return texts;
}

async function readWithApi(request: CommitFilesRequest, octokit: GitHubClient): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  for (const file of request.files) {
    const relative = repoPath(request.workspace, file);
    if (relative === undefined) throw new Error(`${file} is outside the workspace`);
    try {
      const response = await octokit.rest.repos.getContent({
        ...request.repo,
        path: relative,
        ref: request.sha,
        // The raw media type returns the file itself, also past the 1 MB limit of the JSON form.
        mediaType: { format: 'raw' },
      });
      texts.set(file, typeof response.data === 'string' ? response.data : decodeContent(response.data));
    } catch (error) {
      if (httpStatus(error) === 404) texts.set(file, null);
      else throw error;
    }
  }
  return texts;
}

/** The JSON form of a file, for servers that ignore the raw media type. */
function decodeContent(data: unknown): string {
  const content = (data as { content?: unknown; encoding?: unknown })?.content;
  if (typeof content !== 'string') throw new Error('the response is not a file');
  return Buffer.from(content, 'base64').toString('utf8');
}

/** Pure: a file's path inside a repository root, with forward slashes; undefined when outside. */
export function repoPath(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

function apiReason(error: unknown): string {
  const status = httpStatus(error);
  return status ? `HTTP ${status} ${(error as Error).message.split('\n')[0]}` : (error as Error).message.split('\n')[0] ?? String(error);
}
