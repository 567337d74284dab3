// Shared shapes of the pipeline: config in, measurements, comparison, results out.
import type { FunctionAttribution, FunctionChange, FunctionNaming, OmittedFunctions } from './function-types.js';

export type { FunctionAttribution, FunctionChange, FunctionNaming, OmittedFunctions, ProfileChange } from './function-types.js';

export const SIZE_METRICS = ['raw', 'optimized', 'gzip', 'brotli'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export const BENCH_METRICS = ['cycles', 'instructions', 'peakMemoryBytes', 'peakLiveBytes', 'liveBytesAtEnd', 'opsPerSec'] as const;
export type BenchMetric = (typeof BENCH_METRICS)[number];
export type MetricKind = SizeMetric | BenchMetric;

/** A growth allowance. A value regresses only when it grows past every allowance given. */
export interface Threshold {
  /** percent */
  relative?: number;
  /** in the metric's own unit */
  absolute?: number;
}
/** false: report only, never a regression. */
export type ThresholdSetting = Threshold | false;
/** `vsBase`: the paired throughput ratio against the base commit (`check --against`), relative only. */
export type ThresholdKey = MetricKind | 'vsBase';
export type MetricThresholds = Partial<Record<ThresholdKey, ThresholdSetting>>;

/** Size metrics a budget limits, in bytes; benchmark metrics, per call. */
export const BUDGET_BENCH_METRICS = ['instructions', 'cycles', 'peakMemoryBytes'] as const;
export type BudgetBenchMetric = (typeof BUDGET_BENCH_METRICS)[number];
/** Absolute limits (no baseline needed); false lifts a limit set at a wider level. */
export type BenchBudget = Partial<Record<BudgetBenchMetric, number | false>>;
export type BudgetLimits = Partial<Record<SizeMetric | BudgetBenchMetric, number | false>> & { bench?: Record<string, BenchBudget> };
export type BudgetConfig = BudgetLimits & { variants?: Record<string, BudgetLimits> };

export interface VariantConfig {
  name: string;
  build?: string;
  /** absolute, resolved against the config file's directory */
  cwd: string;
  env?: Record<string, string>;
  /** absolute */
  artifact: string;
  /** imports: absolute path of an ES module of imports for this variant's benchmarks */
  bench?: false | { exports?: string[]; traces?: string[]; imports?: string; allocator?: AllocatorEntryNames };
  /** past it the build's whole process group is killed */
  buildTimeLimitMs: number;
  /** globs relative to cwd naming the files the build reads: unchanged since the base commit, the
   *  base build is skipped (`check --against`) */
  inputs?: string[];
}

export interface OptimizeConfig {
  engine: 'binaryen' | 'native';
  flags: string[];
  wasmOpt: string;
}

/** function name → what it does (config bench.allocator; src/wasm/alloc-hooks.ts ALLOC_KINDS) */
export type AllocatorEntryNames = Record<string, 'malloc' | 'calloc' | 'realloc' | 'free' | 'aligned_alloc' | 'posix_memalign' | 'rust_alloc' | 'rust_dealloc' | 'rust_realloc'>;

export interface BenchConfig {
  enabled: boolean;
  /** the allocator's entry points, instead of the names toolchains leave */
  allocator?: AllocatorEntryNames;
  exports: string[];
  /** absolute paths */
  traces: string[];
  timeLimitMs: number;
  /** the whole bench phase, every variant together */
  totalTimeLimitMs: number;
  samples: number;
  targetSampleMs: number;
  throughput: boolean;
  /** paired rounds stop once the ratio's 95% interval is within ± this percent (paired-phase.ts) */
  pairTargetPct: number;
  /** or after this long, per benchmark and partner */
  pairTimeLimitMs: number;
  memoryLimitMb: number;
  /** a variant whose exports match more benchmarks than this runs none of them */
  maxBenchmarks: number;
  /** absolute path of an ES module whose default export provides imports (docs/TOOLCHAINS.md, "Imports the gate provides") */
  imports?: string;
}

export interface GateConfig {
  /** absolute path of the config file */
  file: string;
  dir: string;
  variants: VariantConfig[];
  reference?: string;
  optimize: OptimizeConfig | false;
  thresholds: MetricThresholds & { variants?: Record<string, MetricThresholds> };
  /** absolute limits, in bytes and counts (config/budget.ts); absent when none is configured */
  budget?: BudgetConfig;
  bench: BenchConfig;
  buildTimeLimitMs: number;
  /** compare sizes with a baseline made by another optimizer (engine, version or flags) */
  compareAcrossTools: boolean;
  /** the largest artifact, trace, imports module or cache entry the gate reads, in MiB */
  fileSizeLimitMb: number;
  /** a directory of optimized modules and measurements from earlier runs (cache/gate-cache.ts) */
  cache?: { dir: string; maxMb: number };
}

export interface SizeMeasurement {
  raw: number;
  optimized: number;
  gzip: number;
  brotli: number;
}

/** Exact allocation statistics of one counted call (requested sizes; src/bench/alloc-recorder.ts). */
export interface AllocationStats {
  allocs: number;
  reallocs: number;
  frees: number;
  bytes: number;
  peakLiveBytes: number;
  peakLiveBlocks: number;
  liveBytesAtEnd: number;
}

/** What the cache model saw in one counted call. */
export interface CacheEvents {
  accesses: number;
  l1Misses: number;
  llMisses: number;
  streamedMisses: number;
  firstTouches: number;
  grows: number;
}

export interface BenchMeasurement {
  iterations: number;
  /** the deterministic cycle estimate of one call (src/wasm/cycle-model.ts) */
  cycles?: number;
  /** cycles per function (name or func[<index>]), summing to `cycles`; the baseline keeps the largest */
  cyclesProfile?: Record<string, number>;
  /** baseline only: the functions `cyclesProfile` does not list */
  cyclesProfileOmitted?: OmittedFunctions;
  /** results only: the cache model's events */
  cache?: CacheEvents;
  allocations?: AllocationStats;
  /** results only: requests per power-of-two size class ("32": 17..32 bytes) */
  allocationSizes?: Record<string, number>;
  /** results only: (peak memory - memory at instantiation) / peak live bytes */
  heapOverhead?: number;
  instructions?: number;
  /** self instructions per function (name or func[<index>]), summing to `instructions`; the baseline keeps the largest */
  profile?: Record<string, number>;
  /** baseline only: the functions `profile` does not list */
  profileOmitted?: OmittedFunctions;
  peakMemoryBytes?: number;
  /** linear memory at instantiation: what the build declared, before the allocator ran */
  initialMemoryBytes?: number;
  opsPerSec?: number;
  opsPerSecCi95?: [number, number];
  samples?: number;
  allocStats?: Record<string, number>;
}

/** A baseline entry's record of what its numbers were measured from (reuse/baseline-record.ts). */
export interface MeasuredFrom {
  /** sha256 of the raw artifact */
  artifact: string;
  /** digest of the optimizer (engine, version, flags) and the gate's measurement rules */
  sizes: string;
  /** digest of the benchmark settings (exports, traces, imports module, memory limit, counting rules), when benchmarked */
  bench?: string;
  /** sha256 of the optimized module */
  optimized: string;
  functionNaming?: FunctionNaming;
  /** digest of the entry's numbers and of the fields above: a hand edit turns reuse off */
  numbers: string;
}

export interface BaselineVariant {
  size: SizeMeasurement;
  sections?: Record<string, number>;
  /** the largest functions' bytes (bounded: see next-baseline.ts) */
  functions?: Record<string, number>;
  functionsOmitted?: OmittedFunctions;
  bench?: Record<string, BenchMeasurement>;
  measuredFrom?: MeasuredFrom;
  [extra: string]: unknown;
}

export interface Baseline {
  $schema?: string;
  schemaVersion: 1;
  updatedAt?: string;
  tools?: Record<string, string>;
  variants: Record<string, BaselineVariant>;
  [extra: string]: unknown;
}

/** A problem tied to one place: a file, a JSON path, a variant. */
export interface GateProblem {
  kind: 'config' | 'baseline' | 'build' | 'artifact' | 'optimize' | 'measure' | 'bench' | 'publish';
  message: string;
  file?: string;
  variant?: string;
  /** e.g. the last lines of a failed build */
  details?: string;
}

/** `check --against`: the ref as given, the commit it resolved to; `warning` when the A/B did not
 * run (the base commit is not in the checkout). */
export interface AgainstRecord {
  ref: string;
  sha?: string;
  warning?: string;
}

/** Throughput against the reference variant, paired round by round in the same run. */
export interface ReferenceRatio {
  ratio: number;
  ci95: [number, number];
}

/** Sizes of a variant this run; `optimized` is absent when wasm-opt failed (gzip and brotli are then of the raw module). */
export type MeasuredSizes = Omit<SizeMeasurement, 'optimized'> & { optimized?: number };

/** WebAssembly features of a core module (binaryen's names, as in `--enable-<name>`). */
export interface FeatureRecord {
  /** what its sections and code use */
  used: string[];
  /** its target_features section, as written ("+bulk-memory"), when it has one */
  declared?: string[];
  /** what wasm-opt was given: used and declared, with binaryen's implications */
  enabled: string[];
  /** a part the decoder could not read, when any */
  undecoded?: string;
}

/** One core module inside a component: its own sizes (gzip and brotli of its optimized bytes). */
export interface CoreModuleMeasurement {
  /** 0, 1, ... in binary order, nested components' modules included */
  index: number;
  /** "core module 1", "component 0 › core module 1" */
  location: string;
  size: MeasuredSizes;
  sections: Record<string, number>;
  features: FeatureRecord;
}

/** What decides a variant's numbers, as digests (reuse/fingerprint.ts); the baseline's record is made of it. */
export interface MeasurementFingerprint {
  /** sha256 of the raw artifact */
  artifact: string;
  sizes: string;
  bench?: string;
  /** sha256 of the optimized module (absent when wasm-opt failed) */
  optimized?: string;
}

/** `sizes`: the optimizer (engine, version, flags) and the measurement rules; `bench`: what decides
 * the instruction counts and memory, absent when the variant is not benchmarked. */
export type Fingerprint = Omit<MeasurementFingerprint, 'optimized'>;

/** Counts a run already has for a variant (bench/known-counts.ts: when they stand in for counting). */
export interface KnownCounts {
  /** per benchmark: iterations, instructions, profile, peak and initial memory */
  results: Record<string, BenchMeasurement>;
  /** per benchmark, memory just before the counted run (the throughput phase sizes batches by it) */
  startMemoryBytes?: Record<string, number>;
}

/** An earlier measurement of the same bytes and settings, which stands in for measuring (reuse/reuse.ts). */
export interface Reusable {
  source: 'baseline' | 'cache';
  /** sizes, sections, features, functions and naming (no benchmarks) */
  measurement: VariantMeasurement;
  /** sha256 of the optimized module those sizes are of */
  optimizedSha256: string;
  /** counts that apply to this run (check mode, same benchmark settings, the baseline's iterations) */
  counts?: KnownCounts;
  /** the cache's: the optimized module itself, and each function body's key */
  cached?: { optimized: Uint8Array; functionKeys?: string[] };
}

/** Work this run took from an earlier one instead of redoing it, because the artifact's bytes, the
 * optimizer and the settings were the same (docs/CACHE.md, "Unchanged work is reused"). */
export interface ReuseRecord {
  source: 'baseline' | 'cache';
  /** sizes: gzip and brotli (and, without wasm-opt running, the other sizes, sections and functions);
   *  counts: every benchmark's instructions and memory */
  reused: Array<'sizes' | 'counts'>;
  /** wasm-opt ran anyway (for throughput timing, --out-dir or counting) and gave the recorded bytes */
  optimizedAgain?: true;
}

export interface VariantMeasurement {
  size: MeasuredSizes;
  sections: Record<string, number>;
  /** the module's features (for a component: see component.coreModules) */
  features?: FeatureRecord;
  /** wasm-opt failed: no optimized size; gzip, brotli and sections are of the raw module */
  optimizeFailed?: true;
  /** the variant is a WebAssembly component: sizes and sections above are the whole component's */
  component?: {
    coreModules: CoreModuleMeasurement[];
    /** index of the core module the benchmarks ran on */
    benchModule?: number;
  };
  /** bytes of every function body of the optimized module, by name (or func[<index>]), largest first */
  functions?: Record<string, number>;
  /** reused from a bounded baseline entry: the functions `functions` leaves out */
  functionsOmitted?: OmittedFunctions;
  functionNaming?: FunctionNaming;
  fingerprint?: MeasurementFingerprint;
  reuse?: ReuseRecord;
  bench?: Record<string, BenchMeasurement>;
  /** per benchmark: this run only, never stored in the baseline */
  throughputVsReference?: Record<string, ReferenceRatio>;
  /** per benchmark: head / base commit's ops per second, paired in one worker (`check --against`);
   *  this run only, never stored in the baseline */
  throughputVsBase?: Record<string, ReferenceRatio>;
  /** benchmark-level failures (trap, time limit, ...) */
  benchErrors?: Record<string, string>;
}

export type RowStatus = 'pass' | 'regressed' | 'improved' | 'new' | 'removed' | 'info';

export interface MetricRow {
  /** 'gzip', 'bench_pairs.instructions', 'section:code' */
  id: string;
  metric: MetricKind | 'section';
  /** benchmark export, for bench rows */
  bench?: string;
  label: string;
  unit: 'bytes' | 'instructions' | 'cycles' | 'ops/s';
  /** higher is better (throughput) */
  higherIsBetter: boolean;
  baseline?: number;
  current?: number;
  delta?: number;
  /** percent */
  deltaPct?: number;
  /** threshold that decided the status; false = not gated */
  threshold: ThresholdSetting;
  status: RowStatus;
  ci95?: [number, number];
  baselineCi95?: [number, number];
  /** ratio current / reference variant's value, same run */
  vsReference?: number;
  /** 95% interval of that ratio (throughput, paired round by round) */
  vsReferenceCi95?: [number, number];
  /** throughput: head / base commit's ops per second, paired round by round (`check --against`) */
  vsBase?: number;
  /** 95% interval of that ratio */
  vsBaseCi95?: [number, number];
  /** the threshold `vsBase` is gated with (config thresholds.vsBase), when one is set */
  vsBaseThreshold?: Threshold;
  /** the baseline value was measured with other tools (optimizer or counting rules): not judged */
  notComparable?: boolean;
  /** the value could not be measured (optimized bytes when wasm-opt failed) */
  failed?: true;
  /** peak memory rows: linear memory at instantiation in this run, so a reader sees whether the
   *  build's initial memory (Emscripten's 16 MiB) or the allocator decided the peak */
  initialMemoryBytes?: number;
  /** the absolute limit configured for this value (config `budget`); exceeded fails a check */
  budget?: { limit: number; exceeded: boolean };
}

/** `check --against`: what became of a variant's build at the base commit. Never a problem of
 * the variant: a base that fails to build leaves the head's verdict as it is. */
export interface BaseBuild {
  /** compared: built and benchmarked beside the head; unchanged: its inputs did not change, not
   *  rebuilt; failed: the build, its artifact or wasm-opt failed at the base; skipped: nothing to
   *  compare (the head has no benchmark to time) */
  status: 'compared' | 'unchanged' | 'failed' | 'skipped';
  /** the head's build, this run */
  headBuildMs?: number;
  baseBuildMs?: number;
  /** why it failed or was skipped */
  message?: string;
  /** e.g. the last lines of the failed build */
  details?: string;
}

export type VariantStatus = 'pass' | 'regressed' | 'improved' | 'new' | 'removed' | 'error';

export interface VariantResult {
  name: string;
  status: VariantStatus;
  rows: MetricRow[];
  problems: GateProblem[];
  measurement?: VariantMeasurement;
  /** functions whose size differs from the baseline, largest |delta| first */
  functionChanges?: FunctionChange[];
  attribution?: FunctionAttribution;
  /** `check --against`: its build at the base commit */
  base?: BaseBuild;
}

export type GateStatus = 'pass' | 'regressed' | 'error';

export interface GateResults {
  schemaVersion: 1;
  tool: { name: 'wasm-gate'; version: string };
  mode: 'check' | 'update' | 'validate';
  status: GateStatus;
  exitCode: 0 | 1 | 2;
  startedAt: string;
  durationMs: number;
  tools: Record<string, string>;
  configFile?: string;
  baselineFile?: string;
  reference?: string;
  /** `check --against <ref>`: the base commit every variant's throughput was paired with */
  against?: AgainstRecord;
  variants: VariantResult[];
  /** problems not tied to one variant (config, baseline) */
  problems: GateProblem[];
  pullRequest?: { number: number; headSha?: string; baseSha?: string; repo?: string };
  [extra: string]: unknown;
}
