// The sticky comment: one per pull request and comment key, found by its hidden marker on any page
// of the conversation, edited in place on every run. Only a comment the token's own identity
// wrote is ever edited: a person's comment (or another bot's) that happens to start with the
// marker is left alone, and a new comment is created instead.
import type { TokenIdentity } from './identity.js';
import { sameLogin } from './identity.js';
import type { GitHubClient } from './octokit.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
  html_url?: string;
}

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url?: string;
  /** worth a warning: e.g. the token's identity could not be learned, so nothing was edited */
  notes: string[];
}

/** Pure: does this comment carry our marker for this key? The marker must open the body, so a
 * marker quoted inside someone's text (or in build output) does not count. */
export function isMarked(comment: IssueComment, marker: string): boolean {
  return typeof comment.body === 'string' && comment.body.startsWith(marker);
}

/** Pure: among comments in the order GitHub lists them (oldest first), the one to edit: the
 * oldest marked one written by `login`, the identity behind the token. None when the login is
 * unknown. */
export function pickComment(comments: IssueComment[], marker: string, login: string | undefined): IssueComment | undefined {
  if (!login) return undefined;
  return comments.find((c) => isMarked(c, marker) && sameLogin(c.user?.login, login));
}

/** Our oldest marked comment. The token's identity is asked for only once a marked comment
 * turns up (a first run just creates); reading stops at the first one that is ours. */
export async function findComment(octokit: GitHubClient, target: CommentTarget, marker: string, identity: TokenIdentity): Promise<IssueComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const marked = (page.data as IssueComment[]).filter((c) => isMarked(c, marker));
    if (marked.length === 0) continue;
    const ours = pickComment(marked, marker, await identity.login());
    if (ours) return ours;
  }
  return undefined;
}

export async function upsertComment(octokit: GitHubClient, target: CommentTarget, marker: string, body: string, identity: TokenIdentity): Promise<UpsertResult> {
  const base = { owner: target.owner, repo: target.repo };
  const notes: string[] = [];
  const existing = await findComment(octokit, target, marker, identity);
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url, notes };
  }
  if (identity.unresolved) {
    notes.push(`could not learn which account the token belongs to (${identity.reasons.join('; ')}), so no marked comment was edited: created a new one`);
  }
  const { data: created } = await octokit.rest.issues.createComment({ ...base, issue_number: target.issueNumber, body });
  // The comment just created says with authority who the token is.
  identity.learn(created.user?.login);
  // Two runs of one PR may race past the search and both create: the older copy wins, ours goes.
  const first = await findComment(octokit, target, marker, identity);
  if (first && first.id !== created.id) {
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: first.id, body });
    await octokit.rest.issues.deleteComment({ ...base, comment_id: created.id });
    return { action: 'updated', id: data.id, url: data.html_url, notes };
  }
  return { action: 'created', id: created.id, url: created.html_url, notes };
}
