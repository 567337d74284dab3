// The comments the report tests look at, made from real runs (__tests__/fixtures/report, written
// by `npm run capture:report`: `wasm-gate update` and `check` over the repository's fixtures)
// through the real compareRun, against the real baseline or a copy edited the way a change would
// move it. Nothing here invents a measurement; the edits say what they simulate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareRun, type VariantOutcome } from '../../src/compare/compare.js';
import { exitCodeFor, gateStatus } from '../../src/compare/verdict.js';
import { parseBaselineText } from '../../src/config/load-baseline.js';
import { parseConfig } from '../../src/config/load-config.js';
import type { PublishedResults } from '../../src/results/published.js';
import type { Baseline, GateConfig, GateProblem, VariantMeasurement } from '../../src/types.js';
import { ROOT, sha } from './run-action.js';

const FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'report');

interface RunFile {
  startedAt: string;
  tools: Record<string, string>;
  variants: Record<string, { measurement?: VariantMeasurement; problems?: GateProblem[] }>;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
const clone = <T>(value: T): T => structuredClone(value);

export const CONFIG_FILE = path.join(ROOT, 'wasm-gate.config.json');
export const config: GateConfig = parseConfig(JSON.parse(readFileSync(CONFIG_FILE, 'utf8')), CONFIG_FILE);
export const baseline: Baseline = parseBaselineText(readFileSync(path.join(FIXTURES, 'baseline.json'), 'utf8'), path.join(FIXTURES, 'baseline.json'));
export const runA = read<RunFile>('run-a.json');
export const runB = read<RunFile>('run-b.json');
const failedRun = read<RunFile>('failed-build.json');

export const HEAD = sha('head of the PR');
export const BASE = sha('base of the PR');

/** What the action adds in a pull_request run (as src/action.ts fills it in). */
function published(results: PublishedResults): PublishedResults {
  return {
    ...results,
    pullRequest: { number: 42, headSha: HEAD, baseSha: BASE, repo: 'octo-org/wasm-app' },
    acceptance: { label: 'wasm-gate:accept', applied: false },
    context: {
      runUrl: 'https://github.com/octo-org/wasm-app/actions/runs/12345678901',
      commands: { install: 'npm i -D github:octo-org/wasm-gate#v0', check: 'npx wasm-gate check', update: 'npx wasm-gate update' },
    },
  };
}

/** The results `check` would have written for `run` against `base`, as the pipeline assembles them. */
export function resultsOf(run: RunFile, base: Baseline | undefined, gate: GateConfig = config): PublishedResults {
  const outcomes: VariantOutcome[] = gate.variants.map((v) => {
    const entry = run.variants[v.name] ?? run.variants[v.name.replace(/-\d+$/, '')];
    return { name: v.name, ...(entry?.measurement ? { measurement: clone(entry.measurement) } : {}), problems: clone(entry?.problems ?? []) };
  });
  const variants = compareRun(gate, base, outcomes);
  const status = gateStatus([], variants);
  return published({
    schemaVersion: 1,
    tool: { name: 'wasm-gate', version: '0.1.0' },
    mode: 'check',
    status,
    exitCode: exitCodeFor(status),
    startedAt: run.startedAt,
    durationMs: 20_000,
    tools: run.tools,
    configFile: '/home/runner/work/wasm-app/wasm-app/wasm-gate.config.json',
    baselineFile: '/home/runner/work/wasm-app/wasm-app/baseline.json',
    ...(gate.reference ? { reference: gate.reference } : {}),
    variants,
    problems: [],
  });
}

type Edit = (b: Baseline) => void;

function edited(...edits: Edit[]): Baseline {
  const b = clone(baseline);
  for (const edit of edits) edit(b);
  return b;
}

/** The baseline as it was before a change grew `variant`'s code section by `bytes`. */
const grewCode =
  (variant: string, bytes: number, gzipBytes: number): Edit =>
  (b) => {
    const v = b.variants[variant];
    if (!v) throw new Error(variant);
    v.size.raw -= bytes;
    v.size.optimized -= Math.round(bytes * 0.8);
    v.size.gzip -= gzipBytes;
    v.size.brotli -= Math.round(gzipBytes * 0.9);
    if (v.sections?.code) v.sections.code -= bytes;
    // The code grew in the largest function: its baseline entry was that much smaller.
    const top = Object.entries(v.functions ?? {}).sort((x, y) => y[1] - x[1])[0];
    if (top && v.functions) v.functions[top[0]] = Math.max(1, top[1] - bytes);
  };

/** The baseline as it was before a change made `bench` execute `factor` times the instructions. */
const slowedBench =
  (variant: string, bench: string, factor: number): Edit =>
  (b) => {
    const entry = b.variants[variant]?.bench?.[bench];
    if (!entry?.instructions) throw new Error(`${variant} ${bench}`);
    const before = Math.round(entry.instructions / factor);
    // The baseline's profile sums to its count: the work moves in the function that runs most.
    const top = Object.entries(entry.profile ?? {}).sort((x, y) => y[1] - x[1])[0];
    if (top && entry.profile) entry.profile[top[0]] = top[1] - (entry.instructions - before);
    entry.instructions = before;
  };

export const cases = {
  /** The same code as the baseline: nothing moved but the timings. */
  unchanged: () => resultsOf(runA, baseline),
  /** A second run on the same code, minutes later. */
  unchangedAgain: () => resultsOf(runB, baseline),
  /** rust-freelist's code grew by 405 B (gzip +187 B) and bench_small runs 3.1% more instructions;
   * rust-tracing's code grew by 20 B (gzip +9 B), within its thresholds. */
  regression: () => resultsOf(runA, edited(grewCode('rust-freelist', 405, 187), slowedBench('rust-freelist', 'bench_small', 1.031), grewCode('rust-tracing', 20, 9))),
  /** c-custom lost 300 B of gzip and 8% of bench_live_set's instructions. */
  improvement: () =>
    resultsOf(
      runA,
      edited(grewCode('c-custom', -640, -300), slowedBench('c-custom', 'bench_live_set', 1 / 1.08)),
    ),
  /** c-custom's build fails with a real compiler error; the others still measure. */
  failedBuild: () => resultsOf(failedRun, baseline),
  /** rust-tracing is not in the baseline yet (new); the baseline has a rust-talc the config dropped. */
  newAndRemoved: () =>
    resultsOf(
      runA,
      edited((b) => {
        const tracing = b.variants['rust-tracing'];
        delete b.variants['rust-tracing'];
        if (tracing) b.variants['rust-talc'] = tracing;
      }),
    ),
  /** 60 variants: the six measured ones, ten times over under distinct names; three regressed. */
  sixty: () => {
    const names = Array.from({ length: 10 }, (_, k) => config.variants.map((v) => ({ ...v, name: `${v.name}-${k + 1}` }))).flat().slice(0, 60);
    const gate: GateConfig = { ...config, variants: names, reference: 'rust-dlmalloc-1' };
    const big = clone(baseline);
    big.variants = Object.fromEntries(names.map((v) => [v.name, clone(baseline.variants[v.name.replace(/-\d+$/, '')] as Baseline['variants'][string])]));
    for (const name of ['rust-freelist-3', 'c-libc-5', 'rust-bump-6']) grewCode(name, 405, 187)(big);
    return resultsOf(runA, big, gate);
  },
};

export type CaseName = keyof typeof cases;

/** Names a fork's results file may carry: GitHub would link, mention or format them. */
export const HOSTILE_NAMES = [
  'www.evil.example',
  'https://evil.example/login?next=/wasm',
  '@octo-org/admins',
  'see #1 and [x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  'mailto:someone@evil.example',
];

/** A fork PR's results file, as the `workflow_run` report job reads it: anything can be in it. */
export function forkResultsFile(): string {
  const r = cases.regression();
  r.variants = r.variants.map((v, i) => ({ ...v, name: HOSTILE_NAMES[i] ?? v.name }));
  r.reference = HOSTILE_NAMES[0] as string;
  return JSON.stringify(r);
}
