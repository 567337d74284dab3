// npm run bench:wallclock — can the gate's paired wall-clock ratios be gated on (issue 19)?
// Through the real bundled CLI (`node dist/cli.js check --json`), on modules this script writes at
// run time (scripts/wallclock-modules.mjs), that execute the SAME instructions as their plain module
// and differ only in how long some steps take, in two families:
//   bench_layout(n) runs n steps of a chain of dependent loads; each step loads from a 4 KiB "near"
//   region (L1) or, with probability p, from a 256 KiB "far" region (past L1): a memory-layout change.
//   bench_assist(n) runs n steps of a chain of f64 additions; with probability p a step multiplies a
//   subnormal operand (a microcode assist, within the core). p is a 4-byte value in the data segment
//   and the choice is a `select`, so every p executes the same instructions.
//   1. Tuning: per family, the p that slows the module by about 1%, 2% and 5% (a sweep of p, each
//      paired with the plain module), unless WALLCLOCK_P gives them.
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
// (one timed call, default 2), WALLCLOCK_P ("0.03,0.06,0.12;0.0004,0.0008,0.002": per family, the
// fractions of slow steps, skips the tuning), WALLCLOCK_BENCH (JSON merged into the config's `bench`, e.g. '{"pairTargetPct":1}'),
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
import { compileWat, FAMILIES, familyOf, P_UNITS } from './wallclock-modules.mjs';

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
    run = bytes.map((b) => Object.entries(new WebAssembly.Instance(new WebAssembly.Module(b)).exports).find(([name]) => name.startsWith('bench_'))[1]);
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
async function tune(work, plain, family) {
  const { grid } = family;
  const seconds = Math.max(1, TRUTH_S / 2 / (grid.length - 1));
  const curve = [{ p: 0, ratio: 1 }];
  for (const p of grid.slice(1)) {
    const file = path.join(work, `tune-${family.key}-${p}.wasm`);
    writeFileSync(file, await compileWat(family.wat(Math.round(p * P_UNITS))));
    curve.push({ p, ratio: median(child('interleave', work, { plain, other: file, seconds, callMs: TRUTH_CALL_MS }).ratios) });
  }
  const fit = fitSlowdown(curve.map((c) => [c.p, 1 / c.ratio - 1]));
  log(`tuning ${family.key}: ${curve.map((c) => `p ${c.p}: ${c.ratio.toFixed(4)}`).join(', ')}; slowdown ≈ ${fit.text}`);
  const ps = family.targets.map(({ target }, i) => {
    const p = fit.solve(1 / target - 1);
    return Number.isFinite(p) && p > 0 ? { p: Math.min(1, p), how: 'tuned' } : { p: family.defaultP[i], how: 'default: the sweep found no slowdown' };
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
 *  with its family's plain one), the modules in turn. Per module, the ratios of each process. */
function truthRun(work, others) {
  const out = Object.fromEntries(Object.keys(others).map((name) => [name, []]));
  const seconds = TRUTH_S / TRUTH_PROCESSES / Object.keys(others).length;
  for (let i = 0; i < TRUTH_PROCESSES; i++) {
    for (const [name, { plain, file }] of Object.entries(others)) out[name].push(child('interleave', work, { plain, other: file, seconds, callMs: TRUTH_CALL_MS, placeMs: TRUTH_PLACE_MS }).ratios);
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

/** The opsPerSec row of `bench` and the counts of `variant` in a results file. */
function readRow(jsonFile, variant, bench) {
  const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const v = results.variants.find((x) => x.name === variant);
  const row = v?.rows.find((r) => r.metric === 'opsPerSec' && r.bench === bench);
  const count = (name) => {
    const m = results.variants.find((x) => x.name === name)?.measurement?.bench?.[bench];
    return m && { iterations: m.iterations, instructions: m.instructions };
  };
  return { row, counts: Object.fromEntries(results.variants.map((x) => [x.name, count(x.name)])), problems: [...(results.problems ?? []), ...(v?.problems ?? [])].map((p) => p.message ?? String(p)) };
}

/** Same instructions: every variant counted at the same iterations with the same instructions. */
function sameCounts(counts) {
  const all = Object.values(counts).filter(Boolean);
  return all.length >= 2 && all.every((c) => c.iterations === all[0].iterations && c.instructions === all[0].instructions);
}

function scenarios(work, modules, injected) {
  const list = [
    { name: 'A/A', key: 'aa', bench: FAMILIES[0].bench, variants: [{ name: 'A', artifact: modules.plain }, { name: 'A-again', artifact: modules.twin }], truth: 'A-again' },
    ...injected.map((t) => ({ name: t.name, key: t.name, bench: familyOf(t.name).bench, variants: [{ name: 'plain', artifact: modules[`${t.family}-plain`] }, { name: t.name, artifact: modules[t.name] }], truth: t.name })),
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
  const { row, counts, problems } = readRow(json, s.measured, s.bench);
  return { ratio: row?.vsReference, ci: row?.vsReferenceCi95, sameCounts: sameCounts(counts), counts, seconds: g.seconds, benchSeconds: g.benchSeconds, problems, warnings: warningsOf(g.stderr) };
}

// ---- 6. check --against: a PR that injects the 2% slowdown, and one that changes nothing -------

/** The heads checked against the base commit: per family, the 2% slowdown; and one that changes
 *  only a README (the layout family's repository). */
const AGAINST_HEADS = [
  { head: 'slow', family: 'layout', module: 'slow2' },
  { head: 'same', family: 'layout', module: undefined },
  { head: 'fp', family: 'assist', module: 'fp2' },
];

/** A git repository per family with its plain module at the base commit, and a branch per head of
 *  AGAINST_HEADS: the module replaced by the slowed one, or only the README changed. */
function againstRepo(work, family, modules) {
  const dir = path.join(work, `against-${family.key}`);
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@localhost' } });
  const artifact = path.join(dir, `${family.key}.wasm`);
  git('init', '-q', '-b', 'main');
  copyFileSync(modules[`${family.key}-plain`], artifact);
  writeFileSync(path.join(dir, 'wasm-gate.config.json'), JSON.stringify({ variants: [{ name: family.key, artifact: `${family.key}.wasm` }], optimize: false, ...(Object.keys(BENCH_EXTRA).length ? { bench: BENCH_EXTRA } : {}) }, null, 2));
  writeFileSync(path.join(dir, 'README.md'), 'bench-wallclock test repository\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base: the plain module');
  git('branch', 'base');
  for (const { head, module } of AGAINST_HEADS.filter((h) => h.family === family.key)) {
    git('checkout', '-q', '-b', head, 'base');
    if (module) copyFileSync(modules[module], artifact);
    else writeFileSync(path.join(dir, 'README.md'), 'bench-wallclock test repository (unchanged module)\n');
    git('commit', '-q', '-am', module ? `head: the same instructions, ${module}` : 'head: README only');
  }
  return { dir, git, variant: family.key, bench: family.bench };
}

function againstOnce(repo, head, k) {
  repo.git('checkout', '-q', head);
  const json = path.join(path.dirname(repo.dir), `against-${head}-${k}.json`);
  const g = gate(['check', '--no-reuse', '--against', 'base', '--json', json], repo.dir);
  const results = JSON.parse(readFileSync(json, 'utf8'));
  const row = results.variants.find((v) => v.name === repo.variant)?.rows.find((r) => r.metric === 'opsPerSec' && r.bench === repo.bench);
  return { ratio: row?.vsBase, ci: row?.vsBaseCi95, seconds: g.seconds, benchSeconds: g.benchSeconds, warnings: warningsOf(g.stderr) };
}

// ---- measure ----------------------------------------------------------------------------------

/** Per family, its plain module and the slowed ones (p tuned, or from WALLCLOCK_P: families
 *  separated by ";"), written into `modules`; the layout family's plain module also as a twin. */
async function injectSlowdowns(work, modules) {
  const given = process.env.WALLCLOCK_P?.split(';');
  const injected = [];
  const tunings = {};
  for (const [f, family] of FAMILIES.entries()) {
    const plain = path.join(work, `${family.key}-plain.wasm`);
    modules[`${family.key}-plain`] = plain;
    writeFileSync(plain, await compileWat(family.wat(0)));
    let ps = given?.[f]?.split(',').map((x) => ({ p: Number(x), how: 'WALLCLOCK_P' }));
    if (!ps) {
      log(`1. tuning p (fraction of ${family.slowStep}) for 1%, 2%, 5%`);
      tunings[family.key] = await tune(work, plain, family);
      ({ ps } = tunings[family.key]);
    }
    for (const [i, t] of family.targets.entries()) {
      const units = Math.max(1, Math.round(ps[i].p * P_UNITS));
      injected.push({ ...t, family: family.key, units, how: ps[i].how });
      modules[t.name] = path.join(work, `${t.name}.wasm`);
      writeFileSync(modules[t.name], await compileWat(family.wat(units)));
    }
  }
  modules.plain = modules[`${FAMILIES[0].key}-plain`];
  modules.twin = path.join(work, 'plain-again.wasm');
  copyFileSync(modules.plain, modules.twin);
  log(`injected: ${injected.map((t) => `${t.name} p = ${(t.units / P_UNITS).toFixed(4)} (${t.how})`).join(', ')}`);
  return { injected, tunings };
}

async function measure(work) {
  const modules = {};
  const { injected, tunings } = await injectSlowdowns(work, modules);
  // every module's truth: paired with its family's plain module
  const others = { 'A-again': { plain: modules.plain, file: modules.twin }, ...Object.fromEntries(injected.map((t) => [t.name, { plain: modules[`${t.family}-plain`], file: modules[t.name] }])) };
  log(`2. true size, first half (${TRUTH_S} s interleaved, ${TRUTH_PROCESSES} processes)`);
  const truth1 = truthRun(work, others);

  const list = scenarios(work, modules, injected);
  for (const s of list) {
    gate(['update', '--config', s.config, '--baseline', s.baseline, '--json', path.join(s.dir, 'update.json')], s.dir);
    s.checks = [];
  }
  const against = hasAgainst();
  const repos = against ? Object.fromEntries(FAMILIES.map((f) => [f.key, againstRepo(work, f, modules)])) : undefined;
  const againstRuns = Object.fromEntries(AGAINST_HEADS.map((h) => [h.head, []]));
  log(`3-5. ${CHECKS} rounds of ${list.length} checks${against ? ` + ${AGAINST_HEADS.length} checks --against` : ' (this CLI has no --against: part 6 skipped)'} with ${path.relative(root, CLI)}`);
  const roundTruth = Object.fromEntries(Object.keys(others).map((name) => [name, []]));
  const measureRoundTruth = () => {
    if (ROUND_TRUTH_S <= 0) return;
    for (const [name, { plain, file }] of Object.entries(others)) roundTruth[name].push(child('interleave', work, { plain, other: file, seconds: ROUND_TRUTH_S, callMs: TRUTH_CALL_MS, placeMs: TRUTH_PLACE_MS }).ratios);
  };
  for (let k = 0; k < CHECKS; k++) {
    measureRoundTruth();
    const order = list.map((_, i) => list[(i + k) % list.length]);
    for (const s of order) s.checks.push({ ...kept(`check ${s.name}`, () => checkOnce(s, k)), round: k });
    if (repos) {
      const heads = AGAINST_HEADS.map((_, i) => AGAINST_HEADS[(i + k) % AGAINST_HEADS.length]);
      for (const { head, family } of heads) againstRuns[head].push({ ...kept(`check --against, head ${head}`, () => againstOnce(repos[family], head, k)), round: k });
    }
    log(`round ${k + 1}/${CHECKS}: ${list.map((s) => `${s.name} ${fmtCheck(s.checks.at(-1))}`).join('; ')}${repos ? `; against: ${AGAINST_HEADS.map(({ head }) => `${head} ${fmtCheck(againstRuns[head].at(-1))}`).join(', ')}` : ''}`);
  }
  measureRoundTruth();
  log(`2. true size, second half (${TRUTH_S} s interleaved, ${TRUTH_PROCESSES} processes)`);
  const truth2 = truthRun(work, others);
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
    tunings,
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
    const p = injected && injected.units / P_UNITS;
    const what = isAA ? 'A/A (same module)' : `${s.name}: p = ${pct(p, p < 0.01 ? 3 : 2)} ${familyOf(s.name).slowStep}`;
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
    `Modules written by the script (scripts/wallclock-modules.mjs), two kinds of slowdown${raw.injected.some((t) => t.family === 'assist') ? '' : ' (this run: the first only)'}. **Memory layout** (slow1, slow2, slow5): \`bench_layout(n)\` runs n steps of a chain of dependent loads, each from a 4 KiB region or, with probability p, from a 256 KiB region (past the 48 KiB L1, within L2): what such a step costs depends on what else uses the core's caches at the moment. **Within the core** (fp1, fp2, fp5): \`bench_assist(n)\` runs n steps of a chain of f64 additions, each adding 1.0 × 0.75 or, with probability p, a subnormal number × 0.75 (a microcode assist on x86, ~100 steps' time). p is a word in the data segment and the choice a \`select\`: every p executes the same instructions (column "same counts": checks in which both variants were counted with identical instructions at the same iterations). Each scenario is a config of two variants, the first its \`reference\` (the plain module of its kind); each check is \`check --no-reuse --json\` and the row read is the second variant's throughput: \`vsReference\` and \`vsReferenceCi95\`. The scenarios run interleaved, round by round.`,
    '',
    `True ratio: each module paired with the plain one in a process of their own (the bench workers' V8 flags; two modules, as in the gate's worker), one call each per round, ~${raw.truthCallMs ?? 10} ms a call as the gate's paired rounds, the order alternating; ${raw.truthProcesses ?? 1} such processes per module before the checks and as many after (${raw.truthSeconds} s each time, all modules together; ${raw.truthPlaceMs ? `both modules compiled and instantiated anew every ${raw.truthPlaceMs} ms, as the gate's blocks are, so that the truth averages over many placements of code and memory` : "each process compiles and places the modules anew, once, as each check's worker does"}); ${raw.roundTruthSeconds ? `and ${raw.roundTruthSeconds} s per module in a process of its own before every round of checks and after the last; ` : ''}the median of the per-round ratios of all these processes, with its 95% interval (a bootstrap over the processes: one process's median moves by a percent or more, so the truth is only as sure as the number of processes behind it), then in parentheses the medians of the processes before, between and after the checks (their gaps: the drift of the machine during the run); then the lowest and highest median of one process. Half-width: (upper − lower) / 2 of the 95% interval, over the median (as bench.pairTargetPct). SD: the standard deviation of the checks' ratios over their median (an interval that accounts for how much a check's ratio varies has a half-width of about 1.96 × SD). Coverage: the interval contains the true ratio (1 for A/A); in parentheses, the truth of the check's own moment${raw.roundTruthSeconds ? ` (${raw.roundTruthSeconds} s of the same interleaved run per module in every round, just before the round's checks; a check is judged against the median of its round's and the next round's)` : ''}. Bench phase: the log's \`bench: done in\`, median over the checks, for the two variants (per variant in parentheses).`,
    '',
    `| scenario | true ratio [95%] (before / between / after) | one process's | median vsReference | ${raw.checks} checks: interval | median half-width | checks' ratios: SD | coverage | same counts | bench phase (per variant) | whole check |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    `Targets (issue 19): ${targetsMet(sums)}.`,
    '',
    `Injected: ${raw.injected.map((t) => `${t.name} p = ${(t.units / P_UNITS).toFixed(5)} (${t.how})`).join(', ')}${tuningText(raw)}. True ratio of the plain module against a second instance of itself: ${r4(truthOf('A-again').ratio)} (95% interval ${r4(truthOf('A-again').ci[0])} – ${r4(truthOf('A-again').ci[1])}, ${truthOf('A-again').rounds} rounds).`,
    ...(missing.length ? ['', `Checks without a paired interval: ${missing.length} (${[...new Set(missing.map((m) => m.name))].join(', ')})${whyMissing(missing)}.`] : []),
    '',
    ...againstReport(raw, truthOf, localTruth),
  ];
  return lines.join('\n');
}

/** The sweeps of p per kind and the curves fitted to them (older raw files: one sweep, `tuning`). */
function tuningText(raw) {
  const tunings = raw.tunings ?? (raw.tuning ? { layout: raw.tuning } : {});
  const text = Object.entries(tunings).map(([kind, t]) => `${kind}: ${t.curve.map((c) => `${c.p}: ${r4(c.ratio)}`).join(', ')}, slowdown ≈ ${typeof t.slope === 'number' ? `${t.slope.toFixed(3)}·p` : t.slope}`);
  return text.length ? `; from a sweep of p per kind (medians of interleaved pairs) and the curve fitted to it (${text.join('; ')})` : '';
}

/** Each target of issue 19's "Done when", with this run's figure and whether it is met: per kind
 *  of slowdown (with the A/A scenario in both). */
function targetsMet(sums) {
  const kinds = FAMILIES.filter((f) => f.targets.every((t) => sums[t.name]));
  return kinds.map((f) => `${f.key === 'layout' ? 'Memory layout' : 'Within the core'}: ${targetsOfKind(sums, f)}`).join('. ');
}

function targetsOfKind(allSums, family) {
  const sums = Object.fromEntries(Object.entries(allSums).filter(([k]) => k === 'A/A' || family.targets.some((t) => t.name === k)));
  const met = (ok) => (ok ? 'met' : '**not met**');
  const aa = sums['A/A'];
  const excluded = aa.below + aa.above;
  const [, two, five] = family.targets.map((t) => t.name);
  const detected = [two, five].map((k) => `${k} ${sums[k].below}/${sums[k].n}`).join(', ');
  const all = Object.entries(sums);
  return [
    `A/A intervals excluding 1 at most 5%: ${excluded}/${aa.n}, ${met(excluded <= 0.05 * aa.n)}`,
    `2% and 5% detected in at least 90%: ${detected}, ${met([two, five].every((k) => sums[k].below >= 0.9 * sums[k].n))}`,
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
  const heads = AGAINST_HEADS.filter(({ head }) => raw.against[head]);
  const noVsBase = heads.flatMap(({ head }) => raw.against[head]).filter((c) => !c.ci);
  const sums = Object.fromEntries(heads.map(({ head, module }) => [head, summarizeChecks(raw.against[head], module ? truthOf(module).ratio : 1, localTruth(module ?? 'A-again'))]));
  const row = ({ head, module }) => {
    const x = sums[head];
    const verdict = module ? `**${x.below}/${x.n}** below 1` : `**${x.below + x.above}/${x.n}** exclude 1`;
    return `| ${head} (${module ?? 'README only'}) | ${module ? r4(truthOf(module).ratio) : 1} | ${r4(x.medianRatio)} | ${verdict} | ${pct(x.medianHalfWidth)} | ${pct(x.spread)} | ${x.covers}/${x.intervals}${x.judgedLocal && module ? ` (${x.coversLocal}/${x.judgedLocal})` : ''} | ${sec(x.bench)} | ${sec(x.check)} |`;
  };
  const same = sums.same;
  const slowTargets = heads.filter((h) => h.module).map(({ head, module }) => {
    const x = sums[head];
    return `the PR that injects ${module} reported (interval below 1) in ${x.below}/${x.n}, ${x.below >= 0.9 * x.n ? 'met' : '**not met**'}, coverage ${x.covers}/${x.n}${x.judgedLocal ? ` (against each check's own moment: ${x.coversLocal}/${x.judgedLocal})` : ''}`;
  });
  return [
    '### `check --against`',
    '',
    'A git repository per kind written by the script: the base commit has the plain module (one variant, a prebuilt artifact); head `slow` replaces it with slow2, head `fp` (the other repository) with fp2, head `same` changes only a README. Each check runs on the head, `check --no-reuse --against base`, and reads `rows[].vsBase` and `vsBaseCi95`.',
    '',
    `| head | true ratio | median vsBase | ${raw.checks} checks: interval | median half-width | checks' ratios: SD | coverage | bench phase | whole check |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...heads.map(row),
    '',
    'Bench phase here: both builds of the one variant, base and head, timed together.',
    '',
    `Targets (issue 19): ${slowTargets.join('; ')}; the unchanged PR flagged (interval excluding 1) in ${same.below + same.above}/${same.n}, at most 5%: ${same.below + same.above <= 0.05 * same.n ? 'met' : '**not met**'}, coverage ${same.covers}/${same.n}.`,
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
