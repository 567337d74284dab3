// Compression off the main thread: gzip and brotli run on the thread pool while the next variant
// builds and optimizes, and benchmarks count meanwhile. Every number stays what the sequential
// path (synchronous zlib, one variant after another) gives, byte for byte.
import { readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/log.js';
import { compressedSizes } from '../src/measure/compress.js';
import { measureFunctions } from '../src/measure/functions.js';
import { createOptimizer } from '../src/optimize/optimize.js';
import { runGate } from '../src/pipeline.js';
import type { Baseline } from '../src/types.js';
import { detectFeatures, featuresToEnable } from '../src/wasm/features.js';
import { sectionSizes } from '../src/wasm/sections.js';
import { prebuilt, projectWith, repo } from './helpers/cli.js';
import { npmWasm } from './helpers/npm-wasm.js';

const FIXTURES = ['rust-dlmalloc', 'rust-bump', 'rust-freelist', 'rust-tracing', 'c-libc', 'c-custom'];

/** The sequential path: synchronous zlib at the gate's levels. */
function syncSizes(bytes: Uint8Array): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

/** One variant measured as before: optimize, then compress and measure on the main thread. */
async function sequential(raw: Uint8Array) {
  const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, {});
  const { bytes, names } = await optimizer.optimizeNamed(raw, featuresToEnable(detectFeatures(raw)));
  return { size: { raw: raw.length, optimized: bytes.length, ...syncSizes(bytes) }, sections: sectionSizes(bytes), functions: measureFunctions(bytes, names).functions };
}

describe('gzip and brotli on the thread pool', () => {
  it('give the synchronous sizes on every fixture, raw and optimized, also while the main thread is busy', async () => {
    for (const name of FIXTURES) {
      const raw = new Uint8Array(readFileSync(prebuilt(name)));
      const { bytes } = await (await createOptimizer({ engine: 'binaryen', flags: ['-Oz'], wasmOpt: 'wasm-opt' }, {})).optimizeNamed(raw, featuresToEnable(detectFeatures(raw)));
      for (const input of [raw, bytes]) {
        const pending = compressedSizes(input);
        // The main thread busy (as in-process binaryen keeps it): the pool goes on meanwhile.
        const until = performance.now() + 30;
        while (performance.now() < until);
        expect(await pending, name).toEqual(syncSizes(input));
      }
    }
  });

  it('the pipeline reports what the sequential path measures, variant by variant (fixtures and sql.js)', { timeout: 300_000 }, async (ctx) => {
    const sqlJs = npmWasm('sql.js@1.17.0', 'dist/sql-wasm.wasm', ctx);
    const dir = await projectWith({ variants: [...FIXTURES.map((name) => ({ name, artifact: prebuilt(name) })), { name: 'sql.js', artifact: sqlJs }], bench: { enabled: false } });
    const run = await runGate({ mode: 'check', configFile: path.join(dir, 'wasm-gate.config.json'), baselineFile: path.join(dir, 'none.json'), log: silentLogger });
    expect(run.results.exitCode).toBe(0);
    for (const v of run.results.variants) {
      const expected = await sequential(new Uint8Array(readFileSync(v.name === 'sql.js' ? sqlJs : prebuilt(v.name))));
      expect(v.measurement?.size, v.name).toEqual(expected.size);
      expect(v.measurement?.sections, v.name).toEqual(expected.sections);
      expect(v.measurement?.functions, v.name).toEqual(expected.functions);
    }
  });

  it('with benchmarks counting while compression runs, every fixture measures exactly what the committed baseline holds', { timeout: 300_000 }, async () => {
    // The repository's own config with timing off (it decides no exact number), measuring everything.
    const config = JSON.parse(await readFile(path.join(repo, 'wasm-gate.config.json'), 'utf8'));
    const dir = await projectWith({ ...config, $schema: undefined, variants: config.variants.map((v: { name: string }) => ({ name: v.name, artifact: prebuilt(v.name) })), bench: { throughput: false } });
    await copyFile(path.join(repo, 'baseline.json'), path.join(dir, 'baseline.json'));
    const run = await runGate({ mode: 'check', configFile: path.join(dir, 'wasm-gate.config.json'), baselineFile: path.join(dir, 'baseline.json'), reuse: false, log: silentLogger });
    // A failure here after a change to how the gate measures: run `update`, commit baseline.json,
    // and bump MEASUREMENT_RULES (src/reuse/fingerprint.ts) so that no earlier record is reused.
    expect(run.results.problems).toEqual([]);
    const baseline = JSON.parse(await readFile(path.join(repo, 'baseline.json'), 'utf8')) as Baseline;
    for (const v of run.results.variants) {
      expect(v.status, v.name).toBe('pass');
      expect(v.measurement?.reuse, v.name).toBeUndefined();
      const entry = baseline.variants[v.name]!;
      expect(v.measurement?.size, v.name).toEqual(entry.size);
      expect(v.measurement?.sections, v.name).toEqual(entry.sections);
      expect(v.measurement?.functions, v.name).toEqual(entry.functions);
      for (const [bench, stored] of Object.entries(entry.bench ?? {})) {
        const measured = v.measurement?.bench?.[bench];
        expect({ iterations: measured?.iterations, instructions: measured?.instructions, peakMemoryBytes: measured?.peakMemoryBytes }, `${v.name} ${bench}`).toEqual({
          iterations: stored.iterations,
          instructions: stored.instructions,
          peakMemoryBytes: stored.peakMemoryBytes,
        });
        // The baseline lists the most executed functions (at most 20).
        for (const [fn, count] of Object.entries(stored.profile ?? {})) expect(measured?.profile?.[fn], `${v.name} ${bench} ${fn}`).toBe(count);
      }
      // The record update wrote names exactly these bytes.
      expect(v.measurement?.fingerprint?.artifact, v.name).toBe(entry.measuredFrom?.artifact);
      expect(v.measurement?.fingerprint?.optimized, v.name).toBe(entry.measuredFrom?.optimized);
    }
  });
});
