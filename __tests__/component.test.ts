// WebAssembly components (what wasm32-wasip2 produces): measured as shipped, optimized core
// module by core module into a component that still validates and runs, benchmarked on the core
// module that exports bench_*. The fixtures are built here: C through clang and wasi-libc, wrapped
// with jco's WASI preview 1 adapters (`jco new`).
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOptimizer } from '../src/optimize/optimize.js';
import { optimizeArtifact } from '../src/optimize/optimize-artifact.js';
import { componentSectionSizes, embeddedCoreModules, isComponent, replaceCoreModules } from '../src/wasm/component.js';
import { detectFeatures, featuresToEnable } from '../src/wasm/features.js';
import { moduleInterface } from '../src/wasm/interface.js';
import { dropKeptImportExports, exportEveryImport } from '../src/wasm/keep-imports.js';
import { repo, runCli, tempDir } from './helpers/cli.js';
import { requireToolchains } from './helpers/toolchain.js';
import { featureFlags, wasmOptCli } from './helpers/wasm-opt-cli.js';
import { wat } from './helpers/wat.js';

const run = promisify(execFile);
const jcoCli = path.join(repo, 'node_modules', '@bytecodealliance', 'jco', 'dist', 'jco.js');
const jco = await import('@bytecodealliance/jco');
const clang = process.env.WASM_GATE_CLANG ?? 'clang';

const WORK_C = `
#include <stdlib.h>
#include <string.h>
int checksum(int n) {
  unsigned sum = 0;
  for (int i = 0; i < n; i++) {
    unsigned char *p = malloc(16 + (i % 200));
    memset(p, i, 16 + (i % 200));
    sum = sum * 31 + p[i % 16] + (unsigned)(size_t)p % 7;
    free(p);
  }
  return (int)sum;
}
`;
const REACTOR_C = `
#include <stdio.h>
int checksum(int n);
__attribute__((export_name("bench_checksum"))) int bench_checksum(int n) { return checksum(n); }
__attribute__((export_name("describe"))) void describe(void) { printf("checksum of 100: %d\\n", checksum(100)); }
`;
const COMMAND_C = `
#include <stdio.h>
int checksum(int n);
int main(void) { printf("checksum(1000) = %d\\n", checksum(1000)); return 0; }
`;

let dir: string;
let reactor: Uint8Array;
let command: Uint8Array;
let toolchain = true;

async function buildComponent(name: string, source: string, kind: 'reactor' | 'command'): Promise<Uint8Array> {
  await writeFile(path.join(dir, `${name}.c`), source);
  const core = path.join(dir, `${name}.core.wasm`);
  await run(clang, ['--target=wasm32-wasi', '-O2', ...(kind === 'reactor' ? ['-mexec-model=reactor'] : []), path.join(dir, 'work.c'), path.join(dir, `${name}.c`), '-o', core]);
  const adapterUrl = kind === 'reactor' ? jco.preview1AdapterReactorPath() : jco.preview1AdapterCommandPath();
  const adapter = await readFile(adapterUrl);
  const component = await jco.componentNew(await readFile(core), [['wasi_snapshot_preview1', adapter]]);
  await writeFile(path.join(dir, `${name}.wasm`), component);
  return component;
}

beforeAll(async () => {
  dir = await tempDir('wg-component-');
  try {
    execFileSync(clang, ['--version']);
  } catch {
    toolchain = false;
    return;
  }
  await writeFile(path.join(dir, 'work.c'), WORK_C);
  reactor = await buildComponent('reactor', REACTOR_C, 'reactor');
  command = await buildComponent('command', COMMAND_C, 'command');
}, 120_000);

const needsToolchain = (ctx: { skip: (note?: string) => void }): void => {
  if (!toolchain) requireToolchains(ctx, 'build the component fixtures');
};

/** The core module at `index`, in the component. */
const coreModule = (component: Uint8Array, index: number): Uint8Array => {
  const m = embeddedCoreModules(component)[index]!;
  return component.subarray(m.start, m.end);
};

const interfaceOf = (bytes: Uint8Array): { imports: string[]; exports: string[] } => {
  const i = moduleInterface(bytes);
  return { imports: i.imports.map((x) => `${x.module}.${x.name}:${x.kind}`).sort(), exports: i.exports.map((x) => `${x.name}:${x.kind}`).sort() };
};

describe('reading a component', () => {
  it('splits it into sections (core modules one by one) and finds every core module, nested ones too', async () => {
    const nested = await jco.parse(`(component
      (core module (func (export "f") (result i32) i32.const 1 i32.const 2 i32.add))
      (component
        (core module (memory (export "m") 1) (func (export "g") (result i32) i32.const 40 i32.const 2 i32.add)))
      (core module))`);
    expect(isComponent(nested)).toBe(true);
    const sizes = componentSectionSizes(nested);
    expect(Object.keys(sizes)).toEqual(['core-module:0', 'component:0', 'core-module:1']);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0) + 8).toBe(nested.length);
    const modules = embeddedCoreModules(nested);
    expect(modules.map((m) => m.location)).toEqual(['core module 0', 'component 0 › core module 0', 'core module 1']);
    for (const m of modules) expect(WebAssembly.validate(nested.slice(m.start, m.end))).toBe(true);

    // Replacing a module inside the nested component resizes the sections that hold it and keeps every other byte.
    const inner = nested.subarray(modules[1]!.start, modules[1]!.end);
    expect(replaceCoreModules(nested, new Map([[1, inner]]))).toEqual(nested);
    const smaller = new Uint8Array(await jco.parse('(component (core module (memory (export "m") 1) (func (export "g") (result i32) i32.const 42)))')).subarray(0);
    const replacement = coreModule(smaller, 0);
    const replaced = replaceCoreModules(nested, new Map([[1, replacement]]));
    expect(replaced.length).toBe(nested.length - inner.length + replacement.length);
    expect(coreModule(replaced, 0)).toEqual(coreModule(nested, 0));
    expect(coreModule(replaced, 1)).toEqual(replacement);
    expect(coreModule(replaced, 2)).toEqual(coreModule(nested, 2));
    expect(await jco.print(replaced)).toContain('i32.const 42');
  });

  it('a component built by jco new from a C reactor: its core modules and which one has the benchmarks', (ctx) => {
    needsToolchain(ctx);
    const modules = embeddedCoreModules(reactor);
    expect(modules.length).toBeGreaterThanOrEqual(2);
    const main = interfaceOf(coreModule(reactor, 0));
    expect(main.exports).toContain('bench_checksum:function');
    expect(main.imports.every((i) => i.startsWith('wasi_snapshot_preview1.'))).toBe(true);
    // The adapter is the module that exports the preview 1 functions to the main one.
    expect(interfaceOf(coreModule(reactor, 1)).exports).toContain('fd_write:function');
  });
});

describe('keeping a core module’s imports through wasm-opt', () => {
  const text = `(module
    (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
    (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
    (import "env" "memory" (memory 1))
    (import "env" "table" (table 1 funcref))
    (import "env" "g" (global i32))
    (func (export "run") (result i32) (call 0 (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))))`;

  it('wasm-opt drops imports nothing uses; exported for the run, they stay, and only they are removed after', async () => {
    const module = wat(text);
    const flags = ['--mvp-features', '-Oz'];
    expect(interfaceOf(wasmOptCli(module, flags))).not.toEqual(interfaceOf(module));
    const kept = exportEveryImport(module);
    expect(WebAssembly.validate(new Uint8Array(kept))).toBe(true);
    expect(interfaceOf(kept).exports).toEqual(['run:function', 'wasm-gate:keep-import:0:function', 'wasm-gate:keep-import:1:function', 'wasm-gate:keep-import:2:memory', 'wasm-gate:keep-import:3:table', 'wasm-gate:keep-import:4:global']);
    expect(dropKeptImportExports(kept)).toEqual(module);
    expect(interfaceOf(dropKeptImportExports(wasmOptCli(kept, flags)))).toEqual(interfaceOf(module));
  });
});

describe('optimizing a component', () => {
  it('runs wasm-opt on each core module and keeps its imports and exports; the result validates and runs', async (ctx) => {
    needsToolchain(ctx);
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-Oz', '--strip-debug'], wasmOpt: 'wasm-opt' }, {});
    for (const [name, component] of [['reactor', reactor], ['command', command]] as const) {
      const artifact = await optimizeArtifact(optimizer, component);
      expect(artifact.error).toBeUndefined();
      const optimized = artifact.optimized!;
      expect(optimized.length).toBeLessThan(component.length);
      const before = embeddedCoreModules(component);
      expect(embeddedCoreModules(optimized)).toHaveLength(before.length);
      before.forEach((_, i) => {
        expect(interfaceOf(coreModule(optimized, i)), `${name} core module ${i}`).toEqual(interfaceOf(coreModule(component, i)));
      });
      // Each core module is what binaryen's own CLI makes of it (with the imports kept alive the same way).
      const main = coreModule(component, 0);
      const features = featuresToEnable(detectFeatures(main));
      const reference = dropKeptImportExports(wasmOptCli(exportEveryImport(main), [...featureFlags(features), '-Oz', '--strip-debug']));
      expect(Buffer.from(coreModule(optimized, 0)).equals(Buffer.from(reference)), `${name} core module 0`).toBe(true);
      // wasm-tools' validator (inside jco) accepts it: transpiling validates the component.
      await expect(jco.transpile(optimized, { name })).resolves.toBeDefined();
      await writeFile(path.join(dir, `${name}.opt.wasm`), optimized);
    }
    // And it runs: the optimized command prints what the original prints.
    const original = await run(process.execPath, [jcoCli, 'run', path.join(dir, 'command.wasm')]);
    const optimizedRun = await run(process.execPath, [jcoCli, 'run', path.join(dir, 'command.opt.wasm')]);
    expect(original.stdout).toMatch(/^checksum\(1000\) = -?\d+\n$/);
    expect(optimizedRun.stdout).toBe(original.stdout);
  }, 120_000);
});

describe('the gate on components', () => {
  it('measures a component as shipped, each core module with its own sizes, and benchmarks the core module with bench_*', async (ctx) => {
    needsToolchain(ctx);
    const project = await tempDir('wg-component-gate-');
    await writeFile(
      path.join(project, 'wasm-gate.config.json'),
      JSON.stringify({
        variants: [
          { name: 'reactor', artifact: path.join(dir, 'reactor.wasm') },
          { name: 'command', artifact: path.join(dir, 'command.wasm'), bench: { exports: ['bench_*'] } },
        ],
      }),
    );
    const out = path.join(project, 'optimized');
    await mkdir(out);
    const result = await runCli(['check', '--out-dir', out, '--json', path.join(project, 'results.json')], { cwd: project });
    expect(result.stderr).toContain('reactor: benchmarks run core module 0 of the component');
    expect(result.stderr).toMatch(/command: no core module of the component exports a benchmark \(bench_\*\); their function exports: core module 0: _start; core module 1: wasi:cli\/run@[\d.]+#run, fd_write/);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const results = JSON.parse(await readFile(path.join(project, 'results.json'), 'utf8'));
    for (const [name, component] of [['reactor', reactor], ['command', command]] as const) {
      const variant = results.variants.find((v: { name: string }) => v.name === name);
      const shipped = await readFile(path.join(out, `${name}.wasm`));
      expect(isComponent(shipped)).toBe(true);
      expect(variant.measurement.size).toEqual({
        raw: component.length,
        optimized: shipped.length,
        gzip: gzipSync(shipped, { level: 9 }).length,
        brotli: brotliCompressSync(shipped, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: shipped.length } }).length,
      });
      expect(variant.measurement.sections).toEqual(componentSectionSizes(shipped));
      const cores = variant.measurement.component.coreModules;
      expect(cores).toHaveLength(embeddedCoreModules(component).length);
      cores.forEach((core: { index: number; size: { raw: number; optimized: number; gzip: number } }, i: number) => {
        expect(core.index).toBe(i);
        expect(core.size.raw).toBe(coreModule(component, i).length);
        expect(core.size.optimized).toBe(coreModule(shipped, i).length);
        expect(core.size.gzip).toBe(gzipSync(coreModule(shipped, i), { level: 9 }).length);
      });
    }
    const reactorResult = results.variants.find((v: { name: string }) => v.name === 'reactor');
    expect(reactorResult.measurement.component.benchModule).toBe(0);
    expect(reactorResult.measurement.bench.bench_checksum.instructions).toBeGreaterThan(1000);
    expect(results.variants.find((v: { name: string }) => v.name === 'command').measurement.bench).toBeUndefined();
  }, 180_000);

  it('reuses a component only from a cache (the baseline holds none of its core modules): the same measurement, the same benchmark module', async (ctx) => {
    needsToolchain(ctx);
    const project = await tempDir('wg-component-cache-');
    await writeFile(path.join(project, 'wasm-gate.config.json'), JSON.stringify({ variants: [{ name: 'reactor', artifact: path.join(dir, 'reactor.wasm') }], bench: { throughput: false }, cache: 'cache' }));
    const json = (name: string) => ['--json', path.join(project, name)];
    expect((await runCli(['update', ...json('update.json')], { cwd: project })).code).toBe(0);
    const fromBaseline = await runCli(['check', '--no-reuse', ...json('measured.json')], { cwd: project });
    expect(fromBaseline.code).toBe(0);
    // With its cache gone, the baseline's record does not stand in for a component.
    const withoutCache = await runCli(['check', '--cache-dir', path.join(project, 'elsewhere'), ...json('nocache.json')], { cwd: project });
    expect(withoutCache.stderr).toContain('reactor: measured: a component is reused only from a cache');
    const cached = await runCli(['check', ...json('cached.json')], { cwd: project });
    expect(cached.code, cached.stdout + cached.stderr).toBe(0);
    const read = async (name: string) => JSON.parse(await readFile(path.join(project, name), 'utf8')).variants[0].measurement;
    const [measured, fromCache] = [await read('measured.json'), await read('cached.json')];
    expect(fromCache.reuse).toEqual({ source: 'cache', reused: ['sizes', 'counts'] });
    const { reuse: _r, ...rest } = fromCache;
    expect(rest).toEqual(measured);
    expect(fromCache.component.benchModule).toBe(0);
  }, 180_000);
});
