// npm run bench:merge — merging a large matrix: 1,000 variants across 10 shards (tiny modules,
// optimize off, benchmarks off: the merge is what is measured, not the builds). Each shard runs
// `check --shard K/10 --json`; then `merge --markdown` runs ROUNDS times. Records the merge's wall
// time (the whole CLI process, Node's start included), the comment's length and its verdict.
// Writes its section of docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli.js');
const VARIANTS = Number(process.env.VARIANTS ?? 1000);
const SHARDS = Number(process.env.SHARDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const dir = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-bench-merge-'));
mkdirSync(path.join(dir, 'wasm'));

/** A module of a header and one custom section of `filler` pseudo-random bytes. */
function module(filler, seed) {
  let x = seed >>> 0 || 1;
  const payload = [];
  for (let i = 0; i < filler; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    payload.push(x & 0xff);
  }
  const name = [...Buffer.from('pad')];
  const body = [name.length, ...name, ...payload];
  const size = [];
  let n = body.length;
  do {
    size.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00, ...size, ...body]);
}

const names = Array.from({ length: VARIANTS }, (_, i) => `alloc-${String(i).padStart(4, '0')}`);
for (const [i, name] of names.entries()) writeFileSync(path.join(dir, 'wasm', `${name}.wasm`), module(200 + (i % 50) * 10, i + 1));
const config = path.join(dir, 'wasm-gate.config.json');
writeFileSync(config, JSON.stringify({ reference: names[0], variants: names.map((name) => ({ name, artifact: `wasm/${name}.wasm` })), optimize: false, bench: { enabled: false } }));
const run = (args) => {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { ...r, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
};
if (run(['update', '--config', config]).status !== 0) throw new Error('update failed');
// A realistic PR: a few variants grow or shrink.
for (const i of [3, 250, 251, 777]) writeFileSync(path.join(dir, 'wasm', `${names[i]}.wasm`), module(200 + (i % 50) * 10 + (i % 2 ? 40 : -30), i + 1));
for (let k = 1; k <= SHARDS; k++) {
  const r = run(['check', '--config', config, '--shard', `${k}/${SHARDS}`, '--json', path.join(dir, `results-${k}.json`)]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`shard ${k} failed: ${r.stderr.slice(-2000)}`);
}
const whole = run(['check', '--config', config, '--markdown', path.join(dir, 'whole.md')]);
const times = [];
let merged;
for (let i = 0; i < ROUNDS; i++) {
  merged = run(['merge', path.join(dir, 'results-*.json'), '--markdown', path.join(dir, 'merged.md')]);
  times.push(merged.seconds);
}
const body = readFileSync(path.join(dir, 'merged.md'), 'utf8');
const same = body === readFileSync(path.join(dir, 'whole.md'), 'utf8');
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const node = spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8' });
const bare = [];
for (let i = 0; i < ROUNDS; i++) {
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(Number(process.hrtime.bigint() - started) / 1e9);
}
void node;
const bareMedian = [...bare].sort((a, b) => a - b)[Math.floor(bare.length / 2)];
const text = `## Merging shards

Written by \`npm run bench:merge\` (scripts/bench-merge.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores.
${VARIANTS.toLocaleString('en-US')} variants (tiny modules, optimize off, benchmarks off) across ${SHARDS} shards
(\`check --shard K/${SHARDS} --json\`), four of them changed; then \`merge results-*.json --markdown\`, ${ROUNDS} runs.

| measure | result | target |
|---|--:|---|
| merge, whole CLI process (median of ${ROUNDS}) | **${median.toFixed(2)} s** (runs: ${times.map((t) => t.toFixed(2)).join(', ')}) | under 1 s |
| of which Node's own start (\`node -e 0\`, median) | ${bareMedian.toFixed(2)} s | |
| merged comment length | **${body.length.toLocaleString('en-US')} characters** | under 65,536 |
| verdict | exit ${merged.status} (${/^## (.*)$/m.exec(body)?.[1] ?? ''}) | exit 1: one variant grew past 1% |
| identical to the unsharded run's report | ${same ? 'yes' : '**no**'} | yes |
`;
writeDocSection(path.join(root, 'docs', 'PERFORMANCE.md'), 'merge', text);
console.log(text);
