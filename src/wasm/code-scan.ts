// Decodes function bodies instruction by instruction and splits them into basic blocks: the
// decoder behind the counting copy (instrument.ts). Per block it also adds up the cycle weights
// of its instructions (cycle-model.ts), and it records every linear-memory access and
// memory.grow, where the counting copy calls the cache model. Pure module.
import { type Cursor, hex } from './cursor.js';
import { OPCODE_CYCLES, prefixedCycles } from './cycle-model.js';
import { scanExtendedOp } from './gc-eh-scan.js';
import { NotWasmError } from './sections.js';

/** What a memory-access site hands the cache model, by the shape of the operands on the stack. */
export const PROBE = {
  /** [addr] */
  load: 0,
  /** [addr, value] of a type: i32, i64, f32, f64, v128 */
  storeI32: 1,
  storeI64: 2,
  storeF32: 3,
  storeF64: 4,
  storeV128: 5,
  /** memory.fill [dest, value, n] */
  fill: 6,
  /** memory.copy [dest, src, n] */
  copy: 7,
  /** memory.grow [delta] */
  grow: 8,
} as const;
export const PROBE_KINDS = 9;

/** Where scanBody writes what it finds, for all bodies of a module in order. */
export interface BodySink {
  /** per basic block with counted instructions: its start offset, instructions, cycle weight */
  starts: number[];
  counts: number[];
  costs: number[];
  /** per memory site: offset of its instruction, PROBE kind, memarg offset */
  siteAt: number[];
  siteKind: number[];
  siteOffset: number[];
  /** set when a body has try or try_table: a callee may throw into it */
  handlesExceptions?: boolean;
}

export interface ScanOptions {
  /** whether memory `index` is a 64-bit memory (its accesses are counted, not simulated) */
  is64: (index: number) => boolean;
  /** end a basic block after every call: a callee may throw past the rest of the block (EH) */
  splitAfterCalls: boolean;
}

/** The module uses a feature the decoder cannot handle (e.g. exception handling). */
export class UnsupportedWasmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedWasmError';
  }
}


/**
 * Decodes the instructions of one function body (cursor at the first instruction, `end` = body
 * end) and appends (start offset, counted instructions, cycle weight) of each non-empty basic
 * block, and every memory-access site, to `sink`.
 */
export function scanBody(c: Cursor, funcIndex: number, sink: BodySink, options: ScanOptions): void {
  const bytes = c.bytes;
  const end = c.end;
  const { starts, counts, costs } = sink;
  let blockStart = c.pos;
  let k = 0;
  let w = 0;
  let depth = 1;
  const site = (at: number, kind: number, offset: number): void => {
    sink.siteAt.push(at);
    sink.siteKind.push(kind);
    sink.siteOffset.push(offset);
  };
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
      w += OPCODE_CYCLES[op]!;
      continue;
    }
    w += OPCODE_CYCLES[op]!;
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
            costs.push(w);
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
        c.leb(5);
        k++;
        split = options.splitAfterCalls;
        break;
      case 0x40: {
        // memory.grow memidx
        const mem = c.u32('memory index');
        if (!options.is64(mem)) site(at, PROBE.grow, 0);
        k++;
        break;
      }
      case 0x20: // local.get
      case 0x21: // local.set
      case 0x22: // local.tee
      case 0x23: // global.get
      case 0x24: // global.set
      case 0x25: // table.get
      case 0x26: // table.set
      case 0x3f: // memory.size memidx
      case 0xd2: // ref.func f
        c.leb(5);
        k++;
        break;
      case 0x11: // call_indirect typeidx tableidx
        c.leb(5);
        c.leb(5);
        k++;
        split = options.splitAfterCalls;
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
        c.heapType();
        k++;
        break;
      case 0xfc: {
        const sub = prefixFC(c, funcIndex, at, options, site);
        w += prefixedCycles(op, sub);
        k++;
        break;
      }
      case 0xfd: {
        const sub = prefixFD(c, funcIndex, at, options, site);
        w += prefixedCycles(op, sub);
        k++;
        break;
      }
      case 0xfe:
        w += prefixedCycles(op, prefixFE(c, funcIndex, at));
        k++;
        break;
      default:
        if (op >= 0x28 && op <= 0x3e) {
          // loads and stores
          const m = readMemarg(c);
          if (!options.is64(m.memory)) site(at, op <= 0x35 ? PROBE.load : STORE_PROBES[op - 0x36]!, m.offset);
          k++;
          break;
        }
        {
          // exception handling and GC (gc-eh-scan.ts)
          const ext = scanExtendedOp(op, c, funcIndex, at);
          if (ext) {
            if (ext.counted) k++;
            w += ext.weight;
            depth += ext.depth;
            if (op === 0x06 || op === 0x1f) sink.handlesExceptions = true;
            split = ext.split;
            break;
          }
        }
        throw new UnsupportedWasmError(`unknown opcode 0x${hex(op)} in function ${funcIndex} at offset ${at}`);
    }
    if (split) {
      if (k > 0) {
        starts.push(blockStart);
        counts.push(k);
        costs.push(w);
      }
      blockStart = c.pos;
      k = 0;
      w = 0;
    }
  }
}

/** Probe kind of the stores 0x36..0x3E: i32, i64, f32, f64, then i32 and i64 narrow stores. */
const STORE_PROBES = [PROBE.storeI32, PROBE.storeI64, PROBE.storeF32, PROBE.storeF64, PROBE.storeI32, PROBE.storeI32, PROBE.storeI64, PROBE.storeI64, PROBE.storeI64];

type Site = (at: number, kind: number, offset: number) => void;

/** memarg: align (bit 6 set: a memory index follows), then the offset (u64 for memory64). */
function readMemarg(c: Cursor): { memory: number; offset: number } {
  const align = c.u32('memarg alignment');
  const memory = align & 0x40 ? c.u32('memarg memory index') : 0;
  let offset = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = c.byte();
    offset += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) return { memory, offset };
  }
  return c.truncated('memarg offset');
}

function prefixFC(c: Cursor, funcIndex: number, at: number, options: ScanOptions, site: Site): number {
  const sub = c.u32('0xFC sub-opcode');
  if (sub <= 7) return sub; // saturating truncations
  switch (sub) {
    case 10: {
      // memory.copy memidx memidx
      const to = c.u32('memory index');
      const from = c.u32('memory index');
      if (!options.is64(to) && !options.is64(from)) site(at, PROBE.copy, 0);
      return sub;
    }
    case 11: {
      // memory.fill memidx
      if (!options.is64(c.u32('memory index'))) site(at, PROBE.fill, 0);
      return sub;
    }
    case 8: // memory.init dataidx memidx
    case 12: // table.init elemidx tableidx
    case 14: // table.copy tableidx tableidx
      c.leb(5);
      c.leb(5);
      return sub;
    case 9: // data.drop dataidx
    case 13: // elem.drop elemidx
    case 15: // table.grow tableidx
    case 16: // table.size tableidx
    case 17: // table.fill tableidx
      c.leb(5);
      return sub;
    default:
      throw new UnsupportedWasmError(`unknown instruction 0xFC ${sub} in function ${funcIndex} at offset ${at}`);
  }
}

function prefixFD(c: Cursor, funcIndex: number, at: number, options: ScanOptions, site: Site): number {
  const sub = c.u32('0xFD sub-opcode');
  if (sub <= 11 || sub === 92 || sub === 93) {
    // v128.load*, v128.load*_splat, v128.store (11), v128.load32_zero, v128.load64_zero
    const m = readMemarg(c);
    if (!options.is64(m.memory)) site(at, sub === 11 ? PROBE.storeV128 : PROBE.load, m.offset);
  } else if (sub === 12 || sub === 13) {
    // v128.const, i8x16.shuffle: 16 immediate bytes
    c.skipBytes(16);
  } else if (sub >= 21 && sub <= 34) {
    // extract_lane / replace_lane: lane index byte
    c.skipBytes(1);
  } else if (sub >= 84 && sub <= 91) {
    // v128.load*_lane / v128.store*_lane [addr, v128]: memarg + lane index byte
    const m = readMemarg(c);
    c.skipBytes(1);
    if (!options.is64(m.memory)) site(at, PROBE.storeV128, m.offset);
  } else if (sub > 0x113) {
    // 0x100..0x113 are relaxed SIMD (no immediates)
    throw new UnsupportedWasmError(`unknown SIMD instruction 0xFD ${sub} in function ${funcIndex} at offset ${at}`);
  }
  // everything else: no immediates
  return sub;
}

/** Atomics are counted and weighted, not simulated: the model is of one thread's cache. */
function prefixFE(c: Cursor, funcIndex: number, at: number): number {
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
  return sub;
}
