// A benchmark worker: a child process that instantiates one variant's module and runs what the
// gate asks, one request at a time. Runs outside the gate's process so that a trap, a runaway
// loop or a memory bomb costs only this process, and timings do not share a heap with the gate.
// Node builtins and its siblings only (host.ts, worker-instance.ts, worker-timing.ts: see protocol.ts).
import { type Hosted, type ImportsFactory, loadImportsFactory, notProvidedMessage, StartTrap, unprovidable } from './host.ts';
import type { CacheEvents, CountReply, HostPlan, LoadReply, PairReply, TimeReply, WorkerReply, WorkerRequest } from './protocol.ts';
import { AllocRecorder, HOOK_MODULE } from './alloc-recorder.ts';
import { guarded, instantiate as instantiateWith, type LoadedModule, memoryBytes, prepare, setCurrentBench } from './worker-instance.ts';
import { calibrate, pairRounds, timeOnce } from './worker-timing.ts';

const COUNTER = '__wasm_gate_instructions';
const PROFILE = '__wasm_gate_profile_';
/** The counting copy's cache model memory and allocator hook (src/wasm/cache-model.ts, alloc-hooks.ts). */
const SIM = '__wasm_gate_sim';
const HOOK = '__wasm_gate_alloc_hook';
const SIM_SLOTS = 64;
const CACHE_EVENTS: (keyof CacheEvents)[] = ['accesses', 'l1Misses', 'llMisses', 'streamedMisses', 'firstTouches', 'grows'];

/** the variant's module as shipped, timed and (without a counting copy) counted */
let own: LoadedModule | undefined;
let countedModule: WebAssembly.Module | undefined;
let allocationCopy: { module: WebAssembly.Module; host: HostPlan } | undefined;
/** modules timed against the own one, by key (loadPartner) */
const partners = new Map<string, LoadedModule>();

type Exports = Record<string, unknown>;

function instantiate(module: WebAssembly.Module, plan: HostPlan = (own as LoadedModule).host): Hosted {
  return instantiateWith(module, plan, own?.imports);
}

async function loadModule(plain: Uint8Array<ArrayBuffer>, host: HostPlan): Promise<LoadedModule> {
  const imports: ImportsFactory | undefined = host.importsModule ? await loadImportsFactory(host.importsModule) : undefined;
  const missing = unprovidable(host);
  if (missing.length > 0 && !imports) throw new Error(notProvidedMessage(missing));
  return { plain: new WebAssembly.Module(plain), host, imports, timing: new Map() };
}

function loadedFor(partner: string | undefined): LoadedModule {
  const loaded = partner === undefined ? own : partners.get(partner);
  if (!loaded) throw new Error(partner === undefined ? 'no module loaded' : `no partner module ${partner} loaded`);
  return loaded;
}

function count(req: Extract<WorkerRequest, { op: 'count' }>): CountReply {
  const module = countedModule ?? own?.plain;
  if (!module) throw new Error('no module loaded');
  setCurrentBench(req.bench.name);
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

async function load(req: Extract<WorkerRequest, { op: 'load' }>): Promise<LoadReply> {
  own = await loadModule(req.plain, req.host);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : undefined;
  allocationCopy = req.allocation ? { module: new WebAssembly.Module(req.allocation.module), host: req.allocation.host } : undefined;
  partners.clear();
  return {
    exports: WebAssembly.Module.exports(own.plain).map((e) => ({ name: e.name, kind: e.kind })),
    imports: WebAssembly.Module.imports(own.plain).map((i) => ({ module: i.module, name: i.name, kind: i.kind })),
  };
}

async function handle(req: WorkerRequest): Promise<LoadReply | CountReply | ReturnType<typeof calibrate> | TimeReply | PairReply | null> {
  switch (req.op) {
    case 'load':
      return load(req);
    case 'loadPartner':
      partners.set(req.key, await loadModule(req.plain, req.host));
      return null;
    case 'count':
      return count(req);
    case 'calibrate':
      return calibrate(loadedFor(req.partner), req);
    case 'time':
      return { ns: timeOnce(loadedFor(undefined), req.bench, req.batch, req.bytesPerUnit) };
    case 'pair':
      return pairRounds(loadedFor(undefined), loadedFor(req.partner), req);
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
