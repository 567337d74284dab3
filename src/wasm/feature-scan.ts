// Decodes instructions (a function body or a constant expression) and value types into the
// WebAssembly features they use, as bits: bit i is FEATURE_NAMES[i] in features.ts. Pure module.
import { type Cursor, hex } from './cursor.js';

/** One bit per feature, in features.ts's FEATURE_NAMES order. */
export const FeatureBits = {
  signExt: 1 << 0,
  threads: 1 << 1,
  mutableGlobals: 1 << 2,
  nontrappingFloatToInt: 1 << 3,
  simd: 1 << 4,
  bulkMemory: 1 << 5,
  bulkMemoryOpt: 1 << 6,
  callIndirectOverlong: 1 << 7,
  exceptionHandling: 1 << 8,
  tailCall: 1 << 9,
  referenceTypes: 1 << 10,
  multivalue: 1 << 11,
  gc: 1 << 12,
  memory64: 1 << 13,
  relaxedSimd: 1 << 14,
  extendedConst: 1 << 15,
  strings: 1 << 16,
  multimemory: 1 << 17,
  stackSwitching: 1 << 18,
  sharedEverything: 1 << 19,
  fp16: 1 << 20,
  customPageSizes: 1 << 21,
  wideArithmetic: 1 << 22,
} as const;
const B = FeatureBits;

/** Parameter and result counts of a type (0, 0 for non-function types): block types need them. */
export interface TypeArity {
  params: number;
  results: number;
}

/** A decoder that meets something it does not know; `bits` holds what it had found until then. */
export class UndecodedError extends Error {
  constructor(
    message: string,
    readonly bits: number,
  ) {
    super(message);
  }
}

/**
 * Features used by the instructions from the cursor to the `end` that closes them (a function
 * body: the cursor must then be at the body's end). In a constant expression (`constant`), the
 * arithmetic that may appear is extended-const's.
 */
export function scanExpression(c: Cursor, types: readonly TypeArity[], constant: boolean): number {
  const bytes = c.bytes;
  let bits = 0;
  let depth = 1;
  const fail = (what: string, at: number): never => {
    throw new UndecodedError(`${what} at offset ${at}`, bits);
  };
  for (;;) {
    if (c.pos >= c.end) fail('instructions without their final "end"', c.pos);
    const at = c.pos;
    const op = bytes[c.pos++]!;
    if (op >= 0x45 && op <= 0xc4) {
      if (op >= 0xc0) bits |= B.signExt;
      else if (constant && (op === 0x6a || op === 0x6b || op === 0x6c || op === 0x7c || op === 0x7d || op === 0x7e)) bits |= B.extendedConst;
      continue;
    }
    if (op >= 0x28 && op <= 0x3e) {
      bits |= memarg(c);
      continue;
    }
    switch (op) {
      case 0x00: // unreachable
      case 0x01: // nop
      case 0x05: // else
      case 0x0f: // return
      case 0x1a: // drop
      case 0x1b: // select
        break;
      case 0x02: // block
      case 0x03: // loop
      case 0x04: // if
        bits |= blockType(c, types);
        depth++;
        break;
      case 0x06: // try (legacy exception handling)
        bits |= B.exceptionHandling | blockType(c, types);
        depth++;
        break;
      case 0x07: // catch tag
      case 0x08: // throw tag
      case 0x09: // rethrow label
        bits |= B.exceptionHandling;
        c.u32();
        break;
      case 0x0a: // throw_ref
      case 0x19: // catch_all
        bits |= B.exceptionHandling;
        break;
      case 0x18: // delegate label: closes its try like an end
        bits |= B.exceptionHandling;
        c.u32();
        depth--;
        break;
      case 0x1f: {
        // try_table blocktype vec(catch)
        bits |= B.exceptionHandling | blockType(c, types);
        const n = c.u32('catch count');
        for (let i = 0; i < n; i++) {
          const kind = c.byte();
          if (kind <= 1) c.u32('catch tag');
          c.u32('catch label');
        }
        depth++;
        break;
      }
      case 0x0b: // end
        if (--depth === 0) {
          if (!constant && c.pos !== c.end) fail('function body continues after its final "end"', at);
          return bits;
        }
        break;
      case 0x0c: // br
      case 0x0d: // br_if
      case 0x10: // call
      case 0x20: // local.get
      case 0x21: // local.set
      case 0x22: // local.tee
      case 0x23: // global.get
      case 0x24: // global.set
        c.u32();
        break;
      case 0x0e: {
        // br_table vec(label) label
        const n = c.u32('br_table length');
        for (let i = 0; i <= n; i++) c.u32();
        break;
      }
      case 0x11: // call_indirect type table
        c.u32();
        bits |= tableIndex(c);
        break;
      case 0x12: // return_call
        bits |= B.tailCall;
        c.u32();
        break;
      case 0x13: // return_call_indirect
        bits |= B.tailCall;
        c.u32();
        bits |= tableIndex(c);
        break;
      case 0x14: // call_ref type
        bits |= B.gc | B.referenceTypes;
        c.u32();
        break;
      case 0x15: // return_call_ref type
        bits |= B.gc | B.referenceTypes | B.tailCall;
        c.u32();
        break;
      case 0x1c: {
        // select t*: typed select came with reference types
        bits |= B.referenceTypes;
        const n = c.u32('select type count');
        for (let i = 0; i < n; i++) bits |= valTypeBits(c);
        break;
      }
      case 0x25: // table.get
      case 0x26: // table.set
        bits |= B.referenceTypes;
        c.u32();
        break;
      case 0x3f: // memory.size memidx
      case 0x40: // memory.grow memidx
        if (c.u32() !== 0) bits |= B.multimemory;
        break;
      case 0x41: // i32.const
        c.leb(5);
        break;
      case 0x42: // i64.const
        c.leb(10);
        break;
      case 0x43: // f32.const
        c.skipBytes(4);
        break;
      case 0x44: // f64.const
        c.skipBytes(8);
        break;
      case 0xd0: // ref.null heaptype
        bits |= B.referenceTypes | heapTypeBits(c);
        break;
      case 0xd1: // ref.is_null
        bits |= B.referenceTypes;
        break;
      case 0xd2: // ref.func
        bits |= B.referenceTypes;
        c.u32();
        break;
      case 0xd3: // ref.eq
      case 0xd4: // ref.as_non_null
        bits |= B.gc | B.referenceTypes;
        break;
      case 0xd5: // br_on_null
      case 0xd6: // br_on_non_null
        bits |= B.gc | B.referenceTypes;
        c.u32();
        break;
      case 0xfb:
        bits |= B.gc | B.referenceTypes;
        if (!prefixGC(c)) fail(`unknown GC instruction 0xFB ${c.bytes[at + 1]}`, at);
        break;
      case 0xfc: {
        const sub = prefixFC(c);
        if (sub < 0) fail(`unknown instruction 0xFC ${-sub - 1}`, at);
        bits |= sub;
        break;
      }
      case 0xfd: {
        const sub = prefixFD(c);
        if (sub < 0) fail(`unknown SIMD instruction 0xFD ${-sub - 1}`, at);
        bits |= B.simd | sub;
        break;
      }
      case 0xfe:
        bits |= B.threads;
        if (!prefixFE(c)) fail('unknown atomic instruction', at);
        break;
      default:
        if (op >= 0xe0 && op <= 0xe6) bits |= B.stackSwitching;
        fail(`unknown opcode 0x${hex(op)}`, at);
    }
  }
}

/** memarg: align (bit 6 set: a memory index follows), offset. */
function memarg(c: Cursor): number {
  const align = c.u32('memarg alignment');
  const multi = (align & 0x40) !== 0 && c.u32('memory index') !== 0;
  c.leb(10);
  return multi ? B.multimemory : 0;
}

/** call_indirect's table: another table needs reference types; a padded LEB is call-indirect-overlong. */
function tableIndex(c: Cursor): number {
  const start = c.pos;
  const table = c.u32('table index');
  return (table !== 0 ? B.referenceTypes : 0) | (c.pos - start > 1 ? B.callIndirectOverlong : 0);
}

function blockType(c: Cursor, types: readonly TypeArity[]): number {
  const b = c.bytes[c.pos];
  if (b === 0x40) {
    c.pos++;
    return 0;
  }
  if (b !== undefined && (b & 0xc0) === 0x40) return valTypeBits(c);
  // A type index: parameters or several results are multivalue's.
  const type = types[c.u32('block type index')];
  return type && (type.params > 0 || type.results > 1) ? B.multivalue : 0;
}

/** Features of a value type (cursor at its first byte). */
export function valTypeBits(c: Cursor): number {
  const at = c.pos;
  const b = c.byte();
  switch (b) {
    case 0x7f: // i32
    case 0x7e: // i64
    case 0x7d: // f32
    case 0x7c: // f64
      return 0;
    case 0x7b: // v128
      return B.simd;
    case 0x70: // funcref
    case 0x6f: // externref
      return B.referenceTypes;
    case 0x63: // (ref null ht)
      return B.referenceTypes | heapTypeBits(c);
    case 0x64: // (ref ht): non-nullable references are GC's (with typed function references)
      return B.referenceTypes | B.gc | heapTypeBits(c);
    default:
      if ((b & 0xc0) === 0x40) {
        // shorthand for (ref null <abstract heap type>)
        c.pos--;
        return B.referenceTypes | heapTypeBits(c);
      }
      throw new UndecodedError(`unknown value type 0x${hex(b)} at offset ${at}`, 0);
  }
}

/** Features of a heap type: an abstract one (one byte) or a type index (GC). */
export function heapTypeBits(c: Cursor): number {
  const b = c.bytes[c.pos];
  if (b === 0x65) {
    c.pos++;
    return B.sharedEverything | heapTypeBits(c);
  }
  if (b === undefined || (b & 0xc0) !== 0x40) {
    c.leb(5);
    return B.gc;
  }
  c.pos++;
  switch (b) {
    case 0x70: // func
    case 0x6f: // extern
      return 0;
    case 0x69: // exn
      return B.exceptionHandling;
    case 0x74: // noexn
      return B.exceptionHandling | B.gc;
    case 0x68: // cont
    case 0x75: // nocont
      return B.stackSwitching;
    case 0x67: // string
      return B.strings;
    case 0x6e: // any
    case 0x6d: // eq
    case 0x6c: // i31
    case 0x6b: // struct
    case 0x6a: // array
    case 0x71: // none
    case 0x72: // noextern
    case 0x73: // nofunc
      return B.gc;
    default:
      throw new UndecodedError(`unknown heap type 0x${hex(b)} at offset ${c.pos - 1}`, 0);
  }
}

/** 0xFB: GC instructions; false for one it does not know (strings, custom descriptors). */
function prefixGC(c: Cursor): boolean {
  const sub = c.u32('0xFB sub-opcode');
  switch (sub) {
    case 0: // struct.new t
    case 1: // struct.new_default t
    case 6: // array.new t
    case 7: // array.new_default t
    case 11: // array.get t
    case 12: // array.get_s t
    case 13: // array.get_u t
    case 14: // array.set t
    case 16: // array.fill t
      c.u32();
      return true;
    case 2: // struct.get t f
    case 3: // struct.get_s t f
    case 4: // struct.get_u t f
    case 5: // struct.set t f
    case 8: // array.new_fixed t n
    case 9: // array.new_data t d
    case 10: // array.new_elem t e
    case 17: // array.copy t t
    case 18: // array.init_data t d
    case 19: // array.init_elem t e
      c.u32();
      c.u32();
      return true;
    case 15: // array.len
    case 26: // any.convert_extern
    case 27: // extern.convert_any
    case 28: // ref.i31
    case 29: // i31.get_s
    case 30: // i31.get_u
      return true;
    case 20: // ref.test ht
    case 21: // ref.test null ht
    case 22: // ref.cast ht
    case 23: // ref.cast null ht
      heapTypeBits(c);
      return true;
    case 24: // br_on_cast flags label ht ht
    case 25: // br_on_cast_fail flags label ht ht
      c.byte();
      c.u32();
      heapTypeBits(c);
      heapTypeBits(c);
      return true;
    default:
      return false;
  }
}

/** 0xFC: the features of the instruction, or -(sub-opcode + 1) for one it does not know. */
function prefixFC(c: Cursor): number {
  const sub = c.u32('0xFC sub-opcode');
  if (sub <= 7) return B.nontrappingFloatToInt; // saturating truncations
  switch (sub) {
    case 8: // memory.init data mem
      c.u32();
      return B.bulkMemory | (c.u32() !== 0 ? B.multimemory : 0);
    case 9: // data.drop data
      c.u32();
      return B.bulkMemory;
    case 10: // memory.copy mem mem
      return B.bulkMemoryOpt | (c.u32() !== 0 || c.u32() !== 0 ? B.multimemory : 0);
    case 11: // memory.fill mem
      return B.bulkMemoryOpt | (c.u32() !== 0 ? B.multimemory : 0);
    case 12: // table.init elem table
      c.u32();
      return B.bulkMemory | (c.u32() !== 0 ? B.referenceTypes : 0);
    case 13: // elem.drop elem
      c.u32();
      return B.bulkMemory;
    case 14: // table.copy table table
      return B.bulkMemory | (c.u32() !== 0 || c.u32() !== 0 ? B.referenceTypes : 0);
    case 15: // table.grow table
    case 16: // table.size table
    case 17: // table.fill table
      c.u32();
      return B.referenceTypes;
    case 19: // i64.add128
    case 20: // i64.sub128
    case 21: // i64.mul_wide_s
    case 22: // i64.mul_wide_u
      return B.wideArithmetic;
    case 0x30: // f32.load_f16 memarg
    case 0x31: // f32.store_f16 memarg
      return B.fp16 | memarg(c);
    default:
      return -(sub + 1);
  }
}

/** 0xFD: features beyond simd itself, or -(sub-opcode + 1) for one it does not know. */
function prefixFD(c: Cursor): number {
  const sub = c.u32('0xFD sub-opcode');
  if (sub <= 11 || sub === 92 || sub === 93) return memarg(c); // loads, splats, store, load*_zero
  if (sub === 12 || sub === 13) {
    c.skipBytes(16); // v128.const, i8x16.shuffle
    return 0;
  }
  if (sub >= 21 && sub <= 34) {
    c.skipBytes(1); // extract_lane / replace_lane
    return 0;
  }
  if (sub >= 84 && sub <= 91) {
    const bits = memarg(c); // load*_lane / store*_lane
    c.skipBytes(1);
    return bits;
  }
  if (sub <= 0xff) return 0;
  if (sub <= 0x113) return B.relaxedSimd;
  if (sub >= 0x120 && sub <= 0x14f) {
    if (sub === 0x121 || sub === 0x122) c.skipBytes(1); // f16x8 extract_lane / replace_lane
    return B.fp16;
  }
  return -(sub + 1);
}

/** 0xFE: atomics; false for one it does not know. */
function prefixFE(c: Cursor): boolean {
  const sub = c.u32('0xFE sub-opcode');
  if (sub === 0x03) {
    c.skipBytes(1); // atomic.fence
    return true;
  }
  if (sub <= 0x02 || (sub >= 0x10 && sub <= 0x4e)) {
    memarg(c);
    return true;
  }
  return false;
}
