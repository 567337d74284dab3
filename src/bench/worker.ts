// A benchmark worker: a child process that instantiates one variant's module and runs what the
// gate asks, one request at a time. Runs outside the gate's process so that a trap, a runaway
// loop or a memory bomb costs only this process, and timings do not share a heap with the gate.
// Node builtins only (see protocol.ts).
import { WASI } from 'node:wasi';
import type { BenchSpec, CalibrateReply, CountReply, LoadReply, TimeReply, WorkerReply, WorkerRequest } from './protocol.ts';

const COUNTER = '__wasm_gate_instructions';
const PROFILE = '__wasm_gate_profile_';
const PAGE = 65536;

let plainModule: WebAssembly.Module | undefined;
let countedModule: WebAssembly.Module | undefined;
/** One live instance per benchmark for timing, recreated when its memory grows too large. */
const timingInstances = new Map<string, WebAssembly.Instance>();
const maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 65536);
const recycleBytes = Math.min(512 * 1024 * 1024, (maxPages * PAGE) / 4);

type Exports = Record<string, unknown>;

function instantiate(module: WebAssembly.Module): WebAssembly.Instance {
  const wasiImports = WebAssembly.Module.imports(module).some((i) => i.module.startsWith('wasi_'));
  const wasi = wasiImports ? new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true }) : undefined;
  const instance = new WebAssembly.Instance(module, (wasi?.getImportObject() ?? {}) as WebAssembly.Imports);
  const exports = instance.exports as Exports;
  if (wasi && typeof exports._initialize === 'function') wasi.initialize(instance);
  else if (typeof exports._initialize === 'function') (exports._initialize as () => void)();
  if (typeof exports.alloc_stats_reset === 'function') (exports.alloc_stats_reset as () => void)();
  return instance;
}

function memoryBytes(instance: WebAssembly.Instance): number {
  const memory = Object.values(instance.exports).find((e): e is WebAssembly.Memory => e instanceof WebAssembly.Memory);
  return memory ? memory.buffer.byteLength : 0;
}

/** Loads a trace into the module (outside any measurement) and returns the function to call. */
function prepare(instance: WebAssembly.Instance, bench: BenchSpec): (n: number) => unknown {
  const exports = instance.exports as Exports;
  if (bench.kind === 'export') return exports[bench.name] as (n: number) => unknown;
  const ptr = (exports.trace_load as (count: number) => number)(bench.ops.length);
  const memory = exports.memory as WebAssembly.Memory;
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay as (n: number) => unknown;
}

function count(req: Extract<WorkerRequest, { op: 'count' }>): CountReply {
  const module = countedModule ?? plainModule;
  if (!module) throw new Error('no module loaded');
  const instance = instantiate(module);
  const run = prepare(instance, req.bench);
  const counter = (instance.exports as Exports)[COUNTER] as WebAssembly.Global | undefined;
  // Count only the benchmark itself: start-up and trace loading are reset (or subtracted) away.
  if (counter) counter.value = 0n;
  const exports = instance.exports as Exports;
  const before = readProfile(exports);
  if (typeof exports.alloc_stats_reset === 'function') (exports.alloc_stats_reset as () => void)();
  const checksum = guarded(instance, () => run(req.iterations));
  const allocStats: Record<string, number> = {};
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith('alloc_stat_') && typeof value === 'function' && value.length === 0) allocStats[name.slice('alloc_stat_'.length)] = Number((value as () => number | bigint)());
  }
  // Read after the statistics, as the single counter always was, so counts stay comparable.
  const profile = before && readProfile(exports)?.map((after, i) => after - (before[i] as bigint));
  return {
    instructions: counter ? Number(counter.value as bigint) : profile ? Number(profile.reduce((a, b) => a + b, 0n)) : null,
    ...(profile ? { profile: profile.map(Number) } : {}),
    peakMemoryBytes: memoryBytes(instance),
    allocStats,
    checksum: String(checksum),
  };
}

/** The per-function counters of a profiling copy (see src/wasm/instrument.ts), in body order. */
function readProfile(exports: Exports): bigint[] | undefined {
  if (typeof exports[`${PROFILE}0`] !== 'function') return undefined;
  const counts: bigint[] = [];
  for (let k = 0; typeof exports[`${PROFILE}${k}`] === 'function'; k++) {
    const r = (exports[`${PROFILE}${k}`] as () => unknown)();
    if (Array.isArray(r)) counts.push(...(r as bigint[]));
    else if (r !== undefined) counts.push(r as bigint);
  }
  return counts;
}

function timingInstance(bench: BenchSpec): { instance: WebAssembly.Instance; run: (n: number) => unknown } {
  let instance = timingInstances.get(bench.name);
  if (!instance || memoryBytes(instance) > recycleBytes) {
    instance = instantiate(plainModule as WebAssembly.Module);
    timingInstances.set(bench.name, instance);
  }
  return { instance, run: prepare(instance, bench) };
}

function timeOnce(bench: BenchSpec, batch: number): number {
  const { instance, run } = timingInstance(bench);
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  guarded(instance, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}

/** Warm up (V8 compiles everything with TurboFan up front: --no-liftoff), then find a batch size
 *  whose one call lasts at least targetMs, far above the timer's resolution. */
function calibrate(req: Extract<WorkerRequest, { op: 'calibrate' }>): CalibrateReply {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  for (;;) {
    lastMs = timeOnce(req.bench, batch) / 1e6;
    warmupCalls += 1;
    if (lastMs >= req.targetMs || batch >= req.maxBatch) break;
    const factor = lastMs <= 0 ? 10 : Math.min(10, Math.max(1.5, (req.targetMs * 1.2) / lastMs));
    batch = Math.min(req.maxBatch, Math.ceil(batch * factor));
  }
  // Two more calls at the final size so the timed samples start warm.
  for (let i = 0; i < 2; i++) lastMs = timeOnce(req.bench, batch) / 1e6;
  return { batch, warmupCalls: warmupCalls + 2, lastMs };
}

/** Runs a call into wasm and turns its failure into a reason a person can act on. */
function guarded<T>(instance: WebAssembly.Instance, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const bytes = memoryBytes(instance);
    // A trap (Rust's alloc error handler, C's abort) with memory past half the cap is almost surely
    // a failed memory.grow: allocators grow in steps, so they fail short of the exact limit.
    if (bytes * 2 > maxPages * PAGE || /could not allocate memory|out of memory/i.test(message)) {
      throw new Error(`exhausted memory: linear memory reached ${Math.round(bytes / 1048576)} MB of the ${Math.round((maxPages * PAGE) / 1048576)} MB limit (${message})`);
    }
    if (error instanceof WebAssembly.RuntimeError) throw new Error(`trapped: ${message}`);
    throw error;
  }
}

function load(req: Extract<WorkerRequest, { op: 'load' }>): LoadReply {
  plainModule = new WebAssembly.Module(req.plain);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : undefined;
  timingInstances.clear();
  return {
    exports: WebAssembly.Module.exports(plainModule).map((e) => ({ name: e.name, kind: e.kind })),
    imports: WebAssembly.Module.imports(plainModule).map((i) => ({ module: i.module, name: i.name, kind: i.kind })),
  };
}

function handle(req: WorkerRequest): LoadReply | CountReply | CalibrateReply | TimeReply {
  switch (req.op) {
    case 'load':
      return load(req);
    case 'count':
      return count(req);
    case 'calibrate':
      return calibrate(req);
    case 'time':
      return { ns: timeOnce(req.bench, req.batch) };
  }
}

process.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, value: handle(req) };
  } catch (error) {
    reply = { id: req.id, ok: false, error: (error as Error).message ?? String(error) };
  }
  process.send?.(reply);
});
