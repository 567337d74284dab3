// Decodes instructions (a function body or a constant expression) and value types into the
// WebAssembly features they use, as bits: bit i is FEATURE_NAMES[i] in features.ts. Pure module.
import { type Cursor, hex } from './cursor.js';
import { FeatureBits, UndecodedError, type TypeArity } from './feature-bits.js';
import { heapTypeBits, memarg, prefixFC, prefixFD, prefixFE, prefixGC, valTypeBits } from './feature-scan-typed.js';

export { FeatureBits, UndecodedError, type TypeArity } from './feature-bits.js';
export { heapTypeBits, valTypeBits } from './feature-scan-typed.js';

const B = FeatureBits;

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

