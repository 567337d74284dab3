// A benchmark worker: a child process that instantiates one variant's module and runs what the
// gate asks, one request at a time. Runs outside the gate's process so that a trap, a runaway
// loop or a memory bomb costs only this process, and timings do not share a heap with the gate.
// Node builtins and the sibling host.ts only (see protocol.ts).
import { type Hosted, type ImportsFactory, instantiateHosted, loadImportsFactory, MissingImport, notProvidedMessage, ProcExit, StartTrap, unprovidable } from './host.ts';
import type { BenchSpec, CacheEvents, CalibrateReply, CountReply, HostPlan, LoadReply, TimeReply, WorkerReply, WorkerRequest } from './protocol.ts';
import { AllocRecorder, HOOK_MODULE } from './alloc-recorder.ts';

const COUNTER = '__wasm_gate_instructions';
const PROFILE = '__wasm_gate_profile_';
/** The counting copy's cache model memory and allocator hook (src/wasm/cache-model.ts, alloc-hooks.ts). */
const SIM = '__wasm_gate_sim';
const HOOK = '__wasm_gate_alloc_hook';
const SIM_SLOTS = 64;
const CACHE_EVENTS: (keyof CacheEvents)[] = ['accesses', 'l1Misses', 'llMisses', 'streamedMisses', 'firstTouches', 'grows'];
const PAGE = 65536;

let plainModule: WebAssembly.Module | undefined;
let countedModule: WebAssembly.Module | undefined;
let hostPlan: HostPlan | undefined;
let allocationCopy: { module: WebAssembly.Module; host: HostPlan } | undefined;
let importsFactory: ImportsFactory | undefined;
/** the benchmark being run or set up, named by the stubs of missing imports */
let currentBench = '';
/** One live instance per benchmark for timing, recreated when its memory nears the limit. */
const timingInstances = new Map<string, { hosted: Hosted; run: (n: number) => unknown }>();
const maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 65536);
const limitBytes = maxPages * PAGE;
const recycleBytes = Math.min(512 * 1024 * 1024, limitBytes / 4);

type Exports = Record<string, unknown>;

function instantiate(module: WebAssembly.Module, plan: HostPlan = hostPlan as HostPlan): Hosted {
  const hosted = instantiateHosted(module, plan, importsFactory, () => currentBench);
  const exports = hosted.instance.exports as Exports;
  if (typeof exports.alloc_stats_reset === 'function') (exports.alloc_stats_reset as () => void)();
  return hosted;
}

function memoryBytes(hosted: Hosted): number {
  return hosted.memory()?.buffer.byteLength ?? 0;
}

/** Loads a trace into the module (outside any measurement) and returns the function to call. */
function prepare(hosted: Hosted, bench: BenchSpec): (n: number) => unknown {
  const exports = hosted.instance.exports as Exports;
  if (bench.kind === 'export') return exports[bench.name] as (n: number) => unknown;
  const ptr = (exports.trace_load as (count: number) => number)(bench.ops.length);
  const memory = hosted.memory() as WebAssembly.Memory;
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay as (n: number) => unknown;
}

function count(req: Extract<WorkerRequest, { op: 'count' }>): CountReply {
  const module = countedModule ?? plainModule;
  if (!module) throw new Error('no module loaded');
  currentBench = req.bench.name;
  const hosted = guarded(undefined, () => instantiate(module));
  const run = guarded(hosted, () => prepare(hosted, req.bench));
  const instance = hosted.instance;
  const counter = (instance.exports as Exports)[COUNTER] as WebAssembly.Global | undefined;
  // Count only the benchmark itself: start-up and trace loading are reset (or subtracted) away.
  if (counter) counter.value = 0n;
  const exports = instance.exports as Exports;
  const before = readProfile(exports);
  const sim = exports[SIM] instanceof WebAssembly.Memory ? exports[SIM] : undefined;
  const slots = Math.max(1, before?.length ?? 1);
  const cyclesBefore = sim && readSim(sim, slots);
  if (typeof exports.alloc_stats_reset === 'function') (exports.alloc_stats_reset as () => void)();
  const startMemoryBytes = memoryBytes(hosted);
  const checksum = guarded(hosted, () => run(req.iterations));
  const allocStats: Record<string, number> = {};
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith('alloc_stat_') && typeof value === 'function' && value.length === 0) allocStats[name.slice('alloc_stat_'.length)] = Number((value as () => number | bigint)());
  }
  // Read after the statistics, as the single counter always was, so counts stay comparable.
  const profile = before && readProfile(exports)?.map((after, i) => after - (before[i] as bigint));
  const instructions = counter ? Number(counter.value as bigint) : profile ? Number(profile.reduce((a, b) => a + b, 0n)) : null;
  const peakMemoryBytes = memoryBytes(hosted);
  const cycles = sim && cyclesBefore && steadyCycles(sim, slots, cyclesBefore, () => guarded(hosted, () => run(req.iterations)));
  return {
    ...(cycles ? cyclesFields(cycles, slots, before !== undefined) : {}),
    ...(allocationCopy ? countAllocations(req, allocationCopy) : {}),
    instructions,
    ...(profile ? { profile: profile.map(Number) } : {}),
    peakMemoryBytes,
    initialMemoryBytes: hosted.initialMemoryBytes,
    startMemoryBytes,
    allocStats,
    checksum: String(checksum),
  };
}

/**
 * Cycles of one call in steady state, as wall-clock times it: the counted call warmed the heap,
 * the caches and the pages, and the same call again is the one whose cycles count. Should the
 * second call fail (a leaking allocator out of memory), the first call's cycles stand.
 */
function steadyCycles(sim: WebAssembly.Memory, slots: number, beforeFirst: bigint[], again: () => unknown): bigint[] {
  const afterFirst = readSim(sim, slots);
  try {
    again();
  } catch {
    return afterFirst.map((after, i) => after - (beforeFirst[i] as bigint));
  }
  return readSim(sim, slots).map((after, i) => after - (afterFirst[i] as bigint));
}

/** The same call on the module as built, with its allocator's entry points hooked. */
function countAllocations(req: Extract<WorkerRequest, { op: 'count' }>, copy: { module: WebAssembly.Module; host: HostPlan }): Pick<CountReply, 'allocations' | 'allocationSizes' | 'allocationProblem'> {
  try {
    return countAllocationsOf(req, copy);
  } catch (error) {
    // The benchmark itself ran: only its allocation statistics are lost, and the report says why.
    return { allocationProblem: (error as Error).message ?? String(error) };
  }
}

function countAllocationsOf(req: Extract<WorkerRequest, { op: 'count' }>, copy: { module: WebAssembly.Module; host: HostPlan }): Pick<CountReply, 'allocations' | 'allocationSizes'> {
  const hosted = guarded(undefined, () => instantiate(copy.module, copy.host));
  const run = guarded(hosted, () => prepare(hosted, req.bench));
  const table = (hosted.instance.exports as Exports)[HOOK];
  if (!(table instanceof WebAssembly.Table)) return {};
  const recorder = hookAllocator(table, hosted);
  recorder.start();
  guarded(hosted, () => run(req.iterations));
  const allocations = recorder.finish();
  const allocationSizes = Object.fromEntries([...recorder.sizes].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  return { allocations, allocationSizes };
}

/** The allocator hook's host side, put in the counting copy's hook table. */
function hookAllocator(table: WebAssembly.Table, hosted: Hosted): AllocRecorder {
  const recorder = new AllocRecorder(hosted.memory);
  const hook = new WebAssembly.Instance(new WebAssembly.Module(HOOK_MODULE), { e: { r: recorder.record } });
  table.set(0, hook.exports.r);
  return recorder;
}

/** The cache model's event counters, then the cycle counter of each function (or the module's one). */
function readSim(memory: WebAssembly.Memory, slots: number): bigint[] {
  return [...new BigInt64Array(memory.buffer, 0, SIM_SLOTS / 8 + slots)];
}

function cyclesFields(delta: bigint[], slots: number, perFunction: boolean): Pick<CountReply, 'cycles' | 'cyclesProfile' | 'cache'> {
  const events = Object.fromEntries(CACHE_EVENTS.map((name, i) => [name, Number(delta[i] as bigint)])) as unknown as CacheEvents;
  const perSlot = delta.slice(SIM_SLOTS / 8, SIM_SLOTS / 8 + slots).map(Number);
  return { cycles: perSlot.reduce((a, b) => a + b, 0), ...(perFunction ? { cyclesProfile: perSlot } : {}), cache: events };
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

/**
 * The instance a timed batch runs on. A benchmark whose memory keeps growing (a leaking allocator)
 * gets a fresh instance, outside the timed region, before a batch could take it past the memory
 * limit; the batch itself is capped (maxBatch) so that it fits in a fresh instance.
 */
function timingInstance(bench: BenchSpec, batch: number, bytesPerUnit: number): { hosted: Hosted; run: (n: number) => unknown } {
  currentBench = bench.name;
  let entry = timingInstances.get(bench.name);
  const expected = memoryBytesAfter(entry, batch, bytesPerUnit);
  if (!entry || expected > limitBytes * 0.9 || memoryBytes(entry.hosted) > recycleBytes) {
    timingInstances.delete(bench.name);
    entry = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    const hosted = guarded(undefined, () => instantiate(plainModule as WebAssembly.Module));
    entry = { hosted, run: guarded(hosted, () => prepare(hosted, bench)) };
    timingInstances.set(bench.name, entry);
  }
  return entry;
}

/** Memory an instance would have after a batch: a quarter more than the growth seen per unit. */
function memoryBytesAfter(entry: { hosted: Hosted } | undefined, batch: number, bytesPerUnit: number): number {
  return (entry ? memoryBytes(entry.hosted) : 0) + bytesPerUnit * batch * 1.25 + PAGE;
}

function timeOnce(bench: BenchSpec, batch: number, bytesPerUnit: number): number {
  const { hosted, run } = timingInstance(bench, batch, bytesPerUnit);
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  guarded(hosted, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}

/** Warm up, then find a batch size whose one call lasts at least targetMs, far above the timer's
 *  resolution. V8 compiles each function on its first call (lazily, even with --no-liftoff), so a
 *  long call is trusted only when the next call at the same size is long too: a first call that
 *  spent its time compiling (a large malloc, say) must not fix the batch at 1. */
function calibrate(req: Extract<WorkerRequest, { op: 'calibrate' }>): CalibrateReply {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  const time = (): number => {
    warmupCalls += 1;
    return timeOnce(req.bench, batch, req.bytesPerUnit) / 1e6;
  };
  for (;;) {
    lastMs = time();
    if (lastMs >= req.targetMs) lastMs = time();
    if (lastMs >= req.targetMs || batch >= req.maxBatch) break;
    const factor = lastMs <= 0 ? 10 : Math.min(10, Math.max(1.5, (req.targetMs * 1.2) / lastMs));
    batch = Math.min(req.maxBatch, Math.ceil(batch * factor));
  }
  // Two more calls at the final size so the timed samples start warm.
  for (let i = 0; i < 2; i++) lastMs = time();
  return { batch, warmupCalls, lastMs };
}

/** Runs a call into wasm and turns its failure into a reason a person can act on. */
function guarded<T>(hosted: Hosted | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingImport || error instanceof ProcExit || error instanceof StartTrap) throw error;
    if (typeof error !== 'object' || error === null || !('message' in error)) {
      // node:wasi's proc_exit (returnOnExit) throws a non-Error to unwind.
      throw new Error(`the module exited (WASI proc_exit) instead of returning: ${String(error)}`);
    }
    const message = (error as Error).message ?? String(error);
    const bytes = hosted ? memoryBytes(hosted) : 0;
    // A trap (Rust's alloc error handler, C's abort) with memory past half the cap is almost surely
    // a failed memory.grow: allocators grow in steps, so they fail short of the exact limit.
    if (bytes * 2 > limitBytes || /could not allocate memory|out of memory/i.test(message)) {
      throw new Error(`exhausted memory: linear memory reached ${Math.round(bytes / 1048576)} MB of the ${Math.round(limitBytes / 1048576)} MB limit (${message})`);
    }
    if (error instanceof WebAssembly.RuntimeError) throw new Error(`trapped: ${message}`);
    throw error;
  }
}

async function load(req: Extract<WorkerRequest, { op: 'load' }>): Promise<LoadReply> {
  plainModule = new WebAssembly.Module(req.plain);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : undefined;
  allocationCopy = req.allocation ? { module: new WebAssembly.Module(req.allocation.module), host: req.allocation.host } : undefined;
  hostPlan = req.host;
  importsFactory = req.host.importsModule ? await loadImportsFactory(req.host.importsModule) : undefined;
  const missing = unprovidable(req.host);
  if (missing.length > 0 && !importsFactory) throw new Error(notProvidedMessage(missing));
  timingInstances.clear();
  return {
    exports: WebAssembly.Module.exports(plainModule).map((e) => ({ name: e.name, kind: e.kind })),
    imports: WebAssembly.Module.imports(plainModule).map((i) => ({ module: i.module, name: i.name, kind: i.kind })),
  };
}

function handle(req: WorkerRequest): Promise<LoadReply> | CountReply | CalibrateReply | TimeReply {
  switch (req.op) {
    case 'load':
      return load(req);
    case 'count':
      return count(req);
    case 'calibrate':
      return calibrate(req);
    case 'time':
      return { ns: timeOnce(req.bench, req.batch, req.bytesPerUnit) };
  }
}

// The gate is gone (killed, crashed): nothing is left to answer to, so stop instead of lingering.
process.on('disconnect', () => process.exit(0));

process.on('message', async (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, value: await handle(req) };
  } catch (error) {
    reply = { id: req.id, ok: false, error: (error as Error).message ?? String(error), ...(error instanceof StartTrap ? { module: true } : {}) };
  }
  process.send?.(reply);
});
