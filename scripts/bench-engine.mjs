// npm run bench:engine — how far the bench engine can be trusted, measured on this machine.
// Writes docs/BENCHMARKS.md:
//   1. A/A: one module under two names, checked 20 times against a baseline from an `update`:
//      instruction counts must be identical every time; how often does wall-clock throughput
//      raise a false alarm (at an opt-in 5% threshold, and at 0%: the statistics alone)?
//   2. Injected slowdowns of 1%, 3% and 10% of instructions (an extra counted loop in front of
//      each benchmark): which does each metric detect?
//   3. The wall time of the bench phase per variant at the defaults.
//   4. The size growth and run-time overhead of the instruction-counting copy of each module:
//      one counter for the module (as before) against one counter per function (the profile).
//   5. Names for measuring only: the cost of the names-kept copy, and the size of the bounded
//      per-function baseline on a large real module from npm (@resvg/resvg-wasm).
// ONLY=4,5 runs just those sections and rewrites only them in docs/BENCHMARKS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// V8's optimizing tier only, as in the bench workers: with Liftoff first, when TurboFan takes over
// depends on background compile threads, which a loaded machine delays (section 4 times copies
// against each other in this process).
if (!process.execArgv.includes('--no-liftoff')) {
  const r = spawnSync(process.execPath, ['--no-liftoff', ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-engine-'));
const prebuiltDir = path.join(root, 'fixtures', 'prebuilt');
const RUNS = Number(process.env.RUNS ?? 20);
const SLOW_RUNS = Number(process.env.SLOW_RUNS ?? 5);
const log = (m) => process.stderr.write(`${m}\n`);

const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',').map(Number)) : undefined;
const runs = (section) => !ONLY || ONLY.has(section);

// The instrumenter and the measuring code, straight from src/ (bundled on the fly: this script is
// plain JS), next to node_modules so that their packages resolve.
const cacheDir = path.join(root, 'node_modules', '.cache', 'wasm-gate-bench-engine');
mkdirSync(cacheDir, { recursive: true });
const entry = path.join(cacheDir, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { instrumentWithStats, COUNTER_EXPORT, PROFILE_EXPORT_PREFIX } from ${JSON.stringify(path.join(root, 'src/wasm/instrument.ts'))};`,
    `export { optimizeWithBinaryen, optimizeWithBinaryenNamed } from ${JSON.stringify(path.join(root, 'src/optimize/binaryen-engine.ts'))};`,
    `export { planFromFlags } from ${JSON.stringify(path.join(root, 'src/optimize/wasm-opt-flags.ts'))};`,
    `export { detectFeatures, featuresToEnable } from ${JSON.stringify(path.join(root, 'src/wasm/features.ts'))};`,
    `export { measureFunctions } from ${JSON.stringify(path.join(root, 'src/measure/functions.ts'))};`,
    `export { measureSizes } from ${JSON.stringify(path.join(root, 'src/measure/sizes.ts'))};`,
    `export { nextBaseline, serializeBaseline } from ${JSON.stringify(path.join(root, 'src/baseline/next-baseline.ts'))};`,
  ].join('\n'),
);
const bundled = path.join(cacheDir, 'engine.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: bundled, logLevel: 'error' });
const engine = await import(pathToFileURL(bundled).href);
const { instrumentWithStats, PROFILE_EXPORT_PREFIX } = engine;
const { default: binaryen } = await import('binaryen');

function gate(mode, config, baseline, json) {
  const file = path.join(work, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const started = process.hrtime.bigint();
  // Every check measures (--no-reuse): an A/A run whose counts were taken from the baseline would prove nothing.
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), mode, ...(mode === 'check' ? ['--no-reuse'] : []), '--config', file, '--baseline', baseline, '--json', json], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status === 2) throw new Error(`gate ${mode} failed:\n${r.stdout}\n${r.stderr.slice(-3000)}`);
  const benchSeconds = Number(/bench: done in ([\d.]+) s/.exec(r.stderr)?.[1] ?? NaN);
  return { results: JSON.parse(readFileSync(json, 'utf8')), seconds, benchSeconds };
}

const rowsOf = (results) => results.variants.flatMap((v) => v.rows.filter((r) => r.bench).map((r) => ({ variant: v.name, ...r })));

const aa = { runs: 0, verdicts: 0, instructionsStable: true, alarms5: 0, alarms0: 0, paired: 0, pairedAlarms: 0, runsWithAlarm5: 0, halfWidths: [], benchSeconds: [] };
let nsPerLoop = 0;
const injections = [];
const detection = {};
const perVariant = [];
let all = { benchSeconds: 0 };
const fixtures = readdirSync(prebuiltDir).filter((f) => f.endsWith('.wasm')).sort();
const base = path.join(prebuiltDir, 'rust-dlmalloc.wasm');
if (runs(1) || runs(2)) {
// ---- 1. A/A -------------------------------------------------------------------------------
const twin = path.join(work, 'twin.wasm');
copyFileSync(base, twin);
const aaVariants = [
  { name: 'A', artifact: base },
  { name: 'A-again', artifact: twin },
];
const aaBaseline = path.join(work, 'aa-baseline.json');
const aaConfig = (relative) => ({ reference: 'A', variants: aaVariants, optimize: false, thresholds: { opsPerSec: { relative } } });
log('A/A: update');
gate('update', aaConfig(5), aaBaseline, path.join(work, 'aa-update.json'));
const firstCounts = new Map();
for (let run = 0; run < RUNS; run++) {
  const { results, benchSeconds } = gate('check', aaConfig(5), aaBaseline, path.join(work, 'aa.json'));
  aa.runs += 1;
  aa.benchSeconds.push(benchSeconds);
  if (rowsOf(results).some((row) => row.metric === 'opsPerSec' && row.status === 'regressed')) aa.runsWithAlarm5 += 1;
  for (const row of rowsOf(results)) {
    if (row.metric === 'instructions' || row.metric === 'peakMemoryBytes') {
      const key = `${row.variant}/${row.id}`;
      if (!firstCounts.has(key)) firstCounts.set(key, row.current);
      if (firstCounts.get(key) !== row.current || row.current !== row.baseline) aa.instructionsStable = false;
    }
    if (row.metric !== 'opsPerSec') continue;
    aa.verdicts += 1;
    if (row.status === 'regressed') aa.alarms5 += 1;
    // The same comparison with a 0% threshold: only the intervals stand between noise and an alarm.
    const hw = (ci) => (Math.log(ci[1]) - Math.log(ci[0])) / 2;
    const spread = Math.hypot(hw(row.ci95), hw(row.baselineCi95));
    if (Math.log(row.current / row.baseline) + spread < 0) aa.alarms0 += 1;
    aa.halfWidths.push(((Math.exp(hw(row.ci95)) - 1) * 100));
    // Same run: A-again against A, paired round by round (the reference column).
    if (row.vsReferenceCi95) {
      aa.paired += 1;
      if (row.vsReferenceCi95[1] < 1 || row.vsReferenceCi95[0] > 1) aa.pairedAlarms += 1;
    }
  }
  log(`A/A: run ${run + 1}/${RUNS}: alarms so far ${aa.alarms5} at 5%, ${aa.alarms0} at 0%`);
}

// ---- 2. injected slowdowns ----------------------------------------------------------------
// Each bench_* export is wrapped so that it first runs floor(n·K/1000) iterations of a counted
// loop. K is set two ways: so that the loop adds p% of the benchmark's instructions ("instr"), or
// p% of its wall time ("time", from the loop's measured speed and the benchmark's throughput).
const aaBase = JSON.parse(readFileSync(aaBaseline, 'utf8')).variants.A.bench;
const LOOP_COST = 12; // instructions per iteration of the injected loop

/** The loop, then `tail`. Each iteration adds to a global, so the optimizer cannot drop the loop. */
function loopThen(m, iterationsTimes1000, tail) {
  const { i32, i64 } = binaryen;
  if (!m.getGlobal?.('wg_sink')) m.addGlobal('wg_sink', i64, true, m.i64.const(0n));
  return m.block(null, [
    m.local.set(1, m.i64.div_u(m.i64.mul(m.i64.extend_u(m.local.get(0, i32)), m.i64.const(BigInt(iterationsTimes1000))), m.i64.const(1000n))),
    m.block('done', [
      m.loop('next', m.block(null, [
        m.br('done', m.i64.eqz(m.local.get(1, i64))),
        m.global.set('wg_sink', m.i64.add(m.global.get('wg_sink', i64), m.local.get(1, i64))),
        m.local.set(1, m.i64.sub(m.local.get(1, i64), m.i64.const(1n))),
        m.br('next'),
      ])),
    ]),
    tail,
  ], i32);
}

/** Nanoseconds per iteration of that loop, on this machine, optimized. */
function loopSpeed() {
  const m = new binaryen.Module();
  m.addFunction('spin', binaryen.createType([binaryen.i32]), binaryen.i32, [binaryen.i64], loopThen(m, 1000 * 1000, m.i32.const(0)));
  m.addFunctionExport('spin', 'spin');
  const spin = new WebAssembly.Instance(new WebAssembly.Module(m.emitBinary())).exports.spin;
  m.dispose();
  for (let i = 0; i < 20; i++) spin(100); // warm up past the baseline tier
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    spin(200_000); // 200,000 units × 1000 iterations = 2e8 iterations
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 2e8);
  }
  return best;
}
nsPerLoop = loopSpeed();

function slowed(kind, percent) {
  const module = binaryen.readBinary(readFileSync(base));
  module.setFeatures(binaryen.Features.MutableGlobals | binaryen.Features.SignExt);
  const exportsList = [];
  for (let i = 0; i < module.getNumExports(); i++) exportsList.push(binaryen.getExportInfo(module.getExportByIndex(i)));
  for (const info of exportsList.filter((e) => e.name.startsWith('bench_') && e.kind === binaryen.ExternalFunction)) {
    const measured = aaBase[info.name];
    const loopsPerUnit =
      kind === 'instr'
        ? ((percent / 100) * (measured.instructions / measured.iterations)) / LOOP_COST
        : ((percent / 100) * (1e9 / measured.opsPerSec)) / nsPerLoop;
    const body = loopThen(module, Math.max(1, Math.round(1000 * loopsPerUnit)), module.call(info.value, [module.local.get(0, binaryen.i32)], binaryen.i32));
    const wrapper = `${info.name}__slowed`;
    module.addFunction(wrapper, binaryen.createType([binaryen.i32]), binaryen.i32, [binaryen.i64], body);
    module.removeExport(info.name);
    module.addFunctionExport(wrapper, info.name);
  }
  if (!module.validate()) throw new Error('slowed module does not validate');
  const file = path.join(work, `${kind}-${percent}.wasm`);
  writeFileSync(file, module.emitBinary());
  module.dispose();
  return file;
}
const levels = [1, 3, 10];
injections.push(...['instr', 'time'].flatMap((kind) => levels.map((p) => ({ name: `${kind}-${p}`, kind, percent: p, file: slowed(kind, p) }))));
const slowBaseline = path.join(work, 'slow-baseline.json');
// The baseline: every name measured on the untouched module.
gate('update', { variants: [{ name: 'base', artifact: base }, ...injections.map((j) => ({ name: j.name, artifact: base }))], optimize: false }, slowBaseline, path.join(work, 's-update.json'));
const hw = (ci) => (Math.log(ci[1]) - Math.log(ci[0])) / 2;
for (let run = 0; run < SLOW_RUNS; run++) {
  const { results } = gate(
    'check',
    { reference: 'base', variants: [{ name: 'base', artifact: base }, ...injections.map((j) => ({ name: j.name, artifact: j.file }))], optimize: false, thresholds: { opsPerSec: { relative: 0 } } },
    slowBaseline,
    path.join(work, 'slow.json'),
  );
  for (const row of rowsOf(results)) {
    if (row.variant === 'base') continue;
    const d = (detection[row.variant] ??= { instructions: { hit: 0, n: 0, delta: [] }, wall0: { hit: 0, n: 0, delta: [] }, wall5: { hit: 0, n: 0 }, sameRun: { hit: 0, n: 0, ratio: [] } });
    if (row.metric === 'instructions') {
      d.instructions.n += 1;
      d.instructions.delta.push(row.deltaPct);
      if (row.status === 'regressed') d.instructions.hit += 1;
    }
    if (row.metric === 'opsPerSec') {
      d.wall0.n += 1;
      d.wall5.n += 1;
      d.wall0.delta.push(row.deltaPct);
      if (row.status === 'regressed') d.wall0.hit += 1;
      // At 5%: the ratio's whole interval must lie below 0.95.
      if (Math.log(row.current / row.baseline) + Math.hypot(hw(row.ci95), hw(row.baselineCi95)) < Math.log(0.95)) d.wall5.hit += 1;
      // Same job, interleaved: the gate's paired ratio to the untouched module measured alongside.
      d.sameRun.n += 1;
      d.sameRun.ratio.push((row.vsReference - 1) * 100);
      if (row.vsReferenceCi95[1] < 1) d.sameRun.hit += 1;
    }
  }
  log(`slowdowns: run ${run + 1}/${SLOW_RUNS}`);
}

}

// ---- 3. bench phase wall time per variant at the defaults ----------------------------------
if (runs(3)) {
for (const file of fixtures) {
  const { benchSeconds } = gate('check', { variants: [{ name: file.replace('.wasm', ''), artifact: path.join(prebuiltDir, file) }] }, path.join(work, 'none.json'), path.join(work, 'pv.json'));
  perVariant.push({ name: file.replace('.wasm', ''), seconds: benchSeconds });
  log(`bench phase: ${file} ${benchSeconds} s`);
}
all = gate('check', { variants: fixtures.map((f) => ({ name: f.replace('.wasm', ''), artifact: path.join(prebuiltDir, f) })) }, path.join(work, 'none.json'), path.join(work, 'all.json'));
}

// ---- 4. instrumented copies ---------------------------------------------------------------
// The plain module, the single-counter copy ("total", what counted before per-function
// attribution) and the per-function copy ("profile", what the gate runs now), timed in
// interleaved rounds on fresh instances: best of 15 per copy and benchmark.
const npmSpec = '@resvg/resvg-wasm@2.6.2';
function npmWasm(spec, file) {
  const dir = path.join(os.tmpdir(), 'wasm-gate-npm', spec.replace(/[^A-Za-z0-9.@-]/g, '_'));
  const target = path.join(dir, 'node_modules', spec.slice(0, spec.lastIndexOf('@')), file);
  if (!existsSync(target)) execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, spec], { stdio: 'ignore' });
  return target;
}
const overhead = [];
if (runs(4)) {
  const modules = [...fixtures.map((f) => ({ name: f.replace('.wasm', ''), bytes: readFileSync(path.join(prebuiltDir, f)), run: true })), { name: `${npmSpec} (npm, as shipped)`, bytes: readFileSync(npmWasm(npmSpec, 'index_bg.wasm')), run: false }];
  for (const { name, bytes, run } of modules) {
    const total = instrumentWithStats(bytes, 'total');
    const profile = instrumentWithStats(bytes, 'per-function');
    const row = {
      name,
      functions: profile.stats.functions,
      blocks: total.stats.basicBlocks,
      growthTotal: (total.stats.instrumentedBytes / bytes.length - 1) * 100,
      growthProfile: (profile.stats.instrumentedBytes / bytes.length - 1) * 100,
    };
    if (run) {
      const copies = { plain: new WebAssembly.Module(bytes), total: new WebAssembly.Module(total.bytes), profile: new WebAssembly.Module(profile.bytes) };
      const best = { plain: 0, total: 0, profile: 0 };
      for (const bench of ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set']) {
        const round = { plain: Infinity, total: Infinity, profile: Infinity };
        for (let i = 0; i < 15; i++) {
          for (const kind of i % 2 ? ['profile', 'total', 'plain'] : ['plain', 'total', 'profile']) {
            const instance = new WebAssembly.Instance(copies[kind], wasiStub(copies[kind]));
            instance.exports._initialize?.();
            const start = process.hrtime.bigint();
            instance.exports[bench](100000);
            round[kind] = Math.min(round[kind], Number(process.hrtime.bigint() - start));
          }
        }
        for (const kind of Object.keys(best)) best[kind] += round[kind];
      }
      Object.assign(row, { slowTotal: best.total / best.plain, slowProfile: best.profile / best.plain });
    }
    overhead.push(row);
    log(`instrumented copies: ${name}`);
  }
}
function wasiStub(module) {
  const imports = {};
  for (const i of WebAssembly.Module.imports(module)) (imports[i.module] ??= {})[i.name] = () => 0;
  return imports;
}

// ---- 5. names for measuring only ------------------------------------------------------------
// The gate optimizes once and emits twice: the shipped bytes, then the same module with debug
// info on, for the names. Timed apart with binaryen's API, as the engine calls it (median of 3
// emits each), against one optimization; and the per-function baseline of the large npm module.
const naming = [];
let largeBaseline;
if (runs(5)) {
  const plan = engine.planFromFlags(['-Oz', '--strip-debug']);
  const modules = [...fixtures.map((f) => ({ name: f.replace('.wasm', ''), bytes: new Uint8Array(readFileSync(path.join(prebuiltDir, f))) })), { name: npmSpec, bytes: new Uint8Array(readFileSync(npmWasm(npmSpec, 'index_bg.wasm'))) }];
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  for (const { name, bytes } of modules) {
    let t = performance.now();
    const out = await engine.optimizeWithBinaryenNamed(bytes, plan, engine.featuresToEnable(engine.detectFeatures(bytes)));
    const whole = performance.now() - t;
    const m = binaryen.readBinary(bytes, binaryen.Features.MutableGlobals | binaryen.Features.SignExt);
    binaryen.setOptimizeLevel(2);
    binaryen.setShrinkLevel(2);
    binaryen.setGenerateStackIR(true);
    binaryen.setOptimizeStackIR(true);
    t = performance.now();
    m.optimize();
    m.runPasses(['strip-debug']);
    const optimize = performance.now() - t;
    const emits = { plain: [], named: [] };
    for (let i = 0; i < 3; i++) {
      for (const kind of ['plain', 'named']) {
        binaryen.setDebugInfo(kind === 'named');
        t = performance.now();
        m.emitBinary();
        emits[kind].push(performance.now() - t);
      }
    }
    binaryen.setDebugInfo(false);
    m.dispose();
    naming.push({ name, whole, optimize, emit: median(emits.plain), namedEmit: median(emits.named), functions: engine.measureFunctions(out.bytes, out.names).naming.total });
    if (name === npmSpec) {
      const measurement = { ...(await engine.measureSizes(bytes, out.bytes)), ...engine.measureFunctions(out.bytes, out.names) };
      const withFunctions = engine.serializeBaseline(engine.nextBaseline(undefined, { resvg: { size: measurement.size, sections: measurement.sections, functions: measurement.functions } }, {}, new Date(0)));
      const without = engine.serializeBaseline(engine.nextBaseline(undefined, { resvg: { size: measurement.size, sections: measurement.sections } }, {}, new Date(0)));
      const full = JSON.stringify(measurement.functions, null, 2).length;
      largeBaseline = { input: bytes.length, optimized: out.bytes.length, functions: measurement.naming.total, withFunctions: withFunctions.length, without: without.length, lines: withFunctions.split('\n').length - without.split('\n').length, full };
    }
    log(`names: ${name}`);
  }
}

// ---- report -------------------------------------------------------------------------------
const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}%`;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const lines = [
  '# Trusting the bench engine',
  '',
  'Written by `npm run bench:engine` (scripts/bench-engine.mjs). Do not edit by hand.',
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version} (V8 ${process.versions.v8}) for the gate (\`node dist/cli.js\`); date ${new Date().toISOString()}.`,
  'Throughput is measured in worker processes running TurboFan-compiled code only (`--no-liftoff`), after warm-up, 10 samples of ≥ 25 ms per benchmark, variants and rounds interleaved in a shuffled order.',
  '',
  '## 1. A/A: the same module under two names',
  '',
  `\`rust-dlmalloc\` as variants \`A\` and \`A-again\`; one \`update\`, then ${aa.runs} \`check\` runs, 5 benchmarks × 2 variants each (${aa.verdicts} throughput verdicts).`,
  '',
  `- Instruction counts and peak memory: ${aa.instructionsStable ? 'identical to the baseline in every run, for every benchmark and both names' : 'NOT identical in every run'}.`,
  `- False alarms of the wall-clock verdict at the default settings (throughput reported, not gated): **0 of ${aa.runs} runs**, by construction.`,
  `- With throughput gated at an opt-in 5% threshold: **${aa.runsWithAlarm5} of ${aa.runs} runs** raised an alarm (${aa.alarms5} of ${aa.verdicts} verdicts).`,
  `- With a 0% threshold (the 95% intervals alone): ${aa.alarms0} of ${aa.verdicts} verdicts would have flagged a slowdown.`,
  `- Same run, \`A-again\` against \`A\` as the reference (paired ratio, 95% interval): ${aa.pairedAlarms} of ${aa.paired} intervals excluded 1.`,
  `- Half-width of the 95% interval of one run's throughput: median ${median(aa.halfWidths).toFixed(1)}%, max ${Math.max(...aa.halfWidths).toFixed(1)}%.`,
  '',
  '## 2. Injected slowdowns',
  '',
  `Each \`bench_*\` export of \`rust-dlmalloc\` wrapped so that it first runs a counted loop, sized two ways: to add 1%, 3% or 10% of the benchmark's **instructions** (\`instr-p\`), or of its **wall time** (\`time-p\`, from the loop's measured speed, ${nsPerLoop.toFixed(3)} ns per iteration here, and the benchmark's baseline throughput). Baseline from the untouched module; ${SLOW_RUNS} checks of 5 benchmarks each. Detected = flagged as a slowdown.`,
  '',
  'Columns: the instruction count against the baseline at the default 1% threshold; throughput against the baseline (measured in another run, by `update`) at 0% (the 95% intervals alone) and 5%; and throughput against the untouched module measured in the same run, interleaved, as the paired ratio the gate reports against a `reference` (detected when its 95% interval lies below 1).',
  '',
  '| injected | instructions: mean Δ | detected at the default 1% | throughput vs baseline: mean Δ | detected at 0% | detected at 5% | same-run paired ratio: mean Δ | detected |',
  '|---|--:|--:|--:|--:|--:|--:|--:|',
  ...injections.map(({ name }) => {
    const d = detection[name];
    return `| ${name}% | ${pct(mean(d.instructions.delta))} | ${d.instructions.hit}/${d.instructions.n} | ${pct(mean(d.wall0.delta))} | ${d.wall0.hit}/${d.wall0.n} | ${d.wall5.hit}/${d.wall5.n} | ${pct(mean(d.sameRun.ratio))} | ${d.sameRun.hit}/${d.sameRun.n} |`;
  }),
  '',
  '## 3. Wall time of the bench phase, per variant, at the defaults',
  '',
  '| variant alone | bench phase |',
  '|---|--:|',
  ...perVariant.map((v) => `| ${v.name} | ${v.seconds.toFixed(1)} s |`),
  `| all ${fixtures.length} together | ${all.benchSeconds.toFixed(1)} s (${(all.benchSeconds / fixtures.length).toFixed(1)} s per variant) |`,
  '',
  'Target: under 10 s per variant, instrumentation included.',
  '',
  '## 4. The instruction-counting copy',
  '',
  'Two copies: one counter for the module (**total**, how instructions were counted before per-function attribution) and one counter per function (**per function**, what the gate runs now: the same increments, each into its function\'s own global, plus read-out functions). Their counts sum to the same number on every run (tests check it).',
  '',
  '| module | functions | counters inserted | size growth: total | per function | ratio | run time, counted / plain: total | per function | ratio of overheads |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...overhead.map((o) => {
    const time = o.slowTotal === undefined ? '| — | — | — |' : `| ${o.slowTotal.toFixed(3)}× | ${o.slowProfile.toFixed(3)}× | ${o.slowTotal > 1 ? ((o.slowProfile - 1) / (o.slowTotal - 1)).toFixed(2) : '—'} |`;
    return `| ${o.name} | ${o.functions} | ${o.blocks} | ${pct(o.growthTotal)} | ${pct(o.growthProfile)} | ${(o.growthProfile / o.growthTotal).toFixed(2)} ${time}`;
  }),
  '',
  'Run time: `bench_pairs`, `bench_small`, `bench_mixed`, `bench_live_set` at n = 100,000, fresh instances, the three copies interleaved round by round, best of 15 rounds each, in one process with TurboFan only (\`--no-liftoff\`, as the bench workers run; the large npm module is not run: it needs its JavaScript glue). Ratio of overheads = (per function − 1) / (total − 1): the budget is 1.5, in size and in time. On a 2-core shared machine, run times within a few percent of each other are noise.',
  '',
  '## 5. Names for measuring only',
  '',
  'The optimizer runs once; the shipped bytes are emitted as configured (`-Oz --strip-debug`), then binaryen emits the same module once more with debug info on, and the names are read from that copy after checking that its code is byte-identical. The alternative, a second optimization with `-g` for a names-only copy, would double the optimizer\'s time (and `-g` may change what the passes do). Times with binaryen\'s API (emits: median of 3):',
  '',
  '| module | functions | optimize (`-Oz`) | emit | emit with names (the extra cost) | extra, of optimize + emit |',
  '|---|--:|--:|--:|--:|--:|',
  ...naming.map((n) => `| ${n.name} | ${n.functions} | ${n.optimize.toFixed(0)} ms | ${n.emit.toFixed(1)} ms | ${n.namedEmit.toFixed(1)} ms | ${pct((n.namedEmit / (n.optimize + n.emit)) * 100)} |`),
  '',
  `A build without a name section (like \`${npmSpec}\`) has no names to keep: the gate skips the second emit for it; its row shows what the emit would cost a named module of that size.`,
  '',
  ...(largeBaseline
    ? [
        `The per-function baseline of \`${npmSpec}\` (${(largeBaseline.input / 1e6).toFixed(2)} MB as shipped, ${(largeBaseline.optimized / 1e6).toFixed(2)} MB after \`-Oz\`, ${largeBaseline.functions} functions, no name section): its variant entry in \`baseline.json\` grows from ${largeBaseline.without.toLocaleString('en-US')} to ${largeBaseline.withFunctions.toLocaleString('en-US')} bytes (+${largeBaseline.lines} lines: the 200 largest functions and one line for the rest); listing every function would take ${largeBaseline.full.toLocaleString('en-US')} bytes.`,
        '',
      ]
    : []),
];
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
if (ONLY) {
  // Only some sections ran: put them in place of (or after) those of the committed document, and
  // say when each part was measured.
  const sectionsOf = (text) => {
    const parts = text.split(/^(?=## \d+\. )/m);
    return { head: parts[0], sections: new Map(parts.slice(1).map((p) => [Number(/^## (\d+)\./.exec(p)[1]), p.replace(/\n+$/, '\n\n')])) };
  };
  const doc = path.join(root, 'docs', 'BENCHMARKS.md');
  const old = sectionsOf(readFileSync(doc, 'utf8'));
  const fresh = sectionsOf(`${lines.join('\n')}\n`);
  const stamp = `_Measured ${new Date().toISOString()} by \`ONLY=${[...ONLY].sort().join(',')} npm run bench:engine\` (node ${process.version}); the sections without such a line are from the date above._`;
  for (const n of ONLY) old.sections.set(n, fresh.sections.get(n).replace(/^(## [^\n]*\n\n)/, `$1${stamp}\n\n`));
  const text = `${old.head}${[...old.sections].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('')}`.replace(/\n+$/, '\n');
  writeFileSync(doc, text);
  process.stdout.write(text);
} else {
  writeFileSync(path.join(root, 'docs', 'BENCHMARKS.md'), lines.join('\n'));
  process.stdout.write(lines.join('\n'));
}
