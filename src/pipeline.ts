// The gate, top to bottom: config → build → optimize → measure → bench → compare → (update).
// Side effects live here and in the modules it calls for them; the decisions are pure modules.
import path from 'node:path';
import { attachBenchResults } from './bench/bench-outcomes.js';
import { BenchStage, type BenchStageResult, listSome } from './bench/run-benchmarks.js';
import { buildVariant } from './variant-build/run-build.js';
import { safeEnvironment } from './variant-build/safe-env.js';
import { baselineChanged, nextBaseline, serializeBaseline } from './baseline/next-baseline.js';
import { compareRun, type Incomparable, type VariantOutcome } from './compare/compare.js';
import { COUNTING_RULES, toolMismatches, type ToolMismatch } from './compare/tool-match.js';
import { unfinishedRun } from './compare/unfinished-run.js';
import { DEFAULT_CACHE_MAX_MB } from './config/defaults.js';
import { InputFileError } from './config/json-file.js';
import { loadBaseline } from './config/load-baseline.js';
import { loadConfig } from './config/load-config.js';
import { exitCodeFor, gateStatus } from './compare/verdict.js';
import { writeFileAtomic } from './fs/atomic-write.js';
import type { Logger } from './log.js';
import { logMeasurement, measureProblem, measureVariant } from './measure/measure-variant.js';
import { createOptimizer, type Optimizer } from './optimize/optimize.js';
import { GateCache } from './cache/gate-cache.js';
import { fingerprintVariant } from './reuse/fingerprint.js';
import { needsOptimizedBytes, ReuseSources } from './reuse/reuse.js';
import type { Baseline, GateConfig, GateProblem, GateResults, KnownCounts, MetricRow, VariantMeasurement } from './types.js';
import { WASM_GATE_VERSION } from './version.js';
import type { SelectionRecord } from './results/published.js';
import { SelectionError, selectVariants, type ShardSpec } from './shard/select.js';
import { checkArtifact, isComponent } from './wasm/component.js';
import { badMagic } from './wasm/sections.js';

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
}

export interface GateRun {
  results: GateResults;
  config?: GateConfig;
  baseline?: Baseline;
  /** update mode: whether the baseline file's content changed */
  baselineChanged?: boolean;
}

export async function runGate(options: GateOptions): Promise<GateRun> {
  const started = Date.now();
  const problems: GateProblem[] = [];
  let selection: SelectionRecord | undefined;
  const finish = (run: Omit<GateRun, 'results'>, variants: GateResults['variants'], tools: Record<string, string>, extra: GateProblem[] = []): GateRun => {
    const all = [...problems, ...extra];
    const status = gateStatus(all, variants);
    const results: GateResults = {
      schemaVersion: 1,
      tool: { name: 'wasm-gate', version: WASM_GATE_VERSION },
      mode: options.mode,
      status,
      exitCode: exitCodeFor(status),
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      tools,
      configFile: options.configFile,
      baselineFile: options.baselineFile,
      ...(run.config?.reference ? { reference: run.config.reference } : {}),
      variants,
      problems: all,
      ...(selection ? { selection } : {}),
    };
    return { ...run, results };
  };

  // 1. config: without it there is nothing to build.
  let config: GateConfig;
  try {
    config = await loadConfig(options.configFile);
  } catch (error) {
    problems.push(inputProblem('config', error));
    return finish({}, [], {});
  }

  // One shard of a matrix: only its variants (and the reference, to compare with) run here.
  let referenceOnly: string | undefined;
  const configured = config.variants.map((v) => v.name);
  if (options.select) {
    try {
      const picked = selectVariants(configured, { ...options.select, ...(config.reference ? { reference: config.reference } : {}) });
      referenceOnly = picked.referenceOnly;
      selection = { ...(options.select.shard ? { shard: options.select.shard } : {}), variants: picked.owned, configVariants: configured };
      config = { ...config, variants: config.variants.filter((v) => picked.owned.includes(v.name) || v.name === picked.referenceOnly) };
      options.log.info(`${options.select.shard ? `shard ${options.select.shard.index}/${options.select.shard.count}` : 'selected'}: ${picked.owned.length} of ${configured.length} variants${referenceOnly ? ` (and the reference ${referenceOnly}, to compare with)` : ''}`);
    } catch (error) {
      if (!(error instanceof SelectionError)) throw error;
      problems.push({ kind: 'config', file: config.file, message: error.message });
      return finish({ config }, [], {});
    }
  }

  // 2. baseline: a broken one is reported, and the variants are still measured.
  let baseline: Baseline | undefined;
  let baselineUnwritable = false;
  try {
    baseline = await loadBaseline(options.baselineFile);
    if (!baseline) options.log.info(`no baseline at ${options.baselineFile}: every variant is new (run \`wasm-gate update\` to write one)`);
  } catch (error) {
    problems.push(inputProblem('baseline', error));
    // A newer wasm-gate's baseline holds what this one cannot read: never overwrite it.
    baselineUnwritable = error instanceof InputFileError && error.kind === 'newer';
  }

  const env = safeEnvironment(options.env ?? process.env, options.secrets ?? []);
  let optimizer: Optimizer | undefined;
  const tools: Record<string, string> = { node: process.version };
  try {
    optimizer = await createOptimizer(config.optimize, env);
    Object.assign(tools, optimizer.tools);
  } catch (error) {
    problems.push({ kind: 'optimize', message: `wasm-opt is not usable: ${(error as Error).message}` });
  }
  if (config.bench.enabled) tools.counting = COUNTING_RULES;

  // Earlier work on the same bytes and settings, which stands in for measuring them again: the
  // baseline's records, and a cache directory when one is configured.
  const cacheSetting = options.cacheDir ? { dir: options.cacheDir, maxMb: config.cache?.maxMb ?? DEFAULT_CACHE_MAX_MB } : config.cache;
  const cache = cacheSetting ? new GateCache(cacheSetting.dir, cacheSetting.maxMb * 2 ** 20, options.log) : undefined;
  const reuse =
    options.reuse === false
      ? undefined
      : new ReuseSources({ mode: options.mode, baseline, ...(options.trustedBaseline !== undefined ? { trustedBaseline: options.trustedBaseline } : {}), ...(cache ? { cache } : {}) });

  // 3-5. build and optimize each variant, one after another (builds often share a target dir);
  // its gzip and brotli run on the thread pool while the next one builds and optimizes, and so do
  // the counts its benchmarks can already run (bench/bench-stage.ts).
  const outcomes: VariantOutcome[] = [];
  const functionKeys = new Map<string, string[]>();
  const known = new Map<string, KnownCounts>();
  const kept = new Map<string, { shipped?: Uint8Array; fromCache: boolean }>();
  const measuring: Promise<unknown>[] = [];
  let logged: Promise<unknown> = Promise.resolve();
  let progress: Promise<unknown> = Promise.resolve();
  const stage = new BenchStage({ config, baseline, env, log: options.log, mode: options.mode });
  let bench: BenchStageResult;
  try {
    for (const variant of config.variants) {
      const outcome = await options.log.group(`wasm-gate: ${variant.name}`, async (): Promise<VariantOutcome> => {
        const built = await buildVariant(variant, { env, fileSizeLimitBytes: config.fileSizeLimitMb * 2 ** 20, onOutput: (line) => options.log.detail(line) });
        if (built.problem || !built.bytes) return { name: variant.name, problems: built.problem ? [built.problem] : [] };
        const notWasm = wasmProblem(variant.name, variant.artifact, built.bytes);
        if (notWasm) return { name: variant.name, problems: [notWasm] };
        if (!optimizer) return { name: variant.name, problems: [] };
        const fingerprint = await fingerprintVariant(config, variant, built.bytes, tools);
        const lookup = reuse ? await reuse.lookup(config, variant, built.bytes, fingerprint) : undefined;
        const found = lookup && 'found' in lookup ? lookup.found : undefined;
        if (lookup && 'why' in lookup && lookup.why !== 'not in the baseline') options.log.info(`  ${variant.name}: measured: ${lookup.why}`);
        const needsBytes = found ? needsOptimizedBytes(config, variant, found, Boolean(options.outDir)) : true;
        const measure = (): ReturnType<typeof measureVariant> =>
          measureVariant({ optimizer: optimizer as Optimizer, config, variant, bytes: built.bytes as Uint8Array, fingerprint, ...(found ? { found } : {}), needsBytes, log: options.log });
        // The in-process optimizer holds the main thread: counting pauses while it runs.
        let measured: Awaited<ReturnType<typeof measureVariant>>;
        try {
          measured = optimizer.holdsMainThread ? await stage.hold(measure) : await measure();
        } catch (error) {
          // A module the gate's readers cannot read fails its variant; the others are still measured.
          return { name: variant.name, problems: [measureProblem(variant.name, error, options.log)] };
        }
        if (measured.functionKeys) functionKeys.set(variant.name, measured.functionKeys);
        if (measured.knownCounts) known.set(variant.name, measured.knownCounts);
        if (measured.benchModule) {
          stage.add(variant.name, measured.benchModule, {
            ...(measured.functionKeys ? { functionKeys: measured.functionKeys } : {}),
            ...(measured.knownCounts ? { known: measured.knownCounts } : {}),
            // Allocation statistics come from the module as built: wasm-opt may inline an entry point away.
            ...(isComponent(built.bytes) ? {} : { built: built.bytes }),
          });
        }
        const problems: GateProblem[] = measured.problem ? [measured.problem] : [];
        if (options.outDir && measured.shipped) {
          const file = path.join(options.outDir, `${variant.name}.wasm`);
          await writeFileAtomic(file, measured.shipped, 'optimized module').catch((error: Error) => {
            problems.push({ kind: 'measure', variant: variant.name, file, message: `variant "${variant.name}": ${error.message} (--out-dir)` });
          });
        }
        kept.set(variant.name, { ...(measured.shipped ? { shipped: measured.shipped } : {}), fromCache: found?.source === 'cache' });
        const outcome: VariantOutcome = { name: variant.name, problems };
        const measurement = measured.measurement.catch((error: unknown) => {
          problems.push(measureProblem(variant.name, error, options.log));
          return undefined;
        });
        measuring.push(measurement.then((m) => m && (outcome.measurement = m)));
        // Sizes are logged in config order, as each variant's compression finishes.
        logged = Promise.all([logged, measurement]).then(([, m]) => m && logMeasurement(options.log, variant.name, m));
        return outcome;
      });
      outcomes.push(outcome);
      if (options.onProgress) {
        const write = options.onProgress;
        // After the sizes of every variant so far are in (logged), one write at a time.
        // A progress write that fails takes nothing down: the finished run's write reports its error.
        progress = Promise.all([progress, logged])
          .then(() => {
            const unfinished = unfinishedRun(config, options.mode === 'update' ? undefined : baseline, outcomes, config.bench.enabled);
            return write(finish({ config }, unfinished.variants, { ...tools }, [unfinished.problem]).results);
          })
          .catch(() => {});
      }
    }
    const measured = Promise.all([...measuring, logged, progress]);
    measured.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile

    // 6. benchmarks: the rest of the counting (calibrated across variants, so after the last
    // variant), while compression may still run; timing waits for it, so that the timed runs
    // have the machine.
    bench = await stage.finish(() => measured);
    await measured;
  } finally {
    stage.close();
  }
  Object.assign(tools, bench.tools);
  attachBenchResults(outcomes, bench, config);

  // What this run measured goes to the cache, for later runs (and, saved from main, for PRs).
  if (cache) {
    await cache.saveRun(
      outcomes.map((o) => ({ ...o, ...kept.get(o.name), functionKeys: functionKeys.get(o.name), bench: bench.byVariant.get(o.name), knownCounts: known.get(o.name) })),
    );
  }

  // 7. compare: numbers made by other tools than the baseline's are shown, never judged.
  let incomparable: Incomparable = new Set();
  if (options.mode === 'check' && baseline) {
    const mismatches = toolMismatches(baseline.tools, tools);
    if (mismatches.length > 0) {
      if (config.compareAcrossTools) options.log.warn(`comparing anyway (compareAcrossTools): ${describeMismatches(mismatches)}`);
      else {
        incomparable = incomparableMetrics(mismatches);
        problems.push({
          kind: 'baseline',
          file: options.baselineFile,
          message: `baseline ${options.baselineFile} was measured with other tools than this run: ${describeMismatches(mismatches)}. Its ${describeMetrics(incomparable)} do not compare, so they are shown but not gated. Run \`wasm-gate update\` to measure the baseline with this run's tools, or set "compareAcrossTools": true in the config to compare anyway`,
        });
      }
    }
  }
  const compared = compareRun(config, options.mode === 'update' ? undefined : baseline, outcomes, incomparable);
  // A shard reports its own variants: not the reference it ran to compare with, and not the
  // variants of other shards as removed.
  const variants = selection ? compared.filter((v) => v.name !== referenceOnly && !(v.status === 'removed' && configured.includes(v.name))) : compared;
  const run: Omit<GateRun, 'results'> = { config, ...(baseline ? { baseline } : {}) };

  // 8. update: every variant that measured is written; one that failed keeps its previous entry.
  if (options.mode === 'update' && selection) {
    options.log.info(`update of ${selection.shard ? `shard ${selection.shard.index}/${selection.shard.count}` : 'selected variants'}: the baseline is not written here; \`wasm-gate merge --write-baseline\` writes it from every shard's results`);
  } else if (options.mode === 'update') {
    const measured = new Map(outcomes.filter((o) => o.problems.length === 0 && o.measurement).map((o) => [o.name, o.measurement as VariantMeasurement]));
    const refuse = (why: string): void => {
      problems.push({ kind: 'baseline', file: options.baselineFile, message: `baseline ${options.baselineFile} was not written: ${why}` });
    };
    if (baselineUnwritable) refuse('it was written by a newer wasm-gate (see above)');
    else if (measured.size === 0) refuse('no variant measured (fix the errors above and run update again)');
    else {
      const next = nextBaseline(baseline, { variants: config.variants.map((v) => v.name), measured, tools, now: new Date(), thresholds: config.thresholds });
      run.baselineChanged = baselineChanged(baseline, next.baseline);
      try {
        await writeFileAtomic(options.baselineFile, serializeBaseline(next.baseline), 'baseline');
        const notes = [
          next.kept.length > 0 ? `kept the previous entries of ${listSome(next.kept, 10)}, which failed` : '',
          next.missing.length > 0 ? `no entry for ${listSome(next.missing, 10)}, which failed` : '',
        ].filter(Boolean);
        options.log.info(`wrote ${options.baselineFile} (${measured.size} of ${config.variants.length} variants measured${notes.length > 0 ? `; ${notes.join('; ')}` : ''})${run.baselineChanged ? '' : ' (no change)'}`);
        // A broken baseline that this update replaced is no longer a problem.
        problems.splice(0, problems.length, ...problems.filter((p) => p.kind !== 'baseline'));
      } catch (error) {
        run.baselineChanged = false;
        refuse((error as Error).message);
      }
    }
  }
  return finish(run, variants, tools);
}

function inputProblem(kind: 'config' | 'baseline', error: unknown): GateProblem {
  if (error instanceof InputFileError) return { kind, file: error.file, message: error.message };
  return { kind, message: String((error as Error)?.message ?? error) };
}

function wasmProblem(variant: string, file: string, bytes: Uint8Array): GateProblem | undefined {
  const bad = badMagic(bytes);
  if (bad) return { kind: 'artifact', variant, file, message: `variant "${variant}": ${file} ${bad}` };
  try {
    checkArtifact(bytes);
    return undefined;
  } catch (error) {
    return { kind: 'artifact', variant, file, message: `variant "${variant}": ${file} is not a WebAssembly module: ${(error as Error).message}` };
  }
}

function describeMismatches(mismatches: ToolMismatch[]): string {
  return mismatches.map((m) => `${m.what} ${m.baseline} in the baseline, ${m.current} now`).join('; ');
}

function incomparableMetrics(mismatches: ToolMismatch[]): Set<MetricRow['metric']> {
  const set = new Set<MetricRow['metric']>();
  for (const m of mismatches) {
    // Everything measured on the optimized module depends on the optimizer.
    // Allocation statistics come from the module as built: the optimizer does not decide them.
    if (m.what === 'optimizer') for (const metric of ['optimized', 'gzip', 'brotli', 'section', 'cycles', 'instructions', 'peakMemoryBytes', 'opsPerSec'] as const) set.add(metric);
    else for (const metric of ['cycles', 'instructions', 'peakLiveBytes', 'liveBytesAtEnd'] as const) set.add(metric);
  }
  return set;
}

function describeMetrics(metrics: Incomparable): string {
  if (metrics.has('optimized')) return 'optimized, gzip and brotli sizes, sections, cycles, instruction counts and memory';
  return 'cycles, instruction counts and allocation statistics';
}
