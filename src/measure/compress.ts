// gzip (level 9) and brotli (quality 11) on libuv's thread pool, so that they run while the main
// thread builds and optimizes the next variant (in-process binaryen holds the main thread for
// seconds at a time). Each compression is one piece of work on the pool: its output buffer holds
// the whole result, so it never waits for a busy main thread to hand it the next buffer. The
// bytes are those of the synchronous API (zlib's output does not depend on the buffer size; a
// test checks it on every fixture).
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Room for the whole output of either (both grow incompressible input by well under 1/8). */
function outputRoom(length: number): number {
  return Math.max(64 * 1024, length + (length >> 3) + 1024);
}

export async function compressedSizes(bytes: Uint8Array): Promise<{ gzip: number; brotli: number }> {
  const chunkSize = outputRoom(bytes.length);
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9, chunkSize }),
    brotliAsync(bytes, {
      chunkSize,
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  ]);
  return { gzip: gz.length, brotli: br.length };
}
