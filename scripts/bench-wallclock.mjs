// npm run bench:wallclock — can the gate's paired wall-clock ratios be gated on (issue 19)?
// Through the real bundled CLI (`node dist/cli.js check --json`), on modules this script writes at
// run time, that execute the SAME instructions and differ only in memory layout:
//   bench_layout(n) runs n steps of a chain of dependent loads; each step loads from a 4 KiB "near"
//   region (L1) or, with probability p, from a 256 KiB "far" region (past L1). p is a 4-byte value in
//   the data segment and the choice is a `select`, so every p executes the same instructions.
//   1. Tuning: the p that slows the module by about 1%, 2% and 5% (a sweep of p, each paired with
//      the plain module), unless WALLCLOCK_P gives them.
//   2. True size: each module paired with the plain one in a process of their own (the bench
//      workers' V8 flags), several processes, before and after the checks: the median ratio.
//   3. A/A: the plain module under two names (config `reference` = the first), WALLCLOCK_CHECKS
//      checks: how often the `vsReference` 95% interval excludes 1.
//   4. Detection, per slowdown, WALLCLOCK_CHECKS checks: interval wholly below 1; median
//      half-width; coverage (the interval contains the true ratio); instruction counts identical.
//   5. The bench phase's time per variant (the log line `bench: done in …`), and the check's.
//   6. `check --against`: a git repository whose head commit injects the 2% slowdown (and one whose
//      head changes nothing): `rows[].vsBase` and its interval; only when the CLI has --against.
// The scenarios run interleaved (round k: every scenario once, in a rotating order), so that a
// change in the machine's load falls on all of them.
// Env: WALLCLOCK_CHECKS (default 20; 3 for a quick run), WALLCLOCK_TRUTH_S (seconds of each half
// of the true-size run, all modules together: default 60, 12 in a quick run),
// WALLCLOCK_TRUTH_PROCESSES (processes per module and half, default 5), WALLCLOCK_TRUTH_PLACE_MS
// (compile and instantiate both modules anew this often, default 100; 0: once per process), WALLCLOCK_TRUTH_CALL_MS
// (one timed call, default 2), WALLCLOCK_P ("0.03,0.06,0.12": fractions of far loads, skips the
// tuning), WALLCLOCK_BENCH (JSON merged into the config's `bench`, e.g. '{"pairTargetPct":1}'),
// WALLCLOCK_CLI (another dist/cli.js, e.g. an older build; WALLCLOCK_CLI_REV says which commit),
// WALLCLOCK_LABEL (a line under the heading, e.g. "development run, machine loaded"),
// WALLCLOCK_SECTION (the docs/BENCHMARKS.md section: "wallclock", the default, or
// "wallclock-before" for the figures of the engine before issue 19; WALLCLOCK_DOC=0 writes none).
// REPORT_FROM=<raw.json> renders the tables again without measuring.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const script = fileURLToPath(import.meta.url);
const doc = path.join(root, 'docs', 'BENCHMARKS.md');
const CHECKS = Number(process.env.WALLCLOCK_CHECKS ?? 20);
const TRUTH_S = Number(process.env.WALLCLOCK_TRUTH_S ?? (CHECKS < 10 ? 12 : 60));
/** Processes per module in each half of the true-size run: each process compiles and places the
 *  modules anew (code alignment, memory addresses), as each check's worker does, so the truth is
 *  an average over placements, and the spread of the processes' medians shows how much one
 *  placement moves the ratio. */
const TRUTH_PROCESSES = Number(process.env.WALLCLOCK_TRUTH_PROCESSES ?? 5);
/** One timed call of the true-size run: as long as a round of the gate's pairing (PAIR_SAMPLE_MS,
 *  2 ms). On a loaded machine the same module is slowed more in short calls (p = 1.2%: 0.94 at
 *  0.5 ms, 0.987 at 10 ms), so the truth is taken at the length the gate times. */
const TRUTH_CALL_MS = Number(process.env.WALLCLOCK_TRUTH_CALL_MS ?? 2);
/** The true-size run compiles and instantiates both modules anew this often (ms; 0: once per
 *  process): a slowdown that comes from memory layout differs from placement to placement. */
const TRUTH_PLACE_MS = Number(process.env.WALLCLOCK_TRUTH_PLACE_MS ?? 100);
/** Seconds of interleaved truth per module in a process of its own before every round of checks
 *  (and after the last): one process's median moves by a percent or more, so the truth needs many
 *  processes, and these spread it over the whole run, as the checks are. They are pooled with the
 *  halves before and after into the run's truth, and each check is also judged against the two
 *  around it (its own moment). 0 leaves them out. */
const ROUND_TRUTH_S = Number(process.env.WALLCLOCK_ROUND_TRUTH_S ?? 3);
const CLI = path.resolve(process.env.WALLCLOCK_CLI ?? path.join(root, 'dist', 'cli.js'));
const LABEL = process.env.WALLCLOCK_LABEL ?? '';
const SECTION = process.env.WALLCLOCK_SECTION ?? 'wallclock';
const BENCH_EXTRA = process.env.WALLCLOCK_BENCH ? JSON.parse(process.env.WALLCLOCK_BENCH) : {};
/** A check that takes longer is stopped: the run reports it rather than hanging. */
const CHECK_TIMEOUT_MS = 15 * 60_000;
/** The injected slowdowns: names and target ratios of ops/s (slowed / plain). */
const TARGETS = [
  { name: 'slow1', target: 0.99 },
  { name: 'slow2', target: 0.98 },
  { name: 'slow5', target: 0.95 },
];
/** p (fraction of far loads) per slowdown when the tuning cannot tell (roughly 1%, 2%, 5%). */
const DEFAULT_P = [0.03, 0.06, 0.12];
/** The far region: past the 48 KiB L1 of the machines we run on, well within their L2; small, so
 *  that it is back in L2 soon after another process had the core (4096 lines to refill). */
const FAR_BYTES = 256 << 10;
const P_UNITS = 65536;
const started = performance.now();
const log = (m) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

// ---- statistics -------------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  if (xs.length === 0) return NaN;
  const s = sorted(xs);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function standardDeviation(xs) {
  if (xs.length < 2) return NaN;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
}
/** 95% interval of the pooled median of `processes` (arrays of per-round ratios), resampling whole
 *  processes (a fixed seed: the report renders the same from the same raw data). */
function processBootstrapCi(processes, resamples = 400) {
  if (processes.length < 2) return [NaN, NaN];
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const medians = Array.from({ length: resamples }, () => median(processes.flatMap(() => processes[Math.floor(random() * processes.length)])));
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(resamples * 0.025)], medians[Math.ceil(resamples * 0.975) - 1]];
}

// ---- the test module --------------------------------------------------------------------------

/** bench_layout with a fraction `units`/65536 of its loads from the far region. The start function
 *  writes one word per 4 KiB page of both regions: untouched pages all map to the kernel's one zero
 *  page, which would make every "far" load an L1 hit. */
function layoutWat(units) {
  const bytes = [0, 8, 16, 24].map((s) => `\\${((units >>> s) & 255).toString(16).padStart(2, '0')}`).join('');
  const farBase = 65536;
  return `(module
  (memory (export "memory") ${Math.ceil((farBase + FAR_BYTES) / 65536)})
  ;; word 0: zero (unknown to the compiler: it keeps the loads dependent); word 4: p in 1/65536
  (data (i32.const 4) "${bytes}")
  (global $state (mut i32) (i32.const 0x2545f491))
  (func $touch (local $at i32)
    (local.set $at (i32.const 4096))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $at) (i32.const ${farBase + FAR_BYTES})))
      (i32.store (local.get $at) (i32.const 0))
      (local.set $at (i32.add (local.get $at) (i32.const 4096)))
      (br $next))))
  (start $touch)
  (func (export "bench_layout") (param $n i32) (result i32)
    (local $x i32) (local $v i32) (local $zero i32) (local $p i32)
    (local.set $zero (i32.load (i32.const 0)))
    (local.set $p (i32.load (i32.const 4)))
    (local.set $x (global.get $state))
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $n)))
      ;; xorshift32: the same sequence of near and far addresses in every call order
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 13))))
      (local.set $x (i32.xor (local.get $x) (i32.shr_u (local.get $x) (i32.const 17))))
      (local.set $x (i32.xor (local.get $x) (i32.shl (local.get $x) (i32.const 5))))
      (local.set $v (i32.load (i32.add
        (select
          (i32.add (i32.const ${farBase}) (i32.and (i32.shr_u (local.get $x) (i32.const 6)) (i32.const ${FAR_BYTES - 64})))
          (i32.add (i32.const 4096) (i32.and (local.get $x) (i32.const 4032)))
          (i32.lt_u (i32.and (local.get $x) (i32.const 65535)) (local.get $p)))
        (i32.and (local.get $v) (local.get $zero)))))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $next)))
    (global.set $state (local.get $x))
    (local.get $v)))`;
}

async function compileWat(text) {
  const wabt = await (await import('wabt')).default();
  const parsed = wabt.parseWat('layout.wat', text);
  try {
    parsed.resolveNames();
    parsed.validate();
    return new Uint8Array(parsed.toBinary({}).buffer);
  } finally {
    parsed.destroy();
  }
}

// ---- in-process timing (child with the bench workers' V8 flags) ---------------------------------

/** The V8 flags of the gate's bench workers (src/bench/worker-client.ts workerFlags, at the default
 *  bench.memoryLimitMb 2048). */
const WORKER_FLAGS = ['--no-liftoff', '--expose-gc', '--wasm-max-mem-pages=32768', '--no-warnings'];

function child(task, work, input) {
  const inFile = path.join(work, `${task}-in.json`);
  const outFile = path.join(work, `${task}-out.json`);
  writeFileSync(inFile, JSON.stringify(input));
  const r = spawnSync(process.execPath, [...WORKER_FLAGS, script, '--child', task, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`child task ${task} failed (${r.status ?? r.signal})`);
  return JSON.parse(readFileSync(outFile, 'utf8'));
}

/** A pair timed in one process for `seconds`: the plain module and `other`, one call each per round
 *  (~callMs), the order alternating round by round; per round, plain time / other's time (other's
 *  ops/s over the plain one's). Two modules only, as in the gate's worker: more would share the L2
 *  cache between their far regions and slow each more than it is slowed alone. Every `placeMs`
 *  both are compiled and instantiated anew (new code, new linear memory, as the gate's blocks are),
 *  so that one long run averages over many placements of code and memory, not the one a process
 *  happened to get (0: one placement per process, the truth before 2026-12-07's third session). */
function interleave({ plain, other, seconds, callMs, placeMs = 0 }) {
  const bytes = [plain, other].map((f) => readFileSync(f));
  let run;
  const place = () => {
    run = bytes.map((b) => new WebAssembly.Instance(new WebAssembly.Module(b)).exports.bench_layout);
  };
  place();
  let n = 100_000;
  const time = (k) => {
    const t0 = process.hrtime.bigint();
    run[k](n);
    return Number(process.hrtime.bigint() - t0);
  };
  for (let i = 0; i < 5; i++) for (const k of run.keys()) time(k); // TurboFan-compiled, pages and caches warm
  // The median of 9 calls: one call that lost its time slice must not set the length of all.
  const unitNs = median(Array.from({ length: 9 }, () => time(0))) / n;
  n = Math.max(1000, Math.round((callMs * 1e6) / unitNs));
  const ratios = [];
  const end = performance.now() + seconds * 1000;
  let placed = performance.now();
  let placements = 1;
  for (let round = 0; performance.now() < end; round++) {
    if (placeMs > 0 && performance.now() - placed >= placeMs) {
      place();
      placements += 1;
      placed = performance.now();
      for (const k of run.keys()) time(k); // the first call compiles (lazily): untimed
    }
    if (round % 50 === 0) globalThis.gc?.();
    let plainNs;
    let otherNs;
    if (round % 2) {
      plainNs = time(0);
      otherNs = time(1);
    } else {
      otherNs = time(1);
      plainNs = time(0);
    }
    ratios.push(plainNs / otherNs);
  }
  return { iterations: n, ratios, placements };
}

/** p for each target ratio: a sweep of p, each point paired with the plain module in a process of
 *  its own, then a curve through the origin fitted to the slowdowns s = plain time / time − 1 ≈
 *  a·p + b·p² (least squares, a and b not negative: small p slow it less than in proportion, as
 *  the core hides some of the far loads), solved for each target. A fitted curve, not the points
 *  themselves: on a loaded machine they scatter, and the curve still gives three distinct,
 *  increasing slowdowns. */
async function tune(work, plain) {
  const grid = [0, 0.01, 0.02, 0.03, 0.045, 0.06, 0.08, 0.1, 0.13, 0.17, 0.22];
  const seconds = Math.max(1, TRUTH_S / 2 / (grid.length - 1));
  const curve = [{ p: 0, ratio: 1 }];
  for (const p of grid.slice(1)) {
    const file = path.join(work, `tune-${p}.wasm`);
    writeFileSync(file, await compileWat(layoutWat(Math.round(p * P_UNITS))));
    curve.push({ p, ratio: median(child('interleave', work, { plain, other: file, seconds, callMs: TRUTH_CALL_MS }).ratios) });
  }
  const fit = fitSlowdown(curve.map((c) => [c.p, 1 / c.ratio - 1]));
  log(`tuning: ${curve.map((c) => `p ${c.p}: ${c.ratio.toFixed(4)}`).join(', ')}; slowdown ≈ ${fit.text}`);
  const ps = TARGETS.map(({ target }, i) => {
    const p = fit.solve(1 / target - 1);
    return Number.isFinite(p) && p > 0 ? { p: Math.min(1, p), how: 'tuned' } : { p: DEFAULT_P[i], how: 'default: the sweep found no slowdown' };
  });
  return { ps, curve, slope: fit.text };
}

/** Least squares s ≈ a·p + b·p² over the points [p, s], with a, b ≥ 0 (a one-term fit when the
 *  two-term one makes either negative); `solve(s)` gives the p of a slowdown s. */
function fitSlowdown(points) {
  const sum = (f) => points.reduce((acc, [p, s]) => acc + f(p, s), 0);
  const [p2, p3, p4, ps, p2s] = [sum((p) => p * p), sum((p) => p ** 3), sum((p) => p ** 4), sum((p, s) => p * s), sum((p, s) => p * p * s)];
  const det = p2 * p4 - p3 * p3;
  let a = (ps * p4 - p2s * p3) / det;
  let b = (p2 * p2s - p3 * ps) / det;
  if (a < 0) [a, b] = [0, Math.max(0, p2s / p4)];
  else if (b < 0) [a, b] = [Math.max(0, ps / p2), 0];
  const solve = (s) => (b > 0 ? (-a + Math.sqrt(a * a + 4 * b * s)) / (2 * b) : s / a);
  return { solve, text: `${a.toFixed(3)}·p + ${b.toFixed(3)}·p²` };
}

/** Half of the true-size run: TRUTH_S seconds, TRUTH_PROCESSES processes for each module (paired
 *  with the plain one), the modules in turn. Per module, the ratios of each process. */
function truthRun(work, plain, others) {
  const out = Object.fromEntries(Object.keys(others).map((name) => [name, []]));
  const seconds = TRUTH_S / TRUTH_PROCESSES / Object.keys(others).length;
  for (let i = 0; i < TRUTH_PROCESSES; i++) {
    for (const [name, file] of Object.entries(others)) out[name].push(child('interleave', work, { plain, other: file, seconds, callMs: TRUTH_CALL_MS, placeMs: TRUTH_PLACE_MS }).ratios);
  }
  return out;
}

// ---- the gate ---------------------------------------------------------------------------------

function gate(args, cwd) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: CHECK_TIMEOUT_MS, killSignal: 'SIGTERM', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - t) / 1000;
  if (r.error || r.status === null || r.status > 1) throw new Error(`wasm-gate ${args.join(' ')} (in ${cwd}) failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`}):\n${(r.stderr ?? '').slice(-3000)}`);
  const bench = /bench: done in ([\d.]+) s/.exec(r.stderr);
  return { seconds, benchSeconds: bench ? Number(bench[1]) : NaN, stderr: r.stderr };
}

/** The gate's warnings and errors, for a report that says why a row had no interval. */
const warningsOf = (stderr) => stderr.split('\n').filter((l) => /^(warning|error):/.test(l));

const hasAgainst = () => spawnSync(process.execPath, [CLI, 'help'], { encoding: 'utf8' }).stdout.includes('--against');

/** The opsPerSec row and the counts of `variant` in a results file. */
function readRow(jsonFile, variant) {
  const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const v = results.variants.find((x) => x.name === variant);
  const row = v?.rows.find((r) => r.metric === 'opsPerSec' && r.bench === 'bench_layout');
  const count = (name) => {
    const m = results.variants.find((x) => x.name === name)?.measurement?.bench?.bench_layout;
    return m && { iterations: m.iterations, instructions: m.instructions };
  };
  return { row, counts: Object.fromEntries(results.variants.map((x) => [x.name, count(x.name)])), problems: [...(results.problems ?? []), ...(v?.problems ?? [])].map((p) => p.message ?? String(p)) };
}

/** Same instructions: every variant counted at the same iterations with the same instructions. */
function sameCounts(counts) {
  const all = Object.values(counts).filter(Boolean);
  return all.length >= 2 && all.every((c) => c.iterations === all[0].iterations && c.instructions === all[0].instructions);
}

function scenarios(work, modules) {
  const list = [
    { name: 'A/A', key: 'aa', variants: [{ name: 'A', artifact: modules.plain }, { name: 'A-again', artifact: modules.twin }], truth: 'A-again' },
    ...TARGETS.map((t) => ({ name: t.name, key: t.name, variants: [{ name: 'plain', artifact: modules.plain }, { name: t.name, artifact: modules[t.name] }], truth: t.name })),
  ];
  for (const s of list) {
    s.dir = path.join(work, s.key);
    mkdirSync(s.dir, { recursive: true });
    s.config = path.join(s.dir, 'wasm-gate.config.json');
    s.baseline = path.join(s.dir, 'baseline.json');
    s.measured = s.variants[1].name;
    writeFileSync(s.config, JSON.stringify({ reference: s.variants[0].name, variants: s.variants, optimize: false, ...(Object.keys(BENCH_EXTRA).length ? { bench: BENCH_EXTRA } : {}) }, null, 2));
  }
  return list;
}

/** A check that failed (exit 2, a time-out) is kept as one without an interval, with the reason:
 *  the run goes on and its report is written. */
function kept(what, measure) {
  try {
    return measure();
  } catch (error) {
    log(`${what}: ${error.message.split('\n')[0]}`);
    return { failed: true, seconds: NaN, benchSeconds: NaN, warnings: [`failed: ${error.message.split('\n').slice(0, 3).join(' ')}`] };
  }
}

/** One check of a scenario: the measured variant's paired ratio, its interval, counts and times. */
function checkOnce(s, k) {
  const json = path.join(s.dir, `check-${k}.json`);
  const g = gate(['check', '--no-reuse', '--config', s.config, '--baseline', s.baseline, '--json', json], s.dir);
  const { row, counts, problems } = readRow(json, s.measured);
  return { ratio: row?.vsReference, ci: row?.vsReferenceCi95, sameCounts: sameCounts(counts), counts, seconds: g.seconds, benchSeconds: g.benchSeconds, problems, warnings: warningsOf(g.stderr) };
}

// ---- 6. check --against: a PR that injects the 2% slowdown, and one that changes nothing -------

/** A git repository with the plain module at its base commit, and two heads: `slow` (the module
 *  slowed by ~2%) and `same` (only a README change). */
function againstRepo(work, modules) {
  const dir = path.join(work, 'against-repo');
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' } });
  git('init', '-q', '-b', 'main');
  copyFileSync(modules.plain, path.join(dir, 'layout.wasm'));
  writeFileSync(path.join(dir, 'wasm-gate.config.json'), JSON.stringify({ variants: [{ name: 'layout', artifact: 'layout.wasm' }], optimize: false, ...(Object.keys(BENCH_EXTRA).length ? { bench: BENCH_EXTRA } : {}) }, null, 2));
  writeFileSync(path.join(dir, 'README.md'), 'bench-wallclock test repository\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the plain module');
  git('branch', 'base');
  git('checkout', '-q', '-b', 'slow');
  copyFileSync(modules.slow2, path.join(dir, 'layout.wasm'));
  git('commit', '-q', '-am', 'head: the same instructions, ~2% of the loads from the far region');
  git('checkout', '-q', '-b', 'same', 'base');
  writeFileSync(path.join(dir, 'README.md'), 'bench-wallclock test repository (unchanged module)\n');
  git('commit', '-q', '-am', 'head: README only');
  return { dir, git };
}

function againstOnce(repo, head, k) {
  repo.git('checkout', '-q', head);
  const json = path.join(path.dirname(repo.dir), `against-${head}-${k}.json`);
  const g = gate(['check', '--no-reuse', '--against', 'base', '--json', json], repo.dir);
  const results = JSON.parse(readFileSync(json, 'utf8'));
  const row = results.variants.find((v) => v.name === 'layout')?.rows.find((r) => r.metric === 'opsPerSec' && r.bench === 'bench_layout');
  return { ratio: row?.vsBase, ci: row?.vsBaseCi95, seconds: g.seconds, benchSeconds: g.benchSeconds, warnings: warningsOf(g.stderr) };
}

// ---- measure ----------------------------------------------------------------------------------

async function measure(work) {
  const modules = { plain: path.join(work, 'plain.wasm'), twin: path.join(work, 'plain-again.wasm') };
  writeFileSync(modules.plain, await compileWat(layoutWat(0)));
  copyFileSync(modules.plain, modules.twin);
  let ps;
  let tuning;
  if (process.env.WALLCLOCK_P) ps = process.env.WALLCLOCK_P.split(',').map((x) => ({ p: Number(x), how: 'WALLCLOCK_P' }));
  else {
    log('1. tuning p (fraction of far loads) for 1%, 2%, 5%');
    tuning = await tune(work, modules.plain);
    ({ ps } = tuning);
  }
  const injected = TARGETS.map((t, i) => ({ ...t, units: Math.max(1, Math.round(ps[i].p * P_UNITS)), how: ps[i].how }));
  for (const t of injected) {
    modules[t.name] = path.join(work, `${t.name}.wasm`);
    writeFileSync(modules[t.name], await compileWat(layoutWat(t.units)));
  }
  log(`injected: ${injected.map((t) => `${t.name} p = ${(t.units / P_UNITS).toFixed(4)} (${t.how})`).join(', ')}`);
  const others = { 'A-again': modules.twin, ...Object.fromEntries(injected.map((t) => [t.name, modules[t.name]])) };
  log(`2. true size, first half (${TRUTH_S} s interleaved, ${TRUTH_PROCESSES} processes)`);
  const truth1 = truthRun(work, modules.plain, others);

  const list = scenarios(work, modules);
  for (const s of list) {
    gate(['update', '--config', s.config, '--baseline', s.baseline, '--json', path.join(s.dir, 'update.json')], s.dir);
    s.checks = [];
  }
  const against = hasAgainst();
  const repo = against ? againstRepo(work, modules) : undefined;
  const againstRuns = { slow: [], same: [] };
  log(`3-5. ${CHECKS} rounds of ${list.length} checks${against ? ' + 2 checks --against' : ' (this CLI has no --against: part 6 skipped)'} with ${path.relative(root, CLI)}`);
  const roundTruth = Object.fromEntries(Object.keys(others).map((name) => [name, []]));
  const measureRoundTruth = () => {
    if (ROUND_TRUTH_S <= 0) return;
    for (const [name, file] of Object.entries(others)) roundTruth[name].push(child('interleave', work, { plain: modules.plain, other: file, seconds: ROUND_TRUTH_S, callMs: TRUTH_CALL_MS, placeMs: TRUTH_PLACE_MS }).ratios);
  };
  for (let k = 0; k < CHECKS; k++) {
    measureRoundTruth();
    const order = list.map((_, i) => list[(i + k) % list.length]);
    for (const s of order) s.checks.push({ ...kept(`check ${s.name}`, () => checkOnce(s, k)), round: k });
    if (repo) for (const head of k % 2 ? ['same', 'slow'] : ['slow', 'same']) againstRuns[head].push({ ...kept(`check --against, head ${head}`, () => againstOnce(repo, head, k)), round: k });
    log(`round ${k + 1}/${CHECKS}: ${list.map((s) => `${s.name} ${fmtCheck(s.checks.at(-1))}`).join('; ')}${repo ? `; against: slow ${fmtCheck(againstRuns.slow.at(-1))}, same ${fmtCheck(againstRuns.same.at(-1))}` : ''}`);
  }
  measureRoundTruth();
  log(`2. true size, second half (${TRUTH_S} s interleaved, ${TRUTH_PROCESSES} processes)`);
  const truth2 = truthRun(work, modules.plain, others);
  return {
    machine: machineLine(),
    cli: CLI.startsWith(`${root}${path.sep}`) ? path.relative(root, CLI) : CLI,
    commit: process.env.WALLCLOCK_CLI_REV ?? gitHead(path.dirname(path.dirname(CLI))),
    section: SECTION,
    label: LABEL,
    checks: CHECKS,
    truthSeconds: TRUTH_S,
    bench: BENCH_EXTRA,
    injected,
    tuning,
    truthProcesses: TRUTH_PROCESSES,
    truthCallMs: TRUTH_CALL_MS,
    truthPlaceMs: TRUTH_PLACE_MS,
    truth: Object.fromEntries(Object.keys(others).map((name) => [name, { first: truth1[name], second: truth2[name] }])),
    roundTruthSeconds: ROUND_TRUTH_S,
    roundTruth,
    scenarios: list.map((s) => ({ name: s.name, measured: s.measured, truthOf: s.truth, checks: s.checks })),
    against: against ? againstRuns : undefined,
  };
}

const fmtCheck = (c) => (c?.ci ? `${c.ratio.toFixed(4)} [${c.ci[0].toFixed(4)}, ${c.ci[1].toFixed(4)}]` : 'no interval');

function gitHead(dir) {
  try {
    return execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function machineLine() {
  const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
  return `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; load average at the end ${load}; date ${new Date().toISOString()}.`;
}

// ---- report -----------------------------------------------------------------------------------

const pct = (x, d = 2) => (Number.isFinite(x) ? `${(x * 100).toFixed(d)}%` : '—');
const r4 = (x) => (Number.isFinite(x) ? x.toFixed(4) : '—');
const sec = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : '—');

/** `localOf(round)`: the truth measured around that round's checks (undefined when not measured). */
function summarizeChecks(checks, truth, localOf = () => undefined) {
  const withCi = checks.filter((c) => c.ci);
  const judged = withCi.filter((c) => Number.isFinite(localOf(c.round)));
  const halfWidths = withCi.map((c) => (c.ci[1] - c.ci[0]) / 2 / c.ratio);
  return {
    n: checks.length,
    intervals: withCi.length,
    below: withCi.filter((c) => c.ci[1] < 1).length,
    above: withCi.filter((c) => c.ci[0] > 1).length,
    covers: withCi.filter((c) => c.ci[0] <= truth && truth <= c.ci[1]).length,
    coversLocal: judged.filter((c) => c.ci[0] <= localOf(c.round) && localOf(c.round) <= c.ci[1]).length,
    judgedLocal: judged.length,
    medianRatio: median(withCi.map((c) => c.ratio)),
    medianHalfWidth: median(halfWidths),
    // how far the checks' ratios scatter, relative: an honest interval's half-width is ~1.96 × this
    spread: standardDeviation(withCi.map((c) => c.ratio)) / median(withCi.map((c) => c.ratio)),
    maxHalfWidth: halfWidths.length ? Math.max(...halfWidths) : NaN,
    bench: median(checks.map((c) => c.benchSeconds).filter(Number.isFinite)),
    check: median(checks.map((c) => c.seconds).filter(Number.isFinite)),
    failed: checks.filter((c) => c.failed).length,
    sameCounts: checks.filter((c) => c.sameCounts).length,
  };
}

function report(raw) {
  // The truth: every interleaved process of the module, before the checks, between their rounds
  // and after them, pooled. One process's median moves by a percent or more (the machine's
  // episodes, and placements), so the truth is as good as the number of processes behind it: its
  // 95% interval is a bootstrap over processes.
  const truthOf = (name) => {
    const t = raw.truth[name];
    // per process (older raw files: one process per half)
    const first = Array.isArray(t.first[0]) ? t.first : [t.first];
    const second = Array.isArray(t.second[0]) ? t.second : [t.second];
    const during = raw.roundTruth?.[name] ?? [];
    const processes = [...first, ...during, ...second];
    const all = processes.flat();
    const perProcess = processes.map(median);
    return { ratio: median(all), ci: processBootstrapCi(processes), first: median(first.flat()), during: during.length ? median(during.flat()) : NaN, second: median(second.flat()), rounds: all.length, spread: [Math.min(...perProcess), Math.max(...perProcess)] };
  };
  // The truth of one check's moment: the round truths measured just before and just after it.
  const localTruth = (name) => (round) => {
    if (name === 'A-again') return 1;
    const rounds = raw.roundTruth?.[name];
    if (!rounds || round === undefined || !rounds[round]) return undefined;
    return median([...rounds[round], ...(rounds[round + 1] ?? [])]);
  };
  // bench-engine's ONLY= rewrite splits the document at "## N." headings: each section its own N
  // (the figures from before the paired engine come first, written first).
  const heading = raw.section === 'wallclock-before' ? '## 8. Wall-clock before the paired engine (issue 19)' : '## 10. Wall-clock you can gate on: paired ratios in slices spread over time (issue 19)';
  // A/A: the truth is 1 by construction (the same bytes); the interleaved run's figure is shown.
  const sums = Object.fromEntries(raw.scenarios.map((s) => [s.name, summarizeChecks(s.checks, s.name === 'A/A' ? 1 : truthOf(s.truthOf).ratio, localTruth(s.truthOf))]));
  const rows = raw.scenarios.map((s) => {
    const isAA = s.name === 'A/A';
    const truth = truthOf(s.truthOf);
    const sum = sums[s.name];
    const injected = raw.injected.find((t) => t.name === s.name);
    const what = isAA ? 'A/A (same module)' : `${s.name}: p = ${pct(injected.units / P_UNITS, 2)} far loads`;
    const verdicts = isAA ? `**${sum.below + sum.above}/${sum.n}** exclude 1 (${sum.below} below, ${sum.above} above)` : `**${sum.below}/${sum.n}** below 1${sum.above ? ` (${sum.above} above 1)` : ''}`;
    const perVariant = sum.bench / 2;
    return `| ${what} | ${r4(truth.ratio)} [${r4(truth.ci[0])}, ${r4(truth.ci[1])}] (${r4(truth.first)} / ${r4(truth.during)} / ${r4(truth.second)}) | ${r4(truth.spread[0])} – ${r4(truth.spread[1])} | ${r4(sum.medianRatio)} | ${verdicts} | ${pct(sum.medianHalfWidth)} (max ${pct(sum.maxHalfWidth)}) | ${pct(sum.spread)} | ${sum.covers}/${sum.intervals}${sum.judgedLocal ? ` (${sum.coversLocal}/${sum.judgedLocal})` : ''} | ${sum.sameCounts}/${sum.n} | ${sec(sum.bench)} (${sec(perVariant)}) | ${sec(sum.check)} |`;
  });
  const missing = raw.scenarios.flatMap((s) => s.checks.filter((c) => !c.ci).map((c) => ({ name: s.name, warnings: c.warnings ?? [] })));
  const lines = [
    heading,
    '',
    'Written by `npm run bench:wallclock` (scripts/bench-wallclock.mjs). Do not edit by hand.',
    '',
    ...(raw.label ? [`**${raw.label}**`, ''] : []),
    `${raw.machine} CLI: \`${raw.cli}\` (${raw.commit}).${Object.keys(raw.bench ?? {}).length ? ` Config \`bench\`: \`${JSON.stringify(raw.bench)}\`.` : ''}`,
    '',
    "Modules written by the script: `bench_layout(n)` runs n steps of a chain of dependent loads, each from a 4 KiB region or, with probability p, from a 256 KiB region (past the 48 KiB L1, within L2). p is a word in the data segment and the choice a `select`: every p executes the same instructions (column \"same counts\": checks in which both variants were counted with identical instructions at the same iterations). Each scenario is a config of two variants, the first its `reference`; each check is `check --no-reuse --json` and the row read is the second variant's `bench_layout` throughput: `vsReference` and `vsReferenceCi95`. The scenarios run interleaved, round by round.",
    '',
    `True ratio: each module paired with the plain one in a process of their own (the bench workers' V8 flags; two modules, as in the gate's worker), one call each per round, ~${raw.truthCallMs ?? 10} ms a call as the gate's paired rounds, the order alternating; ${raw.truthProcesses ?? 1} such processes per module before the checks and as many after (${raw.truthSeconds} s each time, all modules together; ${raw.truthPlaceMs ? `both modules compiled and instantiated anew every ${raw.truthPlaceMs} ms, as the gate's blocks are, so that the truth averages over many placements of code and memory` : "each process compiles and places the modules anew, once, as each check's worker does"}); ${raw.roundTruthSeconds ? `and ${raw.roundTruthSeconds} s per module in a process of its own before every round of checks and after the last; ` : ''}the median of the per-round ratios of all these processes, with its 95% interval (a bootstrap over the processes: one process's median moves by a percent or more, so the truth is only as sure as the number of processes behind it), then in parentheses the medians of the processes before, between and after the checks (their gaps: the drift of the machine during the run); then the lowest and highest median of one process. Half-width: (upper − lower) / 2 of the 95% interval, over the median (as bench.pairTargetPct). SD: the standard deviation of the checks' ratios over their median (an interval that accounts for how much a check's ratio varies has a half-width of about 1.96 × SD). Coverage: the interval contains the true ratio (1 for A/A); in parentheses, the truth of the check's own moment${raw.roundTruthSeconds ? ` (${raw.roundTruthSeconds} s of the same interleaved run per module in every round, just before the round's checks; a check is judged against the median of its round's and the next round's)` : ''}. Bench phase: the log's \`bench: done in\`, median over the checks, for the two variants (per variant in parentheses).`,
    '',
    `| scenario | true ratio [95%] (before / between / after) | one process's | median vsReference | ${raw.checks} checks: interval | median half-width | checks' ratios: SD | coverage | same counts | bench phase (per variant) | whole check |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    `Targets (issue 19): ${targetsMet(sums)}.`,
    '',
    `Injected: ${raw.injected.map((t) => `${t.name} p = ${(t.units / P_UNITS).toFixed(4)} (${t.how})`).join(', ')}${raw.tuning ? `, from a sweep of p (${raw.tuning.curve.map((c) => `${c.p}: ${r4(c.ratio)}`).join(', ')}: medians of interleaved pairs) and the curve fitted to it, slowdown ≈ ${typeof raw.tuning.slope === 'number' ? `${raw.tuning.slope.toFixed(3)}·p` : raw.tuning.slope}` : ''}. True ratio of the plain module against a second instance of itself: ${r4(truthOf('A-again').ratio)} (95% interval ${r4(truthOf('A-again').ci[0])} – ${r4(truthOf('A-again').ci[1])}, ${truthOf('A-again').rounds} rounds).`,
    ...(missing.length ? ['', `Checks without a paired interval: ${missing.length} (${[...new Set(missing.map((m) => m.name))].join(', ')})${whyMissing(missing)}.`] : []),
    '',
    ...againstReport(raw, truthOf, localTruth),
  ];
  return lines.join('\n');
}

/** Each target of issue 19's "Done when", with this run's figure and whether it is met. */
function targetsMet(sums) {
  const met = (ok) => (ok ? 'met' : '**not met**');
  const aa = sums['A/A'];
  const excluded = aa.below + aa.above;
  const detected = ['slow2', 'slow5'].map((k) => `${k} ${sums[k].below}/${sums[k].n}`).join(', ');
  const all = Object.entries(sums);
  return [
    `A/A intervals excluding 1 at most 5%: ${excluded}/${aa.n}, ${met(excluded <= 0.05 * aa.n)}`,
    `2% and 5% detected in at least 90%: ${detected}, ${met(['slow2', 'slow5'].every((k) => sums[k].below >= 0.9 * sums[k].n))}`,
    `median half-width at most 1%: ${met(all.every(([, x]) => x.medianHalfWidth <= 0.01))} (${all.map(([k, x]) => `${k} ${pct(x.medianHalfWidth)}`).join(', ')})`,
    `coverage at least 90%: ${met(all.every(([, x]) => x.covers >= 0.9 * x.n))} against the run's truth (${all.map(([k, x]) => `${k} ${x.covers}/${x.n}`).join(', ')})${all.every(([, x]) => x.judgedLocal > 0) ? `, ${met(all.every(([, x]) => x.coversLocal >= 0.9 * x.judgedLocal))} against each check's own moment (${all.map(([k, x]) => `${k} ${x.coversLocal}/${x.judgedLocal}`).join(', ')})` : ''}`,
  ].join('; ');
}

/** The gate's distinct warnings in the checks that had no interval. */
function whyMissing(checks) {
  const warnings = [...new Set(checks.flatMap((c) => c.warnings ?? []))];
  return warnings.length ? `; the gate said: ${warnings.slice(0, 3).map((w) => `\`${w.slice(0, 200)}\``).join('; ')}` : '';
}

function againstReport(raw, truthOf, localTruth) {
  if (!raw.against) {
    return [
      '### `check --against`',
      '',
      `TODO: this CLI has no \`check --against\`; part 6 (a PR that injects the 2% slowdown, and an unchanged one, through \`rows[].vsBase\`) did not run.`,
      '',
    ];
  }
  const noVsBase = [...raw.against.slow, ...raw.against.same].filter((c) => !c.ci);
  const slow = summarizeChecks(raw.against.slow, truthOf('slow2').ratio, localTruth('slow2'));
  const same = summarizeChecks(raw.against.same, 1, localTruth('A-again'));
  return [
    '### `check --against`',
    '',
    'A git repository written by the script: the base commit has the plain module (one variant, a prebuilt artifact); head `slow` replaces it with slow2, head `same` changes only a README. Each check runs on the head, `check --no-reuse --against base`, and reads `rows[].vsBase` and `vsBaseCi95`.',
    '',
    `| head | true ratio | median vsBase | ${raw.checks} checks: interval | median half-width | checks' ratios: SD | coverage | bench phase | whole check |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    `| slow (slow2) | ${r4(truthOf('slow2').ratio)} | ${r4(slow.medianRatio)} | **${slow.below}/${slow.n}** below 1 | ${pct(slow.medianHalfWidth)} | ${pct(slow.spread)} | ${slow.covers}/${slow.intervals}${slow.judgedLocal ? ` (${slow.coversLocal}/${slow.judgedLocal})` : ''} | ${sec(slow.bench)} | ${sec(slow.check)} |`,
    `| same (README only) | 1 | ${r4(same.medianRatio)} | **${same.below + same.above}/${same.n}** exclude 1 | ${pct(same.medianHalfWidth)} | ${pct(same.spread)} | ${same.covers}/${same.intervals} | ${sec(same.bench)} | ${sec(same.check)} |`,
    '',
    'Bench phase here: both builds of the one variant, base and head, timed together.',
    '',
    `Targets (issue 19): the PR that injects the slowdown reported (interval below 1) in ${slow.below}/${slow.n}, ${slow.below >= 0.9 * slow.n ? 'met' : '**not met**'}; the unchanged PR flagged (interval excluding 1) in ${same.below + same.above}/${same.n}, at most 5%: ${same.below + same.above <= 0.05 * same.n ? 'met' : '**not met**'}; coverage ${slow.covers}/${slow.n} and ${same.covers}/${same.n}${slow.judgedLocal ? ` (against each check's own moment: ${slow.coversLocal}/${slow.judgedLocal} and ${same.coversLocal}/${same.judgedLocal})` : ''}.`,
    '',
    ...(noVsBase.length ? [`Checks without \`vsBase\`: ${noVsBase.length}${whyMissing(noVsBase)}.`, ''] : []),
  ];
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-wallclock-'));
  const raw = process.env.REPORT_FROM ? JSON.parse(readFileSync(process.env.REPORT_FROM, 'utf8')) : await measure(work);
  if (!process.env.REPORT_FROM) writeFileSync(path.join(work, 'raw.json'), JSON.stringify(raw));
  const text = report(raw);
  if (process.env.WALLCLOCK_DOC !== '0') writeDocSection(doc, SECTION, text, '# Benchmarks');
  process.stdout.write(`${text}\n`);
  log(`done${process.env.WALLCLOCK_DOC !== '0' ? `; docs/BENCHMARKS.md section "${SECTION}" written` : ''} (measurements: ${process.env.REPORT_FROM ?? path.join(work, 'raw.json')})`);
}

if (process.argv[2] === '--child') {
  const [, , , task, inFile, outFile] = process.argv;
  const tasks = { interleave };
  writeFileSync(outFile, JSON.stringify(tasks[task](JSON.parse(readFileSync(inFile, 'utf8')))));
} else {
  await main();
}
