// The feature decoder: what a module uses, read from its bytes, and binaryen's agreement that the
// module validates with exactly those features on (and, where binaryen checks it, not without).
import { describe, expect, it } from 'vitest';
import { loadBinaryen } from '../src/optimize/binaryen-engine.js';
import { captureOutput } from '../src/optimize/wasm-opt-output.js';
import { BINARYEN_FEATURES } from '../src/optimize/wasm-opt-flags.js';
import { FeatureBits } from '../src/wasm/feature-scan.js';
import { detectFeatures, FEATURE_NAMES, featuresToEnable, type WasmFeature } from '../src/wasm/features.js';
import { encodeU32 } from '../src/wasm/leb128.js';
import { wat } from './helpers/wat.js';

// Loaded the way the engine loads it, so that what its validator prints is captured.
const binaryen = await loadBinaryen();
const ALL_WABT = { exceptions: true, memory64: true, multi_memory: true, extended_const: true, relaxed_simd: true, threads: true };
const compile = (text: string): Uint8Array => wat(text, { features: ALL_WABT, validate: false });

/** Does binaryen validate the module with exactly these features on? */
function binaryenValidates(bytes: Uint8Array, features: readonly string[]): boolean {
  const F = binaryen.Features as unknown as Record<string, number>;
  const mask = features.reduce((m, f) => m | F[BINARYEN_FEATURES[f]!]!, 0);
  const read = binaryen.readBinary as (data: Uint8Array, features?: number) => InstanceType<(typeof binaryen)['Module']>;
  const result = captureOutput(() => {
    const module = read(bytes, mask);
    try {
      return module.validate() !== 0;
    } finally {
      module.dispose();
    }
  });
  return result.value === true;
}

interface Case {
  name: string;
  text: string;
  used: WasmFeature[];
  /** binaryen rejects the module with the MVP alone (false where it accepts the encoding anyway) */
  mvpRejected?: boolean;
}

const CASES: Case[] = [
  { name: 'an MVP module', text: '(module (memory 1) (func (export "f") (param i32) (result i32) local.get 0 i32.load))', used: [], mvpRejected: false },
  { name: 'sign extension', text: '(module (func (param i32) (result i32) local.get 0 i32.extend8_s))', used: ['sign-ext'] },
  { name: 'saturating float-to-int (0xFC 0-7)', text: '(module (func (param f32) (result i32) local.get 0 i32.trunc_sat_f32_s))', used: ['nontrapping-float-to-int'] },
  {
    name: 'memory.copy and memory.fill: bulk-memory-opt only',
    text: '(module (memory 1) (func (memory.copy (i32.const 0) (i32.const 8) (i32.const 8)) (memory.fill (i32.const 0) (i32.const 0) (i32.const 4))))',
    used: ['bulk-memory-opt'],
  },
  {
    name: 'memory.init, data.drop, a passive segment and datacount: bulk-memory',
    text: '(module (memory 1) (data $d "abc") (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 3)) (data.drop $d)))',
    used: ['bulk-memory'],
  },
  {
    name: 'a passive element segment and table.init',
    text: '(module (table 1 funcref) (func $f) (elem $e func $f) (func (table.init $e (i32.const 0) (i32.const 0) (i32.const 1)) (elem.drop $e)))',
    used: ['bulk-memory', 'reference-types'],
  },
  { name: 'SIMD', text: '(module (func (result v128) v128.const i32x4 1 2 3 4))', used: ['simd'] },
  {
    name: 'relaxed SIMD (0xFD 0x100+)',
    text: '(module (func (result v128) (i8x16.relaxed_swizzle (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0))))',
    used: ['simd', 'relaxed-simd'],
  },
  { name: 'a shared memory and atomics', text: '(module (memory 1 1 shared) (func (result i32) (i32.atomic.load (i32.const 0))))', used: ['threads'] },
  { name: 'tail calls', text: '(module (func $f) (func return_call $f))', used: ['tail-call'] },
  { name: 'an externref parameter', text: '(module (func (export "f") (param externref)))', used: ['reference-types'] },
  { name: 'two tables', text: '(module (table 1 funcref) (table 1 funcref))', used: ['reference-types'] },
  { name: 'table.size', text: '(module (table 1 funcref) (func (result i32) table.size 0))', used: ['reference-types'] },
  { name: 'ref.func with a declarative segment', text: '(module (func $f) (elem declare func $f) (func (result funcref) ref.func $f))', used: ['reference-types'] },
  { name: 'a function with two results', text: '(module (func (export "f") (result i32 i32) i32.const 1 i32.const 2))', used: ['multivalue'] },
  {
    name: 'a block with a parameter (binaryen accepts it in the MVP)',
    text: '(module (func (result i32) i32.const 1 (block (param i32) (result i32) i32.const 2 i32.add)))',
    used: ['multivalue'],
    mvpRejected: false,
  },
  { name: 'tags and try_table (exception handling)', text: '(module (tag $e) (func try_table (catch $e 0) throw $e end))', used: ['exception-handling'] },
  { name: 'an imported mutable global', text: '(module (import "env" "g" (global (mut i32))))', used: ['mutable-globals'] },
  { name: 'an exported mutable global', text: '(module (global (export "g") (mut i32) (i32.const 0)))', used: ['mutable-globals'] },
  { name: 'an exported immutable global', text: '(module (global (export "g") i32 (i32.const 0)))', used: [], mvpRejected: false },
  { name: 'a 64-bit memory', text: '(module (memory i64 1))', used: ['memory64'] },
  { name: 'two memories', text: '(module (memory 1) (memory $b 1) (func (result i32) (i32.load $b (i32.const 0))))', used: ['multimemory'] },
  {
    name: 'memory.copy between two other memories reads both memory indexes',
    text: '(module (memory $a 1) (memory $b 1) (memory $c 1) (func (memory.copy $b $c (i32.const 0) (i32.const 8) (i32.const 8))))',
    used: ['bulk-memory-opt', 'multimemory'],
  },
  {
    name: 'table.copy between two other tables reads both table indexes',
    text: '(module (table $a 1 funcref) (table $b 1 funcref) (table $c 1 funcref) (func (table.copy $b $c (i32.const 0) (i32.const 0) (i32.const 1))))',
    used: ['bulk-memory', 'reference-types'],
  },
  { name: 'arithmetic in a constant expression (extended-const)', text: '(module (global i32 (i32.add (i32.const 1) (i32.const 2))))', used: ['extended-const'] },
];

describe('detectFeatures', () => {
  it.each(CASES)('$name', ({ text, used, mvpRejected = true }) => {
    const bytes = compile(text);
    const features = detectFeatures(bytes);
    expect(features).toEqual({ used });
    expect(binaryenValidates(bytes, featuresToEnable(features))).toBe(true);
    expect(binaryenValidates(bytes, [])).toBe(!mvpRejected);
  });

  it('GC types and instructions (0xFB), as binaryen writes them', () => {
    const module = binaryen.parseText('(module (type $s (struct (field i32))) (func (export "f") (result i32) (struct.get $s 0 (struct.new $s (i32.const 7)))))');
    module.setFeatures(binaryen.Features.All);
    const bytes = module.emitBinary();
    module.dispose();
    const features = detectFeatures(bytes);
    expect(features.used).toEqual(['reference-types', 'gc']);
    expect(binaryenValidates(bytes, features.used)).toBe(true);
    expect(binaryenValidates(bytes, [])).toBe(false);
  });

  it('reads the target_features section and enables what it declares, in binaryen names', () => {
    const base = compile('(module (func (param i32) (result i32) local.get 0 i32.extend16_s))');
    const entries = [
      [0x2b, 'bulk-memory'],
      [0x2b, 'nontrapping-fptoint'],
      [0x2b, 'simd128'],
      [0x2d, 'atomics'],
    ] as const;
    const payload = [...encodeU32(entries.length), ...entries.flatMap(([p, n]) => [p, ...encodeU32(n.length), ...new TextEncoder().encode(n)])];
    const name = [...new TextEncoder().encode('target_features')];
    const body = [...encodeU32(name.length), ...name, ...payload];
    const bytes = new Uint8Array([...base, 0, ...encodeU32(body.length), ...body]);
    const features = detectFeatures(bytes);
    expect(features).toEqual({ used: ['sign-ext'], declared: ['+bulk-memory', '+nontrapping-fptoint', '+simd128', '-atomics'] });
    // "-" entries are not enabled; bulk-memory brings bulk-memory-opt, as wasm-opt's flag does.
    expect(featuresToEnable(features)).toEqual(['sign-ext', 'nontrapping-float-to-int', 'simd', 'bulk-memory', 'bulk-memory-opt']);
  });

  it('notes what it cannot decode and still reports the rest', () => {
    const bytes = compile('(module (func (param i32) (result i32) local.get 0 i32.extend8_s) (func (result i32) i32.const 0))');
    // Replace the second body's i32.const (0x41) by an opcode that does not exist (0xFF).
    const patched = bytes.slice();
    patched[patched.lastIndexOf(0x41)] = 0xff;
    const features = detectFeatures(patched);
    expect(features.used).toEqual(['sign-ext']);
    expect(features.undecoded).toMatch(/^function 1: unknown opcode 0xff at offset \d+$/);
  });
});

describe('feature names', () => {
  it('each bit is its name, every name is a feature of binaryen 132', () => {
    expect(Object.values(FeatureBits)).toEqual(FEATURE_NAMES.map((_, i) => 1 << i));
    const F = binaryen.Features as unknown as Record<string, number>;
    for (const name of FEATURE_NAMES) expect(F[BINARYEN_FEATURES[name] ?? ''], name).toBeTypeOf('number');
  });
});
