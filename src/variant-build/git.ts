// Side effects: the git commands `check --against` needs, in the config file's repository:
// resolve a ref to a commit, fetch one commit the checkout lacks, and add and remove the detached
// worktree the base commit builds in. Errors say what failed and the fix.
// They run after the pull request's build, which could write the repository's hooks and config
// (core.fsmonitor, a credential helper): git gets the build's own safe environment, never more,
// and no hooks.
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

/** A git command that should take a moment: past this it is stopped (a fetch over a slow link). */
const GIT_TIME_LIMIT_MS = 120_000;

export class GitError extends Error {}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** The environment git runs in: a build's (secrets removed), by default this process's. */
export type GitEnv = Readonly<Record<string, string | undefined>>;

/** git's own environment variables would point every command at another repository or index. */
function gitEnv(base: GitEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) if (!/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|COMMON_DIR|NAMESPACE)$/.test(name)) env[name] = value;
  return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

/** No hook runs: the pull request's build could have written them. */
const NO_HOOKS = ['-c', 'core.hooksPath=/dev/null'];

function git(cwd: string, args: string[], env: GitEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', [...NO_HOOKS, ...args], { cwd, env: gitEnv(env), timeout: GIT_TIME_LIMIT_MS, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const why = error && (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (or not on PATH)' : '';
      resolve({ ok: !error, stdout: String(stdout), stderr: why || String(stderr).trim() });
    });
  });
}

/** The top directory of the repository holding `dir`, spelled as `dir` is (through the same
 * symlinks), so that paths under `dir` are paths under it. */
export async function repositoryRoot(dir: string, env: GitEnv = process.env): Promise<string> {
  const result = await git(dir, ['rev-parse', '--show-prefix'], env);
  if (!result.ok) throw new GitError(`${dir} is not in a git repository (${firstLine(result.stderr)}): --against builds the base commit in a git worktree of the config file's repository`);
  const depth = result.stdout.trim().split('/').filter(Boolean).length;
  return path.resolve(dir, ...Array<string>(depth).fill('..'));
}

/** The commit `ref` names, or why it names none. */
export async function resolveCommit(dir: string, ref: string, env: GitEnv = process.env): Promise<{ sha: string } | { why: string }> {
  // `--end-of-options`: a ref that starts with "-" is a ref, never an option.
  const result = await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], env);
  if (result.ok) return { sha: result.stdout.trim() };
  return { why: firstLine(result.stderr) || 'no such commit in this checkout' };
}

/** Fetches one commit from `origin` (a shallow checkout lacks the base): true when it worked. */
export async function fetchCommit(dir: string, sha: string, env: GitEnv = process.env): Promise<{ ok: boolean; why: string }> {
  const result = await git(dir, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', sha], env);
  return { ok: result.ok, why: firstLine(result.stderr) };
}

/** Checks `sha` out, detached, in the empty directory `dir`. */
export async function addWorktree(root: string, dir: string, sha: string, env: GitEnv = process.env): Promise<void> {
  const result = await git(root, ['worktree', 'add', '--detach', '--force', dir, sha], env);
  if (!result.ok) throw new GitError(`git worktree add of ${sha} in ${dir} failed: ${firstLine(result.stderr)}`);
}

/** Removes the worktree and what git keeps of it; never throws (it runs on every way out). */
export async function removeWorktree(root: string, dir: string, env: GitEnv = process.env): Promise<void> {
  await git(root, ['worktree', 'remove', '--force', '--force', dir], env);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  await git(root, ['worktree', 'prune'], env);
}

/** The same, synchronously: on a cancel signal the process exits before any callback would run. */
export function removeWorktreeNow(root: string, dir: string, env: GitEnv = process.env): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    execFileSync('git', [...NO_HOOKS, 'worktree', 'prune'], { cwd: root, env: gitEnv(env), stdio: 'ignore', timeout: 10_000 });
  } catch {
    // best effort: the run is ending; `git worktree prune` clears what is left
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim())?.trim().replace(/^(fatal|error): /, '') ?? '';
}
