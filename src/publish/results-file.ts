// Pure: the results file a check run writes and a `report` run reads back. In the fork-safe pair
// that file comes from a job that ran the PR's code, so it is untrusted: every field is checked
// and rebuilt (unknown ones dropped, strings capped) before anything renders it.
import type { GateProblem, GateResults, MetricRow, ThresholdSetting, VariantResult } from '../types.js';
import { BENCH_METRICS, SIZE_METRICS } from '../types.js';
import type { Acceptance, PublishedResults } from './extras.js';
import type { BaselineReview, Loosening } from './review.js';

export class ResultsFileError extends Error {}

export function serializeResults(results: PublishedResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

const LIMITS = { name: 200, text: 4_000, details: 20_000, variants: 10_000, rows: 2_000, problems: 1_000 };

type Path = string;

export function parseResults(text: string, file: string): PublishedResults {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ResultsFileError(`results file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return readResults(raw);
  } catch (error) {
    if (error instanceof ResultsFileError) throw new ResultsFileError(`results file ${file} is invalid: ${error.message}`);
    throw error;
  }
}

function readResults(raw: unknown): PublishedResults {
  const o = obj(raw, '');
  if (o.schemaVersion !== 1) fail('/schemaVersion', 'must be 1');
  const tool = obj(o.tool, '/tool');
  const results: PublishedResults = {
    schemaVersion: 1,
    tool: { name: 'wasm-gate', version: str(tool.version, '/tool/version', LIMITS.name) },
    mode: oneOf(o.mode, '/mode', ['check', 'update', 'validate'] as const),
    status: oneOf(o.status, '/status', ['pass', 'regressed', 'error'] as const),
    exitCode: oneOf(o.exitCode, '/exitCode', [0, 1, 2] as const),
    startedAt: str(o.startedAt, '/startedAt', LIMITS.name),
    durationMs: num(o.durationMs, '/durationMs'),
    tools: strRecord(o.tools ?? {}, '/tools'),
    variants: arr(o.variants, '/variants', LIMITS.variants).map((v, i) => readVariant(v, `/variants/${i}`)),
    problems: arr(o.problems ?? [], '/problems', LIMITS.problems).map((p, i) => readProblem(p, `/problems/${i}`)),
  };
  for (const key of ['configFile', 'baselineFile', 'reference', 'commentKey'] as const) {
    if (o[key] !== undefined) results[key] = str(o[key], `/${key}`, LIMITS.text);
  }
  if (o.pullRequest !== undefined) results.pullRequest = readPullRequest(o.pullRequest, '/pullRequest');
  if (o.acceptance !== undefined) results.acceptance = readAcceptance(o.acceptance, '/acceptance');
  if (o.baselineReview !== undefined) results.baselineReview = readReview(o.baselineReview, '/baselineReview');
  return results;
}

function readVariant(raw: unknown, at: Path): VariantResult {
  const o = obj(raw, at);
  return {
    name: str(o.name, `${at}/name`, LIMITS.name),
    status: oneOf(o.status, `${at}/status`, ['pass', 'regressed', 'improved', 'new', 'removed', 'error'] as const),
    rows: arr(o.rows ?? [], `${at}/rows`, LIMITS.rows).map((r, i) => readRow(r, `${at}/rows/${i}`)),
    problems: arr(o.problems ?? [], `${at}/problems`, LIMITS.problems).map((p, i) => readProblem(p, `${at}/problems/${i}`)),
  };
}

const METRICS = [...SIZE_METRICS, ...BENCH_METRICS, 'section'] as const;
const UNITS = ['bytes', 'instructions', 'ops/s'] as const;

function readRow(raw: unknown, at: Path): MetricRow {
  const o = obj(raw, at);
  const row: MetricRow = {
    id: str(o.id, `${at}/id`, LIMITS.name),
    metric: oneOf(o.metric, `${at}/metric`, METRICS),
    label: str(o.label, `${at}/label`, LIMITS.name),
    unit: oneOf(o.unit, `${at}/unit`, UNITS),
    higherIsBetter: bool(o.higherIsBetter, `${at}/higherIsBetter`),
    threshold: readThreshold(o.threshold, `${at}/threshold`),
    status: oneOf(o.status, `${at}/status`, ['pass', 'regressed', 'improved', 'new', 'removed', 'info'] as const),
  };
  if (o.bench !== undefined) row.bench = str(o.bench, `${at}/bench`, LIMITS.name);
  for (const key of ['baseline', 'current', 'delta', 'vsReference', 'initialMemoryBytes'] as const) {
    if (o[key] !== undefined) row[key] = num(o[key], `${at}/${key}`);
  }
  // JSON has no Infinity: a growth from 0 was written as null.
  if (o.deltaPct === null) row.deltaPct = Infinity;
  else if (o.deltaPct !== undefined) row.deltaPct = num(o.deltaPct, `${at}/deltaPct`);
  for (const key of ['ci95', 'baselineCi95'] as const) {
    if (o[key] !== undefined) row[key] = pair(o[key], `${at}/${key}`);
  }
  return row;
}

function readProblem(raw: unknown, at: Path): GateProblem {
  const o = obj(raw, at);
  const problem: GateProblem = {
    kind: oneOf(o.kind, `${at}/kind`, ['config', 'baseline', 'build', 'artifact', 'optimize', 'measure', 'bench', 'publish'] as const),
    message: str(o.message, `${at}/message`, LIMITS.text),
  };
  if (o.file !== undefined) problem.file = str(o.file, `${at}/file`, LIMITS.text);
  if (o.variant !== undefined) problem.variant = str(o.variant, `${at}/variant`, LIMITS.name);
  if (o.details !== undefined) problem.details = str(o.details, `${at}/details`, LIMITS.details);
  return problem;
}

function readThreshold(raw: unknown, at: Path): ThresholdSetting {
  if (raw === false) return false;
  const o = obj(raw, at);
  const threshold: Exclude<ThresholdSetting, false> = {};
  if (o.relative !== undefined) threshold.relative = num(o.relative, `${at}/relative`);
  if (o.absolute !== undefined) threshold.absolute = num(o.absolute, `${at}/absolute`);
  return threshold;
}

function readPullRequest(raw: unknown, at: Path): NonNullable<GateResults['pullRequest']> {
  const o = obj(raw, at);
  const number = num(o.number, `${at}/number`);
  if (!Number.isInteger(number) || number < 1) fail(`${at}/number`, 'must be a positive integer');
  const pr: NonNullable<GateResults['pullRequest']> = { number };
  for (const key of ['headSha', 'baseSha'] as const) {
    if (o[key] === undefined) continue;
    const sha = str(o[key], `${at}/${key}`, 64);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) fail(`${at}/${key}`, 'must be a commit SHA');
    pr[key] = sha;
  }
  if (o.repo !== undefined) pr.repo = str(o.repo, `${at}/repo`, LIMITS.name);
  return pr;
}

function readAcceptance(raw: unknown, at: Path): Acceptance {
  const o = obj(raw, at);
  return { label: str(o.label, `${at}/label`, LIMITS.name), applied: bool(o.applied, `${at}/applied`) };
}

function readReview(raw: unknown, at: Path): BaselineReview {
  const o = obj(raw, at);
  const review: BaselineReview = {
    source: oneOf(o.source, `${at}/source`, ['git', 'api', 'unavailable'] as const),
    baseSha: str(o.baseSha, `${at}/baseSha`, 64),
    baselineChanged: bool(o.baselineChanged, `${at}/baselineChanged`),
    thresholdsChanged: bool(o.thresholdsChanged, `${at}/thresholdsChanged`),
    loosened: arr(o.loosened ?? [], `${at}/loosened`, LIMITS.variants).map((l, i) => readLoosening(l, `${at}/loosened/${i}`)),
  };
  if (o.reason !== undefined) review.reason = str(o.reason, `${at}/reason`, LIMITS.text);
  if (o.baselineAdded !== undefined) review.baselineAdded = bool(o.baselineAdded, `${at}/baselineAdded`);
  return review;
}

function readLoosening(raw: unknown, at: Path): Loosening {
  const o = obj(raw, at);
  const l: Loosening = {
    variant: str(o.variant, `${at}/variant`, LIMITS.name),
    metric: str(o.metric, `${at}/metric`, LIMITS.name),
    label: str(o.label, `${at}/label`, LIMITS.name),
    unit: oneOf(o.unit, `${at}/unit`, UNITS),
  };
  for (const key of ['from', 'to', 'deltaPct'] as const) {
    if (o[key] !== undefined) l[key] = num(o[key], `${at}/${key}`);
  }
  if (o.thresholdFrom !== undefined) l.thresholdFrom = readThreshold(o.thresholdFrom, `${at}/thresholdFrom`);
  if (o.thresholdTo !== undefined) l.thresholdTo = readThreshold(o.thresholdTo, `${at}/thresholdTo`);
  if (o.droppedFromBaseline !== undefined) l.droppedFromBaseline = bool(o.droppedFromBaseline, `${at}/droppedFromBaseline`);
  return l;
}

function fail(at: Path, message: string): never {
  throw new ResultsFileError(`${at || '/'} ${message}`);
}

function obj(value: unknown, at: Path): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(at, 'must be an object');
  return value as Record<string, unknown>;
}

function arr(value: unknown, at: Path, max: number): unknown[] {
  if (!Array.isArray(value)) fail(at, 'must be an array');
  if (value.length > max) fail(at, `must have at most ${max} items`);
  return value;
}

function str(value: unknown, at: Path, max: number): string {
  if (typeof value !== 'string') fail(at, 'must be a string');
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

function num(value: unknown, at: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'must be a finite number');
  return value;
}

function bool(value: unknown, at: Path): boolean {
  if (typeof value !== 'boolean') fail(at, 'must be true or false');
  return value;
}

function oneOf<const T extends readonly (string | number)[]>(value: unknown, at: Path, allowed: T): T[number] {
  if (!allowed.includes(value as string | number)) fail(at, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  return value as T[number];
}

function pair(value: unknown, at: Path): [number, number] {
  const list = arr(value, at, 2);
  if (list.length !== 2) fail(at, 'must have 2 numbers');
  return [num(list[0], `${at}/0`), num(list[1], `${at}/1`)];
}

function strRecord(value: unknown, at: Path): Record<string, string> {
  const o = obj(value, at);
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(Object.entries(o).slice(0, 50).map(([k, v]) => [k.slice(0, LIMITS.name), str(v, `${at}/${k}`, LIMITS.name)]));
}
