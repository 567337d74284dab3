// Pure: the environment a build command or benchmark sees. Pull-request code runs in it, so it
// must not carry the GitHub token, the action's inputs or the runner's own credentials.

const SECRET_NAMES = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
]);

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toUpperCase()) || /^INPUT_/i.test(name);
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
  const hidden = new Set(secrets.filter((s) => s.length > 0));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || isSecretName(name) || hidden.has(value)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
