// Timing: wall-clock throughput of each module as shipped, in rounds over every benchmark of every
// variant in shuffled order, summarized as a median with an order-statistic 95% interval. Ratios
// between two modules are timed apart, paired in one process (paired-phase.ts).
import { maxBatchForMemory } from './memory-budget.js';
import { formatSeconds, plural, round4 } from './phase-text.js';
import type { BenchSpec, CalibrateReply, TimeReply } from './protocol.js';
import { shuffled, summarizeThroughput } from './stats.js';
import { ModuleFailure } from './worker-client.js';
import { ask, type BenchStageInput, type Budget, BudgetShare, BudgetSpent, type VariantRun } from './variant-run.js';

export async function throughputPhase(input: BenchStageInput, runs: VariantRun[], budget: Budget): Promise<void> {
  const { config, log } = input;
  // samples[round]: a missing round stays a hole, so that rounds pair up across variants.
  const tasks: { run: VariantRun; spec: BenchSpec; batch: number; bytesPerUnit: number; samples: (number | undefined)[] }[] = [];
  const unmeasured = (run: VariantRun, name: string): void => {
    if (!run.result.notTimed.includes(name)) run.result.notTimed.push(name);
  };
  for (const [i, run] of runs.entries()) {
    // Keeps a turn of the timed rounds for every other variant.
    const share = new BudgetShare(budget, i, runs.length, 1);
    for (const { entry, spec } of run.entries) {
      if (!run.result.measurements[entry.name]) continue;
      // A leaking allocator's batch is capped so that it fits in a fresh instance (see memory-budget.ts).
      const { startBytes = 0, bytesPerUnit = 0 } = run.memory.get(entry.name) ?? {};
      const maxBatch = maxBatchForMemory(bytesPerUnit, startBytes, config.bench.memoryLimitMb * 1048576);
      try {
        const reply = await ask<CalibrateReply>(input, run, entry.name, { op: 'calibrate', bench: spec, targetMs: config.bench.targetSampleMs, maxBatch, bytesPerUnit }, share);
        tasks.push({ run, spec, batch: reply.batch, bytesPerUnit, samples: [] });
        (run.unitMs ??= new Map()).set(entry.name, reply.lastMs / reply.batch);
      } catch (error) {
        if (error instanceof BudgetSpent) unmeasured(run, entry.name);
        else if (!(error instanceof ModuleFailure)) log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
      }
    }
  }
  const seed = Date.now() >>> 0;
  const started = performance.now();
  let rounds = 0;
  for (let round = 0; round < config.bench.samples && !budget.spent; round++) {
    for (const task of shuffled(tasks, seed + round)) {
      if (task.run.result.errors[task.spec.name]) continue;
      try {
        const reply = await ask<TimeReply>(input, task.run, task.spec.name, { op: 'time', bench: task.spec, batch: task.batch, bytesPerUnit: task.bytesPerUnit }, budget);
        task.samples[round] = task.batch / (reply.ns / 1e9);
      } catch (error) {
        if (!(error instanceof BudgetSpent || error instanceof ModuleFailure)) log.warn(`bench: ${task.run.name} ${task.spec.name} failed: ${task.run.result.errors[task.spec.name]}`);
      }
    }
    rounds = round + 1;
    log.info(`bench: throughput round ${round + 1}/${config.bench.samples}, ${plural(tasks.length, 'benchmark')} (${formatSeconds(performance.now() - started)})`);
  }
  for (const task of tasks) {
    const measurement = task.run.result.measurements[task.spec.name];
    const samples = task.samples.filter((s): s is number => s !== undefined);
    if (!measurement) continue;
    // Fewer rounds than asked for would give an interval that claims more than it knows.
    if (rounds < config.bench.samples) {
      unmeasured(task.run, task.spec.name);
      continue;
    }
    const summary = summarizeThroughput(samples);
    measurement.opsPerSec = round4(summary.median);
    measurement.opsPerSecCi95 = [round4(summary.ci95[0]), round4(summary.ci95[1])];
    measurement.samples = summary.samples;
  }
}
