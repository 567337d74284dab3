// The action's pure decisions about secrets and faults: which environment values carry the
// token, what the re-executed action keeps, what a 403 means, which git config keys are
// credentials, and what a failed step's summary says.
import { describe, expect, it } from 'vitest';
import { handoffEnvironment } from '../src/action/handoff.js';
import { holdsSecret, safeEnvironment } from '../src/variant-build/safe-env.js';
import { WriteError } from '../src/fs/atomic-write.js';
import { apiFailure } from '../src/publish/api-error.js';
import { describeFailure, failureSummary } from '../src/publish/failure.js';
import { credentialsInGitConfig } from '../src/publish/git-credentials.js';
import { InputError } from '../src/publish/inputs.js';

const TOKEN = 'ghs_0123456789abcdefABCDEF0123456789abcd';

describe('values that carry the token', () => {
  it('catches the token itself, inside a longer string, with whitespace, and as basic auth', () => {
    expect(holdsSecret(TOKEN, [TOKEN])).toBe(true);
    expect(holdsSecret(`${TOKEN}\n`, [TOKEN])).toBe(true);
    expect(holdsSecret(`https://x-access-token:${TOKEN}@github.com/o/r.git`, [TOKEN])).toBe(true);
    expect(holdsSecret(`AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`, [TOKEN])).toBe(true);
    // the token as given may carry whitespace too
    expect(holdsSecret(`Bearer ${TOKEN}`, [` ${TOKEN}\n`])).toBe(true);
    expect(holdsSecret('/usr/bin:/bin', [TOKEN])).toBe(false);
  });

  it('a short "secret" hides only values equal to it, not every value that contains it', () => {
    expect(holdsSecret('abc', ['abc'])).toBe(true);
    expect(holdsSecret('/usr/lib/abc', ['abc'])).toBe(false);
    expect(holdsSecret('anything', [''])).toBe(false);
  });

  it('a build sees none of them, nor inputs or runner credentials, and keeps the rest', () => {
    const env = safeEnvironment(
      { PATH: '/bin', URL: `https://x-access-token:${TOKEN}@h/`, NL: `${TOKEN}\n`, 'INPUT_GITHUB-TOKEN': TOKEN, INPUT_CONFIG: 'c.json', ACTIONS_RUNTIME_TOKEN: 'rt', GH_TOKEN: 'x' },
      [TOKEN],
      { RUSTFLAGS: '-C opt-level=z' },
    );
    expect(env).toEqual({ PATH: '/bin', RUSTFLAGS: '-C opt-level=z' });
  });
});

describe('the environment of the re-executed action', () => {
  it('keeps the inputs and workflow variables it needs, and drops the token under every name', () => {
    const env = handoffEnvironment(
      {
        PATH: '/bin',
        'INPUT_GITHUB-TOKEN': TOKEN,
        INPUT_CONFIG: 'wasm-gate.config.json',
        GITHUB_WORKSPACE: '/w',
        GITHUB_TOKEN: TOKEN,
        PUSH_URL: `https://x-access-token:${TOKEN}@github.com/`,
        ACTIONS_RUNTIME_TOKEN: 'runtime',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
      },
      TOKEN,
    );
    expect(env).toEqual({ PATH: '/bin', INPUT_CONFIG: 'wasm-gate.config.json', GITHUB_WORKSPACE: '/w' });
  });
});

describe('what an API failure means', () => {
  const failure = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });

  it('an exhausted primary rate limit is a rate limit, not a permission', () => {
    expect(apiFailure(failure(403, 'API rate limit exceeded for installation ID 1.', { 'x-ratelimit-remaining': '0' })).rateLimit).toBe('primary');
    expect(apiFailure(failure(429, 'Too Many Requests')).rateLimit).toBe('primary');
  });

  it('a secondary rate limit is one too, by its message or its retry-after', () => {
    expect(apiFailure(failure(403, 'You have exceeded a secondary rate limit. Please wait a few minutes.')).rateLimit).toBe('secondary');
    expect(apiFailure(failure(403, 'Forbidden', { 'retry-after': '60' })).rateLimit).toBe('secondary');
  });

  it('a plain 403 is not, and the text is one line with the status', () => {
    const plain = apiFailure(failure(403, 'Resource not accessible by integration\nmore', { 'x-ratelimit-remaining': '4999' }));
    expect(plain).toEqual({ status: 403, text: 'HTTP 403: Resource not accessible by integration' });
    expect(apiFailure(new Error('socket hang up'))).toEqual({ text: 'socket hang up' });
  });
});

describe('credentials in git config', () => {
  it('finds extraheaders with an authorization and URLs with a password, and only those', () => {
    const out = [
      'file:.git/config',
      'http.https://github.com/.extraheader\nAUTHORIZATION: basic eC1hY2Nlc3M=',
      'file:/tmp/creds.config',
      'http.https://github.com/.extraheader\nAUTHORIZATION: basic eA==',
      'file:.git/config',
      'http.https://proxy/.extraheader\nX-Trace: 1',
      'file:.git/config',
      'remote.origin.url\nhttps://x-access-token:ghs_abc@github.com/o/r',
      'file:.git/config',
      'remote.upstream.url\nhttps://github.com/o/r',
      '',
    ].join('\0');
    expect(credentialsInGitConfig(out)).toEqual([
      { key: 'http.https://github.com/.extraheader', file: '.git/config' },
      { key: 'http.https://github.com/.extraheader', file: '/tmp/creds.config' },
      { key: 'remote.origin.url', file: '.git/config' },
    ]);
    expect(credentialsInGitConfig('')).toEqual([]);
  });
});

describe('a failed step', () => {
  it('a fault of the surroundings keeps its message; anything else is an internal error', () => {
    expect(describeFailure(new InputError('input mode must be one of check, update, report (got "x")'))).toEqual({ message: 'input mode must be one of check, update, report (got "x")', internal: false });
    expect(describeFailure(new WriteError('/r.json', 'cannot write the results file /r.json (EACCES): choose a writable path'))).toEqual({
      message: 'cannot write the results file /r.json (EACCES): choose a writable path',
      internal: false,
    });
    expect(describeFailure(new TypeError('x is undefined')).internal).toBe(true);
  });

  it('says in the summary what failed, escaped, before or after the report', () => {
    expect(failureSummary('results file /a_b.json is <invalid>', false)).toBe(
      '## ❌ wasm-gate: the step failed\n\nresults file /a\\_b.json is &lt;invalid&gt;\n\nThe gate stopped before it made a report: fix the above and re-run the job.\n',
    );
    expect(failureSummary('cannot write', true)).toContain('**❌ wasm-gate failed after the report:** cannot write');
  });
});
