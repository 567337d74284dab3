// Pure: the environment a build command or benchmark sees. Pull-request code runs in it, so it
// must not carry the GitHub token, the action's inputs, the runner's own credentials, or the
// runner's command files (with them it could forge the gate's outputs and summary, or set the
// environment and PATH of the job's later steps).

/** The runner's and the usual token variables: credentials the gate never passes on. */
const CREDENTIAL_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
]);

/** The files through which a step talks to the runner: the gate's own, not the build's. */
const RUNNER_COMMAND_FILES = new Set(['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE']);

/** Shorter "secrets" are not tokens: hiding every value that contains them would hide too much. */
const MIN_SUBSTRING_SECRET = 8;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAMES.has(name.toUpperCase());
}

export function isSecretName(name: string): boolean {
  return isCredentialName(name) || /^INPUT_/i.test(name);
}

export function isRunnerCommandFile(name: string): boolean {
  return RUNNER_COMMAND_FILES.has(name.toUpperCase());
}

/** The forms a token takes in the wild: itself, and base64 as git's `AUTHORIZATION: basic`
 * header (actions/checkout's extraheader) and other basic-auth strings carry it. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const raw of secrets) {
    const secret = raw.trim();
    if (secret.length < MIN_SUBSTRING_SECRET) continue;
    forms.add(secret);
    forms.add(Buffer.from(`x-access-token:${secret}`).toString('base64'));
    forms.add(Buffer.from(secret).toString('base64').replace(/=+$/, ''));
  }
  return [...forms];
}

/** Does `value` carry a secret: equal to one (whitespace aside), or holding a token inside a
 * longer string (`https://x-access-token:TOKEN@github.com/...`, `TOKEN\n`, basic auth)? */
export function holdsSecret(value: string, secrets: readonly string[]): boolean {
  const trimmed = value.trim();
  if (secrets.some((s) => s.trim().length > 0 && s.trim() === trimmed)) return true;
  return secretForms(secrets).some((form) => value.includes(form));
}

/**
 * @param secrets values that must not appear under any name (e.g. the token the action was given)
 * @param extra the variant's own `env`, applied last
 */
export function safeEnvironment(
  base: NodeJS.ProcessEnv,
  secrets: readonly string[] = [],
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || isSecretName(name) || isRunnerCommandFile(name) || holdsSecret(value, secrets)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
