// Files the gate writes (baseline, results, reports, optimized modules) appear whole or not at
// all: the text goes to a temporary file in the same directory, is flushed to disk, and is
// renamed over the target. A kill -9 mid-write leaves the old file, and two concurrent writers
// leave one complete file, never a mix.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export class WriteError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Writes `data` to `file` atomically; creates the directory. Throws WriteError naming the file.
 * `overwrite: false` never replaces an existing file, even one created a moment earlier: the
 * complete temporary file is hard-linked into place, which fails when the target exists.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, what = 'file', options: { overwrite?: boolean } = {}): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite === false) {
      await link(temp, target);
      await rm(temp, { force: true });
    } else await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteError(target, `cannot write the ${what} ${target} (${code ?? (error as Error).message})${hint(code)}`);
  }
}

function hint(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return ': choose a writable path';
  if (code === 'ENOTDIR' || code === 'EEXIST') return ': a part of the path is a file, not a directory';
  if (code === 'EISDIR') return ': the target is a directory';
  if (code === 'ENOSPC') return ': the disk is full';
  if (code === 'EEXIST') return ': it already exists, and is left as it is';
  return '';
}
