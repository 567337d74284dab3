// Real toolchains, real outputs: fixtures/toolchains/ built from source into temp dirs by the gate
// itself (`node dist/cli.js check` on a temp config, as a team would point it at their build), then
// benchmarked with the host each module's imports need. The configs here are docs/TOOLCHAINS.md's
// "Toolchains" recipes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readModuleInterface } from '../src/bench/module-interface.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { GateResults } from '../src/types.js';
import { prebuilt, repo, runCli, type CliRun } from './helpers/cli.js';
import { COUNT_EXPORT, countEachInstruction } from './helpers/count-each-instruction.js';
import { ASSEMBLYSCRIPT, CLANG_WASI, EMSCRIPTEN, requireToolchains, RUST_BINDGEN, RUST_WASI } from './helpers/real-toolchains.js';
import { traceNames, tracesDir } from './helpers/traces.js';
import { featureFlags, wasmOptCli } from './helpers/wasm-opt-cli.js';
import { wat } from './helpers/wat.js';

const toolchains = path.join(repo, 'fixtures', 'toolchains');
const root = mkdtempSync(path.join(os.tmpdir(), 'wasm-gate-toolchains-'));
/** one cargo target dir for the file: later builds of the same crate are instant */
const cargoTarget = path.join(root, 'cargo-target');
const MiB = 1048576;
const quickBench = { samples: 10, targetSampleMs: 5 };
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Project {
  dir: string;
  run: (mode: 'check' | 'update', ...args: string[]) => Promise<CliRun & { results: GateResults }>;
}

function project(name: string, config: Record<string, unknown>): Project {
  const dir = mkdtempSync(path.join(root, `${name}-`));
  writeFileSync(path.join(dir, 'wasm-gate.config.json'), JSON.stringify(config, null, 2));
  return {
    dir,
    run: async (mode, ...args) => {
      const run = await runCli([mode, '--json', 'results.json', ...args], { cwd: dir });
      return { ...run, results: JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as GateResults };
    },
  };
}

const variantOf = (results: GateResults, name: string) => results.variants.find((v) => v.name === name);

/** Sizes right: raw is the artifact, optimized the bytes binaryen's own CLI writes with the same
 * features and flags (written by `--out-dir optimized`), gzip and brotli node:zlib's of those. */
function expectSizesExact(dir: string, results: GateResults, artifacts: Record<string, string>): void {
  for (const v of results.variants) {
    const m = v.measurement;
    if (!m) throw new Error(`${v.name} was not measured`);
    const raw = readFileSync(artifacts[v.name] as string);
    const shipped = readFileSync(path.join(dir, 'optimized', `${v.name}.wasm`));
    expect(m.size, v.name).toEqual({
      raw: raw.length,
      optimized: shipped.length,
      gzip: gzipSync(shipped, { level: 9 }).length,
      brotli: brotliCompressSync(shipped, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: shipped.length } }).length,
    });
    const flags = [...featureFlags(m.features?.enabled ?? []), '-Oz', '--strip-debug'];
    expect(shipped.equals(wasmOptCli(raw, flags)), `${v.name}: the bytes of wasm-opt ${flags.join(' ')}`).toBe(true);
  }
}
const artifactsOf = (variants: Record<string, unknown>[]): Record<string, string> =>
  Object.fromEntries(variants.map((v) => [v.name as string, v.artifact as string]));
const benchOf = (results: GateResults, name: string) => variantOf(results, name)?.measurement?.bench ?? {};
const problemsOf = (results: GateResults) => results.variants.flatMap((v) => v.problems.map((p) => p.message));

const NO_GROWTH_EXPORTS = ['bench_pairs', 'bench_ring', 'bench_vector'];
function emscriptenVariants(out: string): Record<string, unknown>[] {
  const em = (name: string, flags: string, file: string, exports?: string[]) => ({
    name,
    cwd: path.join(toolchains, 'c'),
    build: `emcc -O2 bench.c ${flags} -o "$OUT/${file}"`,
    env: { NODE_PATH: '/usr/share/nodejs', OUT: out },
    artifact: path.join(out, file.replace(/\.js$/, '.wasm')),
    ...(exports ? { bench: { exports } } : {}),
  });
  return [
    // JS-glue output (.js + .wasm), the default 16 MiB of memory that cannot grow: bench_grow's
    // 24 MiB live set does not fit, so it is left out.
    em('em-dlmalloc', '-sMALLOC=dlmalloc', 'em-dlmalloc.js', NO_GROWTH_EXPORTS),
    em('em-emmalloc', '-sMALLOC=emmalloc', 'em-emmalloc.js', NO_GROWTH_EXPORTS),
    em('em-dlmalloc-growth', '-sMALLOC=dlmalloc -sALLOW_MEMORY_GROWTH', 'em-dlmalloc-growth.js'),
    em('em-dlmalloc-standalone', '-sMALLOC=dlmalloc -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH --no-entry', 'em-dlmalloc-standalone.wasm'),
    em('em-emmalloc-standalone', '-sMALLOC=emmalloc -sSTANDALONE_WASM -sALLOW_MEMORY_GROWTH --no-entry', 'em-emmalloc-standalone.wasm'),
  ];
}

const bindgenVariant = (imports: boolean) => ({
  name: 'rust-bindgen',
  cwd: path.join(toolchains, 'rust-bindgen'),
  build: 'RUSTC=/usr/bin/rustc /usr/bin/cargo build --release --offline --target wasm32-unknown-unknown',
  env: { CARGO_TARGET_DIR: cargoTarget },
  artifact: path.join(cargoTarget, 'wasm32-unknown-unknown', 'release', 'bindgen_bench.wasm'),
  // bench.imports is relative to the config file
  ...(imports ? { bench: { imports: path.join(toolchains, 'rust-bindgen', 'bench-imports.mjs') } } : {}),
});

/** Every benchmark of every variant measured, with exact (integer) counts, and nothing failed. */
function expectAllMeasured(results: GateResults, expected: Record<string, string[]>): void {
  expect(problemsOf(results)).toEqual([]);
  for (const [variant, benches] of Object.entries(expected)) {
    const bench = benchOf(results, variant);
    expect(Object.keys(bench).sort(), variant).toEqual([...benches].sort());
    for (const [name, m] of Object.entries(bench)) {
      expect(Number.isInteger(m.instructions) && (m.instructions ?? 0) > m.iterations, `${variant} ${name}`).toBe(true);
      expect(m.opsPerSec, `${variant} ${name}`).toBeGreaterThan(0);
      expect(m.peakMemoryBytes).toBeGreaterThanOrEqual(m.initialMemoryBytes ?? Infinity);
    }
  }
}

/** update, then a check against that baseline that counts again (not reusing them): the same counts, exactly. */
async function expectExactAgain(p: Project, first: GateResults): Promise<void> {
  const update = await p.run('update');
  expect(update.code, update.stdout + update.stderr).toBe(0);
  const again = await p.run('check', '--no-reuse');
  expect(again.code, again.stdout + again.stderr).toBe(0);
  const baseline = JSON.parse(readFileSync(path.join(p.dir, 'baseline.json'), 'utf8'));
  for (const v of first.variants) {
    for (const [name, m] of Object.entries(v.measurement?.bench ?? {})) {
      expect(baseline.variants[v.name].bench[name].instructions, `${v.name} ${name}`).toBe(benchOf(again.results, v.name)[name]?.instructions);
      expect(benchOf(again.results, v.name)[name]?.peakMemoryBytes).toBe(baseline.variants[v.name].bench[name].peakMemoryBytes);
      expect(m.iterations).toBe(baseline.variants[v.name].bench[name].iterations);
    }
  }
}

describe('Emscripten (Debian emcc 3.1.6): dlmalloc and emmalloc, JS-glue output and STANDALONE_WASM', () => {
  it('benchmarks every variant with its heap-growth host functions: exit 0 on first adoption, exact counts after', { timeout: 300_000 }, async (ctx) => {
    requireToolchains(ctx, EMSCRIPTEN);
    const out = mkdtempSync(path.join(root, 'em-out-'));
    const variants = emscriptenVariants(out);
    const p = project('emscripten', { reference: 'em-dlmalloc', variants, bench: quickBench });
    const first = await p.run('check', '--out-dir', 'optimized');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.results.variants.map((v) => v.status)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expectSizesExact(p.dir, first.results, artifactsOf(variants));

    // What each output imports: the JS-glue builds need the heap growth and memcpy host functions,
    // the standalone ones WASI and emscripten_notify_memory_growth.
    const imports = (file: string) => readModuleInterface(readFileSync(path.join(out, file))).imports.map((i) => `${i.module}.${i.name}`);
    expect(imports('em-dlmalloc-growth.wasm')).toEqual(['env.abort', 'env.emscripten_memcpy_big', 'env.emscripten_resize_heap']);
    expect(imports('em-emmalloc.wasm')).toEqual(['env.abort', 'env.emscripten_memcpy_big', 'env.emscripten_resize_heap']);
    expect(imports('em-dlmalloc-standalone.wasm')).toEqual(['env.emscripten_notify_memory_growth', 'wasi_snapshot_preview1.proc_exit']);

    const all = [...NO_GROWTH_EXPORTS, 'bench_grow'];
    expectAllMeasured(first.results, {
      'em-dlmalloc': NO_GROWTH_EXPORTS,
      'em-emmalloc': NO_GROWTH_EXPORTS,
      'em-dlmalloc-growth': all,
      'em-dlmalloc-standalone': all,
      'em-emmalloc-standalone': all,
    });
    for (const v of first.results.variants) {
      for (const [name, m] of Object.entries(v.measurement?.bench ?? {})) {
        // Emscripten's default INITIAL_MEMORY decides the peak of everything but bench_grow.
        expect(m.initialMemoryBytes, `${v.name} ${name}`).toBe(16 * MiB);
        if (name === 'bench_grow') expect(m.peakMemoryBytes, `${v.name} ${name}: the heap grew`).toBeGreaterThan(24 * MiB);
        else expect(m.peakMemoryBytes, `${v.name} ${name}`).toBe(16 * MiB);
      }
    }
    // The report shows the initial memory beside the peak: the build setting decided it.
    const md = renderMarkdown(first.results);
    expect(md).toContain("Initial memory 16\u00a0MiB: every peak is the initial memory (the build's setting decided it, not the allocator).");
    await expectExactAgain(p, first.results);
  });
});

describe('Rust + wasm-bindgen, AssemblyScript, a Rust wasm32-wasi cdylib, clang with bulk memory', () => {
  it('benchmarks each with exact counts, cross-checked by an independent count: exit 0 on first adoption', { timeout: 400_000 }, async (ctx) => {
    requireToolchains(ctx, RUST_BINDGEN, RUST_WASI, ASSEMBLYSCRIPT, CLANG_WASI);
    const out = mkdtempSync(path.join(root, 'out-'));
    const p = project('mixed', {
      variants: [
        bindgenVariant(true),
        {
          name: 'assemblyscript',
          cwd: path.join(toolchains, 'assemblyscript'),
          build: `npx asc assembly/index.ts --outFile "$OUT/as.wasm" -O3`,
          env: { OUT: out },
          artifact: path.join(out, 'as.wasm'),
          bench: { exports: ['bench_arrays', 'bench_map'] },
        },
        {
          name: 'rust-wasi',
          cwd: path.join(toolchains, 'rust-wasi'),
          build: 'RUSTC=/usr/bin/rustc /usr/bin/cargo build --release --offline --target wasm32-wasi',
          env: { CARGO_TARGET_DIR: cargoTarget },
          artifact: path.join(cargoTarget, 'wasm32-wasi', 'release', 'wasi_bench.wasm'),
        },
        {
          name: 'c-bulk-memory',
          cwd: path.join(toolchains, 'c'),
          build: 'sh build-features.sh "$OUT/features.wasm"',
          env: { OUT: out },
          artifact: path.join(out, 'features.wasm'),
        },
      ],
      // Default settings: AssemblyScript's output and the bulk-memory module get the features they use.
      bench: quickBench,
    });
    const first = await p.run('check', '--out-dir', 'optimized');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.results.variants.map((v) => v.status)).toEqual(['new', 'new', 'new', 'new']);
    expectSizesExact(p.dir, first.results, artifactsOf(JSON.parse(readFileSync(path.join(p.dir, 'wasm-gate.config.json'), 'utf8')).variants));
    expectAllMeasured(first.results, {
      'rust-bindgen': ['bench_strings', 'bench_btree', 'bench_log'],
      assemblyscript: ['bench_arrays', 'bench_map'],
      'rust-wasi': ['bench_map', 'bench_sort'],
      'c-bulk-memory': ['bench_pairs', 'bench_ring', 'bench_vector', 'bench_grow'],
    });

    // What they import, and what the gate gave them.
    const imports = (variant: string) => readModuleInterface(readFileSync(path.join(p.dir, 'optimized', `${variant}.wasm`))).imports.map((i) => `${i.module}.${i.name}`);
    expect(imports('rust-bindgen')).toEqual(expect.arrayContaining(['__wbindgen_placeholder__.__wbindgen_describe', expect.stringMatching(/^__wbindgen_placeholder__\.__wbg_log_/)]));
    expect(imports('assemblyscript')).toEqual(['env.abort']);
    expect(imports('rust-wasi')).toEqual(expect.arrayContaining(['wasi_snapshot_preview1.random_get', 'wasi_snapshot_preview1.fd_write']));
    expect(imports('c-bulk-memory')).toEqual([]);
    // The cdylib has neither _initialize nor _start: node:wasi is bound to its memory directly.
    const wasiExports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(path.join(p.dir, 'optimized', 'rust-wasi.wasm')))).map((e) => e.name);
    expect(wasiExports).not.toContain('_initialize');
    expect(wasiExports).not.toContain('_start');
    // The bulk-memory module has no target_features section, and uses what it says.
    const features = readFileSync(path.join(out, 'features.wasm'));
    expect(features.includes(Buffer.from('target_features'))).toBe(false);

    // Independent counts: a copy of the optimized module with a counter bumped before every
    // instruction (made from wabt's text output), run at the gate's iterations.
    for (const [variant, bench] of [
      ['rust-bindgen', 'bench_btree'],
      ['assemblyscript', 'bench_map'],
      ['c-bulk-memory', 'bench_ring'],
    ] as const) {
      const m = benchOf(first.results, variant)[bench];
      const module = new WebAssembly.Module(countEachInstruction(readFileSync(path.join(p.dir, 'optimized', `${variant}.wasm`))));
      const stubs: Record<string, Record<string, () => never>> = {};
      for (const i of WebAssembly.Module.imports(module)) (stubs[i.module] ??= {})[i.name] = () => { throw new Error(`called ${i.module}.${i.name}`); };
      const instance = new WebAssembly.Instance(module, stubs);
      const exports = instance.exports as Record<string, unknown>;
      if (typeof exports._initialize === 'function') (exports._initialize as () => void)();
      const counter = exports[COUNT_EXPORT] as WebAssembly.Global;
      const before = counter.value as bigint;
      (exports[bench] as (n: number) => number)(m?.iterations ?? 0);
      expect(Number((counter.value as bigint) - before), `${variant} ${bench}`).toBe(m?.instructions);
    }
    await expectExactAgain(p, first.results);
  });
});

describe('benchmarks that need what the gate does not have', () => {
  it('fail with the import they called (or the abort), while the others still run', { timeout: 300_000 }, async (ctx) => {
    requireToolchains(ctx, RUST_BINDGEN, EMSCRIPTEN);
    const out = mkdtempSync(path.join(root, 'missing-out-'));
    const [emscripten] = emscriptenVariants(out);
    const p = project('missing', { variants: [bindgenVariant(false), { ...emscripten, bench: { exports: ['bench_pairs', 'bench_grow'] } }], bench: quickBench });
    const run = await p.run('check');
    expect(run.code).toBe(2);
    const problems = problemsOf(run.results);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^variant "rust-bindgen": benchmark bench_log called the import __wbindgen_placeholder__\.__wbg_log_[0-9a-f]+, which the gate does not provide \(supply it with bench.imports: see wasm-gate's docs\/TOOLCHAINS\.md, "Imports the gate provides"\); or set "bench": false on this variant to gate its sizes only$/,
    );
    // Without ALLOW_MEMORY_GROWTH, Emscripten's resize_heap aborts as its JS would.
    expect(problems[1]).toMatch(/^variant "em-dlmalloc": benchmark bench_grow failed: trapped: Aborted\(Cannot enlarge memory arrays to size \d+ bytes \(OOM\): the module was built without -sALLOW_MEMORY_GROWTH/);
    expect(Object.keys(benchOf(run.results, 'rust-bindgen')).sort()).toEqual(['bench_btree', 'bench_strings']);
    expect(Object.keys(benchOf(run.results, 'em-dlmalloc'))).toEqual(['bench_pairs']);
    // Failures are on their own lines below the tables, not squeezed into a metric column.
    expect(run.stdout.split('\n').filter((l) => l.startsWith('✗ variant')).length).toBe(2);
  });
});


describe('leaking allocators', () => {
  it('the bump allocator replays the real traces through the throughput phase: exit 0, no memory exhausted', { timeout: 300_000 }, async (ctx) => {
    const traces = traceNames(ctx);
    const p = project('leaking', {
      variants: [{ name: 'bump', artifact: prebuilt('rust-bump'), bench: { exports: ['bench_large'], traces: traces.map((t) => path.join(tracesDir, t)) } }],
      optimize: false,
      bench: { ...quickBench, targetSampleMs: 25, memoryLimitMb: 512 },
    });
    const run = await p.run('check');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const bench = benchOf(run.results, 'bump');
    expect(Object.keys(bench).sort()).toEqual(['bench_large', ...traces.map((t) => `trace:${t.replace(/\.trace$/, '')}`)].sort());
    for (const m of Object.values(bench)) expect(m.samples).toBe(10);
  });
});

describe('the independent counter', () => {
  it('counts the loop of the engine tests as 12n + 4', () => {
    const module = new WebAssembly.Module(
      countEachInstruction(
        wat(`(module (func (export "bench_loop") (param $n i32) (result i32) (local $acc i32)
          (block $done (loop $next
            (br_if $done (i32.eqz (local.get $n)))
            (local.set $acc (i32.add (local.get $acc) (local.get $n)))
            (local.set $n (i32.sub (local.get $n) (i32.const 1)))
            (br $next)))
          (local.get $acc)))`),
      ),
    );
    const instance = new WebAssembly.Instance(module);
    (instance.exports.bench_loop as (n: number) => number)(100);
    expect((instance.exports[COUNT_EXPORT] as WebAssembly.Global).value).toBe(1204n);
  });
});
