// Bench stage: exact instruction counts and peak memory from an instrumented copy of each module,
// then wall-clock throughput of the module as shipped, all in worker processes (one per variant),
// with variants and rounds interleaved in a shuffled order so that drift on the machine spreads
// over every variant alike.
import { readFile } from 'node:fs/promises';
import type { Logger } from '../log.js';
import { formatBytes, formatCount, NBSP } from '../report/format.js';
import type { Baseline, BenchMeasurement, GateConfig, ReferenceRatio } from '../types.js';
import { instrumentForProfiling } from '../wasm/instrument.js';
import { chooseIterations, nextProbe, type CountSample } from './iterations.js';
import { knownAt, knownStartMemory, storedIterations, type KnownCounts } from './known-counts.js';
import { growthPerUnit, maxBatchForMemory } from './memory-budget.js';
import { readModuleInterface } from './module-interface.js';
import { namedProfile } from './profile.js';
import type { BenchSpec, CalibrateReply, CountReply, HostPlan, LoadReply, TimeReply } from './protocol.js';
import { type BenchPlanEntry, selectBenchmarks } from './select.js';
import { pairedRatio, shuffled, summarizeThroughput } from './stats.js';
import { encodeTrace } from './trace.js';
import { benchSignatureProblem, describeSignature, exportSignatures, type Signature } from '../wasm/signatures.js';
import { BenchWorker, WorkerTimeout } from './worker-client.js';

export interface BenchStageInput {
  config: GateConfig;
  baseline: Baseline | undefined;
  modules: Map<string, Uint8Array>;
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
  /** throughput against the reference variant, same run, paired by round */
  vsReference: Record<string, ReferenceRatio>;
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

interface VariantRun {
  name: string;
  plain: Uint8Array<ArrayBuffer>;
  counted: Uint8Array<ArrayBuffer> | null;
  /** what the worker provides to the module's imports */
  host: HostPlan;
  /** per benchmark, from its counted run: memory before the run and growth per unit of work */
  memory: Map<string, { startBytes: number; bytesPerUnit: number }>;
  worker: BenchWorker | undefined;
  entries: { entry: BenchPlanEntry; spec: BenchSpec }[];
  result: VariantBenchResult;
  /** ms spent per benchmark, against the time limit */
  spent: Map<string, number>;
}

/** The bench phase's total time budget (bench.totalTimeLimitMs), shared by every variant. */
class Budget {
  private readonly deadline: number;
  constructor(readonly limitMs: number) {
    this.deadline = performance.now() + limitMs;
  }
  get leftMs(): number {
    return this.deadline - performance.now();
  }
  get spent(): boolean {
    return this.leftMs <= 0;
  }
  describe(): string {
    return `the bench phase's total budget of ${formatSeconds(this.limitMs)} (bench.totalTimeLimitMs)`;
  }
}

class BudgetSpent extends Error {}

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

async function loadTraces(config: GateConfig): Promise<Map<string, Int32Array | Error>> {
  const files = new Set([...config.bench.traces, ...config.variants.flatMap((v) => (v.bench ? (v.bench.traces ?? []) : []))]);
  const traces = new Map<string, Int32Array | Error>();
  for (const file of files) {
    try {
      traces.set(file, encodeTrace(await readFile(file, 'utf8'), file));
    } catch (error) {
      traces.set(file, new Error(`trace ${file} cannot be used: ${(error as Error).message}`));
    }
  }
  return traces;
}

async function prepareVariant(
  input: BenchStageInput,
  name: string,
  bytes: Uint8Array,
  variantBench: { exports?: string[]; traces?: string[]; imports?: string } | undefined,
  traces: Map<string, Int32Array | Error>,
  budget: Budget,
): Promise<VariantRun> {
  const plain = new Uint8Array(bytes);
  const importsModule = variantBench?.imports ?? input.config.bench.imports;
  const host: HostPlan = { variant: name, imports: [], ...(importsModule ? { importsModule } : {}) };
  const run: VariantRun = { name, plain, counted: null, host, memory: new Map(), worker: undefined, entries: [], result: { measurements: {}, vsReference: {}, errors: {}, notRun: [], notTimed: [], startMemoryBytes: {} }, spent: new Map() };
  const known = input.known?.get(name);
  if (budget.spent) {
    run.result.errors[MODULE_KEY] = `not run: ${budget.describe()} was spent before this variant's turn`;
    return run;
  }
  const instrument = (): boolean => {
    try {
      run.counted = new Uint8Array(instrumentForProfiling(bytes));
      return true;
    } catch (error) {
      run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${(error as Error).message}`;
      return false;
    }
  };
  try {
    Object.assign(host, readModuleInterface(bytes));
  } catch (error) {
    run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${(error as Error).message}`;
    return run;
  }
  // With every count known, only the module as shipped is loaded (for timing): no counting copy.
  if (!known && !instrument()) return run;
  let info: LoadReply;
  try {
    info = await ensureWorker(input, run, budget);
  } catch (error) {
    run.result.errors[MODULE_KEY] = (error as Error).message;
    return run;
  }
  const patterns = variantBench?.exports ?? input.config.bench.exports;
  const selected = selectBenchmarks(info.exports, patterns, variantBench?.traces ?? input.config.bench.traces);
  if (selected.length === 0) return run;
  const unknown = selected.filter((e) => !knownAt(known, e.name, storedIterations(input.mode, input.baseline, name, e.name)));
  if (known && unknown.length > 0) {
    // A benchmark the known counts do not cover (they were made at other iterations): count it.
    if (!instrument()) return run;
    try {
      await ensureWorker(input, run, budget);
    } catch (error) {
      run.result.errors[MODULE_KEY] = (error as Error).message;
      return run;
    }
  }
  const signatures = exportSignatures(bytes);
  for (const entry of selected) {
    const wrongShape = entry.kind === 'export' ? benchSignatureProblem(entry.name, signatures.get(entry.name)) : traceSignatureProblem(signatures);
    if (wrongShape) {
      run.result.errors[entry.name] = wrongShape;
      continue;
    }
    if (entry.kind === 'export') {
      run.entries.push({ entry, spec: { kind: 'export', name: entry.name } });
      continue;
    }
    const ops = traces.get(entry.file ?? '');
    if (ops instanceof Int32Array) run.entries.push({ entry, spec: { kind: 'trace', name: entry.name, ops } });
    else run.result.errors[entry.name] = ops?.message ?? 'trace missing';
  }
  input.log.info(`bench: ${name}: ${plural(run.entries.length, 'benchmark')}: ${listSome(run.entries.map((e) => e.entry.name), 10)}`);
  return run;
}

/** trace_load(count: i32) -> i32 (a pointer) and trace_replay(n: i32) -> i32 | i64. */
function traceSignatureProblem(signatures: Map<string, Signature>): string | undefined {
  const load = signatures.get('trace_load');
  if (load && !(load.params.join() === 'i32' && load.results.join() === 'i32')) {
    return `trace_load has the signature ${describeSignature(load)}; it must be (i32) -> i32: the count of operations in, a pointer to their buffer out`;
  }
  return benchSignatureProblem('trace_replay', signatures.get('trace_replay'));
}

/** A live worker with this variant's modules loaded; a new one after a crash or a time-out. */
async function ensureWorker(input: BenchStageInput, run: VariantRun, budget: Budget): Promise<LoadReply> {
  run.worker?.kill();
  run.worker = new BenchWorker({ env: input.env, memoryLimitMb: input.config.bench.memoryLimitMb });
  return run.worker.request<LoadReply>({ op: 'load', plain: run.plain, counted: run.counted, host: run.host }, Math.min(input.config.bench.timeLimitMs, Math.max(1, budget.leftMs)));
}

/** One request for one benchmark, within what is left of its time limit and of the phase's budget. */
async function ask<T>(input: BenchStageInput, run: VariantRun, bench: string, request: Parameters<BenchWorker['request']>[0], budget: Budget): Promise<T> {
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
function markNotRun(run: VariantRun, names: string[]): void {
  for (const name of names) if (!run.result.notRun.includes(name) && !run.result.errors[name]) run.result.notRun.push(name);
}

async function countPhase(input: BenchStageInput, runs: VariantRun[], budget: Budget): Promise<void> {
  const { baseline, mode, log } = input;
  // Iterations: the baseline's in `check`, so counts compare exactly; calibrated otherwise, and
  // shared by every variant that calibrates, so that their counts compare with each other too.
  const calibrated = new Map<string, number>();
  const stored = (run: VariantRun, bench: string): number | undefined => storedIterations(mode, baseline, run.name, bench);
  for (const run of runs) {
    const progress = throttled(2_000);
    for (const [index, { entry, spec }] of run.entries.entries()) {
      if (stored(run, entry.name) !== undefined) continue;
      if (budget.spent) break;
      if (progress()) log.info(`bench: ${run.name}: calibrating [${(index + 1).toLocaleString('en-US')}/${run.entries.length.toLocaleString('en-US')}] ${entry.name}`);
      try {
        const samples = [await countAt(input, run, spec, 1, budget)];
        for (let n = nextProbe(samples[0] as CountSample, samples[0] as CountSample); n !== undefined; n = nextProbe(samples[0] as CountSample, samples.at(-1) as CountSample)) {
          samples.push(await countAt(input, run, spec, n, budget));
        }
        const last = samples.at(-1) as CountSample;
        const n = samples.length < 2 ? 1 : chooseIterations(samples.at(-2) as CountSample, last);
        calibrated.set(entry.name, Math.min(n, calibrated.get(entry.name) ?? Infinity));
      } catch {
        // recorded in run.result.errors, or left for the budget's report below
      }
    }
  }
  for (const run of runs) {
    const total = run.entries.length;
    let done = 0;
    const reused = run.entries.filter(({ entry }) => knownAt(input.known?.get(run.name), entry.name, stored(run, entry.name))).map(({ entry }) => entry.name);
    if (reused.length > 0) log.info(`bench: ${run.name}: counts of ${plural(reused.length, 'benchmark')} reused (unchanged artifact): ${listSome(reused, 10)}`);
    for (const { entry, spec } of run.entries) {
      done += 1;
      if (budget.spent) {
        markNotRun(run, run.entries.slice(done - 1).map((e) => e.entry.name));
        log.warn(`bench: ${run.name}: ${plural(total - done + 1, 'benchmark')} not run: ${budget.describe()} is spent`);
        break;
      }
      const iterations = stored(run, entry.name) ?? calibrated.get(entry.name);
      if (run.result.errors[entry.name]) continue;
      if (iterations === undefined) {
        markNotRun(run, [entry.name]);
        continue;
      }
      const reused = knownAt(input.known?.get(run.name), entry.name, iterations);
      if (reused) {
        const startBytes = knownStartMemory(input.known?.get(run.name) as KnownCounts, entry.name, reused);
        run.result.measurements[entry.name] = { ...reused };
        run.result.startMemoryBytes[entry.name] = startBytes;
        run.memory.set(entry.name, { startBytes, bytesPerUnit: growthPerUnit(startBytes, reused.peakMemoryBytes ?? startBytes, iterations) });
        continue;
      }
      const started = performance.now();
      try {
        const counted = await ask<CountReply>(input, run, entry.name, { op: 'count', bench: spec, iterations }, budget);
        run.result.measurements[entry.name] = {
          iterations,
          ...(counted.instructions === null ? {} : { instructions: counted.instructions }),
          ...(counted.profile ? { profile: namedProfile(counted.profile, input.functionKeys?.get(run.name), run.plain) } : {}),
          peakMemoryBytes: counted.peakMemoryBytes,
          initialMemoryBytes: counted.initialMemoryBytes,
          ...(Object.keys(counted.allocStats).length > 0 ? { allocStats: counted.allocStats } : {}),
        };
        run.memory.set(entry.name, { startBytes: counted.startMemoryBytes, bytesPerUnit: growthPerUnit(counted.startMemoryBytes, counted.peakMemoryBytes, iterations) });
        run.result.startMemoryBytes[entry.name] = counted.startMemoryBytes;
        log.info(
          // The report's units (report/format.ts), so progress and tables read alike.
          `bench: ${run.name} [${done}/${total}] ${entry.name}: ${formatCount(iterations)} iterations, ${counted.instructions === null ? 'no' : formatCount(counted.instructions)} instructions, peak memory ${formatBytes(counted.peakMemoryBytes)}, initially ${formatBytes(counted.initialMemoryBytes)} (${formatSeconds(performance.now() - started)})`.replaceAll(NBSP, ' '),
        );
      } catch (error) {
        if (error instanceof BudgetSpent) markNotRun(run, [entry.name]);
        else log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
      }
    }
  }
}

async function countAt(input: BenchStageInput, run: VariantRun, spec: BenchSpec, iterations: number, budget: Budget): Promise<CountSample> {
  const reply = await ask<CountReply>(input, run, spec.name, { op: 'count', bench: spec, iterations }, budget);
  return { iterations, instructions: reply.instructions ?? 0, peakMemoryBytes: reply.peakMemoryBytes };
}

async function throughputPhase(input: BenchStageInput, runs: VariantRun[], budget: Budget): Promise<void> {
  const { config, log } = input;
  // samples[round]: a missing round stays a hole, so that rounds pair up across variants.
  const tasks: { run: VariantRun; spec: BenchSpec; batch: number; bytesPerUnit: number; samples: (number | undefined)[] }[] = [];
  const unmeasured = (run: VariantRun, name: string): void => {
    if (!run.result.notTimed.includes(name)) run.result.notTimed.push(name);
  };
  for (const run of runs) {
    for (const { entry, spec } of run.entries) {
      if (!run.result.measurements[entry.name]) continue;
      // A leaking allocator's batch is capped so that it fits in a fresh instance (see memory-budget.ts).
      const { startBytes = 0, bytesPerUnit = 0 } = run.memory.get(entry.name) ?? {};
      const maxBatch = maxBatchForMemory(bytesPerUnit, startBytes, config.bench.memoryLimitMb * 1048576);
      try {
        const reply = await ask<CalibrateReply>(input, run, entry.name, { op: 'calibrate', bench: spec, targetMs: config.bench.targetSampleMs, maxBatch, bytesPerUnit }, budget);
        tasks.push({ run, spec, batch: reply.batch, bytesPerUnit, samples: [] });
      } catch (error) {
        if (error instanceof BudgetSpent) unmeasured(run, entry.name);
        else log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
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
        if (!(error instanceof BudgetSpent)) log.warn(`bench: ${task.run.name} ${task.spec.name} failed: ${task.run.result.errors[task.spec.name]}`);
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
    const reference = tasks.find((t) => t.run.name === config.reference && t.spec.name === task.spec.name);
    const paired = reference && reference !== task ? pairedRatio(task.samples, reference.samples) : undefined;
    if (paired) task.run.result.vsReference[task.spec.name] = { ratio: round4(paired.median), ci95: [round4(paired.ci95[0]), round4(paired.ci95[1])] };
  }
}

/** True at most once per `ms` (and on the first call): progress lines for long phases. */
function throttled(ms: number): () => boolean {
  let last = -Infinity;
  return () => {
    const now = performance.now();
    if (now - last < ms) return false;
    last = now;
    return true;
  };
}

function formatSeconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** The first `max` names, then how many more: a list that stays one line however long it is. */
export function listSome(names: string[], max: number): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … and ${(names.length - max).toLocaleString('en-US')} more`;
}

/** Four significant digits: more would be noise, and the baseline stays readable. */
function round4(value: number): number {
  return Number(value.toPrecision(4));
}
