// The sticky comment: one per pull request and comment key, found by its hidden marker on any page
// of the conversation, edited in place on every run.
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
}

/** Pure: is this one of our comments for this key? The marker must open the body, so a marker
 * quoted inside someone's text (or in build output) does not count. */
export function isOurComment(comment: IssueComment, marker: string): boolean {
  return typeof comment.body === 'string' && comment.body.startsWith(marker);
}

/** Pure: among marked comments, in the order GitHub lists them (oldest first), the one to edit:
 * the oldest written by a bot (GITHUB_TOKEN comments), else the oldest. */
export function pickComment(comments: IssueComment[], marker: string): IssueComment | undefined {
  const marked = comments.filter((c) => isOurComment(c, marker));
  return marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
}

export async function findComment(octokit: GitHubClient, target: CommentTarget, marker: string): Promise<IssueComment | undefined> {
  const marked: IssueComment[] = [];
  await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      marked.push(...(response.data as IssueComment[]).filter((c) => isOurComment(c, marker)));
      // A bot-written copy is the one we edit: no need to read further pages.
      if (marked.some((c) => c.user?.type === 'Bot')) done();
      return [];
    },
  );
  return pickComment(marked, marker);
}

export async function upsertComment(octokit: GitHubClient, target: CommentTarget, marker: string, body: string): Promise<UpsertResult> {
  const base = { owner: target.owner, repo: target.repo };
  const existing = await findComment(octokit, target, marker);
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data: created } = await octokit.rest.issues.createComment({ ...base, issue_number: target.issueNumber, body });
  // Two runs of one PR may race past the search and both create: the older copy wins, ours goes.
  const first = await findComment(octokit, target, marker);
  if (first && first.id !== created.id) {
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: first.id, body });
    await octokit.rest.issues.deleteComment({ ...base, comment_id: created.id });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  return { action: 'created', id: created.id, url: created.html_url };
}
