// Decodes function bodies instruction by instruction and splits them into basic blocks: the
// decoder behind the counting copy (instrument.ts). Pure module.
import { type Cursor, hex } from './cursor.js';
import { NotWasmError } from './sections.js';

/** The module uses a feature the decoder cannot handle (e.g. exception handling). */
export class UnsupportedWasmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedWasmError';
  }
}

const EH_NAMES: Record<number, string> = {
  0x06: 'try',
  0x07: 'catch',
  0x08: 'throw',
  0x09: 'rethrow',
  0x0a: 'throw_ref',
  0x18: 'delegate',
  0x19: 'catch_all',
  0x1f: 'try_table',
};

/**
 * Decodes the instructions of one function body (cursor at the first instruction, `end` = body
 * end) and appends (start offset, counted instructions) of each non-empty basic block.
 */
export function scanBody(c: Cursor, funcIndex: number, starts: number[], counts: number[]): void {
  const bytes = c.bytes;
  const end = c.end;
  let blockStart = c.pos;
  let k = 0;
  let depth = 1;
  for (;;) {
    if (c.pos >= end) {
      throw new NotWasmError(`function ${funcIndex}: body ends at offset ${end} without its final "end"`);
    }
    const at = c.pos;
    const op = bytes[c.pos++]!;
    // `split` = this instruction ends the current basic block.
    let split = false;
    if (op >= 0x45 && op <= 0xc4) {
      // numeric operators (incl. sign extension 0xC0..0xC4): no immediates
      k++;
      continue;
    }
    switch (op) {
      case 0x00: // unreachable
      case 0x0f: // return
        k++;
        split = true;
        break;
      case 0x01: // nop
      case 0x1a: // drop
      case 0x1b: // select
      case 0xd1: // ref.is_null
      case 0xd3: // ref.eq
      case 0xd4: // ref.as_non_null
        k++;
        break;
      case 0x02: // block
        c.blockType();
        depth++;
        break;
      case 0x03: // loop
        c.blockType();
        depth++;
        split = true;
        break;
      case 0x04: // if
        c.blockType();
        depth++;
        k++;
        split = true;
        break;
      case 0x05: // else
        split = true;
        break;
      case 0x0b: // end
        depth--;
        if (depth === 0) {
          if (c.pos !== end) {
            throw new NotWasmError(
              `function ${funcIndex}: final "end" at offset ${at} but the body ends at ${end}`,
            );
          }
          if (k > 0) {
            starts.push(blockStart);
            counts.push(k);
          }
          return;
        }
        split = true;
        break;
      case 0x0c: // br l
      case 0x0d: // br_if l
      case 0xd5: // br_on_null l
      case 0xd6: // br_on_non_null l
        c.leb(5);
        k++;
        split = true;
        break;
      case 0x0e: {
        // br_table vec(l) l
        const n = c.u32('br_table length');
        for (let i = 0; i <= n; i++) c.leb(5);
        k++;
        split = true;
        break;
      }
      case 0x10: // call f
      case 0x14: // call_ref typeidx
      case 0x20: // local.get
      case 0x21: // local.set
      case 0x22: // local.tee
      case 0x23: // global.get
      case 0x24: // global.set
      case 0x25: // table.get
      case 0x26: // table.set
      case 0x3f: // memory.size memidx
      case 0x40: // memory.grow memidx
      case 0xd2: // ref.func f
        c.leb(5);
        k++;
        break;
      case 0x11: // call_indirect typeidx tableidx
        c.leb(5);
        c.leb(5);
        k++;
        break;
      case 0x12: // return_call f
      case 0x15: // return_call_ref typeidx
        c.leb(5);
        k++;
        split = true;
        break;
      case 0x13: // return_call_indirect typeidx tableidx
        c.leb(5);
        c.leb(5);
        k++;
        split = true;
        break;
      case 0x1c: {
        // select t*
        const n = c.u32('select type count');
        for (let i = 0; i < n; i++) c.valType();
        k++;
        break;
      }
      case 0x41: // i32.const s32
        c.leb(5);
        k++;
        break;
      case 0x42: // i64.const s64
        c.leb(10);
        k++;
        break;
      case 0x43: // f32.const
        c.skipBytes(4);
        k++;
        break;
      case 0x44: // f64.const
        c.skipBytes(8);
        k++;
        break;
      case 0xd0: // ref.null heaptype
        c.leb(5);
        k++;
        break;
      case 0xfc:
        prefixFC(c, funcIndex, at);
        k++;
        break;
      case 0xfd:
        prefixFD(c, funcIndex, at);
        k++;
        break;
      case 0xfe:
        prefixFE(c, funcIndex, at);
        k++;
        break;
      case 0xfb:
        throw new UnsupportedWasmError(
          `unsupported GC instruction (0xFB prefix) in function ${funcIndex} at offset ${at}`,
        );
      default:
        if (op >= 0x28 && op <= 0x3e) {
          // loads and stores
          c.memarg();
          k++;
          break;
        }
        if (EH_NAMES[op] !== undefined) {
          throw new UnsupportedWasmError(
            `unsupported exception-handling instruction "${EH_NAMES[op]}" (0x${hex(op)}) ` +
              `in function ${funcIndex} at offset ${at}`,
          );
        }
        throw new UnsupportedWasmError(`unknown opcode 0x${hex(op)} in function ${funcIndex} at offset ${at}`);
    }
    if (split) {
      if (k > 0) {
        starts.push(blockStart);
        counts.push(k);
      }
      blockStart = c.pos;
      k = 0;
    }
  }
}

function prefixFC(c: Cursor, funcIndex: number, at: number): void {
  const sub = c.u32('0xFC sub-opcode');
  if (sub <= 7) return; // saturating truncations
  switch (sub) {
    case 8: // memory.init dataidx memidx
    case 10: // memory.copy memidx memidx
    case 12: // table.init elemidx tableidx
    case 14: // table.copy tableidx tableidx
      c.leb(5);
      c.leb(5);
      return;
    case 9: // data.drop dataidx
    case 11: // memory.fill memidx
    case 13: // elem.drop elemidx
    case 15: // table.grow tableidx
    case 16: // table.size tableidx
    case 17: // table.fill tableidx
      c.leb(5);
      return;
    default:
      throw new UnsupportedWasmError(`unknown instruction 0xFC ${sub} in function ${funcIndex} at offset ${at}`);
  }
}

function prefixFD(c: Cursor, funcIndex: number, at: number): void {
  const sub = c.u32('0xFD sub-opcode');
  if (sub <= 11 || sub === 92 || sub === 93) {
    // v128.load*, v128.load*_splat, v128.store, v128.load32_zero, v128.load64_zero
    c.memarg();
  } else if (sub === 12 || sub === 13) {
    // v128.const, i8x16.shuffle: 16 immediate bytes
    c.skipBytes(16);
  } else if (sub >= 21 && sub <= 34) {
    // extract_lane / replace_lane: lane index byte
    c.skipBytes(1);
  } else if (sub >= 84 && sub <= 91) {
    // v128.load*_lane / v128.store*_lane: memarg + lane index byte
    c.memarg();
    c.skipBytes(1);
  } else if (sub > 0x113) {
    // 0x100..0x113 are relaxed SIMD (no immediates)
    throw new UnsupportedWasmError(`unknown SIMD instruction 0xFD ${sub} in function ${funcIndex} at offset ${at}`);
  }
  // everything else: no immediates
}

function prefixFE(c: Cursor, funcIndex: number, at: number): void {
  const sub = c.u32('0xFE sub-opcode');
  if (sub === 0x03) {
    // atomic.fence: one reserved 0x00 byte
    c.skipBytes(1);
  } else if (sub <= 0x02 || (sub >= 0x10 && sub <= 0x4e)) {
    // memory.atomic.notify / wait32 / wait64, atomic loads, stores, rmw, cmpxchg
    c.memarg();
  } else {
    throw new UnsupportedWasmError(`unknown atomic instruction 0xFE ${sub} in function ${funcIndex} at offset ${at}`);
  }
}
