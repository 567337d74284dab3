// The pure parts of the GitHub side: review of baseline edits, event and input parsing, the
// untrusted results file, which comment to edit, the step's verdict and annotations.
import { describe, expect, it } from 'vitest';
import { repoPath } from '../src/publish/base-files.js';
import { isMarked, pickComment } from '../src/publish/comment.js';
import { hasLabel, pullRequestFromEvent, workflowRunFromEvent } from '../src/publish/event.js';
import { InputError, readInputs } from '../src/publish/inputs.js';
import { annotationsFor, stepOutcome } from '../src/publish/outcome.js';
import { parseResults, ResultsFileError, serializeResults } from '../src/publish/results-file.js';
import { relaxed, reviewChanges } from '../src/publish/review.js';
import { describeLoosening } from '../src/report/markdown.js';
import type { Baseline, GateResults, VariantResult } from '../src/types.js';

const size = (gzip: number) => ({ raw: gzip * 2, optimized: gzip + 100, gzip, brotli: gzip - 10 });
const baseline = (variants: Record<string, number>, bench?: Record<string, { iterations: number; instructions?: number; opsPerSec?: number }>): Baseline => ({
  schemaVersion: 1,
  variants: Object.fromEntries(Object.entries(variants).map(([name, gzip]) => [name, { size: size(gzip), ...(bench ? { bench } : {}) }])),
});

describe('what a PR loosens', () => {
  it('relaxed: a larger allowance, or none at all', () => {
    expect(relaxed({ relative: 1 }, { relative: 15 })).toBe(true);
    expect(relaxed({ relative: 1 }, false)).toBe(true);
    expect(relaxed({ relative: 1 }, { relative: 1, absolute: 100 })).toBe(true);
    expect(relaxed({ relative: 5 }, { relative: 1 })).toBe(false);
    expect(relaxed(false, { relative: 1 })).toBe(false);
    expect(relaxed(false, false)).toBe(false);
    expect(relaxed({ relative: 1, absolute: 100 }, { relative: 1 })).toBe(false);
  });

  it('lists raised baseline values with the threshold change of the same metric', () => {
    const review = reviewChanges(
      { baseline: baseline({ libc: 10_000, bump: 5_000 }), thresholds: { gzip: { relative: 1 } } },
      { baseline: baseline({ libc: 11_100, bump: 4_000 }), thresholds: { gzip: { relative: 15 } } },
      ['libc', 'bump'],
    );
    expect(review.baselineChanged).toBe(true);
    expect(review.thresholdsChanged).toBe(true);
    const libcGzip = review.loosened.find((l) => l.variant === 'libc' && l.metric === 'gzip');
    expect(libcGzip).toMatchObject({ from: 10_000, to: 11_100, thresholdFrom: { relative: 1 }, thresholdTo: { relative: 15 } });
    expect(libcGzip?.deltaPct).toBeCloseTo(11);
    // bump shrank: only its threshold loosened
    expect(review.loosened.filter((l) => l.variant === 'bump').map((l) => l.metric)).toEqual(['gzip']);
    // raw is not gated on either side: raising it loosens nothing
    expect(review.loosened.some((l) => l.metric === 'raw')).toBe(false);
  });

  it('sees per-variant overrides, ungating, and entries dropped from the baseline', () => {
    const review = reviewChanges(
      { baseline: baseline({ a: 100, b: 100 }), thresholds: {} },
      { baseline: baseline({ a: 100 }), thresholds: { variants: { a: { brotli: false } } } },
      ['a', 'b'],
    );
    expect(review.loosened).toEqual([
      { variant: 'a', metric: 'brotli', label: 'brotli', unit: 'bytes', thresholdFrom: { relative: 1 }, thresholdTo: false },
      { variant: 'b', metric: '*', label: 'all metrics', unit: 'bytes', droppedFromBaseline: true },
    ]);
  });

  it('compares benchmark counts over the same work, and throughput the other way round', () => {
    const review = reviewChanges(
      { baseline: baseline({ a: 100 }, { bench_pairs: { iterations: 1000, instructions: 5_000, opsPerSec: 100 }, bench_mixed: { iterations: 10, instructions: 10 } }), thresholds: {} },
      { baseline: baseline({ a: 100 }, { bench_pairs: { iterations: 1000, instructions: 6_000, opsPerSec: 90 }, bench_mixed: { iterations: 20, instructions: 18 } }), thresholds: { opsPerSec: { relative: 5 } } },
      ['a'],
    );
    const ids = review.loosened.map((l) => l.metric);
    expect(ids).toContain('bench_pairs.instructions');
    expect(ids).toContain('bench_pairs.opsPerSec');
    // Twice the work for less than twice the instructions: cheaper per unit, nothing loosened.
    expect(ids).not.toContain('bench_mixed.instructions');
  });

  it('a PR that changes iterations cannot hide a slowdown: counts compare per unit of work', () => {
    // The case: iterations halved, instructions up only 39% in total, 2.78× per unit.
    const review = reviewChanges(
      { baseline: baseline({ a: 100 }, { bench_small: { iterations: 50_000, instructions: 7_800_000 } }), thresholds: {} },
      { baseline: baseline({ a: 100.5 }, { bench_small: { iterations: 25_000, instructions: 10_842_000 } }), thresholds: {} },
      ['a'],
    );
    const slower = review.loosened.find((l) => l.metric === 'bench_small.instructions');
    expect(slower).toMatchObject({ label: 'bench_small instructions per unit of work', from: 156, to: 433.7, perUnit: { fromIterations: 50_000, toIterations: 25_000 } });
    expect(slower?.deltaPct).toBeCloseTo(178, 0);
  });

  it('memory may not grow faster than the work, and a benchmark dropped from the baseline is listed', () => {
    const review = reviewChanges(
      {
        baseline: baseline({ a: 100 }, { bench_leak: { iterations: 1000, peakMemoryBytes: 1_000_000 } as never, bench_flat: { iterations: 1000, peakMemoryBytes: 65_536 } as never, bench_gone: { iterations: 10, instructions: 100 } }),
        thresholds: {},
      },
      { baseline: baseline({ a: 100 }, { bench_leak: { iterations: 500, peakMemoryBytes: 1_100_000 } as never, bench_flat: { iterations: 4000, peakMemoryBytes: 131_072 } as never }), thresholds: {} },
      ['a'],
    );
    const ids = review.loosened.map((l) => l.metric);
    // Half the work, more memory: loosened. Four times the work, twice the memory: not.
    expect(ids).toContain('bench_leak.peakMemoryBytes');
    expect(ids).not.toContain('bench_flat.peakMemoryBytes');
    expect(review.loosened.find((l) => l.metric === 'bench_gone.instructions')).toMatchObject({ droppedFromBaseline: true });
  });

  it('a budget the PR raises or lifts is listed, with or without a baseline; a tighter one is not', () => {
    const review = reviewChanges(
      { baseline: null, thresholds: {}, budget: { gzip: 40_000, bench: { bench_small: { cycles: 2_000_000 } }, variants: { b: { brotli: 30_000 } } } },
      { baseline: null, thresholds: {}, budget: { gzip: 50_000, bench: { bench_small: { cycles: 1_000_000 } }, variants: { b: { brotli: false } } } },
      ['a', 'b'],
    );
    expect(review.loosened).toEqual([
      { variant: 'a', metric: 'budget:gzip', label: 'gzip budget', unit: 'bytes', budgetFrom: 40_000, budgetTo: 50_000 },
      { variant: 'b', metric: 'budget:gzip', label: 'gzip budget', unit: 'bytes', budgetFrom: 40_000, budgetTo: 50_000 },
      { variant: 'b', metric: 'budget:brotli', label: 'brotli budget', unit: 'bytes', budgetFrom: 30_000, budgetTo: null },
    ]);
    expect(review.thresholdsChanged).toBe(true);
    // The comment's line for reviewers.
    expect(describeLoosening(review.loosened[2] as never)).toMatch(/^\*\*b\*\* brotli budget 29\.3\sKiB → no budget$/);
  });

  it('first adoption (no baseline on the base) loosens nothing', () => {
    const review = reviewChanges({ baseline: null, thresholds: {} }, { baseline: baseline({ a: 1 }), thresholds: { gzip: false } }, ['a']);
    expect(review).toMatchObject({ baselineAdded: true, loosened: [] });
  });

  it('an update written at another time with the same numbers is no change', () => {
    const before = { ...baseline({ a: 1 }), updatedAt: '2025-01-01T00:00:00Z', tools: { node: 'v22' } };
    const after = { ...baseline({ a: 1 }), updatedAt: '2025-02-01T00:00:00Z', tools: { node: 'v24' } };
    expect(reviewChanges({ baseline: before, thresholds: {} }, { baseline: after, thresholds: {} }, ['a']).baselineChanged).toBe(false);
  });
});

describe('event payloads', () => {
  const sha = (c: string) => c.repeat(40);
  const payload = {
    pull_request: {
      number: 7,
      head: { sha: sha('a'), ref: 'x; rm -rf /', repo: { full_name: 'fork/app', fork: true } },
      base: { sha: sha('b'), ref: 'main', repo: { full_name: 'org/app' } },
      labels: [{ name: 'wasm-gate:accept' }, { name: 42 }],
    },
  };

  it('reads the pull request of pull_request and pull_request_target events', () => {
    expect(pullRequestFromEvent('pull_request', payload)).toEqual({ number: 7, headSha: sha('a'), baseSha: sha('b'), baseRef: 'main', headRepo: 'fork/app', fork: true, labels: ['wasm-gate:accept'] });
    expect(pullRequestFromEvent('pull_request_target', payload)?.number).toBe(7);
    expect(pullRequestFromEvent('push', payload)).toBeUndefined();
  });

  it('rejects payloads without usable numbers and SHAs', () => {
    expect(pullRequestFromEvent('pull_request', { pull_request: { ...payload.pull_request, number: '7' } })).toBeUndefined();
    expect(pullRequestFromEvent('pull_request', { pull_request: { ...payload.pull_request, head: { sha: 'HEAD~1' } } })).toBeUndefined();
    expect(pullRequestFromEvent('pull_request', null)).toBeUndefined();
  });

  it('reads workflow_run events, where fork PRs are not listed', () => {
    expect(workflowRunFromEvent('workflow_run', { workflow_run: { head_sha: sha('c'), event: 'pull_request', pull_requests: [] } })).toEqual({ headSha: sha('c'), event: 'pull_request', pullRequests: [] });
    expect(workflowRunFromEvent('workflow_run', { workflow_run: { head_sha: 'nope' } })).toBeUndefined();
  });

  it('compares labels without case, and an empty label never matches', () => {
    expect(hasLabel(['WASM-GATE:Accept'], 'wasm-gate:accept')).toBe(true);
    expect(hasLabel([''], '')).toBe(false);
  });
});

describe('inputs', () => {
  const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('fills defaults like action.yml', () => {
    expect(readInputs(from({}))).toEqual({
      config: 'wasm-gate.config.json',
      baseline: 'baseline.json',
      mode: 'check',
      token: '',
      comment: true,
      commentKey: '',
      failOnRegression: true,
      acceptLabel: '',
      results: '',
      against: '',
    });
  });

  it('looks for the baseline beside the config unless the baseline input names it, as the CLI does', () => {
    expect(readInputs(from({ config: 'gate/wasm-gate.config.json' })).baseline).toBe('gate/baseline.json');
    expect(readInputs(from({ config: 'gate/wasm-gate.config.json', baseline: 'b.json' })).baseline).toBe('b.json');
  });

  it('refuses what it cannot mean', () => {
    expect(() => readInputs(from({ mode: 'deploy' }))).toThrow(InputError);
    expect(() => readInputs(from({ comment: 'yes' }))).toThrow('input comment must be true or false');
    expect(() => readInputs(from({ mode: 'report' }))).toThrow('input results is required in report mode');
    expect(() => readInputs(from({ 'comment-key': 'k'.repeat(101) }))).toThrow('comment-key');
    expect(readInputs(from({ 'fail-on-regression': 'False' })).failOnRegression).toBe(false);
    expect(() => readInputs(from({ mode: 'update', against: 'main' }))).toThrow('input against is for check mode, not update (leave it empty)');
    expect(readInputs(from({ mode: 'update', against: 'none' })).against).toBe('none');
  });
});

function gateResults(variants: VariantResult[] = []): GateResults {
  return { schemaVersion: 1, tool: { name: 'wasm-gate', version: '0.1.0' }, mode: 'check', status: 'pass', exitCode: 0, startedAt: 'now', durationMs: 1, tools: {}, variants, problems: [] };
}

describe('the results file (untrusted in report mode)', () => {
  const row = { id: 'gzip', metric: 'gzip', label: 'gzip bytes', unit: 'bytes', higherIsBetter: false, threshold: { relative: 1 }, status: 'pass', baseline: 0, current: 5, delta: 5, deltaPct: Infinity };
  const valid = () => ({ ...gateResults([{ name: 'a', status: 'pass', rows: [structuredClone(row)], problems: [] } as VariantResult]), pullRequest: { number: 3, headSha: 'a'.repeat(40) } });

  it('round-trips, Infinity included (JSON writes it as null)', () => {
    const parsed = parseResults(serializeResults(valid() as GateResults), 'r.json');
    expect(parsed.variants[0]?.rows[0]?.deltaPct).toBe(Infinity);
    expect(parsed.pullRequest).toEqual({ number: 3, headSha: 'a'.repeat(40) });
  });

  it('refuses values that could carry markup where a number or a status belongs', () => {
    const tampered = valid();
    (tampered.variants[0]?.rows[0] as unknown as Record<string, unknown>).threshold = { relative: '<img src=x>' };
    expect(() => parseResults(JSON.stringify(tampered), 'r.json')).toThrow('/variants/0/rows/0/threshold/relative must be a finite number');
    const status = valid();
    (status.variants[0] as unknown as Record<string, unknown>).status = '<b>ok</b>';
    expect(() => parseResults(JSON.stringify(status), 'r.json')).toThrow(ResultsFileError);
    const sha = valid();
    sha.pullRequest.headSha = 'main';
    expect(() => parseResults(JSON.stringify(sha), 'r.json')).toThrow('/pullRequest/headSha must be a commit SHA');
    expect(() => parseResults('{', 'r.json')).toThrow('is not valid JSON');
  });

  it('drops fields it does not know and caps long strings', () => {
    const extra = { ...valid(), rendered: '<script>', tools: { node: 'v'.repeat(1_000) } };
    const parsed = parseResults(JSON.stringify(extra).replace('"tools":{', '"tools":{"__proto__":"x",'), 'r.json');
    expect(parsed).not.toHaveProperty('rendered');
    expect(parsed.tools.node?.length).toBeLessThanOrEqual(201);
    expect(Object.getPrototypeOf(parsed.tools)).toBe(Object.prototype);
  });
});

describe('which comment to edit', () => {
  const marker = '<!-- wasm-gate:comment key= -->';
  it('needs the marker at the very start of the body', () => {
    expect(isMarked({ id: 1, body: `${marker}\nreport` }, marker)).toBe(true);
    expect(isMarked({ id: 1, body: `quote: ${marker}` }, marker)).toBe(false);
    expect(isMarked({ id: 1, body: '<!-- wasm-gate:comment key=other -->' }, marker)).toBe(false);
    expect(isMarked({ id: 1, body: null }, marker)).toBe(false);
  });

  it('edits only the oldest marked comment the token\'s own identity wrote', () => {
    const human = { id: 1, body: marker, user: { login: 'octocat', type: 'User' } };
    const otherBot = { id: 2, body: marker, user: { login: 'renovate[bot]', type: 'Bot' } };
    const ours = { id: 3, body: marker, user: { login: 'github-actions[bot]', type: 'Bot' } };
    const newer = { id: 4, body: marker, user: { login: 'github-actions[bot]', type: 'Bot' } };
    expect(pickComment([human, otherBot, ours, newer], marker, 'github-actions[bot]')?.id).toBe(3);
    expect(pickComment([human, otherBot, ours], marker, 'GitHub-Actions[bot]')?.id).toBe(3);
    // a person's comment that opens with the marker, or another bot's, is never ours
    expect(pickComment([human, otherBot], marker, 'github-actions[bot]')).toBeUndefined();
    // a personal access token: the person's own marked comment is the gate's
    expect(pickComment([otherBot, human], marker, 'octocat')?.id).toBe(1);
    // identity unknown: edit nothing
    expect(pickComment([ours], marker, undefined)).toBeUndefined();
    expect(pickComment([], marker, 'github-actions[bot]')).toBeUndefined();
  });
});

describe('the step outcome and annotations', () => {
  const regressed = (name: string): VariantResult => ({
    name,
    status: 'regressed',
    problems: [],
    rows: [{ id: 'gzip', metric: 'gzip', label: 'gzip bytes', unit: 'bytes', higherIsBetter: false, threshold: { relative: 1 }, status: 'regressed', baseline: 100, current: 120, delta: 20, deltaPct: 20 }],
  });
  const policy = { failOnRegression: true, acceptedByLabel: false, acceptLabel: 'wasm-gate:accept' };

  it('fails on a regression unless the label or the input says otherwise', () => {
    const r = { ...gateResults([regressed('a')]), status: 'regressed' as const, exitCode: 1 as const };
    expect(stepOutcome(r, policy)).toMatchObject({ failed: true, message: 'wasm-gate: 1 regressed variant (a)' });
    expect(stepOutcome(r, { ...policy, acceptedByLabel: true })).toMatchObject({ failed: false, level: 'notice' });
    expect(stepOutcome(r, { ...policy, failOnRegression: false })).toMatchObject({ failed: false, level: 'warning' });
    expect(stepOutcome({ ...r, status: 'error' }, { ...policy, acceptedByLabel: true }).failed).toBe(true);
  });

  it('annotates each regression with a title, and sums up past GitHub’s ten per step', () => {
    const r = gateResults(Array.from({ length: 14 }, (_, i) => regressed(`v${i}`)));
    const notes = annotationsFor(r, 'error');
    expect(notes).toHaveLength(10);
    expect(notes[0]).toEqual({ level: 'error', title: 'wasm-gate: v0 gzip bytes regressed', message: 'v0 gzip bytes: 100 B → 120 B (+20.0%), threshold 1%' });
    expect(notes[9]?.title).toBe('wasm-gate: 5 more');
    expect(annotationsFor(r, 'warning').every((a) => a.level === 'warning')).toBe(true);
  });
});

describe('repoPath', () => {
  it('gives repository paths with forward slashes, and nothing outside the root', () => {
    expect(repoPath('/w', '/w/configs/gate.json')).toBe('configs/gate.json');
    expect(repoPath('/w', '/elsewhere/x.json')).toBeUndefined();
    expect(repoPath('/w', '/w')).toBeUndefined();
  });
});
