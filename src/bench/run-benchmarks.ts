// Bench stage: exact instruction counts and peak memory from an instrumented copy of each module,
// then wall-clock throughput of the module as shipped, all in worker processes (one per variant),
// with variants and rounds interleaved in a shuffled order so that drift on the machine spreads
// over every variant alike. Preparing (prepare-variant.ts), counting (count-phase.ts) and timing
// (throughput-phase.ts) are each their own module; this one runs them and stops every worker.
import { countPhase } from './count-phase.js';
import { formatSeconds } from './phase-text.js';
import { loadTraces, prepareVariant } from './prepare-variant.js';
import { throughputPhase } from './throughput-phase.js';
import { type BenchStageInput, type BenchStageResult, Budget, type VariantBenchResult, type VariantRun } from './variant-run.js';

export type { BenchStageInput, BenchStageResult, VariantBenchResult } from './variant-run.js';
export { MODULE_KEY } from './variant-run.js';
export { listSome } from './phase-text.js';

export async function runBenchmarks(input: BenchStageInput): Promise<BenchStageResult> {
  const { config, log } = input;
  const byVariant = new Map<string, VariantBenchResult>();
  if (!config.bench.enabled || input.modules.size === 0) return { tools: {}, byVariant };
  const started = performance.now();
  const budget = new Budget(config.bench.totalTimeLimitMs);
  const traces = await loadTraces(config);
  const runs: VariantRun[] = [];
  const prepared: VariantRun[] = [];

  // Every worker started here is stopped on every path: a live worker keeps the process alive.
  try {
    for (const [name, bytes] of input.modules) {
      const variant = config.variants.find((v) => v.name === name);
      if (variant?.bench === false) continue;
      const run = await prepareVariant(input, name, bytes, variant?.bench, traces, budget);
      prepared.push(run);
      byVariant.set(name, run.result);
      if (run.entries.length > 0) runs.push(run);
      else run.worker?.kill();
    }
    if (runs.length === 0) return { tools: {}, byVariant };
    await countPhase(input, runs, budget);
    if (config.bench.throughput) {
      await input.beforeTiming?.();
      await throughputPhase(input, runs, budget);
    }
  } finally {
    for (const run of prepared) run.worker?.kill();
  }
  log.info(`bench: done in ${formatSeconds(performance.now() - started)}`);
  return {
    tools: {
      bench: `node ${process.version} (V8 ${process.versions.v8}), TurboFan only (--no-liftoff), warmed up; ${config.bench.samples} samples of ≥${config.bench.targetSampleMs} ms per benchmark, median and order-statistic 95% interval; variants interleaved in shuffled order`,
    },
    byVariant,
  };
}
