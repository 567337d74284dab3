// What the bench stage adds when the worker cannot compile a module because this Node lacks a
// feature (src/bench/engine-support.ts): on real module bytes, and against Node 20's own refusal.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { featuresOf, usesExnref, withEngineProblem } from '../src/bench/engine-support.js';
import { loadBinaryen } from '../src/optimize/binaryen-engine.js';
import { repo, requireNode20 } from './helpers/cli.js';
import { wat } from './helpers/wat.js';

const binaryen = await loadBinaryen();
const F = binaryen.Features;
const NODE_24 = path.join(repo, 'node_modules', '.bin', 'node');

function viaBinaryen(text: string): Uint8Array {
  const module = binaryen.parseText(text);
  try {
    module.setFeatures(F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.ReferenceTypes | F.GC | F.ExceptionHandling | F.Multivalue | F.SIMD128);
    if (!module.validate()) throw new Error('binaryen rejects the test module');
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

const EH = { features: { exceptions: true } };
const GC = viaBinaryen('(module (type $s (struct (field i32))) (func (export "f") (result i32) (struct.get $s 0 (struct.new $s (i32.const 5)))))');
const TRY_TABLE = wat('(module (tag $e) (func (export "f") (block $h (try_table (catch_all $h) (throw $e)))))', EH);
const THROW_REF = wat('(module (func (export "f") (param exnref) (local.get 0) (throw_ref)))', EH);
const LEGACY_EH = wat('(module (tag $e) (func (export "f") (try (do (throw $e)) (catch_all))))', EH);
const MVP = wat('(module (func (export "f") (result i32) (i32.const 1)))');
// Much of the instruction set (memory, tables, SIMD, bulk memory, GC, typed select, br_table)
// before a try_table in the last body: found only if every instruction before it is decoded.
const mixed = (last: string): Uint8Array => viaBinaryen(`(module
  (type $s (struct (field (mut i32))))
  (type $a (array (mut i8)))
  (type $v (func (param i32) (result i32)))
  (memory 1)
  (table 2 funcref)
  (tag $e)
  (func $id (type $v) (local.get 0))
  (func (export "mixed") (param $x i32) (result i32) (local $s (ref null $s)) (local $f f64)
    (local.set $s (struct.new $s (i32.load offset=8 (local.get $x))))
    (struct.set $s 0 (local.get $s) (array.len (array.new_default $a (i32.const 3))))
    (memory.copy (i32.const 0) (i32.const 16) (i32.const 4))
    (local.set $f (f64.add (f64.const 1.5) (f64.convert_i64_s (i64.const 123456789012))))
    (v128.store (i32.const 32) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i32x4 1 2 3 4) (i32x4.splat (local.get $x))))
    (block $b (block $c (br_table $b $c $b (local.get $x))))
    (drop (select (result i32) (local.get $x) (call_indirect (type $v) (i32.const 1) (i32.const 0)) (i32.const 1)))
    (i32.add (struct.get $s 0 (ref.as_non_null (local.get $s))) (i32.trunc_sat_f64_s (local.get $f))))
  (func (export "last") ${last}))`);
const MIXED = mixed('(block $h (try_table (catch_all $h) (throw $e)))');

describe('featuresOf: binaryen names plus exnref', () => {
  it('adds exnref for try_table or throw_ref in the code, not for legacy try/catch', () => {
    expect(featuresOf(GC)).toContain('gc');
    expect(featuresOf(TRY_TABLE)).toEqual(expect.arrayContaining(['exception-handling', 'exnref']));
    expect(usesExnref(THROW_REF)).toBe(true);
    expect(featuresOf(LEGACY_EH)).toContain('exception-handling');
    expect(featuresOf(LEGACY_EH)).not.toContain('exnref');
    expect(featuresOf(GC)).not.toContain('exnref');
    expect(featuresOf(MVP)).toEqual([]);
  });

  it('decodes every instruction before a try_table in the last body', () => {
    expect(featuresOf(MIXED)).toEqual(expect.arrayContaining(['gc', 'simd', 'bulk-memory-opt', 'exception-handling', 'exnref']));
    // the same module with legacy try/catch_all in its last body instead
    expect(usesExnref(mixed('(try (do (throw $e)) (catch_all))'))).toBe(false);
  });
});

describe('withEngineProblem: a compile error explained by what Node lacks', () => {
  const gcError = 'WebAssembly.Module(): Unknown type code 0x5f, enable with --experimental-wasm-gc @+11';
  const tryTableError = 'WebAssembly.Module(): Compiling function #0 failed: Invalid opcode 0x1f @+37';

  it('on Node 20: names the feature and Node 22 after V8 message', () => {
    expect(withEngineProblem(gcError, GC, 20)).toMatch(/^WebAssembly\.Module\(\): Unknown type code 0x5f.*@\+11; this module uses GC, which Node 20 cannot run .*; run the gate on Node 22 or later \(the GitHub Action runs on Node 24\)$/);
    expect(withEngineProblem(tryTableError, TRY_TABLE, 20)).toMatch(/@\+37; this module uses try_table\/exnref exception handling, which Node 20 cannot run \(no flag enables it\); run the gate on Node 22 or later/);
  });

  it('leaves the message alone on Node 24, for modules Node 20 runs, and for failures other than compiling', () => {
    expect(withEngineProblem(gcError, GC, 24)).toBe(gcError);
    expect(withEngineProblem(tryTableError, TRY_TABLE, 22)).toBe(tryTableError);
    expect(withEngineProblem('WebAssembly.Module(): Compiling function #0 failed: something else', LEGACY_EH, 20)).toMatch(/something else$/);
    expect(withEngineProblem('WebAssembly.Instance(): Import #0 "env" "f": function import requires a callable', GC, 20)).toMatch(/callable$/);
    expect(withEngineProblem('the worker exited with code 1', GC, 20)).toBe('the worker exited with code 1');
    expect(withEngineProblem('WebAssembly.Module(): expected magic word', new Uint8Array([1, 2, 3]), 20)).toBe('WebAssembly.Module(): expected magic word');
  });
});

describe('against the Node binaries at hand', () => {
  /** The major version of `node` and, per module, its compile error's message (undefined: it compiled). */
  function compile(node: string, modules: Uint8Array[]): { major: number; errors: (string | null)[] } {
    const script = `const modules = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      const errors = modules.map((b) => { try { new WebAssembly.Module(Buffer.from(b, 'base64')); return null; }
        catch (e) { return (e instanceof WebAssembly.CompileError ? '' : 'not a CompileError: ') + e.message; } });
      console.log(JSON.stringify({ major: Number(process.versions.node.split('.')[0]), errors }));`;
    const r = spawnSync(node, ['-e', script], { input: JSON.stringify(modules.map((b) => Buffer.from(b).toString('base64'))), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { major: number; errors: (string | null)[] };
  }

  it('Node 20 refuses GC and try_table modules; the message then names Node 22', (ctx) => {
    const { major, errors } = compile(requireNode20(ctx), [GC, TRY_TABLE, LEGACY_EH]);
    expect(major).toBe(20);
    const [gc, tryTable, legacy] = errors;
    expect(gc).toMatch(/^WebAssembly\.Module\(\): /);
    expect(tryTable).toMatch(/^WebAssembly\.Module\(\): /);
    expect(legacy).toBeNull();
    expect(withEngineProblem(gc!, GC, major)).toMatch(/; this module uses GC, which Node 20 cannot run .*run the gate on Node 22 or later/);
    expect(withEngineProblem(tryTable!, TRY_TABLE, major)).toMatch(/; this module uses try_table\/exnref exception handling, which Node 20 cannot run .*Node 22 or later/);
  });

  it('Node 24 compiles them all', () => {
    const { major, errors } = compile(NODE_24, [GC, TRY_TABLE, THROW_REF, LEGACY_EH, MIXED]);
    expect(major).toBe(24);
    expect(errors).toEqual([null, null, null, null, null]);
  });
});
