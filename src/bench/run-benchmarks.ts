// Bench stage: exact instruction counts and peak memory from an instrumented copy of each module,
// then wall-clock throughput of the module as shipped, all in worker processes (one per variant),
// with variants and rounds interleaved in a shuffled order so that drift on the machine spreads
// over every variant alike.
import { readFile } from 'node:fs/promises';
import type { Logger } from '../log.js';
import type { Baseline, BenchMeasurement, GateConfig, ReferenceRatio } from '../types.js';
import { instrumentForCounting } from '../wasm/instrument.js';
import { chooseIterations, nextProbe, type CountSample } from './iterations.js';
import { growthPerUnit, maxBatchForMemory } from './memory-budget.js';
import { readModuleInterface } from './module-interface.js';
import type { BenchSpec, CalibrateReply, CountReply, HostPlan, LoadReply, TimeReply } from './protocol.js';
import { type BenchPlanEntry, selectBenchmarks } from './select.js';
import { pairedRatio, shuffled, summarizeThroughput } from './stats.js';
import { encodeTrace } from './trace.js';
import { BenchWorker, WorkerDied, WorkerTimeout } from './worker-client.js';

export interface BenchStageInput {
  config: GateConfig;
  baseline: Baseline | undefined;
  modules: Map<string, Uint8Array>;
  env: Record<string, string>;
  log: Logger;
  mode: 'check' | 'update';
}

export interface VariantBenchResult {
  measurements: Record<string, BenchMeasurement>;
  /** throughput against the reference variant, same run, paired by round */
  vsReference: Record<string, ReferenceRatio>;
  /** benchmark name (or "module") → reason */
  errors: Record<string, string>;
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

export async function runBenchmarks(input: BenchStageInput): Promise<BenchStageResult> {
  const { config, log } = input;
  const byVariant = new Map<string, VariantBenchResult>();
  if (!config.bench.enabled || input.modules.size === 0) return { tools: {}, byVariant };
  const started = performance.now();
  const traces = await loadTraces(config);
  const runs: VariantRun[] = [];

  for (const [name, bytes] of input.modules) {
    const variant = config.variants.find((v) => v.name === name);
    if (variant?.bench === false) continue;
    const run = await prepareVariant(input, name, bytes, variant?.bench, traces);
    byVariant.set(name, run.result);
    if (run.entries.length > 0) runs.push(run);
  }
  if (runs.length === 0) return { tools: {}, byVariant };

  try {
    await countPhase(input, runs);
    if (config.bench.throughput) await throughputPhase(input, runs);
  } finally {
    for (const run of runs) run.worker?.kill();
  }
  log.info(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
): Promise<VariantRun> {
  const plain = new Uint8Array(bytes);
  const importsModule = variantBench?.imports ?? input.config.bench.imports;
  const host: HostPlan = { variant: name, imports: [], ...(importsModule ? { importsModule } : {}) };
  const run: VariantRun = { name, plain, counted: null, host, memory: new Map(), worker: undefined, entries: [], result: { measurements: {}, vsReference: {}, errors: {} }, spent: new Map() };
  try {
    Object.assign(host, readModuleInterface(bytes));
    run.counted = new Uint8Array(instrumentForCounting(bytes));
  } catch (error) {
    run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${(error as Error).message}`;
    return run;
  }
  let info: LoadReply;
  try {
    info = await ensureWorker(input, run);
  } catch (error) {
    run.result.errors[MODULE_KEY] = (error as Error).message;
    return run;
  }
  const patterns = variantBench?.exports ?? input.config.bench.exports;
  const selected = selectBenchmarks(info.exports, patterns, variantBench?.traces ?? input.config.bench.traces);
  if (selected.length === 0) return run;
  for (const entry of selected) {
    if (entry.kind === 'export') {
      run.entries.push({ entry, spec: { kind: 'export', name: entry.name } });
      continue;
    }
    const ops = traces.get(entry.file ?? '');
    if (ops instanceof Int32Array) run.entries.push({ entry, spec: { kind: 'trace', name: entry.name, ops } });
    else run.result.errors[entry.name] = ops?.message ?? 'trace missing';
  }
  input.log.info(`bench: ${name}: ${run.entries.map((e) => e.entry.name).join(', ')}`);
  return run;
}

/** A live worker with this variant's modules loaded; a new one after a crash or a time-out. */
async function ensureWorker(input: BenchStageInput, run: VariantRun): Promise<LoadReply> {
  run.worker?.kill();
  run.worker = new BenchWorker({ env: input.env, memoryLimitMb: input.config.bench.memoryLimitMb });
  return run.worker.request<LoadReply>({ op: 'load', plain: run.plain, counted: run.counted, host: run.host }, input.config.bench.timeLimitMs);
}

/** One request for one benchmark, within what is left of its time limit. */
async function ask<T>(input: BenchStageInput, run: VariantRun, bench: string, request: Parameters<BenchWorker['request']>[0]): Promise<T> {
  if (run.result.errors[bench]) throw new Error(run.result.errors[bench]);
  if (!run.worker?.alive) await ensureWorker(input, run);
  const spent = run.spent.get(bench) ?? 0;
  const started = performance.now();
  try {
    return await (run.worker as BenchWorker).request<T>(request, input.config.bench.timeLimitMs - spent);
  } catch (error) {
    const limit = `${(input.config.bench.timeLimitMs / 1000).toFixed(0)} s`;
    run.result.errors[bench] =
      error instanceof WorkerTimeout
        ? `did not finish within its time limit of ${limit} (an endless loop? raise bench.timeLimitMs if it is just slow)`
        : error instanceof WorkerDied
          ? (error as Error).message
          : (error as Error).message;
    delete run.result.measurements[bench];
    throw error;
  } finally {
    run.spent.set(bench, spent + performance.now() - started);
  }
}

async function countPhase(input: BenchStageInput, runs: VariantRun[]): Promise<void> {
  const { baseline, mode, log } = input;
  // Iterations: the baseline's in `check`, so counts compare exactly; calibrated otherwise, and
  // shared by every variant that calibrates, so that their counts compare with each other too.
  const calibrated = new Map<string, number>();
  const stored = (run: VariantRun, bench: string): number | undefined =>
    mode === 'check' ? baseline?.variants[run.name]?.bench?.[bench]?.iterations : undefined;
  for (const run of runs) {
    for (const { entry, spec } of run.entries) {
      if (stored(run, entry.name) !== undefined) continue;
      try {
        const samples = [await countAt(input, run, spec, 1)];
        for (let n = nextProbe(samples[0] as CountSample, samples[0] as CountSample); n !== undefined; n = nextProbe(samples[0] as CountSample, samples.at(-1) as CountSample)) {
          samples.push(await countAt(input, run, spec, n));
        }
        const last = samples.at(-1) as CountSample;
        const n = samples.length < 2 ? 1 : chooseIterations(samples.at(-2) as CountSample, last);
        calibrated.set(entry.name, Math.min(n, calibrated.get(entry.name) ?? Infinity));
      } catch {
        // recorded in run.result.errors
      }
    }
  }
  for (const run of runs) {
    for (const { entry, spec } of run.entries) {
      const iterations = stored(run, entry.name) ?? calibrated.get(entry.name);
      if (iterations === undefined || run.result.errors[entry.name]) continue;
      const started = performance.now();
      try {
        const counted = await ask<CountReply>(input, run, entry.name, { op: 'count', bench: spec, iterations });
        run.result.measurements[entry.name] = {
          iterations,
          ...(counted.instructions === null ? {} : { instructions: counted.instructions }),
          peakMemoryBytes: counted.peakMemoryBytes,
          initialMemoryBytes: counted.initialMemoryBytes,
          ...(Object.keys(counted.allocStats).length > 0 ? { allocStats: counted.allocStats } : {}),
        };
        run.memory.set(entry.name, { startBytes: counted.startMemoryBytes, bytesPerUnit: growthPerUnit(counted.startMemoryBytes, counted.peakMemoryBytes, iterations) });
        log.info(
          `bench: ${run.name} ${entry.name}: ${iterations.toLocaleString('en-US')} iterations, ${counted.instructions?.toLocaleString('en-US')} instructions, peak memory ${(counted.peakMemoryBytes / 1048576).toFixed(2)} MiB, initially ${(counted.initialMemoryBytes / 1048576).toFixed(2)} MiB (${((performance.now() - started) / 1000).toFixed(2)} s)`,
        );
      } catch {
        log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
      }
    }
  }
}

async function countAt(input: BenchStageInput, run: VariantRun, spec: BenchSpec, iterations: number): Promise<CountSample> {
  const reply = await ask<CountReply>(input, run, spec.name, { op: 'count', bench: spec, iterations });
  return { iterations, instructions: reply.instructions ?? 0, peakMemoryBytes: reply.peakMemoryBytes };
}

async function throughputPhase(input: BenchStageInput, runs: VariantRun[]): Promise<void> {
  const { config, log } = input;
  // samples[round]: a missing round stays a hole, so that rounds pair up across variants.
  const tasks: { run: VariantRun; spec: BenchSpec; batch: number; bytesPerUnit: number; samples: (number | undefined)[] }[] = [];
  for (const run of runs) {
    for (const { entry, spec } of run.entries) {
      if (!run.result.measurements[entry.name]) continue;
      // A leaking allocator's batch is capped so that it fits in a fresh instance (see memory-budget.ts).
      const { startBytes = 0, bytesPerUnit = 0 } = run.memory.get(entry.name) ?? {};
      const maxBatch = maxBatchForMemory(bytesPerUnit, startBytes, config.bench.memoryLimitMb * 1048576);
      try {
        const reply = await ask<CalibrateReply>(input, run, entry.name, { op: 'calibrate', bench: spec, targetMs: config.bench.targetSampleMs, maxBatch, bytesPerUnit });
        tasks.push({ run, spec, batch: reply.batch, bytesPerUnit, samples: [] });
      } catch {
        log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
      }
    }
  }
  const seed = Date.now() >>> 0;
  const started = performance.now();
  for (let round = 0; round < config.bench.samples; round++) {
    for (const task of shuffled(tasks, seed + round)) {
      if (task.run.result.errors[task.spec.name]) continue;
      try {
        const reply = await ask<TimeReply>(input, task.run, task.spec.name, { op: 'time', bench: task.spec, batch: task.batch, bytesPerUnit: task.bytesPerUnit });
        task.samples[round] = task.batch / (reply.ns / 1e9);
      } catch {
        log.warn(`bench: ${task.run.name} ${task.spec.name} failed: ${task.run.result.errors[task.spec.name]}`);
      }
    }
    log.info(`bench: throughput round ${round + 1}/${config.bench.samples}, ${tasks.length} benchmarks (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  for (const task of tasks) {
    const measurement = task.run.result.measurements[task.spec.name];
    const samples = task.samples.filter((s): s is number => s !== undefined);
    if (!measurement || samples.length === 0) continue;
    const summary = summarizeThroughput(samples);
    measurement.opsPerSec = round4(summary.median);
    measurement.opsPerSecCi95 = [round4(summary.ci95[0]), round4(summary.ci95[1])];
    measurement.samples = summary.samples;
    const reference = tasks.find((t) => t.run.name === config.reference && t.spec.name === task.spec.name);
    const paired = reference && reference !== task ? pairedRatio(task.samples, reference.samples) : undefined;
    if (paired) task.run.result.vsReference[task.spec.name] = { ratio: round4(paired.median), ci95: [round4(paired.ci95[0]), round4(paired.ci95[1])] };
  }
}

/** Four significant digits: more would be noise, and the baseline stays readable. */
function round4(value: number): number {
  return Number(value.toPrecision(4));
}
