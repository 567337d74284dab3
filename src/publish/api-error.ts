// Pure: what an octokit error says, in one line, and whether it is a rate limit. A 403 is not
// always a permission: GitHub answers 403 for an exhausted rate limit too (x-ratelimit-remaining:
// 0, or a "secondary rate limit" message), and blaming permissions then sends people to the
// wrong fix.

export interface ApiFailure {
  status?: number;
  /** the request was refused by a rate limit (after the client waited what it could) */
  rateLimit?: 'primary' | 'secondary';
  /** "HTTP 403: Resource not accessible by integration" */
  text: string;
}

interface OctokitLikeError {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

export function apiFailure(error: unknown): ApiFailure {
  const e = (error ?? {}) as OctokitLikeError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = firstLine(typeof e.message === 'string' ? e.message : String(error));
  const headers = e.response?.headers ?? {};
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const rateLimit =
    /\bsecondary rate limit\b/i.test(message) || ((status === 403 || status === 429) && header('retry-after') !== undefined)
      ? 'secondary'
      : status === 429 || ((status === 403 || status === 429) && header('x-ratelimit-remaining') === '0') || /\bAPI rate limit exceeded\b/i.test(message)
        ? 'primary'
        : undefined;
  return { ...(status !== undefined ? { status } : {}), ...(rateLimit ? { rateLimit } : {}), text: `${status ? `HTTP ${status}: ` : ''}${message}` };
}

/** What to do about a rate limit, for a message that already names the request. */
export function rateLimitAdvice(failure: ApiFailure): string {
  return failure.rateLimit === 'secondary'
    ? "GitHub's secondary rate limit refused it (too many requests in a short time, not a permission problem); re-run the job in a few minutes"
    : "GitHub's API rate limit for this token is used up (not a permission problem); re-run the job after it resets (x-ratelimit-reset)";
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
