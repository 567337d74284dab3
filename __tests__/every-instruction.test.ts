// Exception handling (legacy try/catch/delegate and try_table/throw_ref), GC (0xFB), tail calls
// and call_ref: how src/wasm/gc-eh-scan.ts decodes their instructions and GC type sections, on
// hand-assembled bytes, on small modules written here (wabt, or binaryen where wabt lacks the
// feature) and on real modules from npm; and which Node versions run which feature, checked
// against the Node binaries at hand.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsupportedWasmError } from '../src/wasm/code-scan.js';
import { Cursor } from '../src/wasm/cursor.js';
import { memarg, prefixFC, prefixFD, prefixFE } from '../src/wasm/feature-scan-typed.js';
import { countTypeEntries, engineFeatureProblem, type ExtendedOp, scanExtendedOp } from '../src/wasm/gc-eh-scan.js';
import { COUNTER_EXPORT, instrumentForCounting, instrumentForProfiling, PROFILE_EXPORT_PREFIX, SIM_EXPORT } from '../src/wasm/instrument.js';
import { ID_CODE, ID_TYPE } from '../src/wasm/module-layout.js';
import { NotWasmError, readSections } from '../src/wasm/sections.js';
import { loadBinaryen } from '../src/optimize/binaryen-engine.js';
import { repo } from './helpers/cli.js';
import { COUNT_EXPORT, countEachInstruction } from './helpers/count-each-instruction.js';
import { npmWasm } from './helpers/npm-wasm.js';
import { wat } from './helpers/wat.js';

const binaryen = await loadBinaryen();
/** The Node the GitHub Action runs on (the project's devDependency), whatever runs vitest. */
const NODE_24 = path.join(repo, 'node_modules', '.bin', 'node');

const F = binaryen.Features;
/** Not Features.All: with it binaryen writes custom descriptors' exact references (0x62), which no Node runs. */
const BASE = F.MutableGlobals | F.SignExt | F.BulkMemory | F.BulkMemoryOpt | F.ReferenceTypes | F.GC | F.TailCall | F.ExceptionHandling | F.Multivalue | F.SIMD128;

/** binaryen for what wabt cannot write (GC, call_ref): text in, bytes out. */
function viaBinaryen(text: string, features = 0): Uint8Array {
  const module = binaryen.parseText(text);
  try {
    module.setFeatures(BASE | features);
    if (!module.validate()) throw new Error('binaryen rejects the test module');
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

const EH = { features: { exceptions: true } };

// ---------------------------------------------------------------------------------------------
// A stand-in for scanBody with scanExtendedOp wired in (test-only): the MVP, 0xFC/0xFD/0xFE and
// tail-call/call_ref instructions are decoded here with scanBody's rules, everything else by
// scanExtendedOp. It returns the counted instructions of each non-empty basic block.

const SPLITS_AFTER = new Set([0x00, 0x03, 0x04, 0x05, 0x0c, 0x0d, 0x0e, 0x0f, 0x12, 0x13, 0x15, 0xd5, 0xd6]);
const ONE_LEB = new Set([0x0c, 0x0d, 0x10, 0x12, 0x14, 0x15, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x3f, 0x40, 0x41, 0xd0, 0xd2, 0xd5, 0xd6]);

/** Extended instructions seen, by name ("0xFB 8" for GC sub-opcodes). */
type Seen = Map<string, number>;

function scanBlocks(c: Cursor, funcIndex: number, seen?: Seen): number[] {
  const blocks: number[] = [];
  let k = 0;
  let depth = 1;
  const close = () => {
    if (k > 0) blocks.push(k);
    k = 0;
  };
  for (;;) {
    const at = c.pos;
    const op = c.byte();
    const sub = op === 0xfb ? c.bytes[c.pos] : undefined;
    const ext: ExtendedOp | undefined = scanExtendedOp(op, c, funcIndex, at);
    if (ext) {
      const name = sub === undefined ? `0x${op.toString(16)}` : `0xFB ${sub}`;
      seen?.set(name, (seen.get(name) ?? 0) + 1);
      if (ext.counted) k++;
      depth += ext.depth;
      if (ext.split) close();
      continue;
    }
    if (op === 0x0b) {
      if (--depth === 0) {
        close();
        expect(c.pos, `function ${funcIndex}: final end at the body's end`).toBe(c.end);
        return blocks;
      }
      close();
      continue;
    }
    if (op !== 0x02 && op !== 0x03 && op !== 0x05) k++; // block, loop, else: uncounted markers
    if (op >= 0x28 && op <= 0x3e) memarg(c);
    else if (ONE_LEB.has(op)) c.leb(5);
    else if (op === 0x42) c.leb(10);
    else if (op === 0x43 || op === 0x44) c.skipBytes(op === 0x43 ? 4 : 8);
    else if (op === 0x11 || op === 0x13) (c.leb(5), c.leb(5));
    else if (op === 0x02 || op === 0x03 || op === 0x04) (c.blockType(), depth++);
    else if (op === 0x0e) for (let i = c.u32() + 1; i > 0; i--) c.leb(5);
    else if (op === 0x1c) for (let i = c.u32(); i > 0; i--) c.valType();
    else if (op === 0xfc) expect(prefixFC(c), `0xFC at ${at}`).toBeGreaterThanOrEqual(0);
    else if (op === 0xfd) expect(prefixFD(c), `0xFD at ${at}`).toBeGreaterThanOrEqual(0);
    else if (op === 0xfe) expect(prefixFE(c), `0xFE at ${at}`).toBe(true);
    else if (!(op === 0x01 || op === 0x05 || op === 0x0f || op === 0x00 || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || (op >= 0xd1 && op <= 0xd4))) {
      throw new Error(`test decoder: unknown opcode 0x${op.toString(16)} at ${at}`);
    }
    if (SPLITS_AFTER.has(op)) close();
  }
}

/** Basic blocks of every defined function body, in code section order. */
function scanModule(bytes: Uint8Array, seen?: Seen): number[][] {
  const code = readSections(bytes).find((s) => s.id === ID_CODE);
  if (!code) return [];
  const c = new Cursor(bytes, code.payloadStart, code.end);
  const out: number[][] = [];
  for (let i = c.u32(); i > 0; i--) {
    const size = c.u32();
    const fn = new Cursor(bytes, c.pos, c.pos + size);
    for (let groups = fn.u32(); groups > 0; groups--) (fn.u32(), fn.valType());
    out.push(scanBlocks(fn, out.length, seen));
    c.pos += size;
  }
  return out;
}

/** Calls exports on Node 24 (whatever Node runs vitest): [export, ...args] each, results in order. */
function runOnNode24(bytes: Uint8Array, calls: [string, ...number[]][]): unknown[] {
  const script = `const { bytes, calls } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const e = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(bytes, 'base64')), {}).exports;
    console.log(JSON.stringify(calls.map(([name, ...args]) => e[name](...args))));`;
  const input = JSON.stringify({ bytes: Buffer.from(bytes).toString('base64'), calls });
  return JSON.parse(execFileSync(NODE_24, ['-e', script], { input, encoding: 'utf8' })) as unknown[];
}

/** Type indices V8 (Node 24) sees in each module's type section, from its out-of-range error. */
function typeCountsByV8(modules: Uint8Array[]): number[] {
  const sections = modules.map((bytes) => {
    const s = readSections(bytes).find((x) => x.id === ID_TYPE);
    return s ? Buffer.from(bytes.subarray(s.start, s.end)).toString('base64') : '';
  });
  // header, the type section, one function of type 16383, its empty body
  const script = `const sections = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    console.log(JSON.stringify(sections.map((s) => {
      const probe = Buffer.concat([Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]), Buffer.from(s, 'base64'),
        Buffer.from([3, 3, 1, 0xff, 0x7f, 10, 4, 1, 2, 0, 0x0b])]);
      try { new WebAssembly.Module(probe); return 'accepted'; }
      catch (e) { const m = /\\((\\d+) types?\\)/.exec(e.message); return m ? Number(m[1]) : e.message; }
    })));`;
  return JSON.parse(execFileSync(NODE_24, ['-e', script], { input: JSON.stringify(sections), encoding: 'utf8' })) as number[];
}

function typeEntries(bytes: Uint8Array): number {
  const s = readSections(bytes).find((x) => x.id === ID_TYPE);
  return s ? countTypeEntries(bytes, s) : 0;
}

// ---------------------------------------------------------------------------------------------
// The modules

const LEGACY_EH = wat(
  `(module
  (tag $e (param i32))
  (func $thrower (param i32) (result i32)  ;; throws 42 for 0, else returns its argument
    local.get 0  i32.eqz  if  i32.const 42  throw $e  end
    local.get 0)
  (func (export "same") (param i32) (result i32)
    try (result i32)
      local.get 0  throw $e
    catch $e
      i32.const 1  i32.add
    end)
  (func (export "across") (param i32) (result i32)
    try (result i32)
      local.get 0  call $thrower  i32.const 100  i32.add
    catch $e
      i32.const 1000  i32.add
    catch_all
      i32.const -1
    end)
  (func (export "delegated") (param i32) (result i32)
    try (result i32)
      try (result i32)
        local.get 0  call $thrower
      delegate 0
    catch $e
      i32.const 10  i32.add
    end)
  (func (export "rethrown") (param i32) (result i32)
    try (result i32)
      try (result i32)
        local.get 0  call $thrower
      catch_all
        rethrow 0
      end
    catch $e
      i32.const 20  i32.add
    end))`,
  EH,
);

const TRY_TABLE = wat(
  `(module
  (tag $e (param i32))
  (func $thrower (param i32)
    local.get 0  throw $e)
  (func (export "caught") (param i32) (result i32)
    block $h (result i32)
      try_table (catch $e $h)
        local.get 0  call $thrower
      end
      i32.const -1
    end
    i32.const 1  i32.add)
  (func (export "rethrown") (param i32) (result i32) (local $ex exnref)
    block $outer (result i32)
      block $h (result exnref)
        try_table (catch_all_ref $h)
          local.get 0  call $thrower
        end
        i32.const -1  br $outer
      end
      local.set $ex
      try_table (result i32) (catch $e $outer)
        local.get $ex  throw_ref
      end
    end
    i32.const 10  i32.add))`,
  EH,
);

const TAIL_CALLS = wat(`(module
  (type $acc (func (param i32 i32) (result i32)))
  (table 1 funcref)
  (elem (i32.const 0) $fact)
  (func $fact (type $acc)  ;; (n, acc) -> n! * acc, by tail calls through the table
    local.get 0  i32.eqz
    if (result i32)
      local.get 1
    else
      local.get 0  i32.const 1  i32.sub  local.get 0  local.get 1  i32.mul  i32.const 0
      return_call_indirect (type $acc)
    end)
  (func (export "fact") (param i32) (result i32)
    local.get 0  i32.const 1  return_call $fact))`);

const CALL_REF = viaBinaryen(`(module
  (type $un (func (param i32) (result i32)))
  (func $double (type $un) (i32.mul (local.get 0) (i32.const 2)))
  (func $inc (type $un) (i32.add (local.get 0) (i32.const 1)))
  (elem declare func $double $inc)
  (func (export "apply") (param $which i32) (param $x i32) (result i32)
    (call_ref $un (local.get $x) (select (result (ref $un)) (ref.func $double) (ref.func $inc) (local.get $which))))
  (func (export "tail") (param $x i32) (result i32)
    (return_call_ref $un (local.get $x) (ref.func $double))))`);

// Every GC instruction (0xFB 0..30), packed fields, subtypes in a rec group.
const GC = viaBinaryen(`(module
  (rec
    (type $node (sub (struct (field $val (mut i32)) (field $next (ref null $node)))))
    (type $tagged (sub final $node (struct (field $val (mut i32)) (field $next (ref null $node)) (field $tag (mut i8)) (field $wide i16)))))
  (type $bytes (array (mut i8)))
  (type $words (array (mut i16)))
  (type $fns (array (mut funcref)))
  (type $ret (func (result i32)))
  (data $d "\\01\\02\\ff\\04")
  (elem $e func $seven $seven)
  (func $seven (type $ret) (i32.const 7))
  (func (export "list") (param $n i32) (result i32) (local $head (ref null $node)) (local $sum i32)
    (block $done
      (loop $build
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $head (struct.new $node (local.get $n) (local.get $head)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $build)))
    (block $end
      (loop $walk
        (br_if $end (ref.is_null (local.get $head)))
        (local.set $sum (i32.add (local.get $sum) (struct.get $node $val (local.get $head))))
        (local.set $head (struct.get $node $next (local.get $head)))
        (br $walk)))
    (local.get $sum))
  (func (export "packed") (result i32) (local $t (ref $tagged))
    (local.set $t (struct.new_default $tagged))
    (struct.set $tagged $tag (local.get $t) (i32.const -1))
    (struct.set $tagged $val (local.get $t) (i32.const 5))
    (i32.add (struct.get_s $tagged $tag (local.get $t))
      (i32.add (struct.get_u $tagged $tag (local.get $t)) (struct.get $tagged $val (local.get $t)))))
  (func (export "arrays") (result i32) (local $a (ref $bytes)) (local $b (ref $bytes)) (local $w (ref $words))
    (local.set $a (array.new $bytes (i32.const 3) (i32.const 8)))
    (local.set $b (array.new_data $bytes $d (i32.const 0) (i32.const 4)))
    (local.set $w (array.new_fixed $words 2 (i32.const 1) (i32.const -1)))
    (array.fill $bytes (local.get $a) (i32.const 0) (i32.const 2) (i32.const 3))
    (array.copy $bytes $bytes (local.get $a) (i32.const 1) (local.get $b) (i32.const 2) (i32.const 2))
    (array.init_data $bytes $d (local.get $b) (i32.const 0) (i32.const 0) (i32.const 1))
    (array.set $bytes (local.get $b) (i32.const 3) (i32.const 100))
    (i32.add (array.len (array.new_default $words (i32.const 6)))
      (i32.add (array.get_s $bytes (local.get $a) (i32.const 1))
        (i32.add (array.get_u $words (local.get $w) (i32.const 1)) (array.get_u $bytes (local.get $b) (i32.const 3))))))
  (func (export "fns") (result i32) (local $f (ref $fns))
    (local.set $f (array.new_elem $fns $e (i32.const 0) (i32.const 2)))
    (array.init_elem $fns $e (local.get $f) (i32.const 0) (i32.const 1) (i32.const 1))
    (call_ref $ret (ref.cast (ref $ret) (array.get $fns (local.get $f) (i32.const 1)))))
  (func (export "casts") (param $x i32) (result i32) (local $any anyref)
    (local.set $any (if (result anyref) (local.get $x) (then (ref.i31 (local.get $x))) (else (struct.new $node (i32.const 9) (ref.null none)))))
    (local.set $any (any.convert_extern (extern.convert_any (local.get $any))))
    (drop (block $is_i31 (result (ref i31))
      (drop (block $not_node (result anyref)
        (return (i32.add (i32.const 1000) (struct.get $node $val
          (br_on_cast_fail $not_node anyref (ref $node) (br_on_cast $is_i31 anyref (ref i31) (local.get $any))))))))
      (unreachable)))
    (i32.add (i31.get_s (ref.cast (ref i31) (local.get $any)))
      (i32.add (i31.get_u (ref.cast (ref null i31) (local.get $any)))
        (i32.add (ref.test (ref i31) (local.get $any)) (ref.test (ref null $node) (local.get $any)))))))`);

// ---------------------------------------------------------------------------------------------

/** scanExtendedOp on `bytes` (opcode first): the result, after checking it read exactly them all. */
function decodeOne(bytes: number[], funcIndex = 0): ExtendedOp | undefined {
  const b = new Uint8Array(bytes);
  const c = new Cursor(b, 1, b.length);
  const r = scanExtendedOp(b[0]!, c, funcIndex, 0);
  if (r) {
    expect(c.pos, `0x${bytes.map((x) => x.toString(16)).join(' ')} reads every byte`).toBe(b.length);
    // and no byte more: one byte fewer is a truncated instruction
    if (b.length > 1) expect(() => scanExtendedOp(b[0]!, new Cursor(b.subarray(0, -1), 1, b.length - 1), funcIndex, 0)).toThrow(NotWasmError);
  }
  return r;
}

const MARKER_OPEN = { counted: false, split: false, depth: 1, weight: 0 };
const MARKER_CATCH = { counted: false, split: true, depth: 0, weight: 0 };
const THROWING = { counted: true, split: true, depth: 0, weight: 200 };

describe('scanExtendedOp: exception handling', () => {
  it('try and try_table open a block like `block`: uncounted, no new basic block', () => {
    expect(decodeOne([0x06, 0x40])).toEqual(MARKER_OPEN);
    expect(decodeOne([0x06, 0x81, 0x01])).toEqual(MARKER_OPEN); // block type = type index 129
    // try_table (result i32) with catch $4 $0, catch_ref $1 $2, catch_all $3, catch_all_ref $4
    expect(decodeOne([0x1f, 0x7f, 0x04, 0x00, 0x04, 0x00, 0x01, 0x01, 0x02, 0x02, 0x03, 0x03, 0x04])).toEqual(MARKER_OPEN);
    expect(decodeOne([0x1f, 0x40, 0x01, 0x00, 0x80, 0x01, 0x00])).toEqual(MARKER_OPEN); // tag 128
    expect(() => decodeOne([0x1f, 0x40, 0x01, 0x04, 0x00])).toThrow(/unknown try_table catch kind 0x04/);
  });

  it('catch and catch_all start a basic block (a throw lands there); delegate closes its try like `end`', () => {
    expect(decodeOne([0x07, 0x80, 0x01])).toEqual(MARKER_CATCH);
    expect(decodeOne([0x19])).toEqual(MARKER_CATCH);
    expect(decodeOne([0x18, 0x02])).toEqual({ counted: false, split: true, depth: -1, weight: 0 });
  });

  it('throw, rethrow and throw_ref are counted, end the basic block and are costly', () => {
    expect(decodeOne([0x08, 0x05])).toEqual(THROWING);
    expect(decodeOne([0x09, 0x00])).toEqual(THROWING);
    expect(decodeOne([0x0a])).toEqual(THROWING);
  });

  it('leaves every other opcode to scanBody, reading nothing', () => {
    for (const op of [0x00, 0x02, 0x0b, 0x10, 0x12, 0x13, 0x14, 0x15, 0x20, 0x1c, 0xd0, 0xfc, 0xfd, 0xfe, 0xe0]) {
      const c = new Cursor(new Uint8Array([op, 0x01, 0x01]), 1, 3);
      expect(scanExtendedOp(op, c, 0, 0)).toBeUndefined();
      expect(c.pos).toBe(1);
    }
  });
});

describe('scanExtendedOp: GC (0xFB), final spec encoding', () => {
  const plain: ExtendedOp = { counted: true, split: false, depth: 0, weight: 1 };
  const alloc: ExtendedOp = { ...plain, weight: 20 };
  const bulk: ExtendedOp = { ...plain, weight: 10 };
  const cast: ExtendedOp = { ...plain, weight: 3 };
  const cases: [string, number[], ExtendedOp][] = [
    ['struct.new $5', [0x00, 0x05], alloc],
    ['struct.new_default $300', [0x01, 0xac, 0x02], alloc],
    ['struct.get $1 2', [0x02, 0x01, 0x02], plain],
    ['struct.get_s $1 2', [0x03, 0x01, 0x02], plain],
    ['struct.get_u $1 2', [0x04, 0x01, 0x02], plain],
    ['struct.set $1 200', [0x05, 0x01, 0xc8, 0x01], plain],
    ['array.new $2', [0x06, 0x02], alloc],
    ['array.new_default $2', [0x07, 0x02], alloc],
    ['array.new_fixed $2 400', [0x08, 0x02, 0x90, 0x03], alloc],
    ['array.new_data $2 $0', [0x09, 0x02, 0x00], alloc],
    ['array.new_elem $2 $1', [0x0a, 0x02, 0x01], alloc],
    ['array.get $2', [0x0b, 0x02], plain],
    ['array.get_s $2', [0x0c, 0x02], plain],
    ['array.get_u $2', [0x0d, 0x02], plain],
    ['array.set $2', [0x0e, 0x02], plain],
    ['array.len', [0x0f], plain],
    ['array.fill $2', [0x10, 0x02], bulk],
    ['array.copy $2 $3', [0x11, 0x02, 0x03], bulk],
    ['array.init_data $2 $0', [0x12, 0x02, 0x00], bulk],
    ['array.init_elem $2 $1', [0x13, 0x02, 0x01], bulk],
    ['ref.test i31', [0x14, 0x6c], cast],
    ['ref.test null $200', [0x15, 0xc8, 0x01], cast],
    ['ref.cast (shared struct)', [0x16, 0x65, 0x6b], cast],
    ['ref.cast null any', [0x17, 0x6e], cast],
    ['br_on_cast 0 anyref (ref i31)', [0x18, 0x01, 0x00, 0x6e, 0x6c], { ...cast, split: true }],
    ['br_on_cast_fail 3 anyref (ref null $200)', [0x19, 0x03, 0x03, 0x6e, 0xc8, 0x01], { ...cast, split: true }],
    ['any.convert_extern', [0x1a], plain],
    ['extern.convert_any', [0x1b], plain],
    ['ref.i31', [0x1c], plain],
    ['i31.get_s', [0x1d], plain],
    ['i31.get_u', [0x1e], plain],
  ];
  it.each(cases)('%s: reads exactly its immediates; counted 1, splits only if it branches', (_name, bytes, expected) => {
    expect(decodeOne([0xfb, ...bytes])).toEqual(expected);
  });

  it('an unknown sub-opcode (e.g. stringref 0xFB 128) is an UnsupportedWasmError with function and offset', () => {
    const c = new Cursor(new Uint8Array([0x41, 0x00, 0xfb, 0x80, 0x01]), 3, 5);
    expect(() => scanExtendedOp(0xfb, c, 7, 2)).toThrow(UnsupportedWasmError);
    expect(() => scanExtendedOp(0xfb, new Cursor(c.bytes, 3, 5), 7, 2)).toThrow('unsupported GC instruction 0xFB 128 in function 7 at offset 2');
  });
});

describe('small modules: every body decodes to its final end, into these basic blocks', () => {
  it('legacy EH: a throw caught in the same function and across a call, delegate, rethrow', () => {
    const seen: Seen = new Map();
    expect(scanModule(LEGACY_EH, seen)).toEqual([
      [3, 2, 1], // $thrower: `local.get i32.eqz if` | `i32.const throw` | `local.get`
      [2, 2], // same: try (0) `local.get throw` | catch (0) `i32.const i32.add` | end
      [4, 2, 1], // across: `local.get call i32.const i32.add` | catch `…` | catch_all `i32.const`
      [2, 2], // delegated: `local.get call` | delegate (0, ends the inner try) | catch `i32.const i32.add`
      [2, 1, 2], // rethrown: `local.get call` | catch_all `rethrow` | catch `i32.const i32.add`
    ]);
    expect(Object.fromEntries(seen)).toEqual({ '0x6': 6, '0x7': 4, '0x8': 2, '0x9': 1, '0x18': 1, '0x19': 2 });
    expect(runOnNode24(LEGACY_EH, [['same', 5], ['across', 0], ['across', 3], ['delegated', 0], ['delegated', 5], ['rethrown', 0], ['rethrown', 3]])).toEqual([6, 1042, 103, 52, 5, 62, 3]);
  });

  it('try_table (catch, catch_all_ref) and throw_ref', () => {
    const seen: Seen = new Map();
    expect(scanModule(TRY_TABLE, seen)).toEqual([
      [2], // $thrower: `local.get throw`
      [2, 1, 2], // caught: try_table (0) `local.get call` | end `i32.const` | end `i32.const i32.add`
      [2, 2, 3, 2], // rethrown: `local.get call` | `i32.const br` | `local.set local.get throw_ref` | `i32.const i32.add`
    ]);
    expect(Object.fromEntries(seen)).toEqual({ '0x1f': 3, '0x8': 1, '0xa': 1 });
    expect(runOnNode24(TRY_TABLE, [['caught', 5], ['rethrown', 5]])).toEqual([6, 15]);
  });

  it('return_call and return_call_indirect end a basic block', () => {
    expect(scanModule(TAIL_CALLS)).toEqual([
      [3, 1, 8], // $fact: `local.get i32.eqz if` | `local.get` | else `… return_call_indirect`
      [3], // fact: `local.get i32.const return_call`
    ]);
    expect(runOnNode24(TAIL_CALLS, [['fact', 5], ['fact', 10]])).toEqual([120, 3628800]);
  });

  it('call_ref and return_call_ref (binaryen-written)', () => {
    expect(scanModule(CALL_REF)).toEqual([[3], [3], [6], [3]]);
    expect(runOnNode24(CALL_REF, [['apply', 1, 20], ['apply', 0, 20], ['tail', 21]])).toEqual([40, 21, 42]);
  });

  it('GC: every 0xFB instruction of the final spec, in a module binaryen wrote', () => {
    const seen: Seen = new Map();
    const blocks = scanModule(GC, seen);
    expect(blocks).toHaveLength(6);
    // casts: `local.get if` | `local.get ref.i31` | else `i32.const ref.null struct.new` |
    // end `local.set local.get extern.convert_any any.convert_extern local.set i32.const local.get
    // br_on_cast` | `br_on_cast_fail` | `struct.get i32.add return` | end `drop unreachable` | end …
    expect(blocks[5]).toEqual([2, 2, 3, 8, 1, 3, 2, 14]);
    const subs = [...seen.keys()].filter((k) => k.startsWith('0xFB ')).map((k) => Number(k.slice(5)));
    expect(subs.sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, i) => i));
    expect(runOnNode24(GC, [['list', 4], ['packed'], ['arrays'], ['fns'], ['casts', 0], ['casts', 3], ['casts', -5]])).toEqual([10, 259, 65640, 7, 1009, 7, 2147483639]);
  });
});

type Call = [string, ...number[]];

/** Calls exports on one instance of `bytes` (on this Node): per call its result and, with a counter
 *  global's export name, how much that i64 grew during the call. */
function callCounting(bytes: Uint8Array, counter: string | undefined, calls: Call[]): { results: unknown[]; counts: number[] } {
  const e = new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), {}).exports;
  const value = (): bigint => (counter ? ((e[counter] as WebAssembly.Global).value as bigint) : 0n);
  const results: unknown[] = [];
  const counts: number[] = [];
  for (const [name, ...args] of calls) {
    const before = value();
    results.push((e[name] as (...a: number[]) => unknown)(...args));
    counts.push(Number(value() - before));
  }
  return { results, counts };
}

/** The original's results; the counting copy's (with cycles) results and per-call counts; the reference's if it reads the module. */
function countBoth(bytes: Uint8Array, calls: Call[], withReference: boolean) {
  const original = callCounting(bytes, undefined, calls).results;
  const instrumented = instrumentForCounting(bytes, { cycles: true });
  expect(WebAssembly.Module.exports(new WebAssembly.Module(instrumented as BufferSource)).map((x) => x.name)).toEqual(expect.arrayContaining([COUNTER_EXPORT, SIM_EXPORT]));
  const counted = callCounting(instrumented, COUNTER_EXPORT, calls);
  expect(counted.results).toEqual(original);
  const reference = withReference ? callCounting(countEachInstruction(bytes), COUNT_EXPORT, calls) : undefined;
  if (reference) expect(reference.results).toEqual(original);
  return { original, counts: counted.counts, reference: reference?.counts };
}

describe('the counting copy counts them exactly', () => {
  it('legacy EH: throws caught in the same function, across a call, delegated and rethrown', () => {
    const calls: Call[] = [['same', 5], ['across', 0], ['across', 3], ['delegated', 0], ['delegated', 5], ['rethrown', 0], ['rethrown', 3]];
    const { original, counts, reference } = countBoth(LEGACY_EH, calls, true);
    expect(original).toEqual([6, 1042, 103, 52, 5, 62, 3]);
    expect(counts).toEqual(reference);
    // $thrower: 3 (`local.get i32.eqz if`) + 2 (`i32.const throw`) = 5 when it throws, else 3 + 1 = 4.
    // same 5: `local.get throw` 2 + catch `i32.const i32.add` 2 = 4
    // across 0: `local.get call` 2 + thrower 5 + catch 2 = 9; across 3: 2 + 4 + `i32.const i32.add` 2 = 8
    // delegated 0: 2 + 5 + outer catch 2 = 9; delegated 5: 2 + 4 = 6
    // rethrown 0: 2 + 5 + catch_all `rethrow` 1 + outer catch 2 = 10; rethrown 3: 2 + 4 = 6
    expect(counts).toEqual([4, 9, 8, 9, 6, 10, 6]);
    // Without a basic block ending after each call (the stand-in decoder's blocks), `across` would
    // count its whole first block `local.get call i32.const i32.add` (4) when $thrower throws out of
    // the call after 2 of them: across(0) would be 4 + 5 + 2 = 11, not 9.
    const [thrower, , across] = scanModule(LEGACY_EH);
    expect(across![0]! + thrower![0]! + thrower![1]! + across![1]!).toBe(11);
  });

  it('try_table (catch, catch_all_ref) and throw_ref', () => {
    const { original, counts, reference } = countBoth(TRY_TABLE, [['caught', 5], ['rethrown', 5]], true);
    expect(original).toEqual([6, 15]);
    expect(counts).toEqual(reference);
    // caught: `local.get call` 2 + $thrower `local.get throw` 2 + after the block `i32.const i32.add` 2 = 6
    // rethrown: 2 + 2 + `local.set local.get throw_ref` 3 + after $outer `i32.const i32.add` 2 = 9
    expect(counts).toEqual([6, 9]);
  });

  it('return_call and return_call_indirect', () => {
    const { original, counts, reference } = countBoth(TAIL_CALLS, [['fact', 5], ['fact', 10]], true);
    expect(original).toEqual([120, 3628800]);
    expect(counts).toEqual(reference);
    // fact: 3; $fact: n > 0: `local.get i32.eqz if` 3 + else 8 = 11, n = 0: 3 + `local.get` 1 = 4
    expect(counts).toEqual([3 + 5 * 11 + 4, 3 + 10 * 11 + 4]);
  });

  it('call_ref and return_call_ref (hand-counted: wabt cannot read the typed select binaryen writes)', () => {
    const { original, counts } = countBoth(CALL_REF, [['apply', 1, 20], ['apply', 0, 20], ['tail', 21]], false);
    expect(original).toEqual([40, 21, 42]);
    // apply: `local.get ref.func ref.func local.get select call_ref` 6 + $double or $inc 3 = 9
    // tail: `local.get ref.func return_call_ref` 3 + $double `local.get i32.const i32.mul` 3 = 6
    expect(counts).toEqual([9, 9, 6]);
  });

  it('GC (hand-counted for list, packed and casts: wabt does not read 0xFB), the same results for every export', () => {
    const calls: Call[] = [['list', 4], ['packed'], ['arrays'], ['fns'], ['casts', 0], ['casts', 3], ['casts', -5]];
    const { original, counts } = countBoth(GC, calls, false);
    expect(original).toEqual([10, 259, 65640, 7, 1009, 7, 2147483639]);
    // list n: $build loops n times at `local.get i32.eqz br_if` 3 + `local.get local.get struct.new
    // local.set` 4 + `local.get i32.const i32.sub local.set` 4 + `br` 1 = 12, and leaves after 3;
    // $walk likewise: 3 + `local.get local.get struct.get i32.add local.set` 5 + `local.get
    // struct.get local.set` 3 + `br` 1 = 12 n times, then 3; then `local.get` 1: 24 n + 7.
    // packed: `struct.new_default local.set` 2 + two `local.get i32.const struct.set` 3 + three
    // `local.get struct.get*` 6 + two `i32.add` 2 = 16
    expect(counts.slice(0, 2)).toEqual([24 * 4 + 7, 16]);
    // casts, by the basic blocks above (2, 2, 3, 8, 1, 3, 2, 14): x = 0 builds a struct, `local.get
    // if` 2 + else 3 + 8 up to br_on_cast (not taken) + br_on_cast_fail (not taken) 1 + `struct.get
    // i32.add return` 3 = 17; x = 3 or -5 builds an i31: 2 + then 2 + 8 with br_on_cast taken +
    // after $is_i31 `drop …` 14 = 26
    expect(counts.slice(4)).toEqual([17, 26, 26]);
  });
});

describe('countTypeEntries: type indices a type section defines', () => {
  // (func i32 -> i32), a rec group of 3 (a struct with packed i8/i16 fields, its final subtype with
  // one more field, an array of the subtype), a final func subtype, an empty rec group
  const TYPES = [
    0x04,
    ...[0x60, 0x01, 0x7f, 0x01, 0x7f],
    ...[0x4e, 0x03],
    ...[0x50, 0x00, 0x5f, 0x02, 0x78, 0x01, 0x77, 0x00],
    ...[0x4f, 0x01, 0x01, 0x5f, 0x03, 0x78, 0x01, 0x77, 0x00, 0x7f, 0x01],
    ...[0x5e, 0x63, 0x02, 0x01],
    ...[0x4f, 0x00, 0x60, 0x00, 0x00],
    ...[0x4e, 0x00],
  ];
  const HAND = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, TYPES.length, ...TYPES]);

  it('counts each subtype, and a rec group as its members (5 indices from 4 entries)', () => {
    expect(typeEntries(HAND)).toBe(5);
  });

  it('agrees with V8 on the hand-made section and on the small modules', () => {
    const modules = [HAND, LEGACY_EH, TRY_TABLE, TAIL_CALLS, CALL_REF, GC];
    expect(typeCountsByV8(modules)).toEqual(modules.map(typeEntries));
    expect(typeEntries(GC)).toBeGreaterThanOrEqual(7);
  });

  it('rejects trailing bytes and unknown type forms', () => {
    const trailing = new Uint8Array([...HAND.subarray(0, 8), 0x01, TYPES.length + 1, ...TYPES, 0x00]);
    expect(() => typeEntries(trailing)).toThrow(/1 trailing bytes/);
    const cont = new Uint8Array([...HAND.subarray(0, 8), 0x01, 0x03, 0x01, 0x5d, 0x00]);
    expect(() => typeEntries(cont)).toThrow(UnsupportedWasmError);
  });
});

// ---------------------------------------------------------------------------------------------

describe('engineFeatureProblem', () => {
  it('says which feature needs which Node, in one line', () => {
    expect(engineFeatureProblem(['gc'], 20)).toMatch(/^this module uses GC, which Node 20 cannot run .*; run the gate on Node 22 or later \(the GitHub Action runs on Node 24\)$/);
    expect(engineFeatureProblem(['memory64'], 20)).toMatch(/memory64, which Node 20 runs only behind --experimental-wasm-memory64; run the gate on Node 22/);
    const both = engineFeatureProblem(['multimemory', 'exnref', 'strings'], 20)!;
    expect(both).not.toContain('\n');
    expect(both).toMatch(/multiple memories.*try_table.*stringref.*Node 22 or later.*no Node release up to 24 runs stringref strings without a flag/);
    expect(engineFeatureProblem(['strings'], 24)).toMatch(/Node 24 runs only behind --experimental-wasm-stringref/);
  });

  it('has nothing to say about what Node 20 runs, nor about GC/exnref/multi-memory on Node 22+', () => {
    const node20 = ['sign-ext', 'mutable-globals', 'nontrapping-float-to-int', 'simd', 'bulk-memory', 'exception-handling', 'tail-call', 'reference-types', 'multivalue', 'threads'];
    expect(engineFeatureProblem(node20, 20)).toBeUndefined();
    for (const major of [22, 24, 26]) expect(engineFeatureProblem(['gc', 'exnref', 'multimemory', 'memory64', 'extended-const', 'relaxed-simd'], major)).toBeUndefined();
  });

  // A small module per feature; `features` as the caller passes them.
  const SAMPLES: [string[], string, number?][] = [
    [['exception-handling'], '(module (tag $e) (func (export "f") (try (do (throw $e)) (catch_all))))'],
    [['exception-handling', 'exnref'], '(module (tag $e) (func (export "f") (block $h (try_table (catch_all $h) (throw $e)))))'],
    [['tail-call'], '(module (func $g) (func (export "f") (return_call $g)))'],
    [['reference-types'], '(module (table 1 externref) (func (export "f") (param externref) (table.set (i32.const 0) (local.get 0))))'],
    [['gc'], '(module (type $s (struct (field i32))) (func (export "f") (result i32) (struct.get $s 0 (struct.new $s (i32.const 5)))))'],
    [['memory64'], '(module (memory i64 1) (func (export "f") (result i32) (i32.load (i64.const 0))))', F.Memory64],
    [['multimemory'], '(module (memory 1) (memory $b 1) (func (export "f") (result i32) (i32.load $b (i32.const 0))))', F.MultiMemory],
    [['extended-const'], '(module (global i32 (i32.add (i32.const 1) (i32.const 2))))', F.ExtendedConst],
    [['relaxed-simd', 'simd'], '(module (func (export "f") (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))))', F.RelaxedSIMD],
    [['strings'], '(module (func (export "f") (result i32) (string.measure_wtf16 (string.const "abc"))))', F.Strings],
    [['fp16', 'simd'], '(module (func (export "f") (param v128) (result v128) (f16x8.add (local.get 0) (local.get 0))))', F.FP16],
    [['wide-arithmetic'], '(module (func (export "f") (param i64 i64 i64 i64) (result i64 i64) (i64.add128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))', F.WideArithmetic],
    [['custom-page-sizes'], '(module (memory 1 (pagesize 1)))', F.CustomPageSizes],
  ];

  it('matches what the Node binaries at hand compile, with and without the flags it names', { timeout: 60_000 }, () => {
    const modules = SAMPLES.map(([, text, features]) => Buffer.from(viaBinaryen(text, features)).toString('base64'));
    const script = `const m = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      console.log(JSON.stringify({ major: Number(process.versions.node.split('.')[0]), ok: m.map((b) => WebAssembly.validate(Buffer.from(b, 'base64'))) }));`;
    const compiles = (node: string, flags: string[], which: string[]) =>
      JSON.parse(execFileSync(node, [...flags, '-e', script], { input: JSON.stringify(which), encoding: 'utf8' })) as { major: number; ok: boolean[] };
    const nodes = [...new Set([process.execPath, NODE_24, '/usr/bin/node'].filter((n) => existsSync(n)))];
    const majors = new Set<number>();
    for (const node of nodes) {
      const { major, ok } = compiles(node, [], modules);
      majors.add(major);
      SAMPLES.forEach(([features], i) => {
        const problem = engineFeatureProblem(features, major);
        expect(ok[i], `${features} on Node ${major}: ${problem}`).toBe(problem === undefined);
        const flag = /runs only behind (--[\w-]+)/.exec(problem ?? '')?.[1];
        if (flag) expect(compiles(node, [flag], [modules[i]!]).ok, `${features} on Node ${major} ${flag}`).toEqual([true]);
      });
      // Node 20's --experimental-wasm-gc is an older draft: the final encoding still fails.
      const gc = modules[SAMPLES.findIndex(([features]) => features[0] === 'gc')]!;
      if (major < 22) expect(compiles(node, ['--experimental-wasm-gc'], [gc]).ok).toEqual([false]);
    }
    expect(majors.has(24)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Real modules from npm, pinned. Measured: all three use legacy exception handling only (try,
// catch, catch_all, throw, rethrow, delegate; no try_table, GC or tail calls); the instruction
// counts are those of these exact versions, so a decoder that skipped or misread some would differ.

const REAL: [spec: string, files: string[], bodies: number, seen: Record<string, number>][] = [
  ['@automerge/automerge@3.5.0', ['dist/automerge.wasm'], 4511, { '0x6': 8573, '0x7': 217, '0x8': 71, '0x9': 6705, '0x18': 2237, '0x19': 6200 }],
  [
    'wasm-vips@0.0.19',
    ['lib/vips.wasm', 'lib/vips-heif.wasm', 'lib/vips-resvg.wasm', 'lib/vips-jxl.wasm'],
    17674,
    { '0x6': 12226, '0x7': 91, '0x8': 2, '0x9': 7582, '0x18': 1810, '0x19': 10325 },
  ],
  ['pyodide@314.0.8', ['pyodide.asm.wasm'], 16959, { '0x6': 1018, '0x7': 99, '0x8': 5, '0x9': 638, '0x18': 121, '0x19': 798 }],
];

describe('real modules from npm: every function body decodes', () => {
  for (const [spec, files, bodies, expected] of REAL) {
    it(`${spec}: ${bodies} bodies`, { timeout: 60_000 }, (ctx) => {
      const seen: Seen = new Map();
      let decoded = 0;
      for (const file of files) {
        const bytes = new Uint8Array(readFileSync(npmWasm(spec, file, ctx)));
        decoded += scanModule(bytes, seen).length;
        expect(typeCountsByV8([bytes])).toEqual([typeEntries(bytes)]);
      }
      expect(decoded).toBe(bodies);
      expect(Object.fromEntries(seen)).toEqual(expected);
    });
  }
});

// Measured on Node 24.21: instrumenting takes 0.1-0.7 s a module, compiling 20-72 ms (pyodide's
// 9.6 MB: 0.5 s and 72 ms), so the copy is compiled outright rather than only validated.
describe('real modules from npm: the per-function counting copy with cycles compiles on Node 24', () => {
  for (const [spec, files] of REAL) {
    it(`${spec}: instrumentForProfiling(bytes, { cycles: true }) → new WebAssembly.Module`, { timeout: 60_000 }, (ctx) => {
      for (const file of files) {
        const bytes = new Uint8Array(readFileSync(npmWasm(spec, file, ctx)));
        // V8 validates every body here; it compiles them lazily, on their first call
        const module = new WebAssembly.Module(instrumentForProfiling(bytes, { cycles: true }) as BufferSource);
        const names = WebAssembly.Module.exports(module).map((e) => e.name);
        expect(names).toEqual(expect.arrayContaining([`${PROFILE_EXPORT_PREFIX}0`, SIM_EXPORT]));
      }
    });
  }
});
