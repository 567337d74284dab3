// One variant's state in the bench phase, the phase's shared time budget, and the one way a
// benchmark talks to its worker: within its own time limit and what is left of the budget.
import type { Logger } from '../log.js';
import type { Baseline, BenchMeasurement, GateConfig, KnownCounts, ReferenceRatio } from '../types.js';
import { formatSeconds, plural } from './phase-text.js';
import type { AllocationCopy, BenchSpec, HostPlan, LoadReply } from './protocol.js';
import type { BenchPlanEntry } from './select.js';
import { BenchWorker, ModuleFailure, WorkerTimeout } from './worker-client.js';

export interface BenchStageInput {
  config: GateConfig;
  baseline: Baseline | undefined;
  modules: Map<string, Uint8Array>;
  /** per variant, the module as built (before wasm-opt), when it is a core module */
  builtModules?: Map<string, Uint8Array>;
  /** per variant, the name of each function body, for the instruction profile (default func[<index>]) */
  functionKeys?: Map<string, readonly string[]>;
  env: Record<string, string>;
  log: Logger;
  mode: 'check' | 'update';
  /** per variant, counts reused from an earlier run: not counted again (at the same iterations) */
  known?: ReadonlyMap<string, KnownCounts>;
  /** awaited before the throughput phase: the timed runs get a machine with no compression running */
  beforeTiming?: () => Promise<unknown>;
}

export interface VariantBenchResult {
  measurements: Record<string, BenchMeasurement>;
  /** throughput against the reference variant, paired in one process (paired-phase.ts) */
  vsReference: Record<string, ReferenceRatio>;
  /** throughput against the same variant built at the base commit (check --against), paired likewise */
  vsBase: Record<string, ReferenceRatio>;
  /** benchmark name (or "module") → reason */
  errors: Record<string, string>;
  /** benchmarks the bench phase's total budget left no time to count */
  notRun: string[];
  /** counted benchmarks the budget left no time to time */
  notTimed: string[];
  /** per counted benchmark, memory just before its counted run (kept with the counts in a cache) */
  startMemoryBytes: Record<string, number>;
}

export interface BenchStageResult {
  tools: Record<string, string>;
  byVariant: Map<string, VariantBenchResult>;
}

/** Key under which problems of the whole module (not one benchmark) are reported. */
export const MODULE_KEY = 'module';

export interface VariantRun {
  name: string;
  plain: Uint8Array<ArrayBuffer>;
  counted: Uint8Array<ArrayBuffer> | null;
  /** the module as built with allocator hooks, for the allocation statistics */
  allocation?: AllocationCopy;
  /** what the worker provides to the module's imports */
  host: HostPlan;
  /** per benchmark, from its counted run: memory before the run and growth per unit of work */
  memory: Map<string, { startBytes: number; bytesPerUnit: number }>;
  worker: BenchWorker | undefined;
  entries: { entry: BenchPlanEntry; spec: BenchSpec }[];
  result: VariantBenchResult;
  /** ms spent per benchmark, against the time limit */
  spent: Map<string, number>;
  /** per benchmark, ms of one unit of work on a warm instance (the throughput phase's calibration) */
  unitMs?: Map<string, number>;
}

/**
 * The bench phase's total time budget (bench.totalTimeLimitMs), shared by every variant. It runs
 * only while bench work does: counting that starts while later variants still build
 * (bench-stage.ts) pauses it in between, so the builds never spend it.
 */
export class Budget {
  private usedMs = 0;
  private since: number | undefined;
  constructor(
    readonly limitMs: number,
    running = true,
  ) {
    if (running) this.since = performance.now();
  }
  get leftMs(): number {
    return this.limitMs - this.elapsedMs;
  }
  /** time spent running */
  get elapsedMs(): number {
    return this.usedMs + (this.since === undefined ? 0 : performance.now() - this.since);
  }
  get spent(): boolean {
    return this.leftMs <= 0;
  }
  resume(): void {
    this.since ??= performance.now();
  }
  pause(): void {
    if (this.since === undefined) return;
    this.usedMs += performance.now() - this.since;
    this.since = undefined;
  }
  describe(): string {
    return `the bench phase's total budget of ${formatSeconds(this.limitMs)} (bench.totalTimeLimitMs)`;
  }
}

export class BudgetSpent extends Error {}

/** What a request may spend: the whole budget, or one variant's share of it. */
export interface TimeBudget {
  readonly leftMs: number;
  readonly spent: boolean;
  describe(): string;
}

/**
 * One variant's fair part of the budget in one pass over the variants (calibrating, counting,
 * timing): what is left, split evenly among the turns still to come. A variant may use what those
 * before it left unused, never what the others are owed, in this pass or a later one: a variant
 * with thousands of benchmarks cannot starve a healthy one.
 */
export class BudgetShare implements TimeBudget {
  private readonly startedMs: number;
  private readonly limitMs: number;
  private readonly others: number;
  /** `index` of `count` variants in this pass; `passesAfter`: the passes every variant has still to come */
  constructor(
    private readonly budget: Budget,
    index: number,
    count: number,
    passesAfter = 0,
  ) {
    // The others it keeps time for: those after it in this pass, or all of them when passes follow.
    this.others = passesAfter > 0 ? count - 1 : count - index - 1;
    const turns = count - index + (count - 1) * passesAfter;
    this.startedMs = budget.elapsedMs;
    this.limitMs = budget.leftMs / Math.max(1, turns);
  }
  get leftMs(): number {
    return Math.min(this.budget.leftMs, this.limitMs - (this.budget.elapsedMs - this.startedMs));
  }
  get spent(): boolean {
    return this.leftMs <= 0;
  }
  describe(): string {
    return this.others > 0 && !this.budget.spent ? `its share of ${this.budget.describe()}, the rest kept for ${plural(this.others, 'other variant')}` : this.budget.describe();
  }
}

/** A live worker with this variant's modules loaded; a new one after a crash or a time-out. */
export async function ensureWorker(input: BenchStageInput, run: VariantRun, budget: TimeBudget): Promise<LoadReply> {
  run.worker?.kill();
  run.worker = new BenchWorker({ env: input.env, memoryLimitMb: input.config.bench.memoryLimitMb });
  // Starting a process and compiling three copies is not the benchmark's time: on a loaded 2-core
  // runner it alone can take seconds, so a short bench.timeLimitMs must not fail it.
  const limit = Math.max(input.config.bench.timeLimitMs, LOAD_TIME_FLOOR_MS);
  return run.worker.request<LoadReply>({ op: 'load', plain: run.plain, counted: run.counted, host: run.host, ...(run.allocation ? { allocation: run.allocation } : {}) }, Math.min(limit, Math.max(1, budget.leftMs)));
}

/** The least time a worker gets to start and load its modules (a start function that loops ends there). */
export const LOAD_TIME_FLOOR_MS = 10_000;

/** One request for one benchmark, within what is left of its time limit and of the phase's budget. */
export async function ask<T>(input: BenchStageInput, run: VariantRun, bench: string, request: Parameters<BenchWorker['request']>[0], budget: TimeBudget): Promise<T> {
  const moduleProblem = run.result.errors[MODULE_KEY];
  if (moduleProblem) throw new ModuleFailure(moduleProblem);
  if (run.result.errors[bench]) throw new Error(run.result.errors[bench]);
  if (budget.spent) throw new BudgetSpent(budget.describe());
  if (!run.worker?.alive) await ensureWorker(input, run, budget);
  const spent = run.spent.get(bench) ?? 0;
  const started = performance.now();
  const ownLeft = input.config.bench.timeLimitMs - spent;
  const budgetLeft = budget.leftMs;
  try {
    return await (run.worker as BenchWorker).request<T>(request, Math.min(ownLeft, budgetLeft));
  } catch (error) {
    if (error instanceof ModuleFailure) {
      // The module's own fault (its start function trapped): said once for the variant, not per benchmark.
      run.result.errors[MODULE_KEY] = error.message;
      input.log.warn(`bench: ${run.name}: ${error.message}`);
      throw error;
    }
    const limit = formatSeconds(input.config.bench.timeLimitMs);
    run.result.errors[bench] =
      error instanceof WorkerTimeout
        ? budgetLeft < ownLeft
          ? `stopped: ${budget.describe()} ran out while it ran`
          : `did not finish within its time limit of ${limit} (an endless loop? raise bench.timeLimitMs if it is just slow)`
        : (error as Error).message;
    delete run.result.measurements[bench];
    throw error;
  } finally {
    run.spent.set(bench, spent + performance.now() - started);
  }
}

/** Records the benchmarks of `run` that the spent budget leaves out, once each. */
export function markNotRun(run: VariantRun, names: string[]): void {
  for (const name of names) if (!run.result.notRun.includes(name) && !run.result.errors[name]) run.result.notRun.push(name);
}

