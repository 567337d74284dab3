// Counting: exact instructions and peak memory from the counting copy, at the baseline's
// iterations in `check` (so counts compare exactly) or at iterations calibrated across variants.
import { formatBytes, formatCount, NBSP } from '../units.js';
import { chooseIterations, nextProbe, type CountSample } from './iterations.js';
import { knownAt, knownStartMemory, storedIterations } from './known-counts.js';
import { growthPerUnit } from './memory-budget.js';
import { formatSeconds, listSome, plural, throttled } from './phase-text.js';
import { namedProfile } from './profile.js';
import type { BenchSpec, CountReply } from './protocol.js';
import type { BenchMeasurement, KnownCounts } from '../types.js';
import { ModuleFailure } from './worker-client.js';
import { ask, type BenchStageInput, type Budget, BudgetShare, BudgetSpent, markNotRun, type TimeBudget, type VariantRun } from './variant-run.js';

export async function countPhase(input: BenchStageInput, runs: VariantRun[], budget: Budget): Promise<void> {
  const { baseline, mode, log } = input;
  // Iterations: the baseline's in `check`, so counts compare exactly; calibrated otherwise, and
  // shared by every variant that calibrates, so that their counts compare with each other too.
  const calibrated = new Map<string, number>();
  const stored = (run: VariantRun, bench: string): number | undefined => storedIterations(mode, baseline, run.name, bench);
  for (const [i, run] of runs.entries()) {
    const progress = throttled(2_000);
    // Each pass splits what is left among the variants still to go: none starves the next.
    const share = new BudgetShare(budget, i, runs.length, 1 + timingPasses(input));
    for (const [index, { entry, spec }] of run.entries.entries()) {
      if (stored(run, entry.name) !== undefined) continue;
      if (share.spent) break;
      if (progress()) log.info(`bench: ${run.name}: calibrating [${(index + 1).toLocaleString('en-US')}/${run.entries.length.toLocaleString('en-US')}] ${entry.name}`);
      try {
        const samples = [await countAt(input, run, spec, 1, share)];
        for (let n = nextProbe(samples[0] as CountSample, samples[0] as CountSample); n !== undefined; n = nextProbe(samples[0] as CountSample, samples.at(-1) as CountSample)) {
          samples.push(await countAt(input, run, spec, n, share));
        }
        const last = samples.at(-1) as CountSample;
        const n = samples.length < 2 ? 1 : chooseIterations(samples.at(-2) as CountSample, last);
        calibrated.set(entry.name, Math.min(n, calibrated.get(entry.name) ?? Infinity));
      } catch {
        // recorded in run.result.errors, or left for the budget's report below
      }
    }
  }
  for (const [i, run] of runs.entries()) {
    await countEntries(input, run, new BudgetShare(budget, i, runs.length, timingPasses(input)), (bench) => stored(run, bench) ?? calibrated.get(bench), 'not run');
  }
}

/** Passes after counting: calibrating the timed runs, and the timed rounds. */
export function timingPasses(input: BenchStageInput): number {
  return input.config.bench.throughput ? 2 : 0;
}

/** Something a count request runs inside (bench-stage.ts: not while the main thread is held). */
export type Around = <T>(work: () => Promise<T>) => Promise<T>;
const direct: Around = (work) => work();

/**
 * What can be counted before every variant is ready: the benchmarks whose iterations the
 * baseline fixes (`check`). The others wait for countPhase, which calibrates across variants.
 */
export async function countStored(input: BenchStageInput, run: VariantRun, budget: TimeBudget, around: Around = direct): Promise<void> {
  await countEntries(input, run, budget, (bench) => storedIterations(input.mode, input.baseline, run.name, bench), 'later', around);
}

/** Counts each benchmark of `run` not counted yet, at `iterationsOf` it (`unknown`: what an
 * undecided one is: left for later, or not run). */
async function countEntries(
  input: BenchStageInput,
  run: VariantRun,
  budget: TimeBudget,
  iterationsOf: (bench: string) => number | undefined,
  unknown: 'later' | 'not run',
  around: Around = direct,
): Promise<void> {
  const { log } = input;
  const known = input.known?.get(run.name);
  const total = run.entries.length;
  const todo = run.entries
    .map((e, index) => ({ ...e, index }))
    .filter(({ entry }) => !run.result.measurements[entry.name] && !run.result.errors[entry.name] && (unknown === 'not run' || iterationsOf(entry.name) !== undefined));
  const reused = todo.filter(({ entry }) => knownAt(known, entry.name, iterationsOf(entry.name))).map(({ entry }) => entry.name);
  if (reused.length > 0) log.info(`bench: ${run.name}: counts of ${plural(reused.length, 'benchmark')} reused (unchanged artifact): ${listSome(reused, 10)}`);
  for (const [k, { entry, spec, index }] of todo.entries()) {
    if (budget.spent) {
      markNotRun(run, todo.slice(k).map((e) => e.entry.name));
      log.warn(`bench: ${run.name}: ${plural(todo.length - k, 'benchmark')} not run: ${budget.describe()} is spent`);
      break;
    }
    const iterations = iterationsOf(entry.name);
    if (iterations === undefined) {
      markNotRun(run, [entry.name]);
      continue;
    }
    const reusedCount = knownAt(known, entry.name, iterations);
    if (reusedCount) {
      const startBytes = knownStartMemory(known as KnownCounts, entry.name, reusedCount);
      run.result.measurements[entry.name] = withHeapOverhead({ ...reusedCount });
      run.result.startMemoryBytes[entry.name] = startBytes;
      run.memory.set(entry.name, { startBytes, bytesPerUnit: growthPerUnit(startBytes, reusedCount.peakMemoryBytes ?? startBytes, iterations) });
      continue;
    }
    await around(() => countOne(input, run, entry.name, spec, iterations, `${index + 1}/${total}`, budget));
  }
}

async function countOne(input: BenchStageInput, run: VariantRun, name: string, spec: BenchSpec, iterations: number, position: string, budget: TimeBudget): Promise<void> {
  const started = performance.now();
  try {
    const counted = await ask<CountReply>(input, run, name, { op: 'count', bench: spec, iterations }, budget);
    const keys = input.functionKeys?.get(run.name);
    run.result.measurements[name] = withHeapOverhead({
      iterations,
      ...(counted.cycles === undefined ? {} : { cycles: counted.cycles }),
      ...(counted.instructions === null ? {} : { instructions: counted.instructions }),
      ...(counted.profile ? { profile: namedProfile(counted.profile, keys, run.plain) } : {}),
      ...(counted.cyclesProfile ? { cyclesProfile: namedProfile(counted.cyclesProfile, keys, run.plain) } : {}),
      ...(counted.cache ? { cache: counted.cache } : {}),
      peakMemoryBytes: counted.peakMemoryBytes,
      initialMemoryBytes: counted.initialMemoryBytes,
      ...allocationFields(counted),
      ...(Object.keys(counted.allocStats).length > 0 ? { allocStats: counted.allocStats } : {}),
    });
    if (counted.allocationProblem) input.log.warn(`bench: ${run.name} ${name}: no allocation statistics: the module as built (with allocator hooks) failed: ${counted.allocationProblem}`);
    run.memory.set(name, { startBytes: counted.startMemoryBytes, bytesPerUnit: growthPerUnit(counted.startMemoryBytes, counted.peakMemoryBytes, iterations) });
    run.result.startMemoryBytes[name] = counted.startMemoryBytes;
    input.log.info(
      // The report's units (report/format.ts), so progress and tables read alike.
      `bench: ${run.name} [${position}] ${name}: ${formatCount(iterations)} iterations, ${counted.cycles === undefined ? '' : `${formatCount(counted.cycles)} cycles, `}${counted.instructions === null ? 'no' : formatCount(counted.instructions)} instructions, peak memory ${formatBytes(counted.peakMemoryBytes)}, initially ${formatBytes(counted.initialMemoryBytes)} (${formatSeconds(performance.now() - started)})`.replaceAll(NBSP, ' '),
    );
  } catch (error) {
    if (error instanceof BudgetSpent) markNotRun(run, [name]);
    else if (!(error instanceof ModuleFailure)) input.log.warn(`bench: ${run.name} ${name} failed: ${run.result.errors[name]}`);
  }
}

function allocationFields(counted: CountReply): Pick<BenchMeasurement, 'allocations' | 'allocationSizes'> {
  if (!counted.allocations) return {};
  return { allocations: counted.allocations, ...(counted.allocationSizes ? { allocationSizes: counted.allocationSizes } : {}) };
}

/** The heap overhead, from numbers a reused count keeps too: memory grown past the start, per live byte at the peak. */
export function withHeapOverhead(m: BenchMeasurement): BenchMeasurement {
  const live = m.allocations?.peakLiveBytes;
  if (!live || m.peakMemoryBytes === undefined || m.initialMemoryBytes === undefined) return m;
  return { ...m, heapOverhead: Math.round(((m.peakMemoryBytes - m.initialMemoryBytes) / live) * 1000) / 1000 };
}

async function countAt(input: BenchStageInput, run: VariantRun, spec: BenchSpec, iterations: number, budget: TimeBudget): Promise<CountSample> {
  const reply = await ask<CountReply>(input, run, spec.name, { op: 'count', bench: spec, iterations }, budget);
  return { iterations, instructions: reply.instructions ?? 0, peakMemoryBytes: reply.peakMemoryBytes };
}
