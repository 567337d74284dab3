// What decides a variant's numbers, as digests: the raw artifact's bytes, and the settings its
// sizes and its instruction counts are made with. Equal digests mean a recomputation would give
// the same numbers, so the baseline's record or a cache entry can stand in for it (reuse.ts).
import path from 'node:path';
import { COUNTING_RULES, optimizerOf } from '../compare/tool-match.js';
import { canonicalJson, sha256 } from '../digest.js';
import { InputReadError, readInputFile } from '../fs/read-input.js';
import type { Fingerprint, GateConfig, VariantConfig } from '../types.js';

/**
 * Bump when the gate measures the same bytes differently: sizes, compression settings, section
 * or function naming (the demangler), the benchmark host or the counting instrumentation.
 * Baseline records and cache entries made under other rules are recomputed, never reused.
 */
export const MEASUREMENT_RULES = 'm1: gzip 9, brotli 11, sections and functions of the optimized module, demangled names; bench host and counting copy of wasm-gate 0.1';

/** The digest of a file's bytes, or a marker no digest equals when it cannot be read. */
async function fileDigest(file: string, limitBytes: number): Promise<string> {
  try {
    // A FIFO or a device is never read (it could hang the gate); the bench stage says why.
    return sha256(await readInputFile(file, 'file', limitBytes));
  } catch (error) {
    return `unreadable (${error instanceof InputReadError ? error.code : 'error'}) ${file}`;
  }
}

/**
 * A variant's fingerprint. `tools`: the run's (the optimizer's identity). The bench part covers
 * the benchmarks selected (exports globs), each trace file's name (its benchmark's name) and
 * bytes, the bench.imports module's bytes (not files it imports in turn), the memory limit (a
 * counted run past it fails) and the counting rules. Timing settings (samples, batch targets,
 * time limits) decide no exact number and are left out.
 */
export async function fingerprintVariant(config: GateConfig, variant: VariantConfig, artifact: Uint8Array, tools: Record<string, string>): Promise<Fingerprint> {
  const sizes = sha256(canonicalJson({ rules: MEASUREMENT_RULES, optimizer: optimizerOf(tools) ?? 'none (optimize: false)' }));
  const fingerprint: Fingerprint = { artifact: sha256(artifact), sizes };
  if (!config.bench.enabled || variant.bench === false) return fingerprint;
  const own = variant.bench;
  const traces = own?.traces ?? config.bench.traces;
  const imports = own?.imports ?? config.bench.imports;
  const limitBytes = config.fileSizeLimitMb * 2 ** 20;
  fingerprint.bench = sha256(
    canonicalJson({
      sizes,
      counting: COUNTING_RULES,
      exports: own?.exports ?? config.bench.exports,
      traces: await Promise.all(traces.map(async (file) => ({ name: path.basename(file), bytes: await fileDigest(file, limitBytes) }))),
      imports: imports === undefined ? null : await fileDigest(imports, limitBytes),
      memoryLimitMb: config.bench.memoryLimitMb,
      allocator: (own?.allocator ?? config.bench.allocator) ?? null,
    }),
  );
  return fingerprint;
}
