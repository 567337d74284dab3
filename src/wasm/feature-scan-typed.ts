// Features of value types, heap types and the prefixed instructions (0xFB GC, 0xFC, 0xFD SIMD,
// 0xFE atomics), for feature-scan.ts. Pure module.
import { type Cursor, hex } from './cursor.js';
import { FeatureBits, UndecodedError } from './feature-bits.js';

const B = FeatureBits;

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
  if (b === 0x62) {
    // exact (custom descriptors, which binaryen.js has no feature bit for): a GC type index follows
    c.pos++;
    return B.gc | heapTypeBits(c);
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
export function prefixGC(c: Cursor): boolean {
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
export function prefixFC(c: Cursor): number {
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
      return B.bulkMemoryOpt | (nonzeroPair(c) ? B.multimemory : 0);
    case 11: // memory.fill mem
      return B.bulkMemoryOpt | (c.u32() !== 0 ? B.multimemory : 0);
    case 12: // table.init elem table
      c.u32();
      return B.bulkMemory | (c.u32() !== 0 ? B.referenceTypes : 0);
    case 13: // elem.drop elem
      c.u32();
      return B.bulkMemory;
    case 14: // table.copy table table
      return B.bulkMemory | (nonzeroPair(c) ? B.referenceTypes : 0);
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

/** Reads two indexes (both, always: `a || b` would skip the second) and says if either is not 0. */
function nonzeroPair(c: Cursor): boolean {
  const first = c.u32();
  const second = c.u32();
  return first !== 0 || second !== 0;
}

/** 0xFD: features beyond simd itself, or -(sub-opcode + 1) for one it does not know. */
export function prefixFD(c: Cursor): number {
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
export function prefixFE(c: Cursor): boolean {
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

/** memarg: align (bit 6 set: a memory index follows), offset. */
export function memarg(c: Cursor): number {
  const align = c.u32('memarg alignment');
  const multi = (align & 0x40) !== 0 && c.u32('memory index') !== 0;
  c.leb(10);
  return multi ? B.multimemory : 0;
}
