// npm run bench:engine — how far the bench engine can be trusted, measured on this machine.
// Writes docs/BENCHMARKS.md:
//   1. A/A: one module under two names, checked 20 times against a baseline from an `update`:
//      instruction counts must be identical every time; how often does wall-clock throughput
//      raise a false alarm (at an opt-in 5% threshold, and at 0%: the statistics alone)?
//   2. Injected slowdowns of 1%, 3% and 10% of instructions (an extra counted loop in front of
//      each benchmark): which does each metric detect?
//   3. The wall time of the bench phase per variant at the defaults.
//   4. The size growth and run-time overhead of the instruction-counting copy of each module.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-engine-'));
const prebuiltDir = path.join(root, 'fixtures', 'prebuilt');
const RUNS = Number(process.env.RUNS ?? 20);
const SLOW_RUNS = Number(process.env.SLOW_RUNS ?? 5);
const log = (m) => process.stderr.write(`${m}\n`);

// The instrumenter, straight from src/ (bundled on the fly: this script is plain JS).
const bundled = path.join(work, 'instrument.mjs');
await build({ entryPoints: [path.join(root, 'src/wasm/instrument.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundled, logLevel: 'error' });
const { instrumentWithStats, COUNTER_EXPORT } = await import(pathToFileURL(bundled).href);
const { default: binaryen } = await import('binaryen');

function gate(mode, config, baseline, json) {
  const file = path.join(work, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(config));
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), mode, '--config', file, '--baseline', baseline, '--json', json], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status === 2) throw new Error(`gate ${mode} failed:\n${r.stdout}\n${r.stderr.slice(-3000)}`);
  const benchSeconds = Number(/bench: done in ([\d.]+) s/.exec(r.stderr)?.[1] ?? NaN);
  return { results: JSON.parse(readFileSync(json, 'utf8')), seconds, benchSeconds };
}

const rowsOf = (results) => results.variants.flatMap((v) => v.rows.filter((r) => r.bench).map((r) => ({ variant: v.name, ...r })));

// ---- 1. A/A -------------------------------------------------------------------------------
const base = path.join(prebuiltDir, 'rust-dlmalloc.wasm');
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
const aa = { runs: 0, verdicts: 0, instructionsStable: true, alarms5: 0, alarms0: 0, paired: 0, pairedAlarms: 0, runsWithAlarm5: 0, halfWidths: [], benchSeconds: [] };
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
const nsPerLoop = loopSpeed();

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
const injections = ['instr', 'time'].flatMap((kind) => levels.map((p) => ({ name: `${kind}-${p}`, kind, percent: p, file: slowed(kind, p) })));
const slowBaseline = path.join(work, 'slow-baseline.json');
// The baseline: every name measured on the untouched module.
gate('update', { variants: [{ name: 'base', artifact: base }, ...injections.map((j) => ({ name: j.name, artifact: base }))], optimize: false }, slowBaseline, path.join(work, 's-update.json'));
const detection = {};
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

// ---- 3. bench phase wall time per variant at the defaults ----------------------------------
const fixtures = readdirSync(prebuiltDir).filter((f) => f.endsWith('.wasm')).sort();
const perVariant = [];
for (const file of fixtures) {
  const { benchSeconds } = gate('check', { variants: [{ name: file.replace('.wasm', ''), artifact: path.join(prebuiltDir, file) }] }, path.join(work, 'none.json'), path.join(work, 'pv.json'));
  perVariant.push({ name: file.replace('.wasm', ''), seconds: benchSeconds });
  log(`bench phase: ${file} ${benchSeconds} s`);
}
const all = gate('check', { variants: fixtures.map((f) => ({ name: f.replace('.wasm', ''), artifact: path.join(prebuiltDir, f) })) }, path.join(work, 'none.json'), path.join(work, 'all.json'));

// ---- 4. instrumented copies ---------------------------------------------------------------
const overhead = [];
for (const file of fixtures) {
  const bytes = readFileSync(path.join(prebuiltDir, file));
  const { bytes: counted, stats } = instrumentWithStats(bytes);
  const time = (wasm, name, n) => {
    const module = new WebAssembly.Module(wasm);
    let best = Infinity;
    for (let i = 0; i < 7; i++) {
      const instance = new WebAssembly.Instance(module, wasiStub(module));
      instance.exports._initialize?.();
      const start = process.hrtime.bigint();
      instance.exports[name](n);
      best = Math.min(best, Number(process.hrtime.bigint() - start));
    }
    return best;
  };
  let plain = 0;
  let instrumented = 0;
  for (const name of ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set']) {
    plain += time(bytes, name, 20000);
    instrumented += time(counted, name, 20000);
  }
  overhead.push({ name: file.replace('.wasm', ''), growth: (stats.instrumentedBytes / stats.originalBytes - 1) * 100, codeGrowth: (stats.instrumentedCodeBytes / stats.originalCodeBytes - 1) * 100, blocks: stats.basicBlocks, slowdown: instrumented / plain });
}
function wasiStub(module) {
  const imports = {};
  for (const i of WebAssembly.Module.imports(module)) (imports[i.module] ??= {})[i.name] = () => 0;
  return imports;
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
  '| module | size growth | code section growth | counters inserted | run time, counted / plain |',
  '|---|--:|--:|--:|--:|',
  ...overhead.map((o) => `| ${o.name} | ${pct(o.growth)} | ${pct(o.codeGrowth)} | ${o.blocks} | ${o.slowdown.toFixed(2)}× |`),
  '',
  'Run time: best of 7 fresh instances, `bench_pairs`, `bench_small`, `bench_mixed`, `bench_live_set` at n = 20,000, in one process.',
  '',
];
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
writeFileSync(path.join(root, 'docs', 'BENCHMARKS.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
