// Every encoding binaryen 132 writes must read back (issue 20): under -all it writes the compact
// import section (groups of imports by module, 0x7F, and by module and type, 0x7E), exact function
// imports (kind 0x20) and exact reference types (0x62), and custom descriptor types (0x4C, 0x4D).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../src/optimize/optimize.js';
import { readFunctionBodies } from '../src/wasm/function-bodies.js';
import { detectFeatures, featuresToEnable } from '../src/wasm/features.js';
import { countTypeEntries } from '../src/wasm/gc-eh-scan.js';
import { withPlainImports } from '../src/wasm/import-section.js';
import { moduleInterface } from '../src/wasm/interface.js';
import { readSections } from '../src/wasm/sections.js';
import { runCli } from './helpers/cli.js';
import { npmWasmOpt } from './helpers/wasm-opt-cli.js';
import { wat } from './helpers/wat.js';

// Imports as an Emscripten or wasm-bindgen build has them: many from one module, several of one type.
const IMPORTS = wat(`(module
  (import "env" "a" (func $a (param i32) (result i32)))
  (import "env" "b" (func $b (param i32) (result i32)))
  (import "env" "c" (func $c (param i32) (result i32)))
  (import "env" "log" (func $log (param i64)))
  (import "env" "memory" (memory 1))
  (import "env" "sp" (global $sp (mut i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func (export "bench_x") (param i32) (result i32)
    (call $log (i64.load (i32.const 8)))
    (drop (call $fd_write (i32.const 0) (i32.const 0) (i32.const 0) (global.get $sp)))
    (if (i32.eqz (local.get 0)) (then (call $exit (i32.const 1))))
    (call $a (call $b (call $c (local.get 0))))))`);

const sorted = (m: ReturnType<typeof moduleInterface>): string[] => m.imports.map((i) => `${i.module}.${i.name} ${i.kind}`).sort();

/** binaryen's wasm-opt CLI on a text module (binaryen's text format has exact types; wabt's has not). */
function binaryenText(text: string, flags: string[]): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-enc-'));
  writeFileSync(path.join(dir, 'in.wat'), text);
  execFileSync(process.execPath, [npmWasmOpt, path.join(dir, 'in.wat'), ...flags, '-o', path.join(dir, 'out.wasm')], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(path.join(dir, 'out.wasm'));
}

describe('what binaryen 132 writes under -all', () => {
  it('reads compact import groups as the imports they are, and gives V8 a module it compiles', async () => {
    const optimizer = await createOptimizer({ engine: 'binaryen', flags: ['-O1', '-all'], wasmOpt: 'wasm-opt' }, {});
    const optimized = await optimizer.optimize(IMPORTS, featuresToEnable(detectFeatures(IMPORTS)));
    // The groups are there (else this test proves nothing): V8 does not know them.
    expect(detectFeatures(optimized).used).toContain('compact-imports');
    expect(() => new WebAssembly.Module(optimized as BufferSource)).toThrow(/import/);

    expect(sorted(moduleInterface(optimized))).toEqual(sorted(moduleInterface(IMPORTS)));
    expect(readFunctionBodies(optimized).importedFunctions).toBe(6);
    expect(detectFeatures(optimized).undecoded).toBeUndefined();

    const plain = withPlainImports(optimized);
    const compiled = new WebAssembly.Module(plain as BufferSource);
    expect(WebAssembly.Module.imports(compiled).map((i) => `${i.module}.${i.name} ${i.kind}`).sort()).toEqual(sorted(moduleInterface(IMPORTS)));
    // Only the import section changed: every other section is byte for byte the same.
    const others = (bytes: Uint8Array): string[] => readSections(bytes).filter((s) => s.id !== 2).map((s) => Buffer.from(bytes.subarray(s.start, s.end)).toString('hex'));
    expect(others(plain)).toEqual(others(optimized));
    expect(withPlainImports(IMPORTS)).toBe(IMPORTS);
  });

  it('reads exact function imports, exact reference types and custom descriptor types', () => {
    const bytes = binaryenText(
      `(module
        (rec (type $s (descriptor $d) (struct (field i32))) (type $d (describes $s) (struct)))
        (type $t (func (param i32) (result i32)))
        (import "env" "f" (func $f (exact (type $t))))
        (import "env" "g" (func $g (exact (type $t))))
        (global $none (ref null (exact $s)) (ref.null none))
        (func (export "test") (param $p (ref null (exact $s))) (result i32)
          (if (result i32) (ref.test (ref (exact $s)) (local.get $p))
            (then (call $f (struct.get $s 0 (ref.cast (ref (exact $s)) (local.get $p)))))
            (else (call $g (i32.const 0))))))`,
      ['-all'],
    );
    expect(moduleInterface(bytes)).toEqual({
      imports: [
        { module: 'env', name: 'f', kind: 'function' },
        { module: 'env', name: 'g', kind: 'function' },
      ],
      exports: [{ name: 'test', kind: 'function' }],
    });
    const features = detectFeatures(bytes);
    expect(features.undecoded).toBeUndefined();
    expect(features.used).toContain('gc');
    const types = readSections(bytes).find((s) => s.id === 1);
    // the rec group of two, $t, and the type of "test"
    expect(countTypeEntries(bytes, types!)).toBe(4);
    expect(readFunctionBodies(bytes).importedFunctions).toBe(2);
  });
});

describe('the gate on such modules, through the CLI', () => {
  const GOOD = wat('(module (memory (export "memory") 1) (func (export "bench_y") (param i32) (result i32) local.get 0))');
  // Two imports of one type from one module: binaryen groups them (0x7E) under -all.
  const GROUPED = wat(`(module
    (import "env" "a" (func $a (param i32) (result i32)))
    (import "env" "b" (func $b (param i32) (result i32)))
    (memory (export "memory") 1)
    (func (export "bench_x") (param i32) (result i32) local.get 0)
    (func (export "use") (param i32) (result i32) (call $a (call $b (local.get 0)))))`);
  // An import of kind 5, which no encoding has.
  const UNREADABLE = Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 2, 9, 1, 3, 0x65, 0x6e, 0x76, 1, 0x78, 0x05, 0x00]);

  async function project(files: Record<string, Uint8Array>, optimize: unknown): Promise<string> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-enc-cli-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.wasm`), bytes);
    const variants = Object.keys(files).map((name) => ({ name, artifact: `${name}.wasm` }));
    writeFileSync(path.join(dir, 'wasm-gate.config.json'), JSON.stringify({ variants, optimize, bench: { throughput: false } }));
    return path.join(dir, 'wasm-gate.config.json');
  }

  it('measures and benchmarks a module optimized with -all (compact imports), beside another', async () => {
    const config = await project({ good: GOOD, grouped: GROUPED }, { flags: ['-O1', '-all'] });
    const dir = path.dirname(config);
    const run = await runCli(['check', '--config', config, '--json', path.join(dir, 'r.json'), '--out-dir', path.join(dir, 'out')]);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(detectFeatures(readFileSync(path.join(dir, 'out', 'grouped.wasm'))).used).toContain('compact-imports');
    const results = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    const grouped = results.variants.find((v: { name: string }) => v.name === 'grouped');
    expect(grouped.measurement.bench.bench_x.instructions).toBeGreaterThan(0);
  });

  it('a module the gate cannot read fails its variant in one line; the other variant is still measured', async () => {
    const config = await project({ good: GOOD, bad: UNREADABLE }, false);
    const run = await runCli(['check', '--config', config, '--json', path.join(path.dirname(config), 'r.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stdout).toContain('✗ variant "bad": the gate cannot read its module: unknown import kind 0x05 at offset 17\n');
    const results = JSON.parse(readFileSync(path.join(path.dirname(config), 'r.json'), 'utf8'));
    expect(results.variants.find((v: { name: string }) => v.name === 'good').measurement.bench.bench_y.instructions).toBeGreaterThan(0);
  });
});
