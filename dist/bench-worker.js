import { createRequire as __wasmGateCreateRequire } from 'node:module';
const require = __wasmGateCreateRequire(import.meta.url);

// src/bench/worker.ts
import { WASI } from "node:wasi";
var COUNTER = "__wasm_gate_instructions";
var PROFILE = "__wasm_gate_profile_";
var PAGE = 65536;
var plainModule;
var countedModule;
var timingInstances = /* @__PURE__ */ new Map();
var maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(" "))?.[1] ?? 65536);
var recycleBytes = Math.min(512 * 1024 * 1024, maxPages * PAGE / 4);
function instantiate(module) {
  const wasiImports = WebAssembly.Module.imports(module).some((i) => i.module.startsWith("wasi_"));
  const wasi = wasiImports ? new WASI({ version: "preview1", args: [], env: {}, returnOnExit: true }) : void 0;
  const instance = new WebAssembly.Instance(module, wasi?.getImportObject() ?? {});
  const exports = instance.exports;
  if (wasi && typeof exports._initialize === "function") wasi.initialize(instance);
  else if (typeof exports._initialize === "function") exports._initialize();
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  return instance;
}
function memoryBytes(instance) {
  const memory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
  return memory ? memory.buffer.byteLength : 0;
}
function prepare(instance, bench) {
  const exports = instance.exports;
  if (bench.kind === "export") return exports[bench.name];
  const ptr = exports.trace_load(bench.ops.length);
  const memory = exports.memory;
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay;
}
function count(req) {
  const module = countedModule ?? plainModule;
  if (!module) throw new Error("no module loaded");
  const instance = instantiate(module);
  const run = prepare(instance, req.bench);
  const counter = instance.exports[COUNTER];
  if (counter) counter.value = 0n;
  const exports = instance.exports;
  const before = readProfile(exports);
  if (typeof exports.alloc_stats_reset === "function") exports.alloc_stats_reset();
  const checksum = guarded(instance, () => run(req.iterations));
  const allocStats = {};
  for (const [name, value] of Object.entries(exports)) {
    if (name.startsWith("alloc_stat_") && typeof value === "function" && value.length === 0) allocStats[name.slice("alloc_stat_".length)] = Number(value());
  }
  const profile = before && readProfile(exports)?.map((after, i) => after - before[i]);
  return {
    instructions: counter ? Number(counter.value) : profile ? Number(profile.reduce((a, b) => a + b, 0n)) : null,
    ...profile ? { profile: profile.map(Number) } : {},
    peakMemoryBytes: memoryBytes(instance),
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
function timingInstance(bench) {
  let instance = timingInstances.get(bench.name);
  if (!instance || memoryBytes(instance) > recycleBytes) {
    instance = instantiate(plainModule);
    timingInstances.set(bench.name, instance);
  }
  return { instance, run: prepare(instance, bench) };
}
function timeOnce(bench, batch) {
  const { instance, run } = timingInstance(bench);
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  guarded(instance, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}
function calibrate(req) {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  for (; ; ) {
    lastMs = timeOnce(req.bench, batch) / 1e6;
    warmupCalls += 1;
    if (lastMs >= req.targetMs || batch >= req.maxBatch) break;
    const factor = lastMs <= 0 ? 10 : Math.min(10, Math.max(1.5, req.targetMs * 1.2 / lastMs));
    batch = Math.min(req.maxBatch, Math.ceil(batch * factor));
  }
  for (let i = 0; i < 2; i++) lastMs = timeOnce(req.bench, batch) / 1e6;
  return { batch, warmupCalls: warmupCalls + 2, lastMs };
}
function guarded(instance, fn) {
  try {
    return fn();
  } catch (error) {
    const message = error.message ?? String(error);
    const bytes = memoryBytes(instance);
    if (bytes * 2 > maxPages * PAGE || /could not allocate memory|out of memory/i.test(message)) {
      throw new Error(`exhausted memory: linear memory reached ${Math.round(bytes / 1048576)} MB of the ${Math.round(maxPages * PAGE / 1048576)} MB limit (${message})`);
    }
    if (error instanceof WebAssembly.RuntimeError) throw new Error(`trapped: ${message}`);
    throw error;
  }
}
function load(req) {
  plainModule = new WebAssembly.Module(req.plain);
  countedModule = req.counted ? new WebAssembly.Module(req.counted) : void 0;
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
      return { ns: timeOnce(req.bench, req.batch) };
  }
}
process.on("message", (req) => {
  let reply;
  try {
    reply = { id: req.id, ok: true, value: handle(req) };
  } catch (error) {
    reply = { id: req.id, ok: false, error: error.message ?? String(error) };
  }
  process.send?.(reply);
});
