// npm run bench:gate — what the gate costs against the hand-made pipeline it replaces.
// Times, in the same run and interleaved, over the fixtures' six variants:
//   bare/native    a shell loop: build, copy, native wasm-opt -Oz --strip-debug, gzip -9 | wc -c
//   gate/native    node dist/cli.js check, optimize.engine "native", benchmarks off
//   bare/npm       the same loop calling binaryen's npm wasm-opt CLI once per variant
//   gate/binaryen  node dist/cli.js check with the bundled in-process binaryen, benchmarks off
// once with the real builds (what CI pays) and once over the prebuilt modules (no build: the
// gate's own overhead stands out). Writes docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures');
const rounds = Number(process.env.ROUNDS ?? 5);
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-gate-'));
// npm puts node_modules/.bin (binaryen's JS wasm-opt) first on PATH: find the native one.
const nativePath = (process.env.PATH ?? '')
  .split(path.delimiter)
  .filter((dir) => dir && !dir.includes('node_modules'))
  .map((dir) => path.join(dir, 'wasm-opt'))
  .find((file) => spawnSync(file, ['--version']).status === 0);
if (!nativePath) throw new Error('native wasm-opt not found: apt-get install binaryen');
const nativeWasmOpt = spawnSync(nativePath, ['--version'], { encoding: 'utf8' });
const npmWasmOpt = path.join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');

const buildConfig = JSON.parse(readFileSync(path.join(fixtures, 'wasm-gate.build.json'), 'utf8'));
const variants = buildConfig.variants.map((v) => ({ ...v, cwd: path.resolve(fixtures, v.cwd ?? '.') }));
const prebuilt = variants.map((v) => ({ name: v.name, cwd: fixtures, artifact: path.join(fixtures, 'prebuilt', `${v.name}.wasm`) }));

function gateConfig(list, engine) {
  const file = path.join(work, `config-${engine}-${list === prebuilt ? 'prebuilt' : 'build'}.json`);
  writeFileSync(file, JSON.stringify({ variants: list, optimize: { engine, wasmOpt: nativePath }, bench: { enabled: false } }));
  return file;
}

/** The seeds' alloc-compare.sh, reduced to its loop. */
function bareScript(list, wasmOpt) {
  const lines = ['set -eu', `out=${work}/bare`, 'mkdir -p "$out"'];
  for (const v of list) {
    const env = Object.entries(v.env ?? {}).map(([k, val]) => `export ${k}='${val}'; `).join('');
    if (v.build) lines.push(`(cd '${v.cwd}' && ${env}${v.build}) >/dev/null 2>&1`);
    const artifact = path.resolve(v.cwd, v.artifact);
    lines.push(`cp '${artifact}' "$out/${v.name}.wasm"`);
    lines.push(`${wasmOpt} "$out/${v.name}.wasm" -Oz --strip-debug -o "$out/${v.name}.opt.wasm"`);
    lines.push(`echo "${v.name} $(wc -c < "$out/${v.name}.wasm") $(wc -c < "$out/${v.name}.opt.wasm") $(gzip -9 -c "$out/${v.name}.opt.wasm" | wc -c)"`);
  }
  return lines.join('\n');
}

function time(label, command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  return seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const scenarios = [
  { name: 'with builds', list: variants },
  { name: 'prebuilt modules', list: prebuilt },
];
const report = [];
for (const scenario of scenarios) {
  const contestants = {
    'bare/native': () => time('bare/native', 'bash', ['-c', bareScript(scenario.list, nativePath)]),
    'gate/native': () => time('gate/native', process.execPath, ['dist/cli.js', 'check', '--config', gateConfig(scenario.list, 'native'), '--baseline', path.join(work, 'none.json')]),
    'bare/npm': () => time('bare/npm', 'bash', ['-c', bareScript(scenario.list, `'${process.execPath}' '${npmWasmOpt}'`)]),
    'gate/binaryen': () => time('gate/binaryen', process.execPath, ['dist/cli.js', 'check', '--config', gateConfig(scenario.list, 'binaryen'), '--baseline', path.join(work, 'none.json')]),
  };
  // One untimed round warms the cargo cache and the file system, then rounds interleave.
  for (const run of Object.values(contestants)) run();
  const samples = Object.fromEntries(Object.keys(contestants).map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contestants)) samples[name].push(run());
    process.stderr.write(`${scenario.name}: round ${round + 1}/${rounds}\n`);
  }
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  report.push({ scenario: scenario.name, samples, median: m, nativeRatio: m['gate/native'] / m['bare/native'], npmRatio: m['gate/binaryen'] / m['bare/npm'] });
}

const f = (s) => `${s.toFixed(2)} s`;
const lines = [
  '# Performance of the gate',
  '',
  'Written by `npm run bench:gate` (scripts/bench-gate.mjs). Do not edit by hand.',
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; native ${nativeWasmOpt.stdout.trim()} (${nativePath}); binaryen npm ${JSON.parse(readFileSync(path.join(root, 'node_modules/binaryen/package.json'), 'utf8')).version}.`,
  `Date: ${new Date().toISOString()}. ${rounds} interleaved rounds after one warm-up round; medians.`,
  '',
  'The six fixture variants (4 Rust crates by feature, 2 C), benchmarks off: the size gate against the',
  'hand-made loop it replaces (build, copy, `wasm-opt -Oz --strip-debug`, `gzip -9 | wc -c`). The gate does',
  'more per variant (brotli, section sizes, baseline comparison, report).',
  '',
  '| scenario | bare loop, native wasm-opt | gate, native wasm-opt | ratio (target ≤ 1.10) | bare loop, npm wasm-opt CLI | gate, in-process binaryen | ratio (target < 1) |',
  '|---|--:|--:|--:|--:|--:|--:|',
  ...report.map(
    (r) =>
      `| ${r.scenario} | ${f(r.median['bare/native'])} | ${f(r.median['gate/native'])} | ${r.nativeRatio.toFixed(3)}× | ${f(r.median['bare/npm'])} | ${f(r.median['gate/binaryen'])} | ${r.npmRatio.toFixed(3)}× |`,
  ),
  '',
  'All samples (seconds):',
  '',
  ...report.flatMap((r) => [`- ${r.scenario}:`, ...Object.entries(r.samples).map(([k, v]) => `  - ${k}: ${v.map((s) => s.toFixed(2)).join(', ')}`)]),
  '',
];
writeFileSync(path.join(root, 'docs', 'PERFORMANCE.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
