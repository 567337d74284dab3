// Credentials in the checkout's git config are readable by the PR's build: actions/checkout keeps
// the token as an `http.<url>.extraheader` (in .git/config, or since v6 in a file under
// RUNNER_TEMP that .git/config includes) unless `persist-credentials: false`. The gate cannot
// take it away without breaking later steps, so it says so. git itself resolves the includes;
// only argument arrays reach it, and only names and files are reported, never values.
import { execa } from 'execa';
import path from 'node:path';

export interface GitCredential {
  /** the config key, e.g. http.https://github.com/.extraheader */
  key: string;
  /** the file that holds it, as git reports it */
  file: string;
}

/** Pure: credentials in `git config --show-origin --null --get-regexp` output (`origin\0key\nvalue\0`). */
export function credentialsInGitConfig(output: string): GitCredential[] {
  const fields = output.split('\0');
  const found: GitCredential[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const origin = fields[i] as string;
    const entry = fields[i + 1] as string;
    const newline = entry.indexOf('\n');
    const key = newline < 0 ? entry : entry.slice(0, newline);
    const value = newline < 0 ? '' : entry.slice(newline + 1);
    const file = origin.replace(/^file:/, '');
    if (/^http\..*extraheader$/i.test(key) && /authorization/i.test(value)) found.push({ key, file });
    else if (/^(remote\..*\.(push)?url|url\..*\.insteadof)$/i.test(key) && /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+:[^/@\s]+@/i.test(value)) found.push({ key, file });
  }
  return found;
}

/** What the checkout at `dir` keeps; empty when it is not a git checkout or git is missing. */
export async function findGitCredentials(dir: string): Promise<GitCredential[]> {
  const result = await execa('git', ['config', '--show-origin', '--null', '--get-regexp', String.raw`^(http\..*\.extraheader|remote\..*\.(push)?url|url\..*\.insteadof)$`], {
    cwd: dir,
    reject: false,
    stdin: 'ignore',
    timeout: 10_000,
  }).catch(() => undefined);
  if (!result || result.exitCode !== 0) return [];
  return credentialsInGitConfig(String(result.stdout)).map((c) => ({ ...c, file: path.resolve(dir, c.file) }));
}
