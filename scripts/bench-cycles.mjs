// npm run bench:cycles — how far the gate's cycle estimate (src/wasm/cycle-model.ts: weighted
// instructions plus a simulated cache, first touches and memory.grow) can be trusted on this
// machine. Writes the section "cycles" of docs/BENCHMARKS.md:
//   1. Calibration: the wall-clock cost of each memory event the model charges (memory.grow, first
//      touch of a 4 KiB page, L1 and last-level misses, streamed misses), and of one "base cycle"
//      of compute-bound code, so that every event can be put in base cycles next to the constants
//      in cycle-model.ts.
//   2. Ranking: do cycles order variants as wall-clock time does, better than instructions? On the
//      fixtures (the gate's own `update` and `check --no-reuse`), on real third-party modules from
//      npm (hash-wasm: one workload, many hash functions; argon2 and xxhash64 over memory that fits
//      the caches and memory that does not), and on the c-chase pair.
//   3. Counting cost: the counting copy with the cache model against the one without.
// In-process measurements run in a child `node` with the bench workers' flags (worker-client.ts
// workerFlags), one task at a time, everything interleaved; the machine is shared, so only
// medians and ratios of interleaved rounds are reported. ROUNDS (default 21) sets the rounds.
// The raw measurements are saved as raw.json in the work directory (printed at the end);
// REPORT_FROM=<raw.json> renders the section again from them without measuring.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = fileURLToPath(import.meta.url);
const prebuiltDir = path.join(root, 'fixtures', 'prebuilt');
const doc = path.join(root, 'docs', 'BENCHMARKS.md');
const ROUNDS = Number(process.env.ROUNDS ?? 21);
const HASH_WASM = 'hash-wasm@4.13.0';
const started = performance.now();
const log = (m) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

// ---- statistics -----------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
/** Distribution-free 95% interval of the median: order statistics j and n+1-j, with j the largest
 *  rank such that P(Binomial(n, 1/2) < j) <= 2.5%. */
function medianCi(xs) {
  const s = sorted(xs);
  const n = s.length;
  let below = 0; // P(X < j)
  let j = 0;
  let term = 0.5 ** n; // P(X = 0)
  while (j < n && below + term <= 0.025) {
    below += term;
    term *= (n - j) / (j + 1);
    j += 1;
  }
  if (j === 0) return [s[0], s[n - 1]];
  return [s[j - 1], s[n - j]];
}
function shuffled(xs, random) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
/** Deterministic xorshift32 in [0, 1): the same memory layouts and orders on every run. */
function xorshift(seed = 0x2545f491) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

// ---- the instrumenter, straight from src/ ----------------------------------------------------

/** Bundles what this script needs from src/ into `dir` (dist/ may be older than src/). */
async function bundleEngine(dir) {
  const { build } = await import('esbuild');
  const entry = path.join(dir, 'entry.ts');
  const from = (file) => JSON.stringify(path.join(root, file));
  writeFileSync(
    entry,
    [
      `export { instrumentForCounting, instrumentForProfiling, COUNTER_EXPORT, PROFILE_EXPORT_PREFIX, SIM_EXPORT, SIM_SLOTS, SIM_STATS } from ${from('src/wasm/instrument.ts')};`,
      `export * as model from ${from('src/wasm/cycle-model.ts')};`,
      `export { workerFlags } from ${from('src/bench/worker-client.ts')};`,
      `export { DEFAULT_BENCH } from ${from('src/config/defaults.ts')};`,
    ].join('\n'),
  );
  const outfile = path.join(dir, 'engine.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  return outfile;
}

// ---- child tasks (run with the bench workers' V8 flags) ----------------------------------------

/** Runs `task` in a child node with the bench workers' flags and returns its result. */
function child(task, engineFile, work, flags, input = {}) {
  const inFile = path.join(work, `${task}-in.json`);
  const outFile = path.join(work, `${task}-out.json`);
  writeFileSync(inFile, JSON.stringify(input));
  const r = spawnSync(process.execPath, [...flags, script, '--child', task, engineFile, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`child task ${task} failed (${r.status ?? r.signal})`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

const now = () => process.hrtime.bigint();
const msSince = (t) => Number(now() - t) / 1e6;
const gc = () => globalThis.gc?.();

/** Imports that do nothing, for modules that import functions (emscripten's memory notification). */
function stubImports(module) {
  const imports = {};
  for (const i of WebAssembly.Module.imports(module)) if (i.kind === 'function') (imports[i.module] ??= {})[i.name] = () => 0;
  return imports;
}
function instantiate(module) {
  const instance = new WebAssembly.Instance(module, stubImports(module));
  instance.exports._initialize?.();
  return instance.exports;
}

// ---- 1. calibration (child) -------------------------------------------------------------------

// A pointer chase (each load's address is the previous load's value, so loads cannot overlap and
// each step costs the latency of wherever its line lives), memory.grow, and one write per 4 KiB.
const CALIBRATION_WAT = `(module
  (import "m" "memory" (memory 1 65536))
  (func (export "chase") (param $p i32) (param $n i32) (result i32)
    (block $done (loop $step
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $p (i32.load (local.get $p)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $step)))
    (local.get $p))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "touch") (param $at i32) (param $end i32) (result i32)
    (block $done (loop $step
      (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
      (i32.store8 (local.get $at) (i32.const 1))
      (local.set $at (i32.add (local.get $at) (i32.const 4096)))
      (br $step)))
    (local.get $at)))`;

async function compileWat(text) {
  const wabt = await (await import('wabt')).default();
  const parsed = wabt.parseWat('calibration.wat', text);
  try {
    return new WebAssembly.Module(parsed.toBinary({}).buffer);
  } finally {
    parsed.destroy();
  }
}

async function calibrate() {
  const module = await compileWat(CALIBRATION_WAT);
  const chase = chaseTimes(module);
  gc();
  const events = growAndTouchTimes(module);
  return { chase, ...events };
}

/** The chase regions: random cycles through the cache lines of buffers that fit L1, the L2/last
 *  level, and neither; one in address order (what a prefetcher follows); and one that steps
 *  4 KiB + 64 B in address order (as c-chase's far cycle: a new line and a new page every step, but
 *  the pages in order, so that their translations are cheap to find). */
const REGIONS = [
  { key: 'l1', bytes: 16 << 10, stride: 0 },
  { key: 'mib1', bytes: 1 << 20, stride: 0 },
  { key: 'mib64', bytes: 64 << 20, stride: 0 },
  { key: 'seq64', bytes: 64 << 20, stride: 1 },
  { key: 'page64', bytes: 64 << 20, stride: 65 },
  { key: 'gib1', bytes: 1 << 30, stride: 0 },
];

/** Links the lines of [base, base + bytes) into one cycle: in random order (stride 0), or `stride`
 *  lines at a time (odd, so that it passes through every line of the power-of-two buffer). */
function linkCycle(words, base, bytes, stride) {
  const lines = bytes / 64;
  const order = new Uint32Array(lines);
  for (let i = 0; i < lines; i++) order[i] = stride ? (i * stride) % lines : i;
  if (!stride) {
    const next = xorshift(lines);
    for (let i = lines - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
  for (let k = 0; k < lines; k++) words[(base + order[k] * 64) / 4] = base + order[(k + 1) % lines] * 64;
  return base + order[0] * 64;
}

/** ns per chase step in each region, one sample per region per round, regions in shuffled order. */
function chaseTimes(module) {
  const total = REGIONS.reduce((sum, r) => sum + r.bytes, 65536);
  const memory = new WebAssembly.Memory({ initial: Math.ceil(total / 65536), maximum: 65536 });
  const { chase } = new WebAssembly.Instance(module, { m: { memory } }).exports;
  const words = new Uint32Array(memory.buffer);
  let base = 65536;
  const at = {};
  const steps = {};
  for (const region of REGIONS) {
    at[region.key] = linkCycle(words, base, region.bytes, region.stride);
    base += region.bytes;
    // Warm: every line visited (up to 4 M steps), so that the samples see the steady state.
    at[region.key] = chase(at[region.key], Math.min(region.bytes / 64, 4_000_000));
    const t = now();
    at[region.key] = chase(at[region.key], 200_000);
    steps[region.key] = Math.max(100_000, Math.round((20 / msSince(t)) * 200_000)); // ~20 ms a sample
    process.stderr.write(`  calibration: chase region ${region.key} ready\n`);
  }
  const samples = Object.fromEntries(REGIONS.map((r) => [r.key, []]));
  const random = xorshift(7);
  for (let round = 0; round < ROUNDS; round++) {
    for (const { key } of shuffled(REGIONS, random)) {
      const t = now();
      at[key] = chase(at[key], steps[key]);
      samples[key].push((msSince(t) * 1e6) / steps[key]);
    }
  }
  return samples;
}

/** memory.grow(1), (16) and (256) on a memory of ~300 MiB with maximum 65536 pages, interleaved;
 *  and one write per 4 KiB page of 64 MiB just grown, twice (first touch, second touch). */
function growAndTouchTimes(module) {
  const out = { grow1: [], grow16: [], grow256: [], firstTouch: [], secondTouch: [] };
  const random = xorshift(11);
  const TOUCH_PAGES = 1024; // 64 MiB of wasm pages: 16,384 pages of 4 KiB
  for (let round = -1; round < Math.ceil(ROUNDS / 2); round++) {
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
    const { grow, touch } = new WebAssembly.Instance(module, { m: { memory } }).exports;
    grow(4799); // 300 MiB
    const start = memory.buffer.byteLength;
    grow(TOUCH_PAGES);
    const times = [];
    for (let pass = 0; pass < 2; pass++) {
      const t = now();
      touch(start, start + TOUCH_PAGES * 65536);
      times.push((msSince(t) * 1e6) / (TOUCH_PAGES * 16));
    }
    const grows = { 1: [], 16: [], 256: [] };
    for (let k = 0; k < 8; k++) {
      for (const pages of shuffled([1, 16, 256], random)) {
        const t = now();
        grow(pages);
        grows[pages].push(msSince(t) * 1e6);
      }
    }
    if (round >= 0) {
      // round -1 warms up (compiles the functions, faults in V8's bookkeeping)
      out.firstTouch.push(times[0]);
      out.secondTouch.push(times[1]);
      for (const pages of [1, 16, 256]) out[`grow${pages}`].push(...grows[pages]);
    }
    gc();
  }
  process.stderr.write('  calibration: memory.grow and first touches done\n');
  return out;
}

// ---- 2. npm modules (child) --------------------------------------------------------------------

/** hash-wasm's algorithms: the name of the embedded module and Hash_Init's argument. */
const HASHES = [
  ['md5', 0],
  ['sha1', 0],
  ['sha256', 256],
  ['sha512', 512],
  ['sha3', 256],
  ['blake2b', 512],
  ['blake3', 0],
  ['xxhash64', 0],
  ['xxhash3', 0],
  ['crc32', 0xedb88320 | 0],
  ['whirlpool', 0],
];
const CHUNK = 16 * 1024; // hash-wasm's I/O buffer (MAIN_BUFFER_SIZE): what its JS copies data into

/** The module hash-wasm embeds (base64) in dist/<file>.umd.min.js under `name`. */
function hashWasmModule(dir, file, name) {
  const js = readFileSync(path.join(dir, 'dist', `${file}.umd.min.js`), 'utf8');
  const data = new RegExp(`name:"${name}",data:"([^"]+)"`).exec(js)?.[1];
  if (!data) throw new Error(`no module "${name}" in hash-wasm's ${file}.umd.min.js`);
  return new Uint8Array(Buffer.from(data, 'base64'));
}

function fillRandom(memory, at, bytes, seed) {
  const next = xorshift(seed);
  const view = new Uint8Array(memory.buffer, at, bytes);
  for (let i = 0; i < bytes; i++) view[i] = Math.floor(next() * 256);
}

/** The workloads: each returns, for an instance's exports, the function that runs one op. */
function npmWorkloads(dir) {
  // `total` bytes in updates of hash-wasm's buffer (its modules' memories cannot grow).
  const hash = (init, total) => (ex) => {
    const buffer = ex.Hash_GetBuffer();
    fillRandom(ex.memory, buffer, CHUNK, 1);
    return () => {
      ex.Hash_Init(init);
      for (let done = 0; done < total; done += CHUNK) ex.Hash_Update(CHUNK);
      ex.Hash_Final(0);
    };
  };
  // argon2d (Hash_Calculate is what hash-wasm's argon2() calls after writing the first two
  // blocks and the parameters): `kib` KiB of memory, passes over it. The first blocks must be
  // random: from zero blocks argon2 computes zero blocks, and every reference is the same block.
  const argon2 = (kib, passes) => (ex) => {
    const base = ex.Hash_GetBuffer();
    ex.Hash_SetMemorySize(kib * 1024 + 1024);
    fillRandom(ex.memory, base, 2048, 3);
    new Int32Array(ex.memory.buffer, base + kib * 1024, 6).set([1, 32, kib, passes, 0x13, 0]);
    return () => ex.Hash_Calculate(0, kib);
  };
  // scrypt's ROMix (the export hash-wasm's scrypt() calls between its two PBKDF2s), r = 1:
  // N blocks of 128 B written in order, then N read at random; `calls` calls per op.
  const scrypt = (n, calls) => (ex) => {
    const base = ex.Hash_GetBuffer();
    ex.Hash_SetMemorySize(128 + 128 * n + 256);
    fillRandom(ex.memory, base, 128, 5);
    return () => {
      for (let i = 0; i < calls; i++) ex.scrypt(1, n, 1);
    };
  };
  const bytesOf = Object.fromEntries(HASHES.map(([name]) => [name, hashWasmModule(dir, name, name)]));
  const argon2Bytes = hashWasmModule(dir, 'argon2', 'argon2');
  const scryptBytes = hashWasmModule(dir, 'scrypt', 'scrypt');
  return [
    ...HASHES.map(([name, init]) => ({ name, group: 'hash', unit: 'byte', units: 4 * CHUNK, bytes: bytesOf[name], make: hash(init, 4 * CHUNK), countedOps: 4 })),
    { name: 'argon2d, 16 KiB × 4096 passes', group: 'argon2', unit: '1 KiB block', units: 16 * 4096, bytes: argon2Bytes, make: argon2(16, 4096), countedOps: 1 },
    { name: 'argon2d, 64 MiB × 1 pass', group: 'memory', partner: 'argon2d, 16 KiB × 4096 passes', unit: '1 KiB block', units: 64 * 1024, bytes: argon2Bytes, make: argon2(64 * 1024, 1), countedOps: 1 },
    { name: 'scrypt ROMix, N = 16 (2 KiB) × 16384 calls', group: 'scrypt', unit: 'BlockMix', units: 2 * 16 * 16384, bytes: scryptBytes, make: scrypt(16, 16384), countedOps: 1 },
    { name: 'scrypt ROMix, N = 2^18 (32 MiB) × 1 call', group: 'memory', partner: 'scrypt ROMix, N = 16 (2 KiB) × 16384 calls', unit: 'BlockMix', units: 2 * 2 ** 18, bytes: scryptBytes, make: scrypt(2 ** 18, 1), countedOps: 1 },
  ];
}

/** Cycles, instructions and cache events per unit, in the steady state: after one op. */
function countedPerUnit(engine, workload) {
  const module = new WebAssembly.Module(engine.instrumentForCounting(workload.bytes, { cycles: true }));
  const ex = instantiate(module);
  const op = workload.make(ex);
  op();
  const read = () => [...new BigInt64Array(ex[engine.SIM_EXPORT].buffer, 0, engine.SIM_SLOTS / 8 + 1), ex[engine.COUNTER_EXPORT].value];
  const before = read();
  for (let i = 0; i < workload.countedOps; i++) op();
  const delta = read().map((v, i) => Number(v - before[i]) / (workload.countedOps * workload.units));
  const events = Object.fromEntries(Object.entries(engine.SIM_STATS).map(([k, at]) => [k, delta[at / 8]]));
  return { cycles: delta[engine.SIM_SLOTS / 8], instructions: delta.at(-1), events };
}

async function hashes(engine, { dir }) {
  const workloads = npmWorkloads(dir);
  const timed = workloads.map((w) => {
    const op = w.make(instantiate(new WebAssembly.Module(w.bytes)));
    for (let i = 0; i < 3; i++) op(); // warm-up: compiled, memory touched
    const t = now();
    op();
    return { op, reps: Math.max(1, Math.round(15 / Math.max(msSince(t), 0.001))) }; // ~15 ms a sample
  });
  const samples = workloads.map(() => []);
  const random = xorshift(13);
  for (let round = 0; round < ROUNDS; round++) {
    for (const k of shuffled(workloads.keys(), random)) {
      const { op, reps } = timed[k];
      const t = now();
      for (let i = 0; i < reps; i++) op();
      samples[k].push((msSince(t) * 1e6) / (reps * workloads[k].units));
    }
    if ((round + 1) % 7 === 0) process.stderr.write(`  npm modules: round ${round + 1}/${ROUNDS}\n`);
  }
  return workloads.map((w, k) => {
    const counted = countedPerUnit(engine, w);
    process.stderr.write(`  npm modules: counted ${w.name}\n`);
    return { name: w.name, group: w.group, partner: w.partner, unit: w.unit, ns: samples[k], ...counted };
  });
}

// ---- 3. counting cost (child) ------------------------------------------------------------------

/** The per-function counts of a profiling copy, in body order (as src/bench/worker.ts reads them). */
function readProfile(engine, ex) {
  const counts = [];
  for (let k = 0; typeof ex[`${engine.PROFILE_EXPORT_PREFIX}${k}`] === 'function'; k++) {
    const r = ex[`${engine.PROFILE_EXPORT_PREFIX}${k}`]();
    if (Array.isArray(r)) counts.push(...r);
    else if (r !== undefined) counts.push(r);
  }
  return counts;
}

/** One counted call on a fresh instance, as the gate's worker makes it: its time and its counts.
 *  With the cache model (`repeat`), the call is made twice, as the worker does: the second call's
 *  cycles are the steady-state ones the gate reports; the time is of both calls. */
function countedRun(engine, module, bench, iterations, repeat = false) {
  const ex = instantiate(module);
  const sim = ex[engine.SIM_EXPORT];
  const counts = () => {
    const profile = readProfile(engine, ex);
    const cycles = sim ? new BigInt64Array(sim.buffer, engine.SIM_SLOTS, profile.length).reduce((a, b) => a + b, 0n) : 0n;
    return { instructions: profile.reduce((a, b) => a + b, 0n), cycles };
  };
  const before = counts();
  gc();
  const t = now();
  ex[bench](iterations);
  const first = counts();
  if (repeat) ex[bench](iterations);
  const ms = msSince(t);
  const after = counts();
  const cycles = repeat ? after.cycles - first.cycles : after.cycles - before.cycles;
  return { ms, instructions: String(first.instructions - before.instructions), cycles: String(cycles) };
}

const COUNT_ROUNDS = 7;
const KINDS = ['plain', 'counting', 'cycles'];

async function countingCost(engine, { modules }) {
  const out = [];
  for (const m of modules) {
    const bytes = new Uint8Array(readFileSync(m.file));
    const copies = {
      plain: new WebAssembly.Module(bytes),
      counting: new WebAssembly.Module(engine.instrumentForProfiling(bytes, { cycles: false })),
      cycles: new WebAssembly.Module(engine.instrumentForProfiling(bytes, { cycles: true })),
    };
    const runs = Object.fromEntries(KINDS.map((k) => [k, {}]));
    for (let round = 0; round < COUNT_ROUNDS; round++) {
      for (const [bench, iterations] of Object.entries(m.benches)) {
        // alternate the order, so that neither copy always runs right after the other
        for (const kind of round % 2 ? [...KINDS].reverse() : KINDS) (runs[kind][bench] ??= []).push(countedRun(engine, copies[kind], bench, iterations, kind === 'cycles'));
      }
    }
    out.push({ name: m.name, benches: m.benches, runs });
    process.stderr.write(`  counting cost: ${m.name}\n`);
  }
  return out;
}

// ---- the gate on the fixtures (parent) ---------------------------------------------------------

/** The root config with absolute paths, plus the prebuilt fixtures it does not list (c-bump,
 *  c-chase, emscripten, when present). */
function gateConfig(work) {
  const config = JSON.parse(readFileSync(path.join(root, 'wasm-gate.config.json'), 'utf8'));
  delete config.$schema;
  config.variants = config.variants.map((v) => ({ ...v, artifact: path.resolve(root, v.artifact) }));
  const listed = new Set(config.variants.map((v) => path.basename(v.artifact)));
  for (const file of readdirSync(prebuiltDir).filter((f) => f.endsWith('.wasm') && !listed.has(f)).sort()) {
    config.variants.push({ name: file.replace(/\.wasm$/, ''), artifact: path.join(prebuiltDir, file) });
  }
  const file = path.join(work, 'config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, variants: config.variants };
}

function gate(mode, configFile, baseline, json) {
  const t = now();
  // `check` measures everything again (--no-reuse): counts taken from the baseline would not be a
  // second measurement.
  const args = [path.join(root, 'dist', 'cli.js'), mode, ...(mode === 'check' ? ['--no-reuse'] : []), '--config', configFile, '--baseline', baseline, '--json', json];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`wasm-gate ${mode} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  log(`gate ${mode}: ${(msSince(t) / 1000).toFixed(0)} s`);
  return JSON.parse(readFileSync(json, 'utf8'));
}

/** variant -> bench -> measurement, for benchmarks with both a cycle count and a throughput. */
function benchOf(results) {
  const out = {};
  for (const v of results.variants) {
    for (const [bench, m] of Object.entries(v.measurement?.bench ?? {})) {
      if (m.cycles !== undefined && m.opsPerSec && m.opsPerSecCi95) (out[v.name] ??= {})[bench] = m;
    }
  }
  return out;
}

// ---- analysis ----------------------------------------------------------------------------------

/** The cycles the model charges for memory events `c` (cache events, totals or per unit) under
 *  the constants `k` (cycle-model.ts, or the calibrated ones); the rest is weighted instructions. */
function penalty(c, k) {
  return (
    c.l1Misses * k.L1_MISS_CYCLES +
    (c.llMisses - c.streamedMisses) * k.LL_MISS_CYCLES +
    c.streamedMisses * k.STREAM_MISS_CYCLES +
    c.firstTouches * k.FIRST_TOUCH_CYCLES +
    c.grows * k.GROW_CYCLES
  );
}

/** The same run's cycles with the memory events charged at the calibrated constants instead. */
const recharged = (cycles, events, model, calibrated) => cycles - penalty(events, model) + penalty(events, calibrated);

/** ns per base cycle: the gate's ns/op over (cycles - memory penalties)/op, on bench_pairs and
 *  bench_small where penalties are under 10% of the cycles. */
function baseCycle(runs, model) {
  const values = [];
  for (const run of runs) {
    for (const [variant, benches] of Object.entries(run)) {
      for (const bench of ['bench_pairs', 'bench_small']) {
        const m = benches[bench];
        if (!m || penalty(m.cache, model) >= 0.1 * m.cycles) continue;
        values.push({ variant, bench, ns: 1e9 / m.opsPerSec / ((m.cycles - penalty(m.cache, model)) / m.iterations) });
      }
    }
  }
  const of = (bench) => values.filter((v) => v.bench === bench).map((v) => v.ns);
  const excluded = [...new Set(runs.flatMap((run) => Object.keys(run)))].filter((v) => !values.some((x) => x.variant === v));
  return { ns: median(values.map((v) => v.ns)), ci: medianCi(values.map((v) => v.ns)), n: values.length, pairs: median(of('bench_pairs')), small: median(of('bench_small')), excluded };
}

function calibrationRows(cal, nsPerCycle, model) {
  const diff = (a, b) => cal.chase[a].map((x, i) => x - cal.chase[b][i]);
  const rows = [
    ['L1 miss, last-level hit', 'random chase over 1 MiB − over 16 KiB, per step', diff('mib1', 'l1'), model.L1_MISS_CYCLES, 'L1_MISS_CYCLES'],
    ['last-level miss', 'random chase over 64 MiB − over 1 MiB', diff('mib64', 'mib1'), model.LL_MISS_CYCLES, 'LL_MISS_CYCLES'],
    ['last-level miss, past the real L3', 'random chase over 1 GiB − over 1 MiB', diff('gib1', 'mib1'), model.LL_MISS_CYCLES, 'LL_MISS_CYCLES'],
    ['last-level miss, pages in order', 'chase over 64 MiB stepping 4 KiB + 64 B − random over 1 MiB', diff('page64', 'mib1'), model.LL_MISS_CYCLES, 'LL_MISS_CYCLES'],
    ['streamed miss', 'chase over 64 MiB in address order − random over 1 MiB', diff('seq64', 'mib1'), model.STREAM_MISS_CYCLES, 'STREAM_MISS_CYCLES'],
    ['first touch of a 4 KiB page', 'one write per 4 KiB of 64 MiB just grown: first − second pass', cal.firstTouch.map((x, i) => x - cal.secondTouch[i]), model.FIRST_TOUCH_CYCLES, 'FIRST_TOUCH_CYCLES'],
    ['memory.grow(1)', 'one call, memory at 300+ MiB, maximum 65536 pages', cal.grow1, model.GROW_CYCLES, 'GROW_CYCLES'],
    ['memory.grow(16)', 'the same, 16 pages', cal.grow16, model.GROW_CYCLES, 'GROW_CYCLES'],
    ['memory.grow(256)', 'the same, 256 pages', cal.grow256, model.GROW_CYCLES, 'GROW_CYCLES'],
  ];
  return rows.map(([event, how, ns, current, constant]) => ({ event, how, ns: median(ns), ci: medianCi(ns), n: ns.length, implied: median(ns) / nsPerCycle, current, constant }));
}

/** Constants from the calibration: the first row of each (64 MiB for the last level, grow(1) for
 *  memory.grow); a negative difference (a stream faster than the 1 MiB chase) counts as 0. */
function calibratedConstants(rows) {
  const k = {};
  for (const r of rows) k[r.constant] ??= Math.max(0, Math.round(r.implied));
  return k;
}

/** Every pair of items: the ratios of cycles, of cycles with calibrated constants and of
 *  instructions, against the wall-clock ratio. A pair counts when the two wall-clock 95% intervals
 *  do not overlap. */
function pairsOf(items, label = '') {
  const pairs = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      const wall = a.ns / b.ns;
      const agrees = (r) => r !== 1 && r > 1 === wall > 1;
      const factor = (r) => Math.max(r / wall, wall / r);
      const [cycles, calibrated, instructions] = ['cycles', 'calibrated', 'instructions'].map((k) => a[k] / b[k]);
      pairs.push({
        label,
        a: a.name,
        b: b.name,
        wall,
        cycles,
        calibrated,
        instructions,
        counted: a.ci[1] < b.ci[0] || b.ci[1] < a.ci[0],
        cyclesAgree: agrees(cycles),
        calibratedAgree: agrees(calibrated),
        instructionsAgree: agrees(instructions),
        factor: factor(cycles),
        calibratedFactor: factor(calibrated),
      });
    }
  }
  return pairs;
}

function summarize(pairs) {
  const counted = pairs.filter((p) => p.counted);
  const worstBy = (k) => counted.reduce((w, p) => (!w || p[k] > w[k] ? p : w), undefined);
  const med = (k) => (counted.length ? median(counted.map((p) => p[k])) : NaN);
  return {
    pairs: pairs.length,
    counted: counted.length,
    cyclesAgree: counted.filter((p) => p.cyclesAgree).length,
    calibratedAgree: counted.filter((p) => p.calibratedAgree).length,
    instructionsAgree: counted.filter((p) => p.instructionsAgree).length,
    medianFactor: med('factor'),
    calibratedMedianFactor: med('calibratedFactor'),
    within2x: counted.filter((p) => p.factor <= 2).length,
    calibratedWithin2x: counted.filter((p) => p.calibratedFactor <= 2).length,
    worst: worstBy('factor'),
    calibratedWorst: worstBy('calibratedFactor'),
  };
}

/** The fixtures' pairs within each benchmark, in one gate run. */
function fixturePairs(run, label, model, calibrated) {
  const byBench = {};
  for (const [variant, benches] of Object.entries(run)) {
    for (const [bench, m] of Object.entries(benches)) {
      (byBench[bench] ??= []).push({
        name: variant,
        ns: 1e9 / m.opsPerSec,
        ci: [1e9 / m.opsPerSecCi95[1], 1e9 / m.opsPerSecCi95[0]],
        cycles: m.cycles / m.iterations,
        calibrated: recharged(m.cycles, m.cache, model, calibrated) / m.iterations,
        instructions: m.instructions / m.iterations,
      });
    }
  }
  return Object.entries(byBench).flatMap(([bench, items]) => pairsOf(items, `${label} ${bench}`).map((p) => ({ ...p, bench })));
}

/** A pair with the same instructions and different memory: far over near, from one gate run. */
function chasePair(run, label, model, calibrated) {
  const near = run['c-chase']?.bench_chase_near;
  const far = run['c-chase']?.bench_chase_far;
  if (!near || !far) return undefined;
  const ns = (m) => 1e9 / m.opsPerSec;
  const ci = [1e9 / far.opsPerSecCi95[1] / (1e9 / near.opsPerSecCi95[0]), 1e9 / far.opsPerSecCi95[0] / (1e9 / near.opsPerSecCi95[1])];
  const per = (m, k) => m[k] / m.iterations;
  const again = (m) => recharged(m.cycles, m.cache, model, calibrated) / m.iterations;
  return { name: `c-chase far / near (${label})`, instructions: per(far, 'instructions') / per(near, 'instructions'), cycles: per(far, 'cycles') / per(near, 'cycles'), calibrated: again(far) / again(near), wall: ns(far) / ns(near), ci };
}

/** The npm workloads: the hash functions ranked; each memory pair as a paired per-round ratio. */
function npmAnalysis(workloads, model, calibrated) {
  const all = workloads.map((w) => ({ ...w, nsSamples: w.ns, ns: median(w.ns), ci: medianCi(w.ns), calibrated: recharged(w.cycles, w.events, model, calibrated) }));
  const hashes = all.filter((w) => w.group === 'hash');
  const memoryPairs = all
    .filter((w) => w.group === 'memory')
    .map((w) => {
      const partner = all.find((p) => p.name === w.partner);
      const ratios = w.nsSamples.map((x, i) => x / partner.nsSamples[i]);
      const ratio = (k) => w[k] / partner[k];
      return { name: `${w.name} / ${partner.name}`, instructions: ratio('instructions'), cycles: ratio('cycles'), calibrated: ratio('calibrated'), wall: median(ratios), ci: medianCi(ratios) };
    });
  return { hashes, pairs: pairsOf(hashes), memoryPairs, nsPerCycle: median(hashes.map((h) => h.ns / h.cycles)) };
}

/** Per module: medians of the 7 timed runs per benchmark, summed over its benchmarks. */
function countingAnalysis(modules) {
  const rows = modules.map((m) => {
    const total = (kind) => Object.keys(m.benches).reduce((sum, bench) => sum + median(m.runs[kind][bench].map((r) => r.ms)), 0);
    const identical = Object.keys(m.benches).every((bench) => {
      const withCycles = m.runs.cycles[bench];
      const without = m.runs.counting[bench];
      return withCycles.every((r) => r.cycles === withCycles[0].cycles && r.instructions === without[0].instructions) && without.every((r) => r.instructions === without[0].instructions);
    });
    return { name: m.name, benches: Object.keys(m.benches).length, plain: total('plain'), counting: total('counting'), cycles: total('cycles'), identical };
  });
  const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
  return { rows, overall: { plain: sum('plain'), counting: sum('counting'), cycles: sum('cycles') }, medianRatio: median(rows.map((r) => r.cycles / r.counting)) };
}

/** Do `update` and `check` give the same cycles and instructions at the same iterations? */
function sameCounts(a, b) {
  let compared = 0;
  let same = 0;
  for (const [variant, benches] of Object.entries(a)) {
    for (const [bench, m] of Object.entries(benches)) {
      const o = b[variant]?.[bench];
      if (!o || o.iterations !== m.iterations) continue;
      compared += 1;
      if (o.cycles === m.cycles && o.instructions === m.instructions) same += 1;
    }
  }
  return { compared, same };
}

// ---- the report --------------------------------------------------------------------------------

const f = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const n0 = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—');
const times = (x) => `${x > 0 && x < 0.01 ? x.toPrecision(2) : f(x, x >= 10 ? 1 : 2)}×`;
const ns = (x) => (Math.abs(x) >= 10_000 ? `${f(x / 1000, 1)} µs` : Math.abs(x) >= 1000 ? `${n0(x)} ns` : `${f(x, Math.abs(x) >= 10 ? 1 : 2)} ns`);
const pairText = (p) => `${p.bench ? `${p.bench}: ` : ''}${p.a} / ${p.b}: wall ${times(p.wall)}, cycles ${times(p.cycles)} (calibrated ${times(p.calibrated)}), instructions ${times(p.instructions)}`;

function machineLine() {
  const cache = (i) => {
    try {
      return readFileSync(`/sys/devices/system/cpu/cpu0/cache/index${i}/size`, 'utf8').trim();
    } catch {
      return '?';
    }
  };
  const thp = existsSync('/sys/kernel/mm/transparent_hugepage/enabled') ? /\[(\w+)\]/.exec(readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8'))?.[1] : '?';
  return `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} (L1d ${cache(0)}, L2 ${cache(2)}, L3 ${cache(3)} as the VM reports them), ${Math.round(os.totalmem() / 2 ** 30)} GiB, transparent huge pages: ${thp}; node ${process.version} (V8 ${process.versions.v8}); date ${new Date().toISOString()}.`;
}

/** memory.grow's times are bimodal here: the text says how. */
function growText(calibration) {
  const all = [...calibration.grow1, ...calibration.grow16, ...calibration.grow256];
  const fast = all.filter((x) => x < 15_000);
  const slow = all.filter((x) => x >= 15_000);
  return `memory.grow's times are bimodal: ${fast.length} of ${all.length} calls (1, 16 and 256 pages together) took under 15 µs (median ${ns(median(fast))}), the others a median ${ns(median(slow))} (90th percentile ${ns(sorted(slow)[Math.floor(slow.length * 0.9)])}); the number of pages makes no difference.`;
}

function renderCalibration({ calibration, rows, base, flags, calibrated, hashNsPerCycle }, model) {
  const chase = Object.fromEntries(Object.entries(calibration.chase).map(([k, v]) => [k, median(v)]));
  return [
    '### Calibration',
    '',
    `In a child \`node ${flags.join(' ')}\` (the bench workers' flags), ${ROUNDS} interleaved rounds. Memory events are timed with a hand-written module: a pointer chase (each load's address is the previous load's result, so each step costs the latency of wherever its line is) through a random cycle of the 64-byte lines of a buffer, or through the lines in address order; memory.grow on a memory grown to 300 MiB; one write per 4 KiB into 64 MiB just grown, then the same writes again. Each event's cost is a per-round difference of two such timings (the median and its 95% order-statistic interval). The base cycle is what one weighted instruction cycle costs on compute-bound code: the gate's own throughput of \`bench_pairs\` and \`bench_small\` (both gate runs of section "Ranking", ${base.n} measurements where memory penalties are under 10% of the cycles), ns/op over (cycles − memory penalties)/op; ${base.excluded.length ? `not used (penalties over 10%): ${base.excluded.join(', ')}` : 'every variant used'}. Implied = ns ÷ ns per base cycle: the constant that would make the model's cycles proportional to this machine's time.`,
    '',
    `**ns per base cycle: ${f(base.ns, 3)}** (95% interval ${f(base.ci[0], 3)}–${f(base.ci[1], 3)}; median on \`bench_pairs\` ${f(base.pairs, 3)}, on \`bench_small\` ${f(base.small, 3)}).`,
    '',
    '| event | measured as | ns (median) | 95% interval | implied base cycles | cycle-model.ts now |',
    '|---|---|--:|--:|--:|--:|',
    ...rows.map((r) => `| ${r.event} | ${r.how} (${r.n} samples) | ${ns(r.ns)} | ${ns(r.ci[0])} – ${ns(r.ci[1])} | ${n0(r.implied)} | ${n0(r.current)} (\`${r.constant}\`) |`),
    '',
    `Chase, ns per step (medians): 16 KiB ${f(chase.l1)}, 1 MiB ${f(chase.mib1)}, 64 MiB ${f(chase.mib64)}, 64 MiB in address order ${f(chase.seq64)}, 64 MiB stepping 4 KiB + 64 B ${f(chase.page64)}, 1 GiB ${f(chase.gib1)}. First pass over fresh pages ${ns(median(calibration.firstTouch))} per 4 KiB page, second pass ${ns(median(calibration.secondTouch))}. memory.grow: ${ns(median(calibration.grow1))} for 1 page, ${ns(median(calibration.grow16))} for 16, ${ns(median(calibration.grow256))} for 256 (${ns((median(calibration.grow256) - median(calibration.grow1)) / 255)} per extra page).`,
    '',
    `The model's cache is L1 ${(model.L1_SETS * model.L1_WAYS * 64) >> 10} KiB and last level ${(model.LL_SETS * model.LL_WAYS * 64) >> 20} MiB: 16 KiB fits its L1, 1 MiB its last level, 64 MiB and 1 GiB neither. A random line in 64 MiB or 1 GiB also misses the TLB: with 4 KiB pages each such step pays a page walk too, as a module's random accesses to a large memory do; stepping through the pages in order finds translations cheaply, and the difference, ${ns(chase.mib64 - chase.page64)} per step here, is what a TLB in the model would charge: the model has none, and charges both as last-level misses.`,
    '',
    growText(calibration),
    '',
    `Cross-check of the base cycle on other compute-bound code: the hash functions of hash-wasm below (no misses) take a median ${f(hashNsPerCycle, 3)} ns per cycle.`,
    '',
    `**Calibrated constants** used below to charge the same counted events again ("calibrated"): ${Object.entries(calibrated).map(([k, v]) => `\`${k}\` ${n0(v)}`).join(', ')} (the implied values above; last level from the 64 MiB chase, memory.grow from grow(1)).`,
    '',
  ];
}

function renderFixtures({ fixturePairsAll, variants, same }) {
  const benches = [...new Set(fixturePairsAll.map((p) => p.bench))];
  const worstText = (w, k) => (w ? `${f(w[k])}× (${w.a} / ${w.b})` : '—');
  const row = (label, pairs) => {
    const s = summarize(pairs);
    return `| ${label} | ${s.pairs} | ${s.counted} | ${s.cyclesAgree} | ${s.calibratedAgree} | ${s.instructionsAgree} | ${f(s.medianFactor)}× | ${f(s.calibratedMedianFactor)}× | ${worstText(s.worst, 'factor')} | ${worstText(s.calibratedWorst, 'calibratedFactor')} |`;
  };
  const counted = fixturePairsAll.filter((p) => p.counted);
  const wins = counted.filter((p) => p.cyclesAgree && !p.instructionsAgree);
  const losses = counted.filter((p) => !p.cyclesAgree);
  const worst = [...counted].sort((a, b) => b.factor - a.factor).slice(0, 5);
  return [
    '### Ranking: the fixtures, through the gate',
    '',
    `${variants.length} variants (${variants.map((v) => v.name).join(', ')}), measured twice by \`node dist/cli.js\`: \`update\` into a temporary baseline, then \`check --no-reuse\` against it. In each run, every pair of variants within each benchmark: the ratio of cycles per op and of instructions per op against the ratio of wall-clock time per op (1 / ops/s). A pair counts when the two wall-clock 95% intervals do not overlap. Factor = max(cycle ratio / wall ratio, its inverse). The gate counts each call twice on a fresh instance and reports the second call's cycles (steady state: heap, pages and caches warm), as it times a warmed-up instance.`,
    '',
    '| benchmark (both runs) | pairs | counted | cycles order them as wall-clock does | calibrated cycles do | instructions do | median factor | calibrated | worst factor (pair) | calibrated |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...benches.map((b) => row(b, fixturePairsAll.filter((p) => p.bench === b))),
    row('**all**', fixturePairsAll),
    '',
    `Counted pairs that instructions order wrongly and cycles rightly (${wins.length}): ${wins.slice(0, 8).map(pairText).join('; ') || 'none'}${wins.length > 8 ? '; …' : ''}.`,
    '',
    `Counted pairs that cycles order wrongly (${losses.length}): ${losses.slice(0, 8).map(pairText).join('; ') || 'none'}${losses.length > 8 ? '; …' : ''}.`,
    '',
    `Largest factors: ${worst.map((p) => `${pairText(p)} (${f(p.factor)}×)`).join('; ')}.`,
    '',
    `Determinism: of ${same.compared} benchmarks counted at the same iterations by both runs, ${same.same} have identical cycles and instructions.`,
    '',
  ];
}

/** bench_large, the worst benchmark: what the calibrated model predicts per op against the time. */
function renderLarge(run, model, calibrated, nsPerCycle) {
  const rows = Object.entries(run)
    .filter(([, benches]) => benches.bench_large)
    .map(([variant, { bench_large: m }]) => {
      const per = (x) => x / m.iterations;
      const predicted = per(recharged(m.cycles, m.cache, model, calibrated)) * nsPerCycle;
      return `| ${variant} | ${f(per(m.cache.firstTouches), 1)} | ${f(per(m.cache.grows), 2)} | ${n0(per(m.cycles))} | ${n0(per(recharged(m.cycles, m.cache, model, calibrated)))} | ${ns(predicted)} | ${ns(1e9 / m.opsPerSec)} |`;
    });
  return [
    `\`bench_large\` per op (the \`check\` run): the bump allocators leak, so every call touches fresh pages and grows memory, in the counted (second) call as in every timed call; the others reuse their blocks, and their steady-state call touches no fresh page. Predicted = calibrated cycles × ${f(nsPerCycle, 3)} ns per base cycle.`,
    '',
    '| variant | first touches / op | memory.grow / op | cycles / op | calibrated cycles / op | predicted ns / op | measured ns / op |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
  ];
}

function renderNpm({ npm, memoryPairs, calibrated, pagesInOrder }) {
  const s = summarize(npm.pairs);
  return [
    `### Ranking: real modules from npm (\`${HASH_WASM}\`)`,
    '',
    `The modules hash-wasm embeds (base64 in its dist JavaScript), installed at run time into ${os.tmpdir()} with \`npm install --no-save --ignore-scripts\`, each instantiated twice: as shipped (timed) and as the gate's counting copy (\`instrumentForCounting(bytes, { cycles: true })\`). Workload: hash 64 KiB (Hash_Init, 4 × Hash_Update of its 16 KiB buffer, Hash_Final). Cycles and instructions after one warm-up op; time: ${ROUNDS} rounds, the algorithms in shuffled order, ~15 ms per sample; median and 95% order-statistic interval.`,
    '',
    '| algorithm | instructions / byte | cycles / byte | L1 misses / KiB | ns / byte | 95% interval | ns per cycle |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...npm.hashes.map((h) => `| ${h.name} | ${f(h.instructions)} | ${f(h.cycles)} | ${f(h.events.l1Misses * 1024, 1)} | ${f(h.ns, 3)} | ${f(h.ci[0], 3)} – ${f(h.ci[1], 3)} | ${f(h.ns / h.cycles, 3)} |`),
    '',
    `${s.pairs} pairs, ${s.counted} counted: cycles order ${s.cyclesAgree} of them as wall-clock does (calibrated: ${s.calibratedAgree}), instructions ${s.instructionsAgree}. Factor cycle ratio / wall ratio: median ${f(s.medianFactor)}×, ${s.within2x} of ${s.counted} within 2×, worst ${s.worst ? `${f(s.worst.factor)}× (${pairText(s.worst)})` : '—'}. No misses here, so the calibrated constants change nothing.`,
    '',
    `Pairs that cycles order wrongly: ${npm.pairs.filter((p) => p.counted && !p.cyclesAgree).map(pairText).join('; ') || 'none'}.`,
    '',
    '### Memory-only pairs: the same instructions, different memory',
    '',
    "c-chase: `bench_chase_far` over `bench_chase_near` in each gate run (interval from the two throughput intervals). hash-wasm, as shipped, driven through the exports its JavaScript calls: argon2d (`Hash_Calculate`, parallelism 1, the two first blocks random) over 64 MiB in one pass against 16 KiB in 4096 passes: the same number of 1 KiB blocks, each mixing in a reference to an earlier block chosen from the data; scrypt's ROMix (`scrypt(r = 1, N, p = 1)`) with N = 2^18 (32 MiB) once against N = 16 (2 KiB) 16384 times: the same number of BlockMix steps, half of them reading a 128-byte block chosen from the data. Per block or BlockMix; wall ratio: the median of the per-round ratios (interleaved rounds as above) and its 95% order-statistic interval.",
    '',
    '| pair | instructions ratio | cycles ratio | wall-clock ratio | 95% interval | factor | within 2× | calibrated cycles ratio | factor |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...memoryPairs.map((p) => {
      const factor = (r) => Math.max(r / p.wall, p.wall / r);
      return `| ${p.name} | ${f(p.instructions, 3)} | ${f(p.cycles, 2)} | ${f(p.wall, 2)} | ${f(p.ci[0], 2)} – ${f(p.ci[1], 2)} | ${f(factor(p.cycles))}× | ${factor(p.cycles) <= 2 ? 'yes' : '**no**'} | ${f(p.calibrated, 2)} | ${f(factor(p.calibrated))}× |`;
    }),
    '',
    `The calibrated constants charge every last-level miss as a random one, page walk included (${n0(calibrated.LL_MISS_CYCLES)} base cycles): right for argon2d's and scrypt's references to random blocks, too much for c-chase's far cycle, which steps through its pages in order (${n0(pagesInOrder.implied)} base cycles in the calibration, row "pages in order").`,
    '',
  ];
}

function renderCounting({ counting, iterationsFrom }) {
  const o = counting.overall;
  const longest = counting.rows.reduce((a, b) => (b.counting > a.counting ? b : a));
  return [
    '### Counting cost',
    '',
    `The gate's counting copy (\`instrumentForProfiling\`, per-function counters) with the cache model (\`cycles: true\`, the call made twice, as the gate makes it for its steady state) and without (\`cycles: false\`, one call, how the gate counted before), and the module as shipped: every benchmark at the baseline's iterations (${iterationsFrom}), a fresh instance per run, ${COUNT_ROUNDS} rounds with the copies in alternating order, median per benchmark, summed per module. In a child process with the flags above.`,
    '',
    '| module | benchmarks | as shipped | counting, no cycles | counting with cycles | with / without cycles | without cycles / as shipped | identical counts in all runs |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...counting.rows.map((r) => `| ${r.name} | ${r.benches} | ${f(r.plain, 1)} ms | ${f(r.counting, 1)} ms | ${f(r.cycles, 1)} ms | ${times(r.cycles / r.counting)} | ${times(r.counting / r.plain)} | ${r.identical ? 'yes' : '**no**'} |`),
    `| **all** | | ${f(o.plain, 0)} ms | ${f(o.counting, 0)} ms | ${f(o.cycles, 0)} ms | ${times(o.cycles / o.counting)} | ${times(o.counting / o.plain)} | |`,
    '',
    `Median over modules of with / without cycles: ${times(counting.medianRatio)} (target: within 3×); the sum over all modules, ${times(o.cycles / o.counting)}, is mostly ${longest.name}'s (${f(longest.counting, 0)} of ${f(o.counting, 0)} ms without cycles); without it, ${times((o.cycles - longest.cycles) / (o.counting - longest.counting))}. Identical counts: the ${COUNT_ROUNDS} runs of the copy with cycles give the same cycles and the same instructions as each other and as the copy without.`,
    '',
  ];
}

// ---- main --------------------------------------------------------------------------------------

/** An npm package installed into os.tmpdir() (never into this repository), reused between runs. */
function npmPackage(spec) {
  const dir = path.join(os.tmpdir(), 'wasm-gate-npm', spec.replace(/[^A-Za-z0-9.@-]/g, '_'));
  const pkg = path.join(dir, 'node_modules', spec.slice(0, spec.lastIndexOf('@')));
  if (!existsSync(path.join(pkg, 'package.json'))) {
    log(`npm install ${spec} into ${dir}`);
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, spec], { stdio: 'ignore' });
  }
  return pkg;
}

/** Each fixture's benchmarks at the committed baseline's iterations, or, for a fixture it does not
 *  have, at those of this run's temporary baseline. */
function countingModules(variants, tempBaseline) {
  const committed = JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')).variants;
  const temp = JSON.parse(readFileSync(tempBaseline, 'utf8')).variants;
  const fromTemp = new Set();
  const modules = variants.map((v) => {
    const benches = {};
    for (const [bench, m] of Object.entries(temp[v.name]?.bench ?? {})) {
      const stored = committed[v.name]?.bench?.[bench]?.iterations;
      if (stored === undefined) fromTemp.add(v.name);
      benches[bench] = stored ?? m.iterations;
    }
    return { name: v.name, file: v.artifact, benches };
  });
  const iterationsFrom = `baseline.json's${fromTemp.size ? `; for ${[...fromTemp].join(', ')}, which it does not list, the temporary baseline's` : ''}`;
  return { modules, iterationsFrom };
}

/** The section goes after a numbered heading of its own, outside the markers, so that
 *  bench-engine's ONLY= rewrite (which splits the document at "## N." headings) keeps it whole. */
async function writeSection(text) {
  const { writeDocSection } = await import('./doc-section.mjs');
  const current = readFileSync(doc, 'utf8');
  if (!current.includes('<!-- section:cycles -->')) writeFileSync(doc, `${current.trimEnd()}\n\n## 6. Cycles: calibration and ranking against wall-clock\n`);
  writeDocSection(doc, 'cycles', text);
}

/** Every measurement, raw: saved beside the work files, so that REPORT_FROM=<raw.json> can render
 *  the section again without measuring. */
async function measure(work, engineFile, engine) {
  const flags = engine.workerFlags(engine.DEFAULT_BENCH.memoryLimitMb);
  log(`1/4 calibration (child: node ${flags.join(' ')})`);
  const calibration = child('calibrate', engineFile, work, flags);
  log('2/4 the fixtures through the gate');
  const config = gateConfig(work);
  const baselineFile = path.join(work, 'baseline.json');
  const update = benchOf(gate('update', config.file, baselineFile, path.join(work, 'update.json')));
  const check = benchOf(gate('check', config.file, baselineFile, path.join(work, 'check.json')));
  log(`3/4 npm modules (${HASH_WASM})`);
  const workloads = child('hashes', engineFile, work, flags, { dir: npmPackage(HASH_WASM) });
  log('4/4 counting cost');
  const { modules, iterationsFrom } = countingModules(config.variants, baselineFile);
  const counting = child('countingCost', engineFile, work, flags, { modules });
  const raw = { machine: machineLine(), flags, calibration, variants: config.variants, update, check, workloads, counting, iterationsFrom };
  writeFileSync(path.join(work, 'raw.json'), JSON.stringify(raw));
  return raw;
}

function report(raw, model) {
  const base = baseCycle([raw.update, raw.check], model);
  const rows = calibrationRows(raw.calibration, base.ns, model);
  const calibrated = calibratedConstants(rows);
  const npm = npmAnalysis(raw.workloads, model, calibrated);
  const memoryPairs = [chasePair(raw.update, 'update', model, calibrated), chasePair(raw.check, 'check', model, calibrated), ...npm.memoryPairs].filter(Boolean);
  const fixturePairsAll = [...fixturePairs(raw.update, 'update', model, calibrated), ...fixturePairs(raw.check, 'check', model, calibrated)];
  return [
    'Written by `npm run bench:cycles` (scripts/bench-cycles.mjs). Do not edit by hand.',
    '',
    raw.machine,
    '',
    ...renderCalibration({ calibration: raw.calibration, rows, base, flags: raw.flags, calibrated, hashNsPerCycle: npm.nsPerCycle }, model),
    ...renderFixtures({ fixturePairsAll, variants: raw.variants, same: sameCounts(raw.update, raw.check) }),
    ...renderLarge(raw.check, model, calibrated, base.ns),
    ...renderNpm({ npm, memoryPairs, calibrated, pagesInOrder: rows.find((r) => r.event === 'last-level miss, pages in order') }),
    ...renderCounting({ counting: countingAnalysis(raw.counting), iterationsFrom: raw.iterationsFrom }),
  ].join('\n');
}

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-cycles-'));
  const engineFile = await bundleEngine(work);
  const engine = await import(pathToFileURL(engineFile).href);
  const raw = process.env.REPORT_FROM ? JSON.parse(readFileSync(process.env.REPORT_FROM, 'utf8')) : await measure(work, engineFile, engine);
  const text = report(raw, engine.model);
  await writeSection(text);
  process.stdout.write(`${text}\n`);
  log(`done; docs/BENCHMARKS.md section "cycles" written (measurements: ${process.env.REPORT_FROM ?? path.join(work, 'raw.json')})`);
}

if (process.argv[2] === '--child') {
  // A measuring child: `--child <task> <engine.mjs> <input.json> <output.json>`.
  const [, , , task, engineFile, inFile, outFile] = process.argv;
  const engine = await import(pathToFileURL(engineFile).href);
  const tasks = { calibrate, hashes, countingCost };
  writeFileSync(outFile, JSON.stringify(await tasks[task](engine, JSON.parse(readFileSync(inFile, 'utf8')))));
} else {
  await main();
}
