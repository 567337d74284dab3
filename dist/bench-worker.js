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
  instance = new WebAssembly.Instance(module, imports);
  const initialMemoryBytes = memory()?.buffer.byteLength ?? 0;
  const exports = instance.exports;
  const mem = memory();
  if (wasi && mem) wasi.initialize({ exports: { memory: mem } });
  if (typeof exports._initialize === "function") exports._initialize();
  else if (typeof exports._start !== "function" && typeof exports.__wasm_call_ctors === "function") exports.__wasm_call_ctors();
  return { instance, memory, initialMemoryBytes };
}
function notProvidedMessage(missing) {
  return `the module imports ${missing.join(", ")}, which the gate does not provide (it stubs function imports and creates imported memories and tables); supply them with bench.imports (see the README, "Toolchains")`;
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
  return Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
}
function stub(desc, benchmark) {
  return () => {
    throw new MissingImport(`benchmark ${benchmark()} called the import ${desc.module}.${desc.name}, which the gate does not provide (supply it with bench.imports: see the README, "Toolchains")`);
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

// src/bench/worker.ts
var COUNTER = "__wasm_gate_instructions";
var PROFILE = "__wasm_gate_profile_";
var PAGE2 = 65536;
var plainModule;
var countedModule;
var hostPlan;
var importsFactory;
var currentBench = "";
var timingInstances = /* @__PURE__ */ new Map();
var maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(" "))?.[1] ?? 65536);
var limitBytes = maxPages * PAGE2;
var recycleBytes = Math.min(512 * 1024 * 1024, limitBytes / 4);
function instantiate(module) {
  const hosted = instantiateHosted(module, hostPlan, importsFactory, () => currentBench);
  const exports = hosted.instance.exports;
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  return hosted;
}
function memoryBytes(hosted) {
  return hosted.memory()?.buffer.byteLength ?? 0;
}
function prepare(hosted, bench) {
  const exports = hosted.instance.exports;
  if (bench.kind === "export") return exports[bench.name];
  const ptr = exports.trace_load(bench.ops.length);
  const memory = hosted.memory();
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay;
}
function count(req) {
  const module = countedModule ?? plainModule;
  if (!module) throw new Error("no module loaded");
  currentBench = req.bench.name;
  const hosted = guarded(void 0, () => instantiate(module));
  const run = guarded(hosted, () => prepare(hosted, req.bench));
  const instance = hosted.instance;
  const counter = instance.exports[COUNTER];
  if (counter) counter.value = 0n;
  const exports = instance.exports;
  const before = readProfile(exports);
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  const startMemoryBytes = memoryBytes(hosted);
  const checksum = guarded(hosted, () => run(req.iterations));
  const allocStats = {};
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith("alloc_stat_") && typeof value === "function" && value.length === 0) allocStats[name.slice("alloc_stat_".length)] = Number(value());
  }
  const profile = before && readProfile(exports)?.map((after, i) => after - before[i]);
  return {
    instructions: counter ? Number(counter.value) : profile ? Number(profile.reduce((a, b) => a + b, 0n)) : null,
    ...profile ? { profile: profile.map(Number) } : {},
    peakMemoryBytes: memoryBytes(hosted),
    initialMemoryBytes: hosted.initialMemoryBytes,
    startMemoryBytes,
    allocStats,
    checksum: String(checksum)
  };
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
function timingInstance(bench, batch, bytesPerUnit) {
  currentBench = bench.name;
  let entry = timingInstances.get(bench.name);
  const expected = memoryBytesAfter(entry, batch, bytesPerUnit);
  if (!entry || expected > limitBytes * 0.9 || memoryBytes(entry.hosted) > recycleBytes) {
    timingInstances.delete(bench.name);
    entry = void 0;
    globalThis.gc?.();
    const hosted = guarded(void 0, () => instantiate(plainModule));
    entry = { hosted, run: guarded(hosted, () => prepare(hosted, bench)) };
    timingInstances.set(bench.name, entry);
  }
  return entry;
}
function memoryBytesAfter(entry, batch, bytesPerUnit) {
  return (entry ? memoryBytes(entry.hosted) : 0) + bytesPerUnit * batch * 1.25 + PAGE2;
}
function timeOnce(bench, batch, bytesPerUnit) {
  const { hosted, run } = timingInstance(bench, batch, bytesPerUnit);
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  guarded(hosted, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}
function calibrate(req) {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  const time = () => {
    warmupCalls += 1;
    return timeOnce(req.bench, batch, req.bytesPerUnit) / 1e6;
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
function guarded(hosted, fn) {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingImport || error instanceof ProcExit) throw error;
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
async function load(req) {
  plainModule = new WebAssembly.Module(req.plain);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : void 0;
  hostPlan = req.host;
  importsFactory = req.host.importsModule ? await loadImportsFactory(req.host.importsModule) : void 0;
  const missing = unprovidable(req.host);
  if (missing.length > 0 && !importsFactory) throw new Error(notProvidedMessage(missing));
  timingInstances.clear();
  return {
    exports: WebAssembly.Module.exports(plainModule).map((e) => ({ name: e.name, kind: e.kind })),
    imports: WebAssembly.Module.imports(plainModule).map((i) => ({ module: i.module, name: i.name, kind: i.kind }))
  };
}
function handle(req) {
  switch (req.op) {
    case "load":
      return load(req);
    case "count":
      return count(req);
    case "calibrate":
      return calibrate(req);
    case "time":
      return { ns: timeOnce(req.bench, req.batch, req.bytesPerUnit) };
  }
}
process.on("disconnect", () => process.exit(0));
process.on("message", async (req) => {
  let reply;
  try {
    reply = { id: req.id, ok: true, value: await handle(req) };
  } catch (error) {
    reply = { id: req.id, ok: false, error: error.message ?? String(error) };
  }
  process.send?.(reply);
});
