// The content digest of a variant's `inputs` (config: globs relative to its cwd naming the files
// its build reads), taken the same way in the head's tree and in the base commit's worktree: when
// the two agree, the base build would rebuild the same module and is skipped. Matching is pure;
// the walk reads only the directories a pattern can reach.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputsDigest {
  digest: string;
  /** the files matched, relative to cwd with "/" */
  files: string[];
  /** false when the walk stopped at MAX_INPUT_FILES: the digest then decides nothing */
  complete: boolean;
}

/** Directories a build makes or a VCS keeps: never an input, and costly to walk. */
const NEVER_WALKED = new Set(['.git', 'node_modules', 'target']);
/** Past this many files walked, the walk stops and the variant is built (a pattern is likely too wide). */
export const MAX_INPUT_FILES = 50_000;

/** Pure: `*` and `?` within one path segment, `**` across segments ("src/**", "**\/*.c"). */
export function pathGlobRegExp(pattern: string): RegExp {
  const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized[i] as string;
    if (c === '*' && normalized[i + 1] === '*') {
      const slash = normalized[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Pure: the directory a pattern's matches all lie under ("src/lib/**" → "src/lib"). */
export function staticPrefix(pattern: string): string {
  const segments = pattern.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/');
}

/** The digest of every file under `cwd` that a pattern matches: their paths and contents, in order. */
export async function digestInputs(cwd: string, patterns: readonly string[]): Promise<InputsDigest> {
  const regexps = patterns.map(pathGlobRegExp);
  const roots = [...new Set(patterns.map(staticPrefix))];
  const found = new Set<string>();
  let complete = true;
  for (const root of roots) {
    const walked = await walk(cwd, root);
    if (walked.length > MAX_INPUT_FILES) complete = false;
    for (const file of walked) if (regexps.some((r) => r.test(file))) found.add(file);
  }
  const files = [...found].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const content = await readFile(path.join(cwd, file));
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return { digest: hash.digest('hex'), files, complete };
}

/** Files under `cwd/root`, relative to `cwd`; a root that does not exist has none. */
async function walk(cwd: string, root: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0 && files.length <= MAX_INPUT_FILES) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = await readdir(path.join(cwd, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !NEVER_WALKED.has(entry.name)) pending.push(relative);
      else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path.join(cwd, relative)).catch(() => undefined))?.isFile())) files.push(relative);
    }
  }
  return files;
}
