// Pure: what the triggering event says about the pull request. Everything in a payload that a PR
// author controls (titles, branch names, labels) is data here, never part of a command.

export interface PullRequestContext {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef?: string;
  /** "owner/name" of the repository the PR comes from */
  headRepo?: string;
  /** the PR comes from another repository: the token is read-only */
  fork: boolean;
  labels: string[];
}

export interface WorkflowRunContext {
  headSha: string;
  /** the event that triggered the run whose results are posted */
  event?: string;
  conclusion?: string;
  /** same-repository PRs only: GitHub leaves this empty for forks */
  pullRequests: number[];
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export function isSha(value: unknown): value is string {
  return typeof value === 'string' && SHA.test(value);
}

export function pullRequestFromEvent(eventName: string | undefined, payload: unknown): PullRequestContext | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const pr = record(record(payload)?.pull_request);
  const number = pr?.number;
  const head = record(pr?.head);
  const base = record(pr?.base);
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;
  if (!isSha(head?.sha) || !isSha(base?.sha)) return undefined;
  const headRepo = stringOr(record(head?.repo)?.full_name);
  const baseRepo = stringOr(record(base?.repo)?.full_name);
  const labels = Array.isArray(pr?.labels) ? pr.labels.map((l) => stringOr(record(l)?.name)).filter((l): l is string => Boolean(l)) : [];
  return {
    number,
    headSha: head.sha as string,
    baseSha: base.sha as string,
    ...(typeof base?.ref === 'string' ? { baseRef: base.ref } : {}),
    ...(headRepo ? { headRepo } : {}),
    fork: record(head?.repo)?.fork === true || (headRepo !== undefined && baseRepo !== undefined && headRepo !== baseRepo),
    labels,
  };
}

export function workflowRunFromEvent(eventName: string | undefined, payload: unknown): WorkflowRunContext | undefined {
  if (eventName !== 'workflow_run') return undefined;
  const run = record(record(payload)?.workflow_run);
  if (!isSha(run?.head_sha)) return undefined;
  const pullRequests = Array.isArray(run.pull_requests)
    ? run.pull_requests.map((p) => record(p)?.number).filter((n): n is number => typeof n === 'number')
    : [];
  const event = stringOr(run.event);
  const conclusion = stringOr(run.conclusion);
  return { headSha: run.head_sha as string, ...(event ? { event } : {}), ...(conclusion ? { conclusion } : {}), pullRequests };
}

/** Label names compare as GitHub compares them: without case. */
export function hasLabel(labels: string[], label: string): boolean {
  const wanted = label.toLowerCase();
  return label !== '' && labels.some((l) => l.toLowerCase() === wanted);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
