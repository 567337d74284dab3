// Pure: how many units of work a benchmark runs for its exact counts. Chosen from instruction
// counts, not time, so `update` picks the same number on any machine; stored in the baseline and
// reused by `check` so that counts compare exactly.

export const TARGET_INSTRUCTIONS = 20_000_000;
/** keep a leaking allocator's run within this much linear-memory growth */
export const MEMORY_GROWTH_BUDGET = 256 * 1024 * 1024;
export const MAX_ITERATIONS = 10_000_000;
/** Probes grow by this factor until a run is long enough to tell per-unit cost from set-up cost. */
export const PROBE_FACTOR = 8;

export interface CountSample {
  iterations: number;
  instructions: number;
  peakMemoryBytes: number;
}

/**
 * The next probe size, or undefined when `last` is long enough: its work (past the first sample's)
 * reaches a tenth of the target, or a tenth of the memory budget, so that fixed set-up costs (a
 * benchmark that pre-fills a ring of live objects) no longer hide the cost of one unit.
 */
export function nextProbe(first: CountSample, last: CountSample): number | undefined {
  const work = last.instructions - first.instructions;
  const growth = last.peakMemoryBytes - first.peakMemoryBytes;
  if (work >= TARGET_INSTRUCTIONS / 10 || growth >= MEMORY_GROWTH_BUDGET / 10 || last.iterations >= MAX_ITERATIONS) return undefined;
  return Math.min(MAX_ITERATIONS, last.iterations * PROBE_FACTOR);
}

/** Iterations from the last two probes (the larger ones: set-up cost matters least there). */
export function chooseIterations(one: CountSample, probe: CountSample): number {
  const units = Math.max(1, probe.iterations - one.iterations);
  const perUnit = Math.max(1, (probe.instructions - one.instructions) / units);
  const memoryPerUnit = Math.max(0, (probe.peakMemoryBytes - one.peakMemoryBytes) / units);
  const byInstructions = TARGET_INSTRUCTIONS / perUnit;
  const byMemory = memoryPerUnit > 0 ? MEMORY_GROWTH_BUDGET / memoryPerUnit : Infinity;
  return niceFloor(Math.max(1, Math.min(byInstructions, byMemory, MAX_ITERATIONS)));
}

/** The largest of 1, 2, 5 × 10^k not above n: round numbers read well in a baseline. */
export function niceFloor(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [5, 2, 1]) if (step * power <= n) return step * power;
  return 1;
}
