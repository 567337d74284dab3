// Who the token is, so that the sticky comment is edited only when we wrote it. GITHUB_TOKEN and
// GitHub App tokens are installation tokens: REST `GET /user` answers them 403 ("Resource not
// accessible by integration"), but GraphQL `viewer` answers every kind of token: `<app slug>[bot]`
// for installation tokens (GITHUB_TOKEN: `github-actions[bot]`), the user for personal access,
// OAuth and GitHub App user tokens. `GET /user` is the fallback where GraphQL fails.
import { apiFailure } from './api-error.js';
import type { GitHubClient } from './octokit.js';

export interface IdentityLookup {
  login?: string;
  /** why each way of asking failed */
  reasons: string[];
}

export async function lookUpLogin(octokit: GitHubClient): Promise<IdentityLookup> {
  const reasons: string[] = [];
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = answer?.viewer?.login;
    if (typeof login === 'string' && login.length > 0) return { login, reasons };
    reasons.push('GraphQL viewer: no login in the answer');
  } catch (error) {
    reasons.push(`GraphQL viewer: ${apiFailure(error).text}`);
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login.length > 0) return { login: data.login, reasons };
    reasons.push('GET /user: no login in the answer');
  } catch (error) {
    reasons.push(`GET /user: ${apiFailure(error).text}`);
  }
  return { reasons };
}

/** Pure: GitHub logins compare without regard to case. */
export function sameLogin(a: string | undefined | null, b: string | undefined | null): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.length > 0 && a.toLowerCase() === b.toLowerCase();
}

/** The token's login, asked for at most once, and only when a decision needs it. */
export class TokenIdentity {
  private known: string | undefined;
  private asked: Promise<IdentityLookup> | undefined;
  reasons: string[] = [];
  /** asked, and no way of asking gave a login */
  unresolved = false;

  constructor(private readonly lookup: () => Promise<IdentityLookup>) {}

  /** A comment we just created says who we are, with authority. */
  learn(login: string | undefined): void {
    if (login) {
      this.known = login;
      this.unresolved = false;
    }
  }

  async login(): Promise<string | undefined> {
    if (this.known) return this.known;
    this.asked ??= this.lookup();
    const found = await this.asked;
    this.reasons = found.reasons;
    if (found.login) this.known = found.login;
    this.unresolved = !this.known;
    return this.known;
  }
}
