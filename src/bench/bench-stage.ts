// The bench stage as the pipeline feeds it: each variant's module is added as soon as it is
// optimized, and what can already be counted (benchmarks whose iterations the baseline fixes) is
// counted in its worker process while the next variants build and optimize. Calibration (shared
// by every variant), the rest of the counts and the timed runs wait for finish().
//
// Counts are exact whatever runs beside them, so they may overlap builds; timed runs never do.
// The in-process optimizer holds the main thread for seconds: hold() keeps counting out of its
// way, so that no worker's reply waits behind it and no time limit charges a benchmark for it.
import { countPhase, countStored, timingPasses } from './count-phase.js';
import { formatSeconds } from './phase-text.js';
import { loadTraces, prepareVariant } from './prepare-variant.js';
import type { KnownCounts } from '../types.js';
import { readModuleInterface } from './module-interface.js';
import { type PairPlan, type Partner, pairedPhase } from './paired-phase.js';
import { throughputPhase } from './throughput-phase.js';
import { type BenchStageInput, type BenchStageResult, Budget, BudgetShare, BudgetSpent, MODULE_KEY, type VariantBenchResult, type VariantRun } from './variant-run.js';

export type BenchStageSetup = Omit<BenchStageInput, 'modules' | 'builtModules' | 'functionKeys' | 'known' | 'beforeTiming'>;

export class BenchStage {
  readonly byVariant = new Map<string, VariantBenchResult>();
  private readonly input: BenchStageInput & { modules: Map<string, Uint8Array>; builtModules: Map<string, Uint8Array>; functionKeys: Map<string, readonly string[]>; known: Map<string, KnownCounts> };
  /** paused until there is bench work: the builds between variants do not spend it */
  private readonly budget: Budget;
  private traces: ReturnType<typeof loadTraces> | undefined;
  private readonly prepared: VariantRun[] = [];
  private readonly runs: VariantRun[] = [];
  /** per variant, its module built at the base commit (check --against), timed against the head's */
  private readonly bases = new Map<string, Uint8Array>();
  /** each variant's early work, one after another */
  private queue: Promise<void> = Promise.resolve();
  /** the bench step in flight, which a hold waits for */
  private inFlight: Promise<unknown> = Promise.resolve();
  private holds = 0;
  private released: Promise<void> = Promise.resolve();
  private release: () => void = () => {};
  private closed = false;
  /** the variants that run benchmarks, in order: each gets its share of the budget */
  private readonly benched: string[];

  constructor(setup: BenchStageSetup) {
    this.input = { ...setup, modules: new Map(), builtModules: new Map(), functionKeys: new Map(), known: new Map() };
    this.budget = new Budget(setup.config.bench.totalTimeLimitMs, false);
    this.benched = setup.config.variants.filter((v) => v.bench !== false).map((v) => v.name);
  }

  /** A variant's module, ready to run: its worker starts, and its stored-iteration counts begin. */
  add(name: string, bytes: Uint8Array, extras: { functionKeys?: readonly string[]; known?: KnownCounts; built?: Uint8Array } = {}): void {
    const { config } = this.input;
    if (!config.bench.enabled) return;
    this.input.modules.set(name, bytes);
    if (extras.built) this.input.builtModules.set(name, extras.built);
    if (extras.functionKeys) this.input.functionKeys.set(name, extras.functionKeys);
    if (extras.known) this.input.known.set(name, extras.known);
    const variantBench = config.variants.find((v) => v.name === name)?.bench;
    if (variantBench === false) return;
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      this.traces ??= loadTraces(config);
      const traces = await this.traces;
      const run = await this.step(() => prepareVariant(this.input, name, bytes, variantBench, traces, this.budget));
      this.prepared.push(run);
      this.byVariant.set(name, run.result);
      if (run.entries.length === 0 || this.closed) {
        run.worker?.kill();
        return;
      }
      this.runs.push(run);
      // Then calibrating and counting the rest, and the timing passes, for every variant.
      const share = new BudgetShare(this.budget, this.benched.indexOf(name), this.benched.length, 2 + timingPasses(this.input));
      await countStored(this.input, run, share, (work) => this.step(work));
    });
    // Failures are recorded in the variant's result (the report names them); nothing may reject the queue.
    this.queue = this.queue.catch((error: unknown) => {
      const result = this.byVariant.get(name) ?? { measurements: {}, vsReference: {}, vsBase: {}, errors: {}, notRun: [], notTimed: [], startMemoryBytes: {} };
      result.errors[MODULE_KEY] ??= `the bench stage failed: ${(error as Error)?.message ?? error}`;
      this.byVariant.set(name, result);
    });
  }

  /** The base commit's build of variant `name`, optimized as the head's was: before finish(). */
  addBase(name: string, bytes: Uint8Array): void {
    this.bases.set(name, bytes);
  }

  /** Runs `fn` with no bench step running beside it: the one in flight finishes first. */
  async hold<T>(fn: () => Promise<T>): Promise<T> {
    if (this.holds++ === 0) this.released = new Promise((resolve) => (this.release = resolve));
    try {
      await this.inFlight;
      return await fn();
    } finally {
      if (--this.holds === 0) this.release();
    }
  }

  /** The rest: calibration across variants, the remaining counts, then the timed runs. */
  async finish(beforeTiming?: () => Promise<unknown>): Promise<BenchStageResult> {
    await this.queue;
    if (this.runs.length === 0) return { tools: {}, byVariant: this.byVariant };
    const { config, log } = this.input;
    this.budget.resume();
    try {
      await countPhase(this.input, this.runs, this.budget);
      if (config.bench.throughput) {
        await beforeTiming?.();
        await throughputPhase(this.input, this.runs, this.budget);
        await pairedPhase(this.input, this.pairPlans(), this.budget);
      }
    } finally {
      this.budget.pause();
    }
    log.info(`bench: done in ${formatSeconds(this.budget.elapsedMs)}`);
    return {
      tools: {
        bench: `node ${process.version} (V8 ${process.versions.v8}), TurboFan only (--no-liftoff), warmed up; ${config.bench.samples} samples of ≥${config.bench.targetSampleMs} ms per benchmark, median and order-statistic 95% interval; variants interleaved in shuffled order; ratios paired in one process, alternating rounds, in slices spread over time (t interval over slices), until ±${config.bench.pairTargetPct}% or ${formatSeconds(config.bench.pairTimeLimitMs)}`,
      },
      byVariant: this.byVariant,
    };
  }

  /** Who each variant is timed against in one process: the reference variant, its base build. */
  private pairPlans(): PairPlan[] {
    const { config, log } = this.input;
    const reference = this.runs.find((r) => r.name === config.reference);
    const plans: PairPlan[] = [];
    for (const run of this.runs) {
      const partners: Partner[] = [];
      if (reference && reference !== run) {
        const measured = new Set(Object.keys(reference.result.measurements).filter((b) => !reference.result.errors[b]));
        partners.push({ key: 'reference', plain: reference.plain, host: reference.host, memory: reference.memory, ...(reference.unitMs ? { unitMs: reference.unitMs } : {}), benches: measured, into: run.result.vsReference });
      }
      const base = this.bases.get(run.name);
      if (base) {
        try {
          const host = { ...run.host, ...readModuleInterface(base) };
          partners.push({ key: 'base', plain: new Uint8Array(base), host, memory: new Map(), into: run.result.vsBase });
        } catch (error) {
          log.warn(`bench: ${run.name}: the base commit's module cannot be timed: ${(error as Error).message}`);
        }
      }
      if (partners.length > 0) plans.push({ run, partners });
    }
    return plans;
  }

  /** Stops every worker (a live one keeps the process alive): on every path, once done. */
  close(): void {
    this.closed = true;
    for (const run of this.prepared) run.worker?.kill();
  }

  /** One piece of bench work: after any hold, with the budget running while it runs. */
  private async step<T>(work: () => Promise<T>): Promise<T> {
    while (this.holds > 0) await this.released;
    if (this.closed) throw new BudgetSpent('the bench stage was closed');
    this.budget.resume();
    const running = work();
    this.inFlight = running.catch(() => {});
    try {
      return await running;
    } finally {
      this.budget.pause();
    }
  }
}
