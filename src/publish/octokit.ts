// The REST client: @actions/github's octokit (GITHUB_API_URL, proxy settings) with retries on
// 5xx and respect for primary and secondary rate limits.
// @actions/github parses GITHUB_EVENT_PATH when it is first evaluated (its `context`), and throws
// on a malformed file: it is imported only here, on first use, after the action has read the
// payload itself and reported a bad one clearly.
import type { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../log.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Waiting longer than this for a rate limit would hold the job hostage: give up instead. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const RATE_LIMIT_RETRIES = 2;

export async function createGitHubClient(token: string, log: Logger): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      log.warn(`GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}`);
      return retrying;
    };
  const client = getOctokit(
    token,
    {
      // 4xx other than rate limits are answers, not accidents: only 5xx and the like are retried.
      retry: { retries: 3 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log.warn(m), error: (m: string) => log.warn(m) },
    },
    retry,
    throttling,
  );
  // Requests share the defaults' `request` object, and the retry plugin counts retries on it:
  // without a copy per request, one earlier 404 makes every later retry wait 4 s instead of 1 s.
  client.hook.before('request', (options) => {
    options.request = { ...options.request };
  });
  return client;
}

/** The HTTP status of an octokit error, if it carries one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
