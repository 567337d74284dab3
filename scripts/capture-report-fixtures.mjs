// npm run capture:report — real runs for the report tests (__tests__/fixtures/report/), so the
// comment snapshots show what the gate measures rather than invented numbers:
//   baseline.json       `wasm-gate update` over the repository's fixtures (prebuilt modules)
//   run-a.json, run-b   two `wasm-gate check` runs on the same, unchanged code (their timings differ)
//   failed-build.json   a `check` in which c-custom's real build (clang, -Werror) fails
// Each run file keeps what the reports are made from: the tools and, per variant, its measurement
// or its problems. The tests compare these with (edited) baselines through the real compareRun.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '__tests__', 'fixtures', 'report');
const work = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-capture-'));
const cli = path.join(root, 'dist', 'cli.js');

function gate(args, cwd = root) {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  process.stderr.write(`wasm-gate ${args.join(' ')}: exit ${run.status}\n`);
  if (run.status === null || run.status > 2) throw new Error(run.stderr);
  return run;
}

/** The parts of a results file the report tests rebuild results from. */
function runFile(resultsFile) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  return {
    capturedBy: 'scripts/capture-report-fixtures.mjs',
    startedAt: results.startedAt,
    tools: results.tools,
    variants: Object.fromEntries(results.variants.map((v) => [v.name, v.problems.length > 0 ? { problems: v.problems } : { measurement: v.measurement }])),
  };
}

const write = (name, value) => writeFileSync(path.join(out, name), `${JSON.stringify(value, null, 2)}\n`);

const baseline = path.join(work, 'baseline.json');
gate(['update', '--baseline', baseline]);
writeFileSync(path.join(out, 'baseline.json'), readFileSync(baseline));
for (const name of ['a', 'b']) {
  const json = path.join(work, `run-${name}.json`);
  // Measured, not reused from the baseline just written: the tests edit baselines around these runs.
  gate(['check', '--no-reuse', '--baseline', baseline, '--json', json]);
  write(`run-${name}.json`, runFile(json));
}

// The C fixture with a slip in its allocator: the real compiler error the comment must show.
const broken = path.join(work, 'c-alloc');
cpSync(path.join(root, 'fixtures', 'c-alloc'), broken, { recursive: true });
const source = path.join(broken, 'alloc_custom.c');
const text = readFileSync(source, 'utf8');
const slipped = text.replace(/\breturn (\w+);/, 'return $1 + unused_offset;');
if (slipped === text) throw new Error('could not inject the build error');
writeFileSync(source, slipped);
const config = JSON.parse(readFileSync(path.join(root, 'wasm-gate.config.json'), 'utf8'));
config.$schema = path.join(root, 'schemas', 'config.schema.json');
config.variants = config.variants.map((v) =>
  v.name === 'c-custom'
    ? { name: 'c-custom', build: `mkdir -p out && ./c-alloc/build.sh out/c-custom.wasm custom`, artifact: 'out/c-custom.wasm' }
    : { ...v, artifact: path.join(root, v.artifact) },
);
writeFileSync(path.join(work, 'wasm-gate.config.json'), JSON.stringify(config, null, 2));
const failed = path.join(work, 'failed.json');
gate(['check', '--baseline', baseline, '--json', failed], work);
write('failed-build.json', runFile(failed));
process.stderr.write(`wrote ${out}\n`);
