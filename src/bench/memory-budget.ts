// Pure: how many units of work one timed batch may run so that a benchmark whose memory keeps
// growing (a leaking allocator: bump, lol_alloc's LeakingAllocator) still fits in a fresh instance.
// The worker re-instantiates the module between batches when the next one could pass the limit.

/** Ceiling of a timed batch whatever its memory. */
export const MAX_BATCH = 10_000_000;
/** Over-estimate of a batch's growth: allocators grow memory in steps (bump: ≥ 1/8 at a time). */
export const GROWTH_MARGIN = 1.25;

/** Linear-memory growth per unit of work in the counted run (0 for an allocator that reuses memory). */
export function growthPerUnit(startMemoryBytes: number, peakMemoryBytes: number, iterations: number): number {
  return Math.max(0, peakMemoryBytes - startMemoryBytes) / Math.max(1, iterations);
}

/** The largest batch whose growth fits in half the limit past a fresh instance's start (at least 1). */
export function maxBatchForMemory(bytesPerUnit: number, startMemoryBytes: number, limitBytes: number): number {
  if (bytesPerUnit <= 0) return MAX_BATCH;
  const room = limitBytes / 2 - startMemoryBytes;
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(room / (bytesPerUnit * GROWTH_MARGIN))));
}
