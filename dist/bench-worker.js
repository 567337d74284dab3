import { createRequire as __wasmGateCreateRequire } from 'node:module';
const require = __wasmGateCreateRequire(import.meta.url);

// src/bench/host.ts
import { WASI } from "node:wasi";
import { pathToFileURL } from "node:url";
var PAGE = 65536;
var EMSCRIPTEN_HEAP_MAX = 4 * 1024 * 1024 * 1024 - PAGE;
var MissingImport = class extends Error {
};
async function loadImportsFactory(file) {
  let loaded;
  try {
    loaded = await import(pathToFileURL(file).href);
  } catch (error) {
    throw new Error(`bench.imports ${file} cannot be loaded: ${error.message}`);
  }
  if (typeof loaded.default !== "function") {
    throw new Error(`bench.imports ${file} must have a default export (ctx) => ({ module: { name: value } }), but its default export is ${typeof loaded.default}`);
  }
  return loaded.default;
}
function unprovidable(plan) {
  return plan.imports.filter((i) => i.kind === "global" || i.kind === "tag").map((i) => `${i.module}.${i.name} (${i.kind})`);
}
var StartTrap = class extends Error {
};
var ProcExit = class extends Error {
  // A plain field, not a parameter property: this file runs under Node's type stripping too.
  code;
  constructor(code) {
    super(`the module called WASI proc_exit(${code}) instead of returning (a benchmark must return its checksum; is a command's main running?)`);
    this.code = code;
  }
};
function instantiateHosted(module, plan, factory, benchmark) {
  let instance;
  let importedMemory;
  let memoryLimits = plan.memory;
  const memory = () => importedMemory ?? exportedMemory(instance);
  const ctx = { variant: plan.variant, module, memory, exports: () => instance?.exports, benchmark };
  const user = factory?.(ctx) ?? {};
  const wasi = plan.imports.some((i) => i.module === "wasi_snapshot_preview1") ? new WASI({ version: "preview1", args: [], env: {}, returnOnExit: true }) : void 0;
  const wasiFunctions = {
    ...wasi?.getImportObject()?.wasi_snapshot_preview1,
    // The same bytes for every instance, so that a module seeding its hash maps from WASI
    // (Rust's std HashMap does) executes the same instructions on every run.
    random_get: deterministicRandom(memory),
    // node:wasi unwinds proc_exit with a bare symbol: say what happened, with the exit code.
    proc_exit: (code) => {
      throw new ProcExit(code);
    }
  };
  const imports = {};
  const missing = [];
  for (const desc of plan.imports) {
    let value = user[desc.module]?.[desc.name];
    if (value === void 0) {
      if (desc.kind === "function") {
        value = (desc.module === "wasi_snapshot_preview1" ? wasiFunctions[desc.name] : void 0) ?? knownFunction(desc, memory, () => memoryLimits) ?? stub(desc, benchmark);
      } else if (desc.kind === "memory") {
        value = new WebAssembly.Memory({ initial: desc.limits.initial, ...desc.limits.maximum === void 0 ? {} : { maximum: desc.limits.maximum }, ...desc.shared ? { shared: true } : {} });
      } else if (desc.kind === "table") {
        value = new WebAssembly.Table({ element: desc.element, initial: desc.limits.initial, ...desc.limits.maximum === void 0 ? {} : { maximum: desc.limits.maximum } });
      } else {
        missing.push(`${desc.module}.${desc.name} (${desc.kind})`);
        continue;
      }
    }
    if (desc.kind === "memory" && value instanceof WebAssembly.Memory) {
      importedMemory = value;
      memoryLimits = desc.limits;
    }
    (imports[desc.module] ??= {})[desc.name] = value;
  }
  if (missing.length > 0) throw new Error(`${notProvidedMessage(missing)}`);
  const what = plan.start ? "the module's start function" : "the module (initializing its memory or tables)";
  instance = startingUp(what, () => new WebAssembly.Instance(module, imports));
  const initialMemoryBytes = memory()?.buffer.byteLength ?? 0;
  const exports = instance.exports;
  const mem = memory();
  if (wasi && mem) wasi.initialize({ exports: { memory: mem } });
  if (typeof exports._initialize === "function") startingUp("the module's _initialize", exports._initialize);
  else if (typeof exports._start !== "function" && typeof exports.__wasm_call_ctors === "function") startingUp("the module's constructors (__wasm_call_ctors)", exports.__wasm_call_ctors);
  return { instance, memory, initialMemoryBytes };
}
function startingUp(what, fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw new StartTrap(`${what} trapped at instantiation, before any benchmark ran: ${error.message}`);
    throw error;
  }
}
function notProvidedMessage(missing) {
  return `the module imports ${missing.join(", ")}, which the gate does not provide (it stubs function imports and creates imported memories and tables); supply them with bench.imports (see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`;
}
function deterministicRandom(memory) {
  let state = 625341585;
  return (buf, len) => {
    const bytes = new Uint8Array(memory().buffer, buf >>> 0, len >>> 0);
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 255;
    }
    return 0;
  };
}
function exportedMemory(instance) {
  if (!instance) return void 0;
  const exports = instance.exports;
  if (exports.memory instanceof WebAssembly.Memory) return exports.memory;
  return Object.entries(exports).find((e) => e[1] instanceof WebAssembly.Memory && !e[0].startsWith("__wasm_gate_"))?.[1];
}
function stub(desc, benchmark) {
  return () => {
    throw new MissingImport(`benchmark ${benchmark()} called the import ${desc.module}.${desc.name}, which the gate does not provide (supply it with bench.imports: see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`);
  };
}
function knownFunction(desc, memory, limits) {
  if (desc.module !== "env") return void 0;
  switch (desc.name) {
    case "emscripten_resize_heap":
      return (requested) => emscriptenResizeHeap(memory(), limits(), requested);
    case "emscripten_notify_memory_growth":
      return () => void 0;
    case "emscripten_memcpy_big":
      return (dest, src, num) => {
        const heap = new Uint8Array(memory().buffer);
        heap.copyWithin(dest >>> 0, src >>> 0, (src >>> 0) + (num >>> 0));
      };
    case "abort":
      if (desc.params === 4) return (message, file, line, column) => assemblyScriptAbort(memory(), message, file, line, column);
      if (desc.params === 0) return () => {
        throw new WebAssembly.RuntimeError("Aborted()");
      };
      return void 0;
    default:
      return void 0;
  }
}
function emscriptenResizeHeap(memory, limits, requestedSize) {
  if (!memory) return 0;
  const oldSize = memory.buffer.byteLength;
  const requested = requestedSize >>> 0;
  if (limits?.maximum !== void 0 && limits.maximum <= limits.initial) {
    throw new WebAssembly.RuntimeError(
      `Aborted(Cannot enlarge memory arrays to size ${requested} bytes (OOM): the module was built without -sALLOW_MEMORY_GROWTH; raise -sINITIAL_MEMORY (now ${oldSize}) or build with -sALLOW_MEMORY_GROWTH)`
    );
  }
  const maxHeapSize = Math.min(EMSCRIPTEN_HEAP_MAX, limits?.maximum === void 0 ? Infinity : limits.maximum * PAGE);
  if (requested > maxHeapSize) return 0;
  const alignUp = (x, multiple) => x + (multiple - x % multiple) % multiple;
  for (let cutDown = 1; cutDown <= 4; cutDown *= 2) {
    let overGrown = oldSize * (1 + 0.2 / cutDown);
    overGrown = Math.min(overGrown, requested + 100663296);
    const newSize = Math.min(maxHeapSize, alignUp(Math.max(requested, overGrown), PAGE));
    try {
      memory.grow(newSize - memory.buffer.byteLength + 65535 >>> 16);
      return 1;
    } catch {
    }
  }
  return 0;
}
function assemblyScriptAbort(memory, message, file, line, column) {
  const text = asString(memory, message) ?? "(no message)";
  const where = asString(memory, file);
  throw new WebAssembly.RuntimeError(`abort: ${text}${where ? ` in ${where}:${line}:${column}` : ""}`);
}
function asString(memory, ptr) {
  const p = ptr >>> 0;
  if (!memory || p < 4) return void 0;
  const buffer = memory.buffer;
  if (p > buffer.byteLength) return void 0;
  const bytes = new DataView(buffer).getUint32(p - 4, true);
  if (bytes % 2 !== 0 || p + bytes > buffer.byteLength) return void 0;
  return new TextDecoder("utf-16le").decode(new Uint8Array(buffer, p, bytes));
}

// src/bench/alloc-recorder.ts
var HOOK_MODULE = Uint8Array.of(
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  10,
  1,
  96,
  6,
  127,
  127,
  127,
  127,
  127,
  127,
  0,
  // type (i32 x6) -> ()
  2,
  7,
  1,
  1,
  101,
  1,
  114,
  0,
  0,
  // import e.r
  7,
  5,
  1,
  1,
  114,
  0,
  0
  // export r
);
var AllocRecorder = class {
  live = /* @__PURE__ */ new Map();
  liveBytes = 0;
  counting = false;
  stats = empty();
  /** requests by size class: the smallest power of two at least the size */
  sizes = /* @__PURE__ */ new Map();
  memory;
  constructor(memory) {
    this.memory = memory;
  }
  /** From here on calls count; blocks allocated before are not live for this run. */
  start() {
    this.live.clear();
    this.liveBytes = 0;
    this.stats = empty();
    this.sizes.clear();
    this.counting = true;
  }
  finish() {
    this.counting = false;
    return { ...this.stats, liveBytesAtEnd: this.liveBytes };
  }
  record = (kind, a0, a1, a2, a3, result) => {
    if (!this.counting) return;
    const [p0, p1, p2, p3, r] = [a0 >>> 0, a1 >>> 0, a2 >>> 0, a3 >>> 0, result >>> 0];
    switch (kind) {
      case 0:
      // malloc(size)
      case 6:
        return this.allocate(r, p0);
      case 1:
        return this.allocate(r, p0 * p1);
      case 4:
        return this.allocate(r, p1);
      case 5:
        return this.allocate(r === 0 ? this.readPointer(p0) : 0, p2);
      case 2:
        return this.reallocate(p0, p1, r);
      case 8:
        return this.reallocate(p0, p3, r);
      case 3:
      // free(ptr)
      case 7:
        if (p0 === 0) return;
        this.stats.frees++;
        this.release(p0);
        return;
    }
  };
  allocate(ptr, size) {
    this.stats.allocs++;
    this.request(size);
    if (ptr !== 0) this.hold(ptr, size);
  }
  /** A realloc counts its new size; the old block is gone once the new one is there (or size 0 freed it). */
  reallocate(old, size, ptr) {
    this.stats.reallocs++;
    this.request(size);
    if (ptr !== 0 || size === 0) this.release(old);
    if (ptr !== 0) this.hold(ptr, size);
  }
  request(size) {
    this.stats.bytes += size;
    const sizeClass = size <= 1 ? 1 : 2 ** Math.ceil(Math.log2(size));
    this.sizes.set(sizeClass, (this.sizes.get(sizeClass) ?? 0) + 1);
  }
  hold(ptr, size) {
    this.release(ptr);
    this.live.set(ptr, size);
    this.liveBytes += size;
    if (this.liveBytes > this.stats.peakLiveBytes) this.stats.peakLiveBytes = this.liveBytes;
    if (this.live.size > this.stats.peakLiveBlocks) this.stats.peakLiveBlocks = this.live.size;
  }
  release(ptr) {
    const size = this.live.get(ptr);
    if (size === void 0) return;
    this.live.delete(ptr);
    this.liveBytes -= size;
  }
  readPointer(at) {
    const memory = this.memory();
    return memory && at + 4 <= memory.buffer.byteLength ? new DataView(memory.buffer).getUint32(at, true) : 0;
  }
};
function empty() {
  return { allocs: 0, reallocs: 0, frees: 0, bytes: 0, peakLiveBytes: 0, peakLiveBlocks: 0, liveBytesAtEnd: 0 };
}

// src/bench/worker-instance.ts
var PAGE2 = 65536;
var maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(" "))?.[1] ?? 65536);
var limitBytes = maxPages * PAGE2;
var currentBench = "";
function setCurrentBench(name) {
  currentBench = name;
}
function instantiate(module, plan, imports) {
  const hosted = instantiateHosted(module, plan, imports, () => currentBench);
  const exports = hosted.instance.exports;
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  return hosted;
}
function memoryBytes(hosted) {
  return hosted.memory()?.buffer.byteLength ?? 0;
}
function prepare(hosted, bench) {
  const exports = hosted.instance.exports;
  if (bench.kind === "export") {
    const fn = exports[bench.name];
    if (typeof fn !== "function") throw new Error(`the module has no export ${bench.name}`);
    return fn;
  }
  const ptr = exports.trace_load(bench.ops.length);
  const memory = hosted.memory();
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay;
}
function guarded(hosted, fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingImport || error instanceof ProcExit || error instanceof StartTrap) throw error;
    if (typeof error !== "object" || error === null || !("message" in error)) {
      throw new Error(`the module exited (WASI proc_exit) instead of returning: ${String(error)}`);
    }
    const message = error.message ?? String(error);
    const bytes = hosted ? memoryBytes(hosted) : 0;
    if (bytes * 2 > limitBytes || /could not allocate memory|out of memory/i.test(message)) {
      throw new Error(`exhausted memory: linear memory reached ${Math.round(bytes / 1048576)} MB of the ${Math.round(limitBytes / 1048576)} MB limit (${message})`);
    }
    if (error instanceof WebAssembly.RuntimeError) throw new Error(`trapped: ${message}`);
    throw error;
  }
}

// src/bench/worker-timing.ts
var recycleBytes = Math.min(512 * 1024 * 1024, limitBytes / 4);
function timingInstance(loaded, bench, batch, bytesPerUnit) {
  setCurrentBench(bench.name);
  let entry = loaded.timing.get(bench.name);
  const expected = memoryBytesAfter(entry, batch, bytesPerUnit);
  if (!entry || expected > limitBytes * 0.9 || memoryBytes(entry.hosted) > recycleBytes) {
    loaded.timing.delete(bench.name);
    entry = void 0;
    globalThis.gc?.();
    const hosted = guarded(void 0, () => instantiate(loaded.plain, loaded.host, loaded.imports));
    entry = { hosted, run: guarded(hosted, () => prepare(hosted, bench)) };
    loaded.timing.set(bench.name, entry);
  }
  return entry;
}
function memoryBytesAfter(entry, batch, bytesPerUnit) {
  return (entry ? memoryBytes(entry.hosted) : 0) + bytesPerUnit * batch * 1.25 + PAGE2;
}
function timeOnce(loaded, bench, batch, bytesPerUnit, collect = true) {
  const { hosted, run } = timingInstance(loaded, bench, batch, bytesPerUnit);
  if (collect) globalThis.gc?.();
  const start = process.hrtime.bigint();
  guarded(hosted, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}
function calibrate(loaded, req) {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  const time = () => {
    warmupCalls += 1;
    return timeOnce(loaded, req.bench, batch, req.bytesPerUnit) / 1e6;
  };
  for (; ; ) {
    lastMs = time();
    if (lastMs >= req.targetMs) lastMs = time();
    if (lastMs >= req.targetMs || batch >= req.maxBatch) break;
    const factor = lastMs <= 0 ? 10 : Math.min(10, Math.max(1.5, req.targetMs * 1.2 / lastMs));
    batch = Math.min(req.maxBatch, Math.ceil(batch * factor));
  }
  for (let i = 0; i < 2; i++) lastMs = time();
  return { batch, warmupCalls, lastMs };
}
function pairRounds(own2, partner, req) {
  const head = [];
  const other = [];
  own2.timing.delete(req.bench.name);
  partner.timing.delete(req.bench.name);
  globalThis.gc?.();
  const time = (loaded, bytesPerUnit) => timeOnce(loaded, req.bench, req.batch, bytesPerUnit, false);
  for (let round = 0; round < req.warmup; round++) {
    time(own2, req.bytesPerUnit);
    time(partner, req.partnerBytesPerUnit);
  }
  for (let round = 0; round < req.rounds; round++) {
    const ownFirst = round % 2 === 0 === req.headFirst;
    if (ownFirst) head.push(time(own2, req.bytesPerUnit));
    other.push(time(partner, req.partnerBytesPerUnit));
    if (!ownFirst) head.push(time(own2, req.bytesPerUnit));
  }
  return { headNs: head, partnerNs: other };
}

// src/bench/worker.ts
var COUNTER = "__wasm_gate_instructions";
var PROFILE = "__wasm_gate_profile_";
var SIM = "__wasm_gate_sim";
var HOOK = "__wasm_gate_alloc_hook";
var SIM_SLOTS = 64;
var CACHE_EVENTS = ["accesses", "l1Misses", "llMisses", "streamedMisses", "firstTouches", "grows"];
var own;
var countedModule;
var allocationCopy;
var partners = /* @__PURE__ */ new Map();
function instantiate2(module, plan = own.host) {
  return instantiate(module, plan, own?.imports);
}
async function loadModule(plain, host) {
  const imports = host.importsModule ? await loadImportsFactory(host.importsModule) : void 0;
  const missing = unprovidable(host);
  if (missing.length > 0 && !imports) throw new Error(notProvidedMessage(missing));
  return { plain: new WebAssembly.Module(plain), host, imports, timing: /* @__PURE__ */ new Map() };
}
function loadedFor(partner) {
  const loaded = partner === void 0 ? own : partners.get(partner);
  if (!loaded) throw new Error(partner === void 0 ? "no module loaded" : `no partner module ${partner} loaded`);
  return loaded;
}
function count(req) {
  const module = countedModule ?? own?.plain;
  if (!module) throw new Error("no module loaded");
  setCurrentBench(req.bench.name);
  const hosted = guarded(void 0, () => instantiate2(module));
  const run = guarded(hosted, () => prepare(hosted, req.bench));
  const instance = hosted.instance;
  const counter = instance.exports[COUNTER];
  if (counter) counter.value = 0n;
  const exports = instance.exports;
  const before = readProfile(exports);
  const sim = exports[SIM] instanceof WebAssembly.Memory ? exports[SIM] : void 0;
  const slots = Math.max(1, before?.length ?? 1);
  const cyclesBefore = sim && readSim(sim, slots);
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  const startMemoryBytes = memoryBytes(hosted);
  const checksum = guarded(hosted, () => run(req.iterations));
  const allocStats = {};
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith("alloc_stat_") && typeof value === "function" && value.length === 0) allocStats[name.slice("alloc_stat_".length)] = Number(value());
  }
  const profile = before && readProfile(exports)?.map((after, i) => after - before[i]);
  const instructions = counter ? Number(counter.value) : profile ? Number(profile.reduce((a, b) => a + b, 0n)) : null;
  const peakMemoryBytes = memoryBytes(hosted);
  const cycles = sim && cyclesBefore && steadyCycles(sim, slots, cyclesBefore, () => guarded(hosted, () => run(req.iterations)));
  return {
    ...cycles ? cyclesFields(cycles, slots, before !== void 0) : {},
    ...allocationCopy ? countAllocations(req, allocationCopy) : {},
    instructions,
    ...profile ? { profile: profile.map(Number) } : {},
    peakMemoryBytes,
    initialMemoryBytes: hosted.initialMemoryBytes,
    startMemoryBytes,
    allocStats,
    checksum: String(checksum)
  };
}
function steadyCycles(sim, slots, beforeFirst, again) {
  const afterFirst = readSim(sim, slots);
  try {
    again();
  } catch {
    return afterFirst.map((after, i) => after - beforeFirst[i]);
  }
  return readSim(sim, slots).map((after, i) => after - afterFirst[i]);
}
function countAllocations(req, copy) {
  try {
    return countAllocationsOf(req, copy);
  } catch (error) {
    return { allocationProblem: error.message ?? String(error) };
  }
}
function countAllocationsOf(req, copy) {
  const hosted = guarded(void 0, () => instantiate2(copy.module, copy.host));
  const run = guarded(hosted, () => prepare(hosted, req.bench));
  const table = hosted.instance.exports[HOOK];
  if (!(table instanceof WebAssembly.Table)) return {};
  const recorder = hookAllocator(table, hosted);
  recorder.start();
  guarded(hosted, () => run(req.iterations));
  const allocations = recorder.finish();
  const allocationSizes = Object.fromEntries([...recorder.sizes].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  return { allocations, allocationSizes };
}
function hookAllocator(table, hosted) {
  const recorder = new AllocRecorder(hosted.memory);
  const hook = new WebAssembly.Instance(new WebAssembly.Module(HOOK_MODULE), { e: { r: recorder.record } });
  table.set(0, hook.exports.r);
  return recorder;
}
function readSim(memory, slots) {
  return [...new BigInt64Array(memory.buffer, 0, SIM_SLOTS / 8 + slots)];
}
function cyclesFields(delta, slots, perFunction) {
  const events = Object.fromEntries(CACHE_EVENTS.map((name, i) => [name, Number(delta[i])]));
  const perSlot = delta.slice(SIM_SLOTS / 8, SIM_SLOTS / 8 + slots).map(Number);
  return { cycles: perSlot.reduce((a, b) => a + b, 0), ...perFunction ? { cyclesProfile: perSlot } : {}, cache: events };
}
function readProfile(exports) {
  if (typeof exports[`${PROFILE}0`] !== "function") return void 0;
  const counts = [];
  for (let k = 0; typeof exports[`${PROFILE}${k}`] === "function"; k++) {
    const r = exports[`${PROFILE}${k}`]();
    if (Array.isArray(r)) counts.push(...r);
    else if (r !== void 0) counts.push(r);
  }
  return counts;
}
async function load(req) {
  own = await loadModule(req.plain, req.host);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : void 0;
  allocationCopy = req.allocation ? { module: new WebAssembly.Module(req.allocation.module), host: req.allocation.host } : void 0;
  partners.clear();
  return {
    exports: WebAssembly.Module.exports(own.plain).map((e) => ({ name: e.name, kind: e.kind })),
    imports: WebAssembly.Module.imports(own.plain).map((i) => ({ module: i.module, name: i.name, kind: i.kind }))
  };
}
async function handle(req) {
  switch (req.op) {
    case "load":
      return load(req);
    case "loadPartner":
      partners.set(req.key, await loadModule(req.plain, req.host));
      return null;
    case "count":
      return count(req);
    case "calibrate":
      return calibrate(loadedFor(req.partner), req);
    case "time":
      return { ns: timeOnce(loadedFor(void 0), req.bench, req.batch, req.bytesPerUnit) };
    case "pair":
      return pairRounds(loadedFor(void 0), loadedFor(req.partner), req);
  }
}
process.on("disconnect", () => process.exit(0));
process.on("message", async (req) => {
  let reply;
  try {
    reply = { id: req.id, ok: true, value: await handle(req) };
  } catch (error) {
    reply = { id: req.id, ok: false, error: error.message ?? String(error), ...error instanceof StartTrap ? { module: true } : {} };
  }
  process.send?.(reply);
});
