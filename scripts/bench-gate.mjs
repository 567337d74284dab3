// npm run bench:gate — what the gate costs against the hand-made pipeline it replaces.
// Benchmarks off everywhere; every contestant is a fresh process, timed from outside, its peak
// memory from /usr/bin/time (max RSS). Writes three sections of docs/PERFORMANCE.md:
//   gate      the fixtures' six variants, interleaved rounds of
//               bare/native    a shell loop: build, copy, native wasm-opt -Oz --strip-debug, gzip -9 | wc -c
//               gate/native    node dist/cli.js check, optimize.engine "native"
//               bare/npm       the same loop calling binaryen's npm wasm-opt CLI once per variant
//               gate/binaryen  node dist/cli.js check with the bundled in-process binaryen
//               recheck        a second check with nothing changed (against a baseline from update)
//             once with the real builds (what CI pays) and once over the prebuilt modules;
//   real      real modules installed from npm at benchmark time (never committed), one variant each
//             and all together in one config, the same contestants interleaved;
//   engine    where the in-process engine's time goes on @resvg/resvg-wasm, step by step.
// ROUNDS (fixtures, default 5), REAL_ROUNDS (default 3), ONLY=gate,real,engine, REAL_MODULES=resvg,sql.js,gofmt.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeDocSection } from './doc-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');
const doc = path.join(root, 'docs', 'PERFORMANCE.md');
const rounds = Number(process.env.ROUNDS ?? 5);
const realRounds = Number(process.env.REAL_ROUNDS ?? 3);
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : undefined;
const part = (name) => !ONLY || ONLY.has(name);
const log = (m) => process.stderr.write(`${m}\n`);
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-gate-'));
// npm puts node_modules/.bin (binaryen's JS wasm-opt) first on PATH: find the native one.
const nativePath = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => dir && !dir.includes('node_modules'))
  .map((dir) => path.join(dir, 'wasm-opt'))
  .find((file) => spawnSync(file, ['--version']).status === 0);
if (!nativePath) throw new Error('native wasm-opt not found: apt-get install binaryen');
const nativeVersion = spawnSync(nativePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
const nativeHelp = spawnSync(nativePath, ['--help'], { encoding: 'utf8' }).stdout;
const npmWasmOpt = path.join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
const binaryenVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/binaryen/package.json'), 'utf8')).version;
const timeBin = '/usr/bin/time';
if (!existsSync(timeBin)) throw new Error('/usr/bin/time not found: apt-get install time');

// The gate's own feature detection (bundled from src/ on the fly: this script is plain JS), so the
// bare loops give wasm-opt the same --enable flags the gate does.
const cacheDir = path.join(root, 'node_modules', '.cache', 'wasm-gate-bench-gate');
mkdirSync(cacheDir, { recursive: true });
const entry = path.join(cacheDir, 'entry.ts');
const src = (file) => JSON.stringify(path.join(root, 'src', file));
writeFileSync(
  entry,
  [
    `export { detectFeatures, featuresToEnable } from ${src('wasm/features.ts')};`,
    `export { loadBinaryen } from ${src('optimize/binaryen-engine.ts')};`,
    `export { BINARYEN_FEATURES, impliedFeatures, planFromFlags } from ${src('optimize/wasm-opt-flags.ts')};`,
    `export { compressedSizes } from ${src('measure/compress.ts')};`,
    `export { measureFunctions } from ${src('measure/functions.ts')};`,
    `export { namesFromKeptCopy } from ${src('optimize/names-kept.ts')};`,
    `export { readFunctionNames } from ${src('wasm/name-section.ts')};`,
    `export { sectionSizes } from ${src('wasm/sections.ts')};`,
    `export { instrumentForProfiling } from ${src('wasm/instrument.ts')};`,
  ].join('\n'),
);
const bundled = path.join(cacheDir, 'engine.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: bundled, logLevel: 'error' });
const engine = await import(pathToFileURL(bundled).href);

if (process.argv[2] === '--breakdown') {
  await breakdown(process.argv[3]);
  process.exit(0);
}

function featureFlags(file, native) {
  const enabled = engine.featuresToEnable(engine.detectFeatures(new Uint8Array(readFileSync(file))));
  const flags = new Set();
  for (const f of enabled) {
    // As the gate's native engine does: a wasm-opt older than the bulk-memory split gets bulk-memory.
    if (native && !nativeHelp.includes(`--enable-${f}`)) {
      if (f === 'bulk-memory-opt') flags.add('--enable-bulk-memory');
    } else flags.add(`--enable-${f}`);
  }
  return ['--mvp-features', ...flags].join(' ');
}

/** The hand-made loop: build, copy, wasm-opt, gzip -9 | wc -c (and, with `brotli`, node:zlib's brotli 11 too). */
function bareScript(list, wasmOpt, native, brotli = false) {
  const lines = ['set -eu', `out=${work}/bare`, 'mkdir -p "$out"'];
  for (const v of list) {
    const env = Object.entries(v.env ?? {}).map(([k, val]) => `export ${k}='${val}'; `).join('');
    if (v.build) lines.push(`(cd '${v.cwd}' && ${env}${v.build}) >/dev/null 2>&1`);
    const artifact = path.resolve(v.cwd, v.artifact);
    const features = v.build ? '' : featureFlags(artifact, native);
    lines.push(`cp '${artifact}' "$out/${v.name}.wasm"`);
    lines.push(`${wasmOpt} "$out/${v.name}.wasm" ${features} -Oz --strip-debug -o "$out/${v.name}.opt.wasm"`);
    lines.push(`echo "${v.name} $(wc -c < "$out/${v.name}.wasm") $(wc -c < "$out/${v.name}.opt.wasm") $(gzip -9 -c "$out/${v.name}.opt.wasm" | wc -c)"`);
    if (brotli) lines.push(`'${process.execPath}' -e "${BROTLI_SIZE}" "$out/${v.name}.opt.wasm"`);
  }
  return lines.join('\n');
}

// The same work as the gate's compression, by hand: no brotli CLI ships here, so node:zlib at quality 11.
const BROTLI_SIZE = "const z = require('node:zlib'); console.log(z.brotliCompressSync(require('node:fs').readFileSync(process.argv[1]), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length)";

function gateConfig(name, list, engineName) {
  const file = path.join(work, `config-${name}-${engineName}.json`);
  writeFileSync(file, JSON.stringify({ variants: list.map(({ name: n, cwd, artifact, build: b, env }) => ({ name: n, cwd, artifact, ...(b ? { build: b } : {}), ...(env ? { env } : {}) })), optimize: { engine: engineName, wasmOpt: nativePath }, bench: { enabled: false } }));
  return file;
}

/** Seconds and max RSS (MiB) of one run of a command. */
function run(label, command, args) {
  const rss = path.join(work, 'rss.txt');
  const start = process.hrtime.bigint();
  const result = spawnSync(timeBin, ['-f', '%M', '-o', rss, command, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const kb = Number(readFileSync(rss, 'utf8').trim().split('\n').pop());
  return { seconds, rssMiB: kb / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The contestants of one scenario, run in interleaved rounds after one untimed warm-up round
 * (`only`: some of them, in one round without warm-up, for a module too slow for more). */
function contest(scenario, list, count, only, recheckEngine = 'binaryen') {
  const none = path.join(work, 'none.json');
  const baseline = path.join(work, `baseline-${scenario}.json`);
  const check = (engineName, against) => () => run(`gate/${engineName}`, process.execPath, ['dist/cli.js', 'check', '--config', gateConfig(scenario, list, engineName), '--baseline', against]);
  // The re-check's baseline: an update of the same variants (untimed).
  rmSync(baseline, { force: true });
  run('update', process.execPath, ['dist/cli.js', 'update', '--config', gateConfig(scenario, list, recheckEngine), '--baseline', baseline]);
  const contestants = {
    'bare/native': () => run('bare/native', 'bash', ['-c', bareScript(list, nativePath, true)]),
    'gate/native': check('native', none),
    'bare/native+brotli': () => run('bare/native+brotli', 'bash', ['-c', bareScript(list, nativePath, true, true)]),
    'bare/npm': () => run('bare/npm', 'bash', ['-c', bareScript(list, `'${process.execPath}' '${npmWasmOpt}'`, false)]),
    'gate/binaryen': check('binaryen', none),
    recheck: check(recheckEngine, baseline),
  };
  if (only) for (const name of Object.keys(contestants)) if (!only.includes(name)) delete contestants[name];
  if (!only) for (const go of Object.values(contestants)) go();
  const samples = Object.fromEntries(Object.keys(contestants).map((k) => [k, []]));
  for (let round = 0; round < count; round++) {
    for (const [name, go] of Object.entries(contestants)) samples[name].push(go());
    log(`${scenario}: round ${round + 1}/${count}`);
  }
  const m = (k) => (samples[k] ? median(samples[k].map((s) => s.seconds)) : NaN);
  const rss = (k) => (samples[k] ? Math.max(...samples[k].map((s) => s.rssMiB)) : NaN);
  return { scenario, samples, m, rss, nativeRatio: m('gate/native') / m('bare/native'), sameWorkRatio: m('gate/native') / m('bare/native+brotli'), npmRatio: m('gate/binaryen') / m('bare/npm'), recheckRatio: m('recheck') / m(`gate/${recheckEngine}`) };
}

const f = (s) => `${s.toFixed(2)} s`;
const mark = (ok) => (ok ? '✅' : '❌');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; native ${nativeVersion} (${nativePath}); binaryen npm ${binaryenVersion}`;

function table(results) {
  return [
    '| scenario | bare loop, native wasm-opt | gate, native | ratio (≤ 1.10) | bare loop + brotli 11, native | gate native / it | bare loop, npm wasm-opt CLI | gate, in-process | ratio (≤ 1) | re-check, nothing changed | vs first check (≤ 0.2) | peak memory: gate native / in-process / npm CLI / re-check |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...results.map(
      (r) =>
        `| ${r.scenario} | ${f(r.m('bare/native'))} | ${f(r.m('gate/native'))} | ${r.nativeRatio.toFixed(3)}× ${mark(r.nativeRatio <= 1.1)} | ${f(r.m('bare/native+brotli'))} | ${r.sameWorkRatio.toFixed(3)}× | ${f(r.m('bare/npm'))} | ${f(r.m('gate/binaryen'))} | ${r.npmRatio.toFixed(3)}× ${mark(r.npmRatio <= 1)} | ${f(r.m('recheck'))} | ${r.recheckRatio.toFixed(3)}× ${mark(r.recheckRatio <= 0.2)} | ${['gate/native', 'gate/binaryen', 'bare/npm', 'recheck'].map((k) => `${Math.round(r.rss(k))}`).join(' / ')} MiB |`,
    ),
  ];
}

function samplesList(results) {
  return results.flatMap((r) => [`- ${r.scenario}:`, ...Object.entries(r.samples).map(([k, v]) => `  - ${k}: ${v.map((s) => s.seconds.toFixed(2)).join(', ')} s; max RSS ${v.map((s) => Math.round(s.rssMiB)).join(', ')} MiB`)]);
}

/** A section's results: the table, then every sample. */
function tableAndSamples(results) {
  return [...table(results), '', 'All samples:', '', ...samplesList(results)];
}

/** The same, after the note on the same-work column, for the sections that interleave rounds. */
function resultsText(results) {
  return [
    'The column *bare loop + brotli 11* is the same loop that also computes brotli (quality 11, node:zlib, one `node -e` per module) of each optimized module: the compression work the gate does.',
    '',
    ...tableAndSamples(results),
  ];
}

/** The old script wrote the whole file: keep only the title and the other scripts' sections. */
function dropLegacyText() {
  if (!existsSync(doc)) return;
  const text = readFileSync(doc, 'utf8');
  const first = text.indexOf('<!-- section:');
  if (first < 0) writeFileSync(doc, '# Performance of the gate\n');
  else writeFileSync(doc, `# Performance of the gate\n\n${text.slice(first)}`);
}
dropLegacyText();

if (part('gate')) {
  const buildConfig = JSON.parse(readFileSync(path.join(fixtures, 'wasm-gate.build.json'), 'utf8'));
  const variants = buildConfig.variants.map((v) => ({ ...v, cwd: path.resolve(fixtures, v.cwd ?? '.') }));
  const prebuilt = variants.map((v) => ({ name: v.name, cwd: fixtures, artifact: path.join(fixtures, 'prebuilt', `${v.name}.wasm`) }));
  const results = [contest('with builds', variants, rounds), contest('prebuilt modules', prebuilt, rounds)];
  writeDocSection(
    doc,
    'gate',
    [
      '## The fixtures',
      '',
      'Written by `npm run bench:gate` (scripts/bench-gate.mjs). Do not edit by hand.',
      '',
      `Machine: ${machine}. Date: ${new Date().toISOString()}. ${rounds} interleaved rounds after one warm-up round; medians; peak memory is the largest max RSS of the rounds.`,
      '',
      'The six fixture variants (4 Rust crates by feature, 2 C), benchmarks off: the size gate against the',
      'hand-made loop it replaces (build, copy, `wasm-opt -Oz --strip-debug`, `gzip -9 | wc -c`). The gate does',
      'more per variant (brotli, section and function sizes, baseline comparison, report). The re-check runs',
      'against a baseline `update` wrote for the same variants: every artifact is unchanged, so nothing is',
      'optimized, compressed or counted (docs/CACHE.md).',
      ...resultsText(results),
    ].join('\n'),
  );
}

/** A real module from npm, installed into its own temp dir at benchmark time (never committed). */
function npmWasm(spec, file) {
  const dir = path.join(os.tmpdir(), 'wasm-gate-npm', spec.replace(/[^A-Za-z0-9.@-]/g, '_'));
  const target = path.join(dir, 'node_modules', spec.slice(0, spec.lastIndexOf('@')), file);
  if (!existsSync(target)) execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, spec], { stdio: 'ignore' });
  return target;
}

const REAL = [
  { name: 'resvg', spec: '@resvg/resvg-wasm@2.6.2', file: 'index_bg.wasm', what: 'Rust (wasm-bindgen)' },
  { name: 'sql.js', spec: 'sql.js@1.17.0', file: 'dist/sql-wasm.wasm', what: 'C (Emscripten)' },
  { name: 'gofmt', spec: '@wasm-fmt/gofmt@0.7.3', file: 'gofmt.wasm', what: 'Go (TinyGo)' },
];

if (part('real')) {
  const picked = process.env.REAL_MODULES ? REAL.filter((r) => process.env.REAL_MODULES.split(',').includes(r.name)) : REAL;
  const modules = picked.map((r) => ({ ...r, artifact: npmWasm(r.spec, r.file) }));
  const variant = (r) => ({ name: r.name, cwd: work, artifact: r.artifact });
  const results = [];
  for (const r of modules) results.push({ ...contest(`${r.name}, ${(readFileSync(r.artifact).length / 1e6).toFixed(2)} MB ${r.what}`, [variant(r)], realRounds) });
  if (modules.length > 1) results.push(contest(`all ${modules.length} in one config`, modules.map(variant), realRounds));
  writeDocSection(
    doc,
    'real',
    [
      '## Real modules from npm',
      '',
      'Written by `npm run bench:gate` (scripts/bench-gate.mjs). Do not edit by hand.',
      '',
      `Machine: ${machine}. Date: ${new Date().toISOString()}. ${realRounds} interleaved rounds after one warm-up round; medians; peak memory is the largest max RSS of the rounds.`,
      '',
      `Modules installed from npm at benchmark time: ${modules.map((r) => `\`${r.spec}\` (${r.file}, ${readFileSync(r.artifact).length.toLocaleString('en-US')} B)`).join(', ')}.`,
      'Prebuilt (no build step), benchmarks off; each alone as one variant, then all three as the variants of one config.',
      'The bare loops give wasm-opt the same `--mvp-features --enable-…` flags the gate gives it. esbuild-wasm (14 MB Go) is',
      'left out here: one run of every contestant on it takes about 40 minutes on this machine, so it is measured once, in its',
      "own section below (`ESBUILD=1`); TinyGo's gofmt stands in for Go here.",
      ...resultsText(results),
    ].join('\n'),
  );
}

// esbuild-wasm (14 MB Go): every contestant once, in this order, no warm-up (ESBUILD=1): one
// round takes about 40 minutes here, the npm CLI alone over 12.
if (process.env.ESBUILD === '1') {
  const spec = 'esbuild-wasm@0.28.2';
  const artifact = npmWasm(spec, 'esbuild.wasm');
  const order = ['bare/native', 'gate/native', 'bare/native+brotli', 'bare/npm', 'gate/binaryen', 'recheck'];
  const r = contest(`esbuild, ${(readFileSync(artifact).length / 1e6).toFixed(2)} MB Go`, [{ name: 'esbuild', cwd: work, artifact }], 1, order, 'native');
  writeDocSection(
    doc,
    'esbuild',
    [
      '## A 14 MB Go module, once',
      '',
      'Written by `ESBUILD=1 npm run bench:gate` (scripts/bench-gate.mjs). Do not edit by hand.',
      '',
      `Machine: ${machine}. Date: ${new Date().toISOString()}. One run of each contestant, no warm-up, in the order of the columns, of \`${spec}\` (esbuild.wasm, ${readFileSync(artifact).length.toLocaleString('en-US')} B), benchmarks off.`,
      'The re-check runs against a baseline an untimed `update` wrote with the native engine, and compares with the native gate.',
      '',
      ...tableAndSamples([r]),
    ].join('\n'),
  );
}

if (part('engine')) {
  const resvg = npmWasm(REAL[0].spec, REAL[0].file);
  const out = spawnSync(timeBin, ['-f', '%M', process.execPath, fileURLToPath(import.meta.url), '--breakdown', resvg], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`breakdown failed: ${out.stderr}`);
  const steps = JSON.parse(out.stdout);
  const rssMiB = Number(out.stderr.trim().split('\n').pop()) / 1024;
  const cli = run('npm CLI', process.execPath, [npmWasmOpt, resvg, ...featureFlags(resvg, false).split(' '), '-Oz', '--strip-debug', '-o', path.join(work, 'cli.wasm')]);
  const total = steps.reduce((sum, s) => sum + s.seconds, 0);
  writeDocSection(
    doc,
    'engine',
    [
      '## The in-process engine on a large module',
      '',
      'Written by `npm run bench:gate` (scripts/bench-gate.mjs). Do not edit by hand.',
      '',
      `Machine: ${machine}. Date: ${new Date().toISOString()}. One run of each step in a fresh process, on`,
      `\`${REAL[0].spec}\` (${readFileSync(resvg).length.toLocaleString('en-US')} B, no name section), as the gate runs them with \`-Oz --strip-debug\`.`,
      '',
      '| step | seconds | share | RSS after |',
      '|---|--:|--:|--:|',
      ...steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(2)} | ${((100 * s.seconds) / total).toFixed(1)}% | ${Math.round(s.rss)} MiB |`),
      `| total | ${total.toFixed(2)} | | peak ${Math.round(rssMiB)} MiB |`,
      '',
      `binaryen's own npm CLI, the same flags and features, in the same run: ${cli.seconds.toFixed(2)} s, peak ${Math.round(cli.rssMiB)} MiB.`,
    ].join('\n'),
  );
}
log(readFileSync(doc, 'utf8'));

/** Each step of the in-process engine, timed (prints JSON). */
async function breakdown(file) {
  const steps = [];
  const step = async (name, fn) => {
    const start = performance.now();
    const value = await fn();
    steps.push({ step: name, seconds: (performance.now() - start) / 1000, rss: process.memoryUsage().rss / 2 ** 20 });
    return value;
  };
  const input = new Uint8Array(readFileSync(file));
  const binaryen = await step('load binaryen.js', () => engine.loadBinaryen());
  const features = await step('detect features (gate)', () => engine.featuresToEnable(engine.detectFeatures(input)));
  const F = binaryen.Features;
  let mask = 0;
  for (const name of features) for (const implied of engine.impliedFeatures({ op: 'enable', feature: name })) mask |= F[engine.BINARYEN_FEATURES[implied]];
  const module = await step('readBinary, with the features', () => binaryen.readBinary(input, mask));
  await step('validate', () => module.validate());
  binaryen.setDebugInfo(false);
  binaryen.setGenerateStackIR(true);
  binaryen.setOptimizeStackIR(true);
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  await step('optimize -Oz (every pass)', () => module.optimize());
  const bytes = await step('emitBinary', () => module.emitBinary());
  binaryen.setDebugInfo(true);
  const kept = await step('emitBinary, names kept (skipped by the gate: no name section)', () => module.emitBinary());
  binaryen.setDebugInfo(false);
  module.dispose();
  const names = engine.namesFromKeptCopy(bytes, kept, input);
  await step('gzip 9 + brotli 11 (thread pool)', () => engine.compressedSizes(bytes));
  await step('sections', () => engine.sectionSizes(bytes));
  await step('function sizes', () => engine.measureFunctions(bytes, names));
  await step('counting copy (bench only)', () => engine.instrumentForProfiling(bytes));
  process.stdout.write(JSON.stringify(steps));
}
