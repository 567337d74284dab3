// The instructions of exception handling (legacy try/catch and try_table/exnref) and GC (0xFB),
// the GC type section, and which of these features a Node version runs: what scanBody
// (code-scan.ts) and the counting plan need to instrument such modules. Pure module.
import { UnsupportedWasmError } from './code-scan.js';
import { Cursor, hex } from './cursor.js';
import { NotWasmError, type WasmSection } from './sections.js';

/**
 * How scanBody treats one instruction: `counted` adds 1 to the basic block, `split` ends the block
 * after it, `depth` is the change in nesting, `weight` a rough cost in cycles (0 for markers).
 * The objects returned are shared constants: do not mutate them.
 */
export interface ExtendedOp {
  counted: boolean;
  split: boolean;
  depth: -1 | 0 | 1;
  weight: number;
}

const op = (counted: boolean, split: boolean, depth: -1 | 0 | 1, weight: number): ExtendedOp =>
  Object.freeze({ counted, split, depth, weight });

// try and try_table open a block like `block` does: nothing to count, no new basic block.
const OPEN = op(false, false, 1, 0);
// catch/catch_all: control also arrives there from a throw, so a basic block starts.
const CATCH = op(false, true, 0, 0);
// delegate closes its try like `end`.
const DELEGATE = op(false, true, -1, 0);
// Throwing unwinds the stack and looks for a handler: far dearer than a branch.
const THROW = op(true, true, 0, 200);
const PLAIN = op(true, false, 0, 1);
const ALLOC = op(true, false, 0, 20); // struct.new*, array.new*: a heap allocation
const BULK = op(true, false, 0, 10); // array.fill/copy/init_*: a loop over elements
const CAST = op(true, false, 0, 3); // ref.test/ref.cast: a type-hierarchy check
const BRANCH_CAST = op(true, true, 0, 3); // br_on_cast*: a cast that may branch

/**
 * An instruction scanBody does not decode itself (cursor just past the opcode byte `op` at offset
 * `at`): its immediates are consumed and its treatment returned; undefined if `op` is none of
 * exception handling's or GC's. Unknown GC sub-opcodes (e.g. stringref's) throw.
 */
export function scanExtendedOp(op: number, c: Cursor, funcIndex: number, at: number): ExtendedOp | undefined {
  switch (op) {
    case 0x06: // try bt
      c.blockType();
      return OPEN;
    case 0x07: // catch tag
      c.leb(5);
      return CATCH;
    case 0x19: // catch_all
      return CATCH;
    case 0x08: // throw tag
    case 0x09: // rethrow label
      c.leb(5);
      return THROW;
    case 0x0a: // throw_ref
      return THROW;
    case 0x18: // delegate label
      c.leb(5);
      return DELEGATE;
    case 0x1f: {
      // try_table bt vec(catch): catch/catch_ref have a tag and a label, catch_all(_ref) a label
      c.blockType();
      const n = c.u32('try_table catch count');
      for (let i = 0; i < n; i++) {
        const kind = c.byte();
        if (kind > 0x03) throw new NotWasmError(`unknown try_table catch kind 0x${hex(kind)} at offset ${c.pos - 1}`);
        if (kind <= 0x01) c.leb(5);
        c.leb(5);
      }
      return OPEN;
    }
    case 0xfb:
      return gcOp(c, funcIndex, at);
    default:
      return undefined;
  }
}

/** A 0xFB instruction per the final GC spec. */
function gcOp(c: Cursor, funcIndex: number, at: number): ExtendedOp {
  const sub = c.u32('0xFB sub-opcode');
  switch (sub) {
    case 0: // struct.new t
    case 1: // struct.new_default t
    case 6: // array.new t
    case 7: // array.new_default t
      c.leb(5);
      return ALLOC;
    case 8: // array.new_fixed t n
    case 9: // array.new_data t data
    case 10: // array.new_elem t elem
      c.leb(5);
      c.leb(5);
      return ALLOC;
    case 2: // struct.get t field
    case 3: // struct.get_s
    case 4: // struct.get_u
    case 5: // struct.set
      c.leb(5);
      c.leb(5);
      return PLAIN;
    case 11: // array.get t
    case 12: // array.get_s
    case 13: // array.get_u
    case 14: // array.set
      c.leb(5);
      return PLAIN;
    case 15: // array.len
    case 26: // any.convert_extern
    case 27: // extern.convert_any
    case 28: // ref.i31
    case 29: // i31.get_s
    case 30: // i31.get_u
      return PLAIN;
    case 16: // array.fill t
      c.leb(5);
      return BULK;
    case 17: // array.copy t t
    case 18: // array.init_data t data
    case 19: // array.init_elem t elem
      c.leb(5);
      c.leb(5);
      return BULK;
    case 20: // ref.test ht
    case 21: // ref.test null ht
    case 22: // ref.cast ht
    case 23: // ref.cast null ht
      c.heapType();
      return CAST;
    case 24: // br_on_cast flags label ht ht
    case 25: // br_on_cast_fail flags label ht ht
      c.byte();
      c.leb(5);
      c.heapType();
      c.heapType();
      return BRANCH_CAST;
    default:
      throw new UnsupportedWasmError(`unsupported GC instruction 0xFB ${sub} in function ${funcIndex} at offset ${at}`);
  }
}

/**
 * The number of type indices a type section defines: each subtype one, a rec group (0x4e) as many
 * as its members. Unlike a count of entries, this is the index the next appended type gets.
 */
export function countTypeEntries(bytes: Uint8Array, s: WasmSection): number {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('type count');
  let types = 0;
  for (let i = 0; i < n; i++) {
    if (c.pos < c.end && bytes[c.pos] === 0x4e) {
      c.pos++;
      const members = c.u32('rec group size');
      for (let j = 0; j < members; j++) subType(c);
      types += members;
    } else {
      subType(c);
      types++;
    }
  }
  if (c.pos !== s.end) throw new NotWasmError(`type section at offset ${s.start} has ${s.end - c.pos} trailing bytes`);
  return types;
}

/** sub (0x50) / sub final (0x4f) vec(typeidx) comptype, or a bare comptype. */
function subType(c: Cursor): void {
  let form = c.byte();
  if (form === 0x50 || form === 0x4f) {
    const supers = c.u32('supertype count');
    for (let i = 0; i < supers; i++) c.leb(5);
    form = c.byte();
  }
  if (form === 0x65) form = c.byte(); // shared-everything's shared composite type
  // custom descriptors: describes (0x4c) and descriptor (0x4d) name a type index each
  if (form === 0x4c) {
    c.leb(5);
    form = c.byte();
  }
  if (form === 0x4d) {
    c.leb(5);
    form = c.byte();
  }
  switch (form) {
    case 0x60: // func vec(param) vec(result)
      for (let list = 0; list < 2; list++) {
        const count = c.u32('type arity');
        for (let j = 0; j < count; j++) c.valType();
      }
      return;
    case 0x5f: {
      // struct vec(field)
      const fields = c.u32('struct field count');
      for (let j = 0; j < fields; j++) fieldType(c);
      return;
    }
    case 0x5e: // array field
      fieldType(c);
      return;
    default:
      throw new UnsupportedWasmError(`unsupported type form 0x${hex(form)} at offset ${c.pos - 1}`);
  }
}

/** storage type (a value type, or packed i8 0x78 / i16 0x77), then mutability. */
function fieldType(c: Cursor): void {
  const b = c.pos < c.end ? c.bytes[c.pos] : undefined;
  if (b === 0x78 || b === 0x77) c.pos++;
  else c.valType();
  c.byte();
}

interface EngineRule {
  label: string;
  /** first Node major that runs it without a flag; none = no release up to Node 24 does */
  since?: number;
  /** the first Node major with a flag that enables it, and the flag */
  flag?: [number, string];
  /** why the Node below `since` cannot run it, when no flag helps */
  note?: string;
}

// Measured by compiling small modules (binaryen-built) on Node 20.20.2 (V8 11.3), 22.23.3 (V8
// 12.4) and 24.21.0 (V8 13.6). Runs by default on 20: legacy EH, tail calls, reference types,
// SIMD, threads, multivalue, bulk memory. `exnref` is not a binaryen name: the caller adds it when
// the code has try_table or throw_ref, which Node 20 rejects while it runs legacy try/catch.
const ENGINE_RULES: Record<string, EngineRule> = {
  // Node 20's flag implements an older draft: struct.new (0xFB 0x00) is "invalid gc opcode".
  gc: { label: 'GC', since: 22, note: 'its --experimental-wasm-gc is an older draft; call_ref alone runs behind --experimental-wasm-typed-funcref' },
  exnref: { label: 'try_table/exnref exception handling', since: 22, note: 'no flag enables it' },
  multimemory: { label: 'multiple memories', since: 22, note: 'no flag enables it' },
  memory64: { label: 'memory64', since: 22, flag: [20, '--experimental-wasm-memory64'] },
  'extended-const': { label: 'extended constant expressions', since: 22, flag: [20, '--experimental-wasm-extended-const'] },
  'relaxed-simd': { label: 'relaxed SIMD', since: 22, flag: [20, '--experimental-wasm-relaxed-simd'] },
  strings: { label: 'stringref strings', flag: [20, '--experimental-wasm-stringref'] },
  fp16: { label: 'fp16 SIMD', flag: [24, '--experimental-wasm-fp16'] },
  'shared-everything': { label: 'shared-everything threads', flag: [22, '--experimental-wasm-shared'] },
  'stack-switching': { label: 'stack switching' },
  'wide-arithmetic': { label: 'wide arithmetic' },
  'custom-page-sizes': { label: 'custom page sizes' },
};

/**
 * A one-line explanation when this Node (major version `nodeMajor`) cannot run a module using
 * `features` (binaryen names, plus `exnref`) without a flag; undefined when it can.
 */
export function engineFeatureProblem(features: string[], nodeMajor: number): string | undefined {
  const clauses: string[] = [];
  const never: string[] = [];
  let upgradeTo = 0;
  for (const name of features) {
    const rule = ENGINE_RULES[name];
    if (!rule || (rule.since !== undefined && nodeMajor >= rule.since)) continue;
    const flag = rule.flag && nodeMajor >= rule.flag[0] ? rule.flag[1] : undefined;
    const how = flag ? `runs only behind ${flag}` : `cannot run${rule.note ? ` (${rule.note})` : ''}`;
    clauses.push(`${rule.label}, which Node ${nodeMajor} ${how}`);
    if (rule.since === undefined) never.push(rule.label);
    else upgradeTo = Math.max(upgradeTo, rule.since);
  }
  if (clauses.length === 0) return undefined;
  let message = `this module uses ${clauses.join('; and ')}`;
  if (upgradeTo > 0) message += `; run the gate on Node ${upgradeTo} or later (the GitHub Action runs on Node 24)`;
  if (never.length > 0) message += `; no Node release up to 24 runs ${never.join(' or ')} without a flag`;
  return message;
}
