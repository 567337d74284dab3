// The gate, top to bottom: config → baseline → optimizer → each variant (build, optimize,
// measure, bench) → compare → (update). runGate reads as that sequence of stage functions, each
// taking and returning plain data; side effects live here and in the modules it calls for them,
// the decisions in pure modules of each stage.
import path from 'node:path';
import { writeUpdatedBaseline } from './baseline/write-update.js';
import { attachBenchResults } from './bench/bench-outcomes.js';
import { BenchStage, type BenchStageResult } from './bench/run-benchmarks.js';
import { GateCache } from './cache/gate-cache.js';
import { compareRun, type VariantOutcome } from './compare/compare.js';
import { gateResults, type RunHeader } from './compare/gate-results.js';
import { checkTools } from './compare/tool-check.js';
import { COUNTING_RULES } from './compare/tool-match.js';
import { unfinishedRun } from './compare/unfinished-run.js';
import { DEFAULT_CACHE_MAX_MB } from './config/defaults.js';
import { InputFileError } from './config/json-file.js';
import { loadBaseline } from './config/load-baseline.js';
import { loadConfig } from './config/load-config.js';
import { writeFileAtomic } from './fs/atomic-write.js';
import type { Logger } from './log.js';
import { measureAtBase, seconds } from './measure/base-variants.js';
import { logMeasurement, measureProblem, measureVariant, type MeasuredVariant } from './measure/measure-variant.js';
import { createOptimizer, type Optimizer } from './optimize/optimize.js';
import { fingerprintVariant } from './reuse/fingerprint.js';
import { needsOptimizedBytes, ReuseSources } from './reuse/reuse.js';
import { ownVariants, selectForRun, type ShardRun } from './shard/shard-run.js';
import type { ShardSpec } from './shard/select.js';
import type { AgainstRecord, Baseline, GateConfig, GateProblem, GateResults, KnownCounts, VariantConfig } from './types.js';
import { artifactProblem } from './variant-build/artifact-check.js';
import { resolveBase, type AgainstOption } from './variant-build/base-build.js';
import { buildVariant } from './variant-build/run-build.js';
import { safeEnvironment } from './variant-build/safe-env.js';
import { isComponent } from './wasm/component.js';

export interface GateOptions {
  mode: 'check' | 'update';
  configFile: string;
  baselineFile: string;
  /** write each variant's optimized module as <outDir>/<name>.wasm */
  outDir?: string;
  /** values that must not reach build commands under any name (the GitHub token) */
  secrets?: string[];
  /** run one shard of a matrix, or named variants (`--shard K/N`, `--variants a,b`) */
  select?: { shard?: ShardSpec; variants?: string[] };
  /** false: measure everything, taking nothing from the baseline's records or the cache (--no-reuse) */
  reuse?: boolean;
  /** a cache directory (--cache-dir), in place of the config's `cache` */
  cacheDir?: string;
  /** in a pull request, the base branch's baseline (null: unreadable): reuse/reuse.ts ReuseOptions */
  trustedBaseline?: Baseline | null;
  env?: NodeJS.ProcessEnv;
  log: Logger;
  /** results so far, after each variant is measured (compare/unfinished-run.ts): what a stopped run leaves */
  onProgress?: (unfinished: GateResults) => Promise<void>;
  /** check --against: the commit each timed variant is also built at and timed beside, paired */
  against?: AgainstOption;
}

export interface GateRun {
  results: GateResults;
  config?: GateConfig;
  baseline?: Baseline;
  /** update mode: whether the baseline file's content changed */
  baselineChanged?: boolean;
}

export async function runGate(options: GateOptions): Promise<GateRun> {
  const header: RunHeader = { mode: options.mode, startedMs: Date.now(), configFile: options.configFile, baselineFile: options.baselineFile };
  const problems: GateProblem[] = [];
  const finish = (run: Omit<GateRun, 'results'>, variants: GateResults['variants'], tools: Record<string, string>, extra: GateProblem[] = []): GateRun => {
    const reference = run.config?.reference ? { reference: run.config.reference } : {};
    return { ...run, results: gateResults({ ...header, ...reference }, variants, tools, [...problems, ...extra], Date.now()) };
  };

  // 1. config: without it there is nothing to build. One shard of a matrix runs only its variants.
  const loaded = await configStage(options);
  if ('problem' in loaded) {
    problems.push(loaded.problem);
    return finish(loaded.config ? { config: loaded.config } : {}, [], {});
  }
  const { config, shard } = loaded;
  if (shard) header.selection = shard.selection;

  // 2. baseline: a broken one is reported, and the variants are still measured.
  const { baseline, unwritable, problem: baselineProblem } = await baselineStage(options);
  if (baselineProblem) problems.push(baselineProblem);

  // 3. the optimizer: the tools every number is made with.
  const env = safeEnvironment(options.env ?? process.env, options.secrets ?? []);
  const { optimizer, tools, problem: toolProblem } = await toolsStage(config, env);
  if (toolProblem) problems.push(toolProblem);

  // 4-6. build, optimize, measure and benchmark every variant; earlier work on the same bytes and
  // settings (the baseline's records, a cache directory) stands in for measuring them again.
  const cache = openCache(options, config);
  const reuse = options.reuse === false ? undefined : new ReuseSources({ mode: options.mode, baseline, ...(options.trustedBaseline !== undefined ? { trustedBaseline: options.trustedBaseline } : {}), ...(cache ? { cache } : {}) });
  const soFar = (variants: GateResults['variants'], extra: GateProblem[]): GateResults => finish({ config }, variants, { ...tools }, extra).results;
  const measured = await measureVariants({ options, config, baseline, env, tools, soFar, ...(optimizer ? { optimizer } : {}), ...(reuse ? { reuse } : {}), ...(shard?.referenceOnly ? { referenceOnly: shard.referenceOnly } : {}) });
  if (measured.against) header.against = measured.against;
  Object.assign(tools, measured.bench.tools);
  attachBenchResults(measured.outcomes, measured.bench, config);
  // What this run measured goes to the cache, for later runs (and, saved from main, for PRs).
  if (cache) await cache.saveRun(measured.outcomes.map((o) => ({ ...o, ...measured.kept.get(o.name), bench: measured.bench.byVariant.get(o.name) })));

  // 7. compare: numbers made by other tools than the baseline's are shown, never judged.
  const checked = options.mode === 'check' && baseline ? checkTools({ file: options.baselineFile, tools: baseline.tools }, tools, config.compareAcrossTools) : undefined;
  if (checked?.warning) options.log.warn(checked.warning);
  if (checked?.problem) problems.push(checked.problem);
  const compared = compareRun(config, options.mode === 'update' ? undefined : baseline, measured.outcomes, checked?.incomparable ?? new Set(), options.mode === 'update' ? 'report' : 'gate');
  const run: Omit<GateRun, 'results'> = { config, ...(baseline ? { baseline } : {}) };

  // 8. update: every variant that measured is written; one that failed keeps its previous entry.
  if (options.mode === 'update') {
    const written = await updateStage(options, shard, { file: options.baselineFile, previous: baseline, unwritable, config, outcomes: measured.outcomes, tools, log: options.log });
    if (written?.changed !== undefined) run.baselineChanged = written.changed;
    // A broken baseline that this update replaced is no longer a problem.
    if (written?.written) problems.splice(0, problems.length, ...problems.filter((p) => p.kind !== 'baseline'));
    if (written?.problem) problems.push(written.problem);
  }
  return finish(run, ownVariants(compared, shard), tools);
}

async function configStage(options: GateOptions): Promise<{ config: GateConfig; shard?: ShardRun } | { problem: GateProblem; config?: GateConfig }> {
  let config: GateConfig;
  try {
    config = await loadConfig(options.configFile);
  } catch (error) {
    return { problem: inputProblem('config', error) };
  }
  if (!options.select) return { config };
  const selected = selectForRun(config, options.select);
  if ('problem' in selected) return { problem: selected.problem, config };
  options.log.info(selected.note);
  return { config: selected.config, shard: selected.shard };
}

async function baselineStage(options: GateOptions): Promise<{ baseline?: Baseline; unwritable: boolean; problem?: GateProblem }> {
  try {
    const baseline = await loadBaseline(options.baselineFile);
    if (!baseline) options.log.info(`no baseline at ${options.baselineFile}: every variant is new (run \`wasm-gate update\` to write one)`);
    return { ...(baseline ? { baseline } : {}), unwritable: false };
  } catch (error) {
    // A newer wasm-gate's baseline holds what this one cannot read: never overwrite it.
    return { unwritable: error instanceof InputFileError && error.kind === 'newer', problem: inputProblem('baseline', error) };
  }
}

async function toolsStage(config: GateConfig, env: Record<string, string>): Promise<{ optimizer?: Optimizer; tools: Record<string, string>; problem?: GateProblem }> {
  const tools: Record<string, string> = { node: process.version };
  let optimizer: Optimizer | undefined;
  let problem: GateProblem | undefined;
  try {
    optimizer = await createOptimizer(config.optimize, env);
    Object.assign(tools, optimizer.tools);
  } catch (error) {
    problem = { kind: 'optimize', message: `wasm-opt is not usable: ${(error as Error).message}` };
  }
  if (config.bench.enabled) tools.counting = COUNTING_RULES;
  return { ...(optimizer ? { optimizer } : {}), tools, ...(problem ? { problem } : {}) };
}

function openCache(options: GateOptions, config: GateConfig): GateCache | undefined {
  const setting = options.cacheDir ? { dir: options.cacheDir, maxMb: config.cache?.maxMb ?? DEFAULT_CACHE_MAX_MB } : config.cache;
  return setting ? new GateCache(setting.dir, setting.maxMb * 2 ** 20, options.log) : undefined;
}

async function updateStage(options: GateOptions, shard: ShardRun | undefined, update: Parameters<typeof writeUpdatedBaseline>[0]): Promise<Awaited<ReturnType<typeof writeUpdatedBaseline>> | undefined> {
  if (!shard) return writeUpdatedBaseline(update);
  const { shard: spec } = shard.selection;
  options.log.info(`update of ${spec ? `shard ${spec.index}/${spec.count}` : 'selected variants'}: the baseline is not written here; \`wasm-gate merge --write-baseline\` writes it from every shard's results`);
  return undefined;
}

function inputProblem(kind: 'config' | 'baseline', error: unknown): GateProblem {
  if (error instanceof InputFileError) return { kind, file: error.file, message: error.message };
  return { kind, message: String((error as Error)?.message ?? error) };
}

/** What the variants stage works with: the stages before it, and the results so far (for onProgress). */
interface VariantsInput {
  options: GateOptions;
  config: GateConfig;
  baseline: Baseline | undefined;
  env: Record<string, string>;
  optimizer?: Optimizer;
  /** the run's tools so far (the fingerprints name the optimizer) */
  tools: Record<string, string>;
  reuse?: ReuseSources;
  soFar: (variants: GateResults['variants'], extra: GateProblem[]) => GateResults;
  /** each variant's head build time, and the variants whose module the bench stage times (--against) */
  builds?: { ms: Map<string, number>; timed: Set<string> };
  /** a shard's reference, there only to compare with: not built at the base (--against) */
  referenceOnly?: string;
}

/** What a variant leaves for the cache besides its outcome. */
interface Kept {
  shipped?: Uint8Array;
  fromCache: boolean;
  functionKeys: string[] | undefined;
  knownCounts: KnownCounts | undefined;
}

interface VariantsMeasured {
  outcomes: VariantOutcome[];
  kept: Map<string, Kept>;
  bench: BenchStageResult;
  against?: AgainstRecord;
}

/** The work still running after a variant's turn: compression, its log line, the progress write. */
interface Pending {
  measuring: Promise<unknown>[];
  logged: Promise<unknown>;
  progress: Promise<unknown>;
}

/**
 * Builds and optimizes each variant, one after another (builds often share a target dir); its gzip
 * and brotli run on the thread pool while the next one builds and optimizes, and so do the counts
 * its benchmarks can already run (bench/bench-stage.ts). The rest of the counting is calibrated
 * across variants, so it runs after the last one, while compression may still run; timing waits
 * for it, so that the timed runs have the machine.
 */
async function measureVariants(input: VariantsInput): Promise<VariantsMeasured> {
  const { options, config } = input;
  const outcomes: VariantOutcome[] = [];
  const kept = new Map<string, Kept>();
  const pending: Pending = { measuring: [], logged: Promise.resolve(), progress: Promise.resolve() };
  const stage = new BenchStage({ config, baseline: input.baseline, env: input.env, log: options.log, mode: options.mode });
  const builds = { ms: new Map<string, number>(), timed: new Set<string>() };
  try {
    for (const variant of config.variants) {
      outcomes.push(await options.log.group(`wasm-gate: ${variant.name}`, () => variantStage({ ...input, builds }, variant, stage, kept, pending)));
      if (options.onProgress) pending.progress = writeProgress(input, outcomes, pending, options.onProgress);
    }
    const against = await againstStage(input, stage, outcomes, builds);
    const measured = Promise.all([...pending.measuring, pending.logged, pending.progress]);
    measured.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
    const bench = await stage.finish(() => measured);
    await measured;
    return { outcomes, kept, bench, ...(against ? { against } : {}) };
  } finally {
    stage.close();
  }
}

/**
 * check --against: the variants whose head the bench stage times are built again at the base
 * commit and handed to it, to be timed paired with the head. Each outcome records its base build.
 */
async function againstStage(input: VariantsInput, stage: BenchStage, outcomes: VariantOutcome[], builds: { ms: Map<string, number>; timed: Set<string> }): Promise<AgainstRecord | undefined> {
  const { options, config, optimizer } = input;
  const wanted = options.against;
  if (!wanted || !optimizer) return undefined;
  const timed = config.variants.filter((v) => builds.timed.has(v.name) && config.bench.throughput && v.name !== input.referenceOnly);
  // Nothing to time: asked for by default (a pull request's base), nothing to say either.
  if (timed.length === 0) return wanted.implicit ? undefined : { ref: wanted.ref, warning: 'nothing was compared: no variant has a benchmark to time (with bench.throughput on)' };
  const resolved = await resolveBase(config.dir, wanted, input.env);
  if ('warning' in resolved) {
    options.log.warn(`wasm-gate: --against ${wanted.ref}: ${resolved.warning}; the run goes on without it`);
    return { ref: wanted.ref, warning: resolved.warning };
  }
  const { sha } = resolved;
  const hold = <T>(fn: () => Promise<T>): Promise<T> => (optimizer.holdsMainThread ? stage.hold(fn) : fn());
  const records = await measureAtBase({ against: { ref: wanted.ref, sha }, config, variants: timed, optimizer, env: input.env, log: options.log, hold, addBase: (name, bytes) => stage.addBase(name, bytes) });
  for (const outcome of outcomes) {
    const headBuildMs = builds.ms.get(outcome.name);
    const record = records.get(outcome.name) ?? { status: 'skipped', message: config.bench.throughput ? 'nothing to time at the head' : 'bench.throughput is off: nothing to time' };
    outcome.base = { ...record, ...(headBuildMs === undefined ? {} : { headBuildMs: Math.round(headBuildMs) }) };
  }
  const total = (pick: (o: VariantOutcome) => number | undefined): string => seconds(outcomes.reduce((sum, o) => sum + (pick(o) ?? 0), 0));
  options.log.info(`builds ran twice (--against ${wanted.ref}): head builds ${total((o) => o.base?.headBuildMs)}, base builds ${total((o) => o.base?.baseBuildMs)}`);
  return { ref: wanted.ref, sha };
}

/** One variant: built, checked, measured (or taken from earlier work), handed to the bench stage. */
async function variantStage(input: VariantsInput, variant: VariantConfig, stage: BenchStage, kept: Map<string, Kept>, pending: Pending): Promise<VariantOutcome> {
  const { options, config, optimizer } = input;
  const built = await buildVariant(variant, { env: input.env, fileSizeLimitBytes: config.fileSizeLimitMb * 2 ** 20, onOutput: (line) => options.log.detail(line) });
  input.builds?.ms.set(variant.name, built.durationMs);
  if (built.problem || !built.bytes) return { name: variant.name, problems: built.problem ? [built.problem] : [] };
  const bytes = built.bytes;
  const notWasm = artifactProblem(variant.name, variant.artifact, bytes);
  if (notWasm) return { name: variant.name, problems: [notWasm] };
  if (!optimizer) return { name: variant.name, problems: [] };
  const fingerprint = await fingerprintVariant(config, variant, bytes, input.tools);
  const lookup = input.reuse ? await input.reuse.lookup(config, variant, bytes, fingerprint) : undefined;
  const found = lookup && 'found' in lookup ? lookup.found : undefined;
  if (lookup && 'why' in lookup && lookup.why !== 'not in the baseline') options.log.info(`  ${variant.name}: measured: ${lookup.why}`);
  const needsBytes = found ? needsOptimizedBytes(config, variant, found, Boolean(options.outDir)) : true;
  const measure = (): Promise<MeasuredVariant> => measureVariant({ optimizer, config, variant, bytes, fingerprint, ...(found ? { found } : {}), needsBytes, log: options.log });
  let measured: MeasuredVariant;
  try {
    // The in-process optimizer holds the main thread: counting pauses while it runs.
    measured = optimizer.holdsMainThread ? await stage.hold(measure) : await measure();
  } catch (error) {
    // A module the gate's readers cannot read fails its variant; the others are still measured.
    return { name: variant.name, problems: [measureProblem(variant.name, error, options.log)] };
  }
  if (measured.benchModule) {
    input.builds?.timed.add(variant.name);
    stage.add(variant.name, measured.benchModule, {
      ...(measured.functionKeys ? { functionKeys: measured.functionKeys } : {}),
      ...(measured.knownCounts ? { known: measured.knownCounts } : {}),
      // Allocation statistics come from the module as built: wasm-opt may inline an entry point away.
      ...(isComponent(bytes) ? {} : { built: bytes }),
    });
  }
  const problems: GateProblem[] = measured.problem ? [measured.problem] : [];
  if (options.outDir && measured.shipped) await writeOptimized(options.outDir, variant.name, measured.shipped, problems);
  kept.set(variant.name, { ...(measured.shipped ? { shipped: measured.shipped } : {}), fromCache: found?.source === 'cache', functionKeys: measured.functionKeys, knownCounts: measured.knownCounts });
  return awaitMeasurement(options.log, { name: variant.name, problems }, measured, pending);
}

async function writeOptimized(outDir: string, variant: string, shipped: Uint8Array, problems: GateProblem[]): Promise<void> {
  const file = path.join(outDir, `${variant}.wasm`);
  await writeFileAtomic(file, shipped, 'optimized module').catch((error: Error) => {
    problems.push({ kind: 'measure', variant, file, message: `variant "${variant}": ${error.message} (--out-dir)` });
  });
}

/** The outcome, whose measurement arrives when compression finishes; sizes are logged in config order. */
function awaitMeasurement(log: Logger, outcome: VariantOutcome, measured: MeasuredVariant, pending: Pending): VariantOutcome {
  const measurement = measured.measurement.catch((error: unknown) => {
    outcome.problems.push(measureProblem(outcome.name, error, log));
    return undefined;
  });
  pending.measuring.push(measurement.then((m) => m && (outcome.measurement = m)));
  pending.logged = Promise.all([pending.logged, measurement]).then(([, m]) => m && logMeasurement(log, outcome.name, m));
  return outcome;
}

/** The results so far, after the sizes of every variant so far are in, one write at a time. A
 * progress write that fails takes nothing down: the finished run's write reports its error. */
function writeProgress(input: VariantsInput, outcomes: VariantOutcome[], pending: Pending, write: (unfinished: GateResults) => Promise<void>): Promise<unknown> {
  const { config, options } = input;
  return Promise.all([pending.progress, pending.logged])
    .then(() => {
      const unfinished = unfinishedRun(config, options.mode === 'update' ? undefined : input.baseline, outcomes, config.bench.enabled);
      return write(input.soFar(unfinished.variants, [unfinished.problem]));
    })
    .catch(() => {});
}
