// Side effects: the git commands `check --against` needs, in the config file's repository:
// resolve a ref to a commit, fetch one commit the checkout lacks, and add and remove the detached
// worktree the base commit builds in. Errors say what failed and the fix.
import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/** A git command that should take a moment: past this it is stopped (a fetch over a slow link). */
const GIT_TIME_LIMIT_MS = 120_000;

export class GitError extends Error {}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** git's own environment variables would point every command at another repository or index. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|COMMON_DIR|NAMESPACE)$/.test(name)) env[name] = value;
  return { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: gitEnv(), timeout: GIT_TIME_LIMIT_MS, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const why = error && (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed (or not on PATH)' : '';
      resolve({ ok: !error, stdout: String(stdout), stderr: why || String(stderr).trim() });
    });
  });
}

/** The top directory of the repository holding `dir`. */
export async function repositoryRoot(dir: string): Promise<string> {
  const result = await git(dir, ['rev-parse', '--show-toplevel']);
  if (!result.ok) throw new GitError(`${dir} is not in a git repository (${firstLine(result.stderr)}): --against builds the base commit in a git worktree of the config file's repository`);
  return result.stdout.trim();
}

/** The commit `ref` names, or why it names none. */
export async function resolveCommit(dir: string, ref: string): Promise<{ sha: string } | { why: string }> {
  // `--end-of-options`: a ref that starts with "-" is a ref, never an option.
  const result = await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (result.ok) return { sha: result.stdout.trim() };
  return { why: firstLine(result.stderr) || 'no such commit in this checkout' };
}

/** Fetches one commit from `origin` (a shallow checkout lacks the base): true when it worked. */
export async function fetchCommit(dir: string, sha: string): Promise<{ ok: boolean; why: string }> {
  const result = await git(dir, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  return { ok: result.ok, why: firstLine(result.stderr) };
}

/** Checks `sha` out, detached, in the empty directory `dir`. */
export async function addWorktree(root: string, dir: string, sha: string): Promise<void> {
  const result = await git(root, ['worktree', 'add', '--detach', '--force', dir, sha]);
  if (!result.ok) throw new GitError(`git worktree add of ${sha} in ${dir} failed: ${firstLine(result.stderr)}`);
}

/** Removes the worktree and what git keeps of it; never throws (it runs on every way out). */
export async function removeWorktree(root: string, dir: string): Promise<void> {
  await git(root, ['worktree', 'remove', '--force', '--force', dir]);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  await git(root, ['worktree', 'prune']);
}

/** The same, synchronously: on a cancel signal the process exits before any callback would run. */
export function removeWorktreeNow(root: string, dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    execFileSync('git', ['worktree', 'prune'], { cwd: root, env: gitEnv(), stdio: 'ignore', timeout: 10_000 });
  } catch {
    // best effort: the run is ending; `git worktree prune` clears what is left
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim())?.trim().replace(/^(fatal|error): /, '') ?? '';
}
