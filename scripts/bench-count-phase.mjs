// npm run bench:count-phase — what counting costs now that it counts cycles (the cache model, the
// call made twice for its steady state) and allocations (one more run, on the module as built),
// against counting as it was before (BEFORE_REV, default 25daae6: instructions and memory only).
// The repository's fixtures (prebuilt, every variant of wasm-gate.config.json), `check --no-reuse`
// against the committed baseline with `bench.throughput: false`, so that every count runs at the
// baseline's iterations and nothing else of the bench phase does; both dists interleaved in
// alternating order, ROUNDS rounds (default 5), medians. The bench phase's own time is read from
// the gate's log ("bench: done in"); the whole command's too. Writes the section "count-phase" of
// docs/BENCHMARKS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.ROUNDS ?? 5);
const beforeRev = process.env.BEFORE_REV ?? '25daae6';
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-count-phase-'));
execFileSync('bash', ['-c', `git -C '${root}' archive '${beforeRev}' dist | tar -x -C '${work}'`]);
const log = (m) => process.stderr.write(`${m}\n`);

const config = JSON.parse(readFileSync(path.join(root, 'wasm-gate.config.json'), 'utf8'));
config.variants = config.variants.map((v) => ({ ...v, artifact: path.join(root, v.artifact) }));
config.bench = { throughput: false };
delete config.$schema;
const configFile = path.join(work, 'wasm-gate.config.json');
writeFileSync(configFile, JSON.stringify(config));
const contestants = { before: path.join(work, 'dist', 'cli.js'), now: path.join(root, 'dist', 'cli.js') };

/** One `check --no-reuse`: the command's wall time and the bench phase's, in seconds. */
function check(cli) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'check', '--no-reuse', '--config', configFile, '--baseline', path.join(root, 'baseline.json')], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const total = (performance.now() - started) / 1000;
  if (run.status === null || run.status > 2) throw new Error(`${cli}: exit ${run.status}\n${run.stderr}`);
  const bench = /bench: done in ([\d.]+) s/.exec(run.stderr);
  return { total, bench: bench ? Number(bench[1]) : NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = { before: [], now: [] };
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 ? ['now', 'before'] : ['before', 'now']) {
    const r = check(contestants[name]);
    samples[name].push(r);
    log(`round ${round + 1}/${rounds} ${name}: bench phase ${r.bench.toFixed(1)} s, command ${r.total.toFixed(1)} s`);
  }
}

const row = (label, key) => {
  const before = median(samples.before.map((s) => s[key]));
  const now = median(samples.now.map((s) => s[key]));
  return `| ${label} | ${before.toFixed(1)} s | ${now.toFixed(1)} s | **${(now / before).toFixed(2)}×** | ${samples.now.map((s) => s[key].toFixed(1)).join(', ')} |`;
};
const text = [
  '## 7. Counting cost of cycles and allocations, end to end',
  '',
  `_Measured ${new Date().toISOString()} by \`npm run bench:count-phase\` (scripts/bench-count-phase.mjs), node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}._`,
  '',
  `\`check --no-reuse\` on the ${config.variants.length} fixture variants of wasm-gate.config.json against the committed baseline, \`bench.throughput: false\`: every benchmark counted at the baseline's iterations, nothing timed. **Before**: the dist of ${beforeRev} (instructions and memory). **Now**: instructions and memory as before, plus cycles (the cache model, with the call made twice for its steady state) and allocation statistics (one more run on the module as built). ${rounds} rounds, the two interleaved in alternating order; medians.`,
  '',
  '| what | before | now | now / before | now, every round |',
  '|---|--:|--:|--:|--:|',
  row('bench phase (the counting)', 'bench'),
  row('the whole `check` (build, optimize, compress, count)', 'total'),
].join('\n');
writeDocSection(path.join(root, 'docs', 'BENCHMARKS.md'), 'count-phase', text, '# Benchmarks');
log(text);
