// Bench stage: exact instruction counts and peak memory from an instrumented copy of each module,
// then wall-clock throughput of the module as shipped, all in worker processes (one per variant),
// with variants and rounds interleaved in a shuffled order so that drift on the machine spreads
// over every variant alike. Preparing (prepare-variant.ts), counting (count-phase.ts) and timing
// (throughput-phase.ts) are each their own module; bench-stage.ts runs them and stops every worker.
import { BenchStage } from './bench-stage.js';
import type { BenchStageInput, BenchStageResult } from './variant-run.js';

export type { BenchStageInput, BenchStageResult, VariantBenchResult } from './variant-run.js';
export { MODULE_KEY } from './variant-run.js';
export { listSome } from './phase-text.js';
export { BenchStage } from './bench-stage.js';

/** The whole stage at once, over modules that are all ready (the pipeline feeds a BenchStage as it goes). */
export async function runBenchmarks(input: BenchStageInput, bases: ReadonlyMap<string, Uint8Array> = new Map()): Promise<BenchStageResult> {
  const stage = new BenchStage(input);
  try {
    for (const [name, bytes] of bases) stage.addBase(name, bytes);
    for (const [name, bytes] of input.modules) {
      const functionKeys = input.functionKeys?.get(name);
      const known = input.known?.get(name);
      stage.add(name, bytes, { ...(functionKeys ? { functionKeys } : {}), ...(known ? { known } : {}) });
    }
    return await stage.finish(input.beforeTiming);
  } finally {
    stage.close();
  }
}
