// Pure: the results file a check run writes and a `report` run reads back. In the fork-safe pair
// that file comes from a job that ran the PR's code, so it is untrusted: every field is checked
// and rebuilt (unknown ones dropped, strings capped) before anything renders it.
import { isRunUrl, type Acceptance, type BaselineReview, type GateCommands, type Loosening, type PublishedResults, type RunContext, type SelectionRecord } from '../results/published.js';
import type {
  AgainstRecord,
  BaseBuild,
  FeatureRecord,
  BenchMeasurement,
  GateProblem,
  GateResults,
  MeasurementFingerprint,
  MetricRow,
  OmittedFunctions,
  ReferenceRatio,
  ReuseRecord,
  ThresholdSetting,
  VariantMeasurement,
  VariantResult,
} from '../types.js';
import { BENCH_METRICS, SIZE_METRICS } from '../types.js';
import { allocations, cacheEvents } from '../results/bench-fields.js';
import { readFunctionFields } from './results-functions.js';
import { arr, bool, count, fail, LIMITS, num, obj, oneOf, pair, type Path, record, ResultsFileError, str, strRecord } from './untrusted-fields.js';

export { ResultsFileError } from './untrusted-fields.js';

export function serializeResults(results: PublishedResults): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

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
  for (const key of ['configFile', 'baselineFile', 'reference', 'commentKey', 'missingBaseline'] as const) {
    if (o[key] !== undefined) results[key] = str(o[key], `/${key}`, LIMITS.text);
  }
  if (o.pullRequest !== undefined) results.pullRequest = readPullRequest(o.pullRequest, '/pullRequest');
  if (o.acceptance !== undefined) results.acceptance = readAcceptance(o.acceptance, '/acceptance');
  if (o.baselineReview !== undefined) results.baselineReview = readReview(o.baselineReview, '/baselineReview');
  if (o.context !== undefined) results.context = readContext(o.context, '/context');
  if (o.selection !== undefined) results.selection = readSelection(o.selection, '/selection');
  if (o.against !== undefined) results.against = readAgainst(o.against, '/against');
  return results;
}

/** check --against: the ref as given, its commit, and why the A/B did not run. */
function readAgainst(raw: unknown, at: Path): AgainstRecord {
  const o = obj(raw, at);
  const against: AgainstRecord = { ref: str(o.ref, `${at}/ref`, LIMITS.text) };
  if (o.sha !== undefined) {
    const sha = str(o.sha, `${at}/sha`, 64);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) fail(`${at}/sha`, 'must be a commit SHA');
    against.sha = sha;
  }
  if (o.warning !== undefined) against.warning = str(o.warning, `${at}/warning`, LIMITS.text);
  return against;
}

/** check --against: what became of a variant's build at the base commit. */
function readBaseBuild(raw: unknown, at: Path): BaseBuild {
  const o = obj(raw, at);
  const base: BaseBuild = { status: oneOf(o.status, `${at}/status`, ['compared', 'unchanged', 'failed', 'skipped'] as const) };
  for (const key of ['headBuildMs', 'baseBuildMs'] as const) {
    if (o[key] !== undefined) base[key] = num(o[key], `${at}/${key}`);
  }
  if (o.message !== undefined) base.message = str(o.message, `${at}/message`, LIMITS.text);
  if (o.details !== undefined) base.details = str(o.details, `${at}/details`, LIMITS.details);
  return base;
}

/** Which variants a sharded run reported, out of the config's, for `merge`. */
function readSelection(raw: unknown, at: Path): SelectionRecord {
  const o = obj(raw, at);
  const names = (v: unknown, p: Path): string[] => arr(v, p, LIMITS.variants).map((n, i) => str(n, `${p}/${i}`, LIMITS.name));
  const selection: SelectionRecord = { variants: names(o.variants, `${at}/variants`), configVariants: names(o.configVariants, `${at}/configVariants`) };
  if (o.shard !== undefined) {
    const shard = obj(o.shard, `${at}/shard`);
    const index = count(shard.index, `${at}/shard/index`);
    const total = count(shard.count, `${at}/shard/count`);
    if (total < 1 || index < 1 || index > total) fail(`${at}/shard`, 'must be K of N with 1 <= K <= N');
    selection.shard = { index, count: total };
  }
  return selection;
}

function readVariant(raw: unknown, at: Path): VariantResult {
  const o = obj(raw, at);
  return {
    name: str(o.name, `${at}/name`, LIMITS.name),
    status: oneOf(o.status, `${at}/status`, ['pass', 'regressed', 'improved', 'new', 'removed', 'error'] as const),
    rows: arr(o.rows ?? [], `${at}/rows`, LIMITS.rows).map((r, i) => readRow(r, `${at}/rows/${i}`)),
    problems: arr(o.problems ?? [], `${at}/problems`, LIMITS.problems).map((p, i) => readProblem(p, `${at}/problems/${i}`)),
    ...(o.measurement === undefined ? {} : { measurement: readMeasurement(o.measurement, `${at}/measurement`) }),
    ...(o.base === undefined ? {} : { base: readBaseBuild(o.base, `${at}/base`) }),
    ...readFunctionFields(o, at, fail),
  };
}

/** What the report shows beyond the rows: iterations per benchmark, failed benchmarks, sections. */
function readMeasurement(raw: unknown, at: Path): VariantMeasurement {
  const o = obj(raw, at);
  const size = obj(o.size, `${at}/size`);
  const m: VariantMeasurement = {
    size: {
      raw: count(size.raw, `${at}/size/raw`),
      // absent when wasm-opt failed
      ...(size.optimized === undefined ? {} : { optimized: count(size.optimized, `${at}/size/optimized`) }),
      gzip: count(size.gzip, `${at}/size/gzip`),
      brotli: count(size.brotli, `${at}/size/brotli`),
    },
    sections: record(o.sections ?? {}, `${at}/sections`, (v, p) => count(v, p)),
  };
  if (o.optimizeFailed !== undefined && bool(o.optimizeFailed, `${at}/optimizeFailed`)) m.optimizeFailed = true;
  if (o.functions !== undefined) m.functions = record(o.functions, `${at}/functions`, (v, p) => count(v, p), LIMITS.functions);
  if (o.functionNaming !== undefined) {
    const n = obj(o.functionNaming, `${at}/functionNaming`);
    m.functionNaming = { named: count(n.named, `${at}/functionNaming/named`), total: count(n.total, `${at}/functionNaming/total`) };
    if (n.note !== undefined) m.functionNaming.note = str(n.note, `${at}/functionNaming/note`, LIMITS.text);
  }
  if (o.features !== undefined) m.features = readFeatures(o.features, `${at}/features`);
  if (o.bench !== undefined) m.bench = record(o.bench, `${at}/bench`, readBench);
  for (const key of ['throughputVsReference', 'throughputVsBase'] as const) {
    if (o[key] === undefined) continue;
    m[key] = record(o[key], `${at}/${key}`, (v, p): ReferenceRatio => {
      const r = obj(v, p);
      return { ratio: num(r.ratio, `${p}/ratio`), ci95: pair(r.ci95, `${p}/ci95`) };
    });
  }
  if (o.benchErrors !== undefined) m.benchErrors = record(o.benchErrors, `${at}/benchErrors`, (v, p) => str(v, p, LIMITS.text));
  if (o.functionsOmitted !== undefined) m.functionsOmitted = readOmitted(o.functionsOmitted, `${at}/functionsOmitted`);
  if (o.fingerprint !== undefined) m.fingerprint = readFingerprint(o.fingerprint, `${at}/fingerprint`);
  if (o.reuse !== undefined) m.reuse = readReuse(o.reuse, `${at}/reuse`);
  return m;
}

/** What decided the numbers (merge --write-baseline records it in the baseline): sha256 digests. */
function readFingerprint(raw: unknown, at: Path): MeasurementFingerprint {
  const o = obj(raw, at);
  const digest = (v: unknown, p: Path): string => {
    if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) fail(p, 'must be a sha256 digest (64 hex digits)');
    return v;
  };
  const f: MeasurementFingerprint = { artifact: digest(o.artifact, `${at}/artifact`), sizes: digest(o.sizes, `${at}/sizes`) };
  if (o.bench !== undefined) f.bench = digest(o.bench, `${at}/bench`);
  if (o.optimized !== undefined) f.optimized = digest(o.optimized, `${at}/optimized`);
  return f;
}

function readReuse(raw: unknown, at: Path): ReuseRecord {
  const o = obj(raw, at);
  const reused = arr(o.reused, `${at}/reused`, 2).map((p, i) => oneOf(p, `${at}/reused/${i}`, ['sizes', 'counts'] as const));
  const r: ReuseRecord = { source: oneOf(o.source, `${at}/source`, ['baseline', 'cache'] as const), reused: [...new Set(reused)] };
  if (o.optimizedAgain !== undefined && bool(o.optimizedAgain, `${at}/optimizedAgain`)) r.optimizedAgain = true;
  return r;
}

/** Feature names (binaryen's), as the run recorded them: short strings, at most one per feature. */
function readFeatures(raw: unknown, at: Path): FeatureRecord {
  const o = obj(raw, at);
  const names = (v: unknown, p: Path): string[] => arr(v, p, 100).map((name, i) => str(name, `${p}/${i}`, LIMITS.name));
  const f: FeatureRecord = { used: names(o.used, `${at}/used`), enabled: names(o.enabled, `${at}/enabled`) };
  if (o.declared !== undefined) f.declared = names(o.declared, `${at}/declared`);
  if (o.undecoded !== undefined) f.undecoded = str(o.undecoded, `${at}/undecoded`, LIMITS.text);
  return f;
}

function readOmitted(raw: unknown, at: Path): OmittedFunctions {
  const o = obj(raw, at);
  return { functions: count(o.functions, `${at}/functions`), total: count(o.total, `${at}/total`), largest: count(o.largest, `${at}/largest`) };
}

function readBench(raw: unknown, at: Path): BenchMeasurement {
  const o = obj(raw, at);
  const b: BenchMeasurement = { iterations: count(o.iterations, `${at}/iterations`) };
  for (const key of ['cycles', 'instructions', 'peakMemoryBytes', 'initialMemoryBytes', 'samples'] as const) {
    if (o[key] !== undefined) b[key] = count(o[key], `${at}/${key}`);
  }
  if (o.allocations !== undefined) b.allocations = allocations(o.allocations, `${at}/allocations`, (v, p) => count(v, p));
  if (o.allocationSizes !== undefined) b.allocationSizes = record(o.allocationSizes, `${at}/allocationSizes`, (v, p) => count(v, p), 64);
  if (o.heapOverhead !== undefined) b.heapOverhead = num(o.heapOverhead, `${at}/heapOverhead`);
  if (o.cache !== undefined) b.cache = cacheEvents(o.cache, `${at}/cache`, (v, p) => count(v, p));
  if (o.cyclesProfile !== undefined) b.cyclesProfile = record(o.cyclesProfile, `${at}/cyclesProfile`, (v, p) => count(v, p), LIMITS.functions);
  if (o.opsPerSec !== undefined) b.opsPerSec = num(o.opsPerSec, `${at}/opsPerSec`);
  if (o.opsPerSecCi95 !== undefined) b.opsPerSecCi95 = pair(o.opsPerSecCi95, `${at}/opsPerSecCi95`);
  if (o.allocStats !== undefined) b.allocStats = record(o.allocStats, `${at}/allocStats`, (v, p) => num(v, p));
  if (o.profile !== undefined) b.profile = record(o.profile, `${at}/profile`, (v, p) => count(v, p), LIMITS.functions);
  if (o.profileOmitted !== undefined) b.profileOmitted = readOmitted(o.profileOmitted, `${at}/profileOmitted`);
  if (o.cyclesProfileOmitted !== undefined) b.cyclesProfileOmitted = readOmitted(o.cyclesProfileOmitted, `${at}/cyclesProfileOmitted`);
  return b;
}

/** The run link and the commands to reproduce: checked, and in report mode replaced by the
 * report workflow's own (a results file must not choose what a reader is told to run). */
function readContext(raw: unknown, at: Path): RunContext {
  const o = obj(raw, at);
  const context: RunContext = {};
  if (o.runUrl !== undefined) {
    const url = str(o.runUrl, `${at}/runUrl`, LIMITS.text);
    if (!isRunUrl(url)) fail(`${at}/runUrl`, 'must be the URL of a workflow run (https://HOST/OWNER/REPO/actions/runs/ID)');
    context.runUrl = url;
  }
  if (o.commands !== undefined) {
    const c = obj(o.commands, `${at}/commands`);
    const command = (v: unknown, p: Path): string => {
      const text = str(v, p, LIMITS.command);
      if (/[\r\n\u0000-\u001f]/.test(text)) fail(p, 'must be one line');
      return text;
    };
    const commands: GateCommands = { check: command(c.check, `${at}/commands/check`), update: command(c.update, `${at}/commands/update`) };
    if (c.install !== undefined) commands.install = command(c.install, `${at}/commands/install`);
    context.commands = commands;
  }
  return context;
}

const METRICS = [...SIZE_METRICS, ...BENCH_METRICS, 'section'] as const;
const UNITS = ['bytes', 'instructions', 'cycles', 'ops/s'] as const;

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
  if (o.failed !== undefined && bool(o.failed, `${at}/failed`)) row.failed = true;
  for (const key of ['baseline', 'current', 'delta', 'vsReference', 'vsBase', 'initialMemoryBytes'] as const) {
    if (o[key] !== undefined) row[key] = num(o[key], `${at}/${key}`);
  }
  // JSON has no Infinity: a growth from 0 was written as null.
  if (o.deltaPct === null) row.deltaPct = Infinity;
  else if (o.deltaPct !== undefined) row.deltaPct = num(o.deltaPct, `${at}/deltaPct`);
  for (const key of ['ci95', 'baselineCi95', 'vsReferenceCi95', 'vsBaseCi95'] as const) {
    if (o[key] !== undefined) row[key] = pair(o[key], `${at}/${key}`);
  }
  if (o.vsBaseThreshold !== undefined) {
    const threshold = readThreshold(o.vsBaseThreshold, `${at}/vsBaseThreshold`);
    if (threshold !== false) row.vsBaseThreshold = threshold;
  }
  if (o.notComparable !== undefined) row.notComparable = bool(o.notComparable, `${at}/notComparable`);
  if (o.budget !== undefined) {
    const budget = obj(o.budget, `${at}/budget`);
    row.budget = { limit: num(budget.limit, `${at}/budget/limit`), exceeded: bool(budget.exceeded, `${at}/budget/exceeded`) };
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
  if (o.budgetFrom !== undefined) l.budgetFrom = num(o.budgetFrom, `${at}/budgetFrom`);
  if (o.budgetTo !== undefined) l.budgetTo = o.budgetTo === null ? null : num(o.budgetTo, `${at}/budgetTo`);
  if (o.droppedFromBaseline !== undefined) l.droppedFromBaseline = bool(o.droppedFromBaseline, `${at}/droppedFromBaseline`);
  if (o.perUnit !== undefined) {
    const p = obj(o.perUnit, `${at}/perUnit`);
    l.perUnit = { fromIterations: num(p.fromIterations, `${at}/perUnit/fromIterations`), toIterations: num(p.toIterations, `${at}/perUnit/toIterations`) };
  }
  return l;
}
