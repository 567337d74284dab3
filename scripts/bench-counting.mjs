// npm run bench:counting — what counting while the next variants build saves, on the fixtures with
// their real builds and benchmarks on (counts and throughput, the defaults): `check --no-reuse`
// against the committed baseline (so every count runs, at the baseline's iterations), this dist
// against the dist of BEFORE_REV (default e4d1a9f, the last commit that counted only after the last
// build), interleaved rounds in alternating order, medians. Also checks that both give the same
// counts. Once with the defaults, once counting only (no throughput phase, which is the same in
// both and waits for everything anyway). Writes the section "counting" of docs/PERFORMANCE.md.
// ROUNDS (default 5).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.ROUNDS ?? 5);
const beforeRev = process.env.BEFORE_REV ?? 'e4d1a9f';
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-counting-'));
execFileSync('bash', ['-c', `git -C '${root}' archive '${beforeRev}' dist | tar -x -C '${work}'`]);
const log = (m) => process.stderr.write(`${m}\n`);

// The build config with its paths made absolute, once as it is and once counting only.
const fixtures = path.join(root, 'fixtures');
const buildConfig = JSON.parse(readFileSync(path.join(fixtures, 'wasm-gate.build.json'), 'utf8'));
buildConfig.variants = buildConfig.variants.map((v) => ({ ...v, cwd: path.resolve(fixtures, v.cwd ?? '.') }));
delete buildConfig.$schema;
const scenarios = {
  'counts and throughput (the defaults)': buildConfig,
  'counts only (`bench.throughput: false`)': { ...buildConfig, bench: { throughput: false } },
};
const configFile = (scenario) => {
  const file = path.join(work, `${Object.keys(scenarios).indexOf(scenario)}.json`);
  writeFileSync(file, JSON.stringify(scenarios[scenario]));
  return file;
};

const contestants = {
  before: path.join(work, 'dist', 'cli.js'),
  now: path.join(root, 'dist', 'cli.js'),
};

function check(name, round, config) {
  const json = path.join(work, `${name}-${round}.json`);
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [contestants[name], 'check', '--config', config, '--baseline', 'baseline.json', '--no-reuse', '--json', json], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (out.status !== 0 && out.status !== 1) throw new Error(`${name} failed (${out.status}): ${out.stderr.slice(-2000)}`);
  const bench = Number(/bench: done in ([\d.]+) s/.exec(out.stderr)?.[1] ?? NaN);
  const results = JSON.parse(readFileSync(json, 'utf8'));
  const counts = Object.fromEntries(
    results.variants.map((v) => [v.name, Object.fromEntries(Object.entries(v.measurement?.bench ?? {}).map(([b, m]) => [b, [m.iterations, m.instructions, m.peakMemoryBytes]]))]),
  );
  return { seconds, bench, counts };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const m = (samples, name, key) => median(samples[name].map((s) => s[key]));
// The run logs whole seconds from 10 s up: print what it logged, not a precision it does not have.
const asLogged = (seconds) => (seconds >= 10 ? `${Math.round(seconds)} s` : `${seconds.toFixed(1)} s`);
const results = [];
for (const scenario of Object.keys(scenarios)) {
  const config = configFile(scenario);
  const samples = { before: [], now: [] };
  check('now', 'warm-up', config);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['before', 'now'] : ['now', 'before'];
    for (const name of order) samples[name].push(check(name, round, config));
    log(`${scenario}: round ${round + 1}/${rounds}: before ${samples.before.at(-1).seconds.toFixed(2)} s, now ${samples.now.at(-1).seconds.toFixed(2)} s`);
  }
  const sameCounts = [...samples.before, ...samples.now].every((s) => JSON.stringify(s.counts) === JSON.stringify(samples.now[0].counts));
  const benchCount = Object.values(samples.now[0].counts).reduce((n, v) => n + Object.keys(v).length, 0);
  results.push({ scenario, samples, sameCounts, benchCount });
}
const sameCounts = results.every((r) => r.sameCounts);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}`;
writeDocSection(
  path.join(root, 'docs', 'PERFORMANCE.md'),
  'counting',
  [
    '## Counting while the next variants build',
    '',
    'Written by `npm run bench:counting` (scripts/bench-counting.mjs). Do not edit by hand.',
    '',
    `Machine: ${machine}. Date: ${new Date().toISOString()}. ${rounds} interleaved rounds (alternating order) after one warm-up; medians.`,
    '',
    `The six fixture variants with their real builds, benchmarks on (${results[0].benchCount} benchmarks), \`check --no-reuse\``,
    "against the committed baseline, so that every benchmark is counted, at the baseline's iterations. *Before*: the dist",
    `of ${beforeRev}, which counted only after the last variant was optimized; *now*: counting starts as soon as each module is ready.`,
    '*Bench work* is what the run reports as `bench: done in`: the time bench work ran, builds between counts not included.',
    '',
    '| benchmarks | whole check, before | whole check, now | now / before | bench work, before | bench work, now |',
    '|---|--:|--:|--:|--:|--:|',
    ...results.map(
      ({ scenario, samples: s }) =>
        `| ${scenario} | ${m(s, 'before', 'seconds').toFixed(2)} s | ${m(s, 'now', 'seconds').toFixed(2)} s | ${(m(s, 'now', 'seconds') / m(s, 'before', 'seconds')).toFixed(3)}× | ${asLogged(m(s, 'before', 'bench'))} | ${asLogged(m(s, 'now', 'bench'))} |`,
    ),
    '',
    `Every run gave the same iterations, instructions and peak memory for every benchmark: ${sameCounts ? 'yes' : '**no**'}.`,
    '',
    'Samples, whole check:',
    '',
    ...results.map(({ scenario, samples: s }) => `- ${scenario}: before ${s.before.map((x) => x.seconds.toFixed(2)).join(', ')} s; now ${s.now.map((x) => x.seconds.toFixed(2)).join(', ')} s`),
  ].join('\n'),
);
log(readFileSync(path.join(root, 'docs', 'PERFORMANCE.md'), 'utf8').split('<!-- section:counting -->')[1]);
if (!sameCounts) process.exitCode = 1;
