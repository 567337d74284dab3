// Reading a file a user or a pull request names (artifact, trace, config, baseline, cache entry):
// only a regular file, and only up to a size limit. A FIFO would block the open (and the gate)
// forever; a symlink to /dev/zero would be read until memory runs out. The file is opened with
// O_NONBLOCK and checked with fstat on the open handle, so a path swapped after the first check
// is caught too.
import { constants, type Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';

/** The default of the config's `fileSizeLimitMb`: V8 compiles no WebAssembly module larger than 1 GiB. */
export const DEFAULT_FILE_SIZE_LIMIT_MB = 1024;
export const DEFAULT_FILE_SIZE_LIMIT_BYTES = DEFAULT_FILE_SIZE_LIMIT_MB * 2 ** 20;

/** `code`: the errno (ENOENT, EACCES, ...), EISDIR for a directory, or why the gate refused it. */
export class InputReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const CHUNK = 1 << 20;

/**
 * The bytes of `file`, a regular file (or a symlink to one) of at most `limitBytes`. Throws
 * InputReadError whose message names `what` and the file, and says what to do.
 */
export async function readInputFile(file: string, what: string, limitBytes = DEFAULT_FILE_SIZE_LIMIT_BYTES): Promise<Buffer> {
  // Refused before it is opened: opening some devices has effects of its own.
  await checkRegular(file, what, limitBytes, await statOf(file, what, () => stat(file)));
  const handle = await statOf(file, what, () => open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY));
  try {
    const info = await statOf(file, what, () => handle.stat());
    await checkRegular(file, what, limitBytes, info);
    const chunks: Buffer[] = [];
    let total = 0;
    // Read to the end, not just fstat's size: the file may still be growing; past the limit, stop.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, CHUNK), limitBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limitBytes) throw tooLarge(file, what, total, limitBytes, 'more than');
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The same checks without reading: for a file another process reads (bench.imports, by import()). */
export async function checkInputFile(file: string, what: string, limitBytes = DEFAULT_FILE_SIZE_LIMIT_BYTES): Promise<void> {
  await checkRegular(file, what, limitBytes, await statOf(file, what, () => stat(file)));
}

async function statOf<T>(file: string, what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputReadError(file, `${what} ${file} cannot be read (${code})`, code);
  }
}

async function checkRegular(file: string, what: string, limitBytes: number, info: Stats): Promise<void> {
  if (info.isDirectory()) throw new InputReadError(file, `${what} ${file} cannot be read (EISDIR): it is a directory, give the file`, 'EISDIR');
  if (!info.isFile()) {
    const target = await realpath(file).catch(() => file);
    const via = target === file ? '' : ` (${target})`;
    throw new InputReadError(file, `${what} ${file} is ${kindOf(info)}${via}, not a regular file: the gate reads only regular files (a FIFO would hang it, a device would never end); give the path of a file`, 'not-regular');
  }
  if (info.size > limitBytes) throw tooLarge(file, what, info.size, limitBytes, '');
}

function tooLarge(file: string, what: string, size: number, limitBytes: number, qualifier: string): InputReadError {
  const has = qualifier ? `${qualifier} ${formatMb(limitBytes)}` : formatMb(size);
  return new InputReadError(file, `${what} ${file} is ${has}, past the limit of ${formatMb(limitBytes)} on files the gate reads: raise fileSizeLimitMb in the config if it is right`, 'too-large');
}

/** Whole MB when exact (a limit), else one decimal: 3 MB and 86 bytes is not "4 MB". */
function formatMb(bytes: number): string {
  const mb = bytes / 2 ** 20;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
