// Progress of a long optimization: binaryen takes minutes on a module of tens of MB, and the
// in-process engine holds the main thread meanwhile (no timer can print), so a large module gets
// a line before it starts and one with its time after.
import type { Logger } from '../log.js';
import { formatBytes, NBSP } from '../units.js';

/** From this size on, optimizing takes long enough (seconds to minutes) to say so. */
export const LARGE_MODULE_BYTES = 2 * 2 ** 20;

/** Runs the optimization, announcing it (size and flags) before and its time after for a large module. */
export async function withOptimizeProgress<T>(log: Logger, variant: string, bytes: Uint8Array, flags: readonly string[], optimize: () => Promise<T>): Promise<T> {
  if (bytes.length < LARGE_MODULE_BYTES) return optimize();
  log.info(`  optimizing ${variant} (${formatBytes(bytes.length).replaceAll(NBSP, ' ')}) with ${flags.length > 0 ? flags.join(' ') : 'no flags'}…`);
  const started = performance.now();
  try {
    return await optimize();
  } finally {
    log.info(`  ${variant}: optimized in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
