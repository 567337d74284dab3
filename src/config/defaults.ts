// Defaults a config does not have to spell out.
import type { BenchConfig, MetricThresholds, OptimizeConfig } from '../types.js';

export const DEFAULT_CONFIG_FILE = 'wasm-gate.config.json';
export const DEFAULT_BASELINE_FILE = 'baseline.json';

export const DEFAULT_OPTIMIZE: OptimizeConfig = {
  engine: 'binaryen',
  flags: ['-Oz', '--strip-debug'],
  wasmOpt: 'wasm-opt',
};

// Sizes and instruction counts are exact, so small allowances work; raw bytes and wall-clock
// throughput are reported but not gated unless a config asks for it.
export const DEFAULT_THRESHOLDS: Required<MetricThresholds> = {
  raw: false,
  optimized: { relative: 1 },
  gzip: { relative: 1 },
  brotli: { relative: 1 },
  cycles: { relative: 1 },
  instructions: { relative: 1 },
  peakMemoryBytes: { relative: 10 },
  peakLiveBytes: { relative: 10 },
  // bytes still allocated when a benchmark returns: any growth is a new leak
  liveBytesAtEnd: { absolute: 0 },
  opsPerSec: false,
  // paired against the base commit (check --against): fails only when the whole 95% interval is
  // more than 5% slower, far past what identical modules have shown (docs/WALL-CLOCK.md)
  vsBase: { relative: 5 },
};

export const DEFAULT_BENCH: BenchConfig = {
  enabled: true,
  exports: ['bench_*'],
  traces: [],
  timeLimitMs: 30_000,
  totalTimeLimitMs: 20 * 60_000,
  samples: 10,
  targetSampleMs: 25,
  throughput: true,
  pairTargetPct: 0.5,
  pairTimeLimitMs: 3000,
  memoryLimitMb: 2048,
  maxBenchmarks: 2000,
};

/** A build that runs longer is killed with its whole process group. */
export const DEFAULT_BUILD_TIME_LIMIT_MS = 30 * 60_000;

/** Files the gate reads (artifacts, traces, cache entries) may be this large (config fileSizeLimitMb). */
export { DEFAULT_FILE_SIZE_LIMIT_MB } from '../fs/read-input.js';

/** A cache directory (config `cache`) is pruned to this, least recently used entries first. */
export const DEFAULT_CACHE_MAX_MB = 1024;
