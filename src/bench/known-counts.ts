// Counts a run already has for a variant (reused: its artifact and benchmark settings are those
// they were counted with, see reuse/reuse.ts), and the iterations this run counts each benchmark
// at. A known count stands in for counting only at the same iterations: check mode counts at the
// baseline's, so the two agree by construction; anything else is counted.
import { own } from '../own.js';
import type { Baseline, BenchMeasurement, KnownCounts } from '../types.js';

/** The iterations a benchmark is counted at in `check` (the baseline's); undefined: calibrated in this run. */
export function storedIterations(mode: 'check' | 'update', baseline: Baseline | undefined, variant: string, bench: string): number | undefined {
  return mode === 'check' ? own(own(baseline?.variants, variant)?.bench, bench)?.iterations : undefined;
}

/** The known count of a benchmark when it was counted at exactly `iterations`. */
export function knownAt(known: KnownCounts | undefined, bench: string, iterations: number | undefined): BenchMeasurement | undefined {
  const result = own(known?.results, bench);
  return result && iterations !== undefined && result.iterations === iterations ? result : undefined;
}

/** Memory before the counted run: recorded, or (reused from a baseline, which does not keep it) the
 * memory at instantiation, which is never more, so the batch cap it gives is never larger. */
export function knownStartMemory(known: KnownCounts, bench: string, result: BenchMeasurement): number {
  return own(known.startMemoryBytes, bench) ?? result.initialMemoryBytes ?? 0;
}
