// `check --against <ref>`: every selected variant built a second time, at the base commit, in a
// detached git worktree under the temp directory. The HEAD config's definitions apply there
// (command, env, time limit; cwd and artifact at the same paths relative to the repository), with
// the same safe environment and size limit, through the same build runner. A base that cannot be
// built is reported for its variant and never fails the head. The worktree goes on every way out:
// returns, throws, and a cancel signal (processes.ts).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ownProcess } from '../processes.js';
import type { BaseBuild, VariantConfig } from '../types.js';
import { addWorktree, fetchCommit, type GitEnv, removeWorktree, removeWorktreeNow, repositoryRoot, resolveCommit } from './git.js';
import { digestInputs } from './inputs-digest.js';
import { buildVariant, type BuildOptions } from './run-build.js';

export interface BaseWorktree {
  /** the repository's top directory (the head's tree) */
  root: string;
  /** the base commit's checkout */
  dir: string;
  sha: string;
  /** A cancel stops registered processes in order: the worktree's removal must come after the
   * build running in it is killed, or that build may still write into it. Call once it started. */
  removeAfterBuild: () => void;
}

/** What `check --against` was given: a ref, or the commit the caller already resolved it to. */
export interface AgainstOption {
  ref: string;
  sha?: string;
  /** fetch the commit from `origin` when the checkout lacks it (a shallow CI checkout) */
  fetch?: boolean;
  /** chosen by default (a pull request's base), not asked for: no warning when nothing is timed */
  implicit?: boolean;
}

/** The commit to build at, fetching it when allowed and missing; or why there is none. */
export async function resolveBase(configDir: string, against: AgainstOption, env: GitEnv): Promise<{ sha: string } | { warning: string }> {
  if (against.sha) return { sha: against.sha };
  const found = await resolveCommit(configDir, against.ref, env);
  if ('sha' in found) return found;
  if (against.fetch) {
    const fetched = await fetchCommit(configDir, against.ref, env);
    // A fetched sha resolves as itself; a fetched branch lands in FETCH_HEAD.
    const again = fetched.ok ? await resolveCommit(configDir, against.ref, env) : undefined;
    if (again && 'sha' in again) return again;
    const head = fetched.ok ? await resolveCommit(configDir, 'FETCH_HEAD', env) : undefined;
    if (head && 'sha' in head) return head;
    if (!fetched.ok) return { warning: `base commit ${against.ref} is not available (git fetch: ${fetched.why || 'failed'}): set fetch-depth: 0 on actions/checkout` };
  }
  return { warning: `base commit ${against.ref} is not available (${found.why}): set fetch-depth: 0 on actions/checkout` };
}

/** A base build: the artifact's bytes, or what became of it (never a problem of the variant). */
export interface BaseBuilt {
  bytes?: Uint8Array;
  record: BaseBuild;
}

/**
 * Runs `fn` with the base commit checked out in a fresh worktree, and removes the worktree after,
 * however `fn` ends. The repository is the one holding `configDir`.
 */
export async function withBaseWorktree<T>(configDir: string, sha: string, env: GitEnv, fn: (worktree: BaseWorktree) => Promise<T>): Promise<T> {
  const root = await repositoryRoot(configDir, env);
  const dir = await mkdtemp(path.join(os.tmpdir(), `wasm-gate-base-${sha.slice(0, 12)}-`));
  let stopRegistration = ownProcess(() => removeWorktreeNow(root, dir, env));
  const worktree: BaseWorktree = {
    root,
    dir,
    sha,
    removeAfterBuild: () => {
      stopRegistration();
      stopRegistration = ownProcess(() => removeWorktreeNow(root, dir, env));
    },
  };
  try {
    await addWorktree(root, dir, sha, env);
    return await fn(worktree);
  } finally {
    stopRegistration();
    await removeWorktree(root, dir, env);
  }
}

/** Pure: the variant as defined at HEAD, with its cwd and artifact at the same place in the worktree. */
export function variantAtBase(variant: VariantConfig, worktree: Pick<BaseWorktree, 'root' | 'dir'>): VariantConfig | { why: string } {
  const inRepo = (file: string): string | undefined => {
    const relative = path.relative(worktree.root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
  };
  const cwd = inRepo(variant.cwd);
  const artifact = inRepo(variant.artifact);
  if (cwd === undefined) return { why: `its cwd ${variant.cwd} is outside the repository ${worktree.root}` };
  if (artifact === undefined) return { why: `its artifact ${variant.artifact} is outside the repository ${worktree.root}` };
  return { ...variant, cwd: path.join(worktree.dir, cwd), artifact: path.join(worktree.dir, artifact) };
}

/** Pure: a base build's failure, as the report says it. */
export function baseFailure(message: string, details?: string): BaseBuild {
  return { status: 'failed', message: `base build failed: ${message.replace(/^variant "[^"]*": /, '')}`, ...(details ? { details } : {}) };
}

/**
 * The variant's artifact at the base commit: skipped when its `inputs` hash the same in both
 * trees, otherwise built there as the head was.
 */
export async function buildAtBase(variant: VariantConfig, worktree: BaseWorktree, options: BuildOptions): Promise<BaseBuilt> {
  const atBase = variantAtBase(variant, worktree);
  if ('why' in atBase) return { record: baseFailure(atBase.why) };
  if (variant.inputs) {
    const [head, base] = await Promise.all([digestInputs(variant.cwd, variant.inputs), digestInputs(atBase.cwd, variant.inputs)]);
    if (head.complete && base.complete && head.files.length > 0 && head.digest === base.digest) {
      return { record: { status: 'unchanged', message: `inputs unchanged since ${worktree.sha.slice(0, 7)}: not rebuilt, not compared` } };
    }
  }
  if (!existsSync(atBase.cwd)) return { record: baseFailure(`its cwd ${path.relative(worktree.dir, atBase.cwd) || '.'} does not exist at ${worktree.sha.slice(0, 7)} (is the variant new since then?)`) };
  const building = buildVariant(atBase, options);
  // The build registered its process group synchronously: the worktree's removal now comes after it.
  worktree.removeAfterBuild();
  const built = await building;
  const baseBuildMs = Math.round(built.durationMs);
  if (built.problem || !built.bytes) {
    // Paths in the worktree read as paths in the repository.
    const message = (built.problem?.message ?? 'no artifact').replaceAll(`${worktree.dir}${path.sep}`, '');
    return { record: { ...baseFailure(message, built.problem?.details), baseBuildMs } };
  }
  return { bytes: built.bytes, record: { status: 'compared', baseBuildMs } };
}
