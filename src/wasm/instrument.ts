/**
 * Instruction-count instrumentation (the "gas metering" approach).
 *
 * `instrumentForCounting(bytes)` returns a new, valid module that behaves exactly like the
 * original and additionally exports a mutable i64 global named `__wasm_gate_instructions`
 * (COUNTER_EXPORT), initialised to 0. After the module is instantiated (which runs its start
 * function, if any) and after any exported function returns, the global's value (a bigint,
 * `instance.exports.__wasm_gate_instructions.value`) is the exact number of WebAssembly
 * instructions executed so far by the original module's code, in all of its functions,
 * including the start function (e.g. a WASI reactor's `_initialize`, when called). The counter
 * is cumulative: it is never reset by the instrumentation, callers may set it to 0n themselves.
 * (It is an i64, so it would wrap after 2^63 instructions; JS reads it as a signed bigint.)
 *
 * What counts as one executed instruction: every instruction in a function body counts 1 each
 * time it is executed, except the structural markers `block`, `loop`, `else` and `end`, which
 * only delimit code and count 0. So `if`, `br`, `br_if`, `br_table`, `return`, `call`,
 * `call_indirect`, `return_call*`, `nop`, `unreachable`, `drop`, `select`, every
 * `local.*`/`global.*`/`table.*`, every load/store, every constant and numeric operator and
 * every prefixed (0xFC bulk-memory / saturating-truncation, 0xFD SIMD, 0xFE atomics)
 * instruction counts 1. Constant expressions outside function bodies (global initialisers,
 * data/element offsets) are not counted; host (imported) functions count 0.
 *
 * Method: every function body is decoded and split into basic blocks. A new basic block starts
 * at function entry, after `loop`, `if` and `else`, after every `end` except the function's
 * final one, and after the instructions that leave straight-line flow: `br`, `br_if`,
 * `br_table`, `return`, `unreachable`, `return_call`, `return_call_indirect`,
 * `return_call_ref`, `br_on_null`, `br_on_non_null`. Calls do not end a basic block. At the
 * start of each basic block with k > 0 counted instructions,
 * `global.get $c; i64.const k; i64.add; global.set $c` is inserted; so a block's instructions
 * are counted when the block is entered.
 *
 * Traps: the count is exact for runs that do not trap (or throw out of an imported function).
 * When an instruction traps, the counter already includes every instruction of the basic block
 * the trap occurred in, including the trapping instruction and those after it in that block.
 *
 * The counter global is appended after all imported and defined globals (so no existing global
 * index shifts) and exported; the global and export sections are created in their proper place
 * if absent. Function, type, table and memory indices and local declarations are unchanged, so
 * all other sections are copied byte-for-byte, custom sections included (the "name" section
 * stays valid). Custom sections that describe code offsets (DWARF `.debug_*`, `reloc.*`,
 * `metadata.code.*`) are copied too and therefore describe the original code; the instrumented
 * module is meant to be executed for counting, not shipped.
 *
 * Unsupported (throws UnsupportedWasmError naming the instruction and function index):
 * exception handling (`try`, `catch`, `catch_all`, `throw`, `throw_ref`, `rethrow`,
 * `delegate`, `try_table`), GC (0xFB) instructions, unknown opcodes and unknown non-custom
 * sections. Structurally malformed input throws NotWasmError.
 *
 * Pure module: no I/O. Linear in the module size; output is built in one growable buffer.
 */
import { Leb128Error, readU32, skipLeb } from './leb128.js';
import { NotWasmError, readSections, type WasmSection } from './sections.js';

/** Name of the exported mutable i64 global that holds the executed-instruction count. */
export const COUNTER_EXPORT = '__wasm_gate_instructions';

/** The module uses a feature the instrumenter cannot handle (e.g. exception handling). */
export class UnsupportedWasmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedWasmError';
  }
}

export interface InstrumentStats {
  /** Number of function bodies instrumented. */
  functions: number;
  /** Basic blocks with at least one counted instruction = counter increments inserted. */
  basicBlocks: number;
  /** Counted instructions in all function bodies (static, each counted once). */
  staticInstructions: number;
  /** Index of the counter global in the instrumented module. */
  counterGlobalIndex: number;
  /** Length of the input module in bytes. */
  originalBytes: number;
  /** Length of the instrumented module in bytes. */
  instrumentedBytes: number;
  /** Code section size (whole section) before and after instrumentation. */
  originalCodeBytes: number;
  instrumentedCodeBytes: number;
}

export interface InstrumentResult {
  bytes: Uint8Array;
  stats: InstrumentStats;
}

/** Instruments `bytes` for instruction counting; see the module comment for the semantics. */
export function instrumentForCounting(bytes: Uint8Array): Uint8Array {
  return instrumentWithStats(bytes).bytes;
}

/** Counted instructions in all function bodies, each counted once (no execution). */
export function countStaticInstructions(bytes: Uint8Array): number {
  const mod = analyze(bytes);
  let total = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) total += mod.blockCounts[i]!;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Section-level analysis

const ID_IMPORT = 2;
const ID_GLOBAL = 6;
const ID_EXPORT = 7;
const ID_CODE = 10;

/** Position of each known section id in the required section order. */
const SECTION_RANK: Record<number, number> = {
  1: 1, // type
  2: 2, // import
  3: 3, // function
  4: 4, // table
  5: 5, // memory
  13: 6, // tag
  6: 7, // global
  7: 8, // export
  8: 9, // start
  9: 10, // element
  12: 11, // datacount
  10: 12, // code
  11: 13, // data
};

interface FunctionBody {
  /** Offset of the first byte after the body-size LEB (= start of the local declarations). */
  bodyStart: number;
  /** Offset one past the body. */
  bodyEnd: number;
  /** Index of this body's first entry in blockStarts/blockCounts. */
  firstBlock: number;
  /** One past this body's last entry in blockStarts/blockCounts. */
  endBlock: number;
}

interface Analysis {
  sections: WasmSection[];
  importedFunctions: number;
  importedGlobals: number;
  definedGlobals: number;
  codeCountEnd: number;
  bodies: FunctionBody[];
  /** Offsets where a basic block with blockCounts[i] > 0 counted instructions starts. */
  blockStarts: number[];
  blockCounts: number[];
}

function analyze(bytes: Uint8Array): Analysis {
  const sections = readSections(bytes);
  let importedFunctions = 0;
  let importedGlobals = 0;
  let definedGlobals = 0;
  let code: WasmSection | undefined;
  for (const s of sections) {
    if (s.id === 0) continue;
    if (SECTION_RANK[s.id] === undefined) {
      throw new UnsupportedWasmError(`unknown section id ${s.id} at offset ${s.start}`);
    }
    if (s.id === ID_IMPORT) {
      const counts = countImports(bytes, s);
      importedFunctions = counts.functions;
      importedGlobals = counts.globals;
    } else if (s.id === ID_GLOBAL) {
      definedGlobals = sectionU32(bytes, s.payloadStart, s.end, 'global count');
    } else if (s.id === ID_EXPORT) {
      checkExports(bytes, s);
    } else if (s.id === ID_CODE) {
      code = s;
    }
  }
  const bodies: FunctionBody[] = [];
  const blockStarts: number[] = [];
  const blockCounts: number[] = [];
  let codeCountEnd = 0;
  if (code) {
    const c = new Cursor(bytes, code.payloadStart, code.end);
    const n = c.u32('code count');
    codeCountEnd = c.pos;
    for (let i = 0; i < n; i++) {
      const size = c.u32('function body size');
      const bodyStart = c.pos;
      const bodyEnd = bodyStart + size;
      if (bodyEnd > code.end) {
        throw new NotWasmError(
          `truncated function body ${importedFunctions + i} at offset ${bodyStart}: ` +
            `${size} bytes overrun the code section`,
        );
      }
      const firstBlock = blockStarts.length;
      const fn = new Cursor(bytes, bodyStart, bodyEnd);
      const localGroups = fn.u32('local declaration count');
      for (let j = 0; j < localGroups; j++) {
        fn.u32('local count');
        fn.valType();
      }
      scanBody(fn, importedFunctions + i, blockStarts, blockCounts);
      bodies.push({ bodyStart, bodyEnd, firstBlock, endBlock: blockStarts.length });
      c.pos = bodyEnd;
    }
    if (c.pos !== code.end) {
      throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c.pos} trailing bytes`);
    }
  }
  return {
    sections,
    importedFunctions,
    importedGlobals,
    definedGlobals,
    codeCountEnd,
    bodies,
    blockStarts,
    blockCounts,
  };
}

function sectionU32(bytes: Uint8Array, pos: number, end: number, what: string): number {
  return new Cursor(bytes, pos, end).u32(what);
}

function countImports(bytes: Uint8Array, s: WasmSection): { functions: number; globals: number } {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('import count');
  let functions = 0;
  let globals = 0;
  for (let i = 0; i < n; i++) {
    c.skipBytes(c.u32('import module name length'));
    c.skipBytes(c.u32('import field name length'));
    const kind = c.byte();
    switch (kind) {
      case 0x00: // function: type index
        c.u32('import type index');
        functions++;
        break;
      case 0x01: // table: reftype + limits
        c.valType();
        c.limits();
        break;
      case 0x02: // memory: limits
        c.limits();
        break;
      case 0x03: // global: valtype + mutability
        c.valType();
        c.byte();
        globals++;
        break;
      case 0x04: // tag: attribute + type index
        c.byte();
        c.u32('tag type index');
        break;
      default:
        throw new UnsupportedWasmError(`unknown import kind 0x${hex(kind)} at offset ${c.pos - 1}`);
    }
  }
  return { functions, globals };
}

const utf8 = new TextDecoder('utf-8');

function checkExports(bytes: Uint8Array, s: WasmSection): void {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const n = c.u32('export count');
  for (let i = 0; i < n; i++) {
    const len = c.u32('export name length');
    const nameStart = c.pos;
    c.skipBytes(len);
    if (len === COUNTER_EXPORT.length && utf8.decode(bytes.subarray(nameStart, c.pos)) === COUNTER_EXPORT) {
      throw new UnsupportedWasmError(
        `the module already exports "${COUNTER_EXPORT}" (is it already instrumented?)`,
      );
    }
    c.byte();
    c.u32('export index');
  }
}

// ---------------------------------------------------------------------------------------------
// Byte cursor (bounded by `end`; errors are NotWasmError with the offset)

class Cursor {
  readonly bytes: Uint8Array;
  readonly end: number;
  pos: number;
  constructor(bytes: Uint8Array, start: number, end: number) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
  }

  truncated(what: string): never {
    throw new NotWasmError(`truncated ${what} at offset ${this.pos}`);
  }

  byte(): number {
    if (this.pos >= this.end) this.truncated('byte');
    return this.bytes[this.pos++]!;
  }

  skipBytes(n: number): void {
    if (n > this.end - this.pos) this.truncated(`${n}-byte field`);
    this.pos += n;
  }

  u32(what = 'u32'): number {
    const b = this.bytes[this.pos];
    if (this.pos < this.end && b! < 0x80) {
      this.pos++;
      return b!;
    }
    try {
      const r = readU32(this.bytes, this.pos);
      if (r.next > this.end) this.truncated(what);
      this.pos = r.next;
      return r.value;
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed ${what}: ${e.message}`);
      throw e;
    }
  }

  /** Skips a LEB128 number of at most `maxBytes` bytes (5 for u32/s32/s33, 10 for s64/u64). */
  leb(maxBytes: number): void {
    if (this.pos < this.end && this.bytes[this.pos]! < 0x80) {
      this.pos++;
      return;
    }
    let next: number;
    try {
      next = skipLeb(this.bytes, this.pos, maxBytes);
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed LEB128 at offset ${this.pos}`);
      throw e;
    }
    if (next > this.end) this.truncated('LEB128');
    this.pos = next;
  }

  /** value type: one byte, or (ref null? heaptype) = 0x63/0x64 + s33 heap type. */
  valType(): void {
    const b = this.byte();
    if (b === 0x63 || b === 0x64) this.leb(5);
    else if (b >= 0x80) throw new NotWasmError(`malformed value type at offset ${this.pos - 1}`);
  }

  /** block type: 0x40, a value type, or an s33 type index. */
  blockType(): void {
    if (this.pos >= this.end) this.truncated('block type');
    const b = this.bytes[this.pos]!;
    if (b === 0x63 || b === 0x64) {
      this.pos++;
      this.leb(5);
    } else {
      this.leb(5);
    }
  }

  /** memarg: align (bit 6 set => a memory index follows), then offset (u64 for memory64). */
  memarg(): void {
    if (this.pos >= this.end) this.truncated('memarg');
    const hasMemIdx = (this.bytes[this.pos]! & 0x40) !== 0;
    this.leb(5);
    if (hasMemIdx) this.leb(5);
    this.leb(10);
  }

  /** limits: flags, min, max if flags & 1, page size log2 if flags & 8. */
  limits(): void {
    const flags = this.byte();
    this.leb(10);
    if (flags & 0x01) this.leb(10);
    if (flags & 0x08) this.leb(5);
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// Function body decoding and basic-block splitting

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
function scanBody(c: Cursor, funcIndex: number, starts: number[], counts: number[]): void {
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

// ---------------------------------------------------------------------------------------------
// Output

class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    if (this.len >= this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }

  bytes(src: Uint8Array): void {
    if (this.len + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }

  /** Unsigned LEB128 of a non-negative safe integer. */
  u32(n: number): void {
    let v = n;
    for (;;) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  /** Signed LEB128 of a non-negative safe integer. */
  sPositive(n: number): void {
    let v = n;
    for (;;) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0 && (b & 0x40) === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 0x80);
    }
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function uLebLength(n: number): number {
  let len = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function sPositiveLebLength(n: number): number {
  let len = 1;
  while (n >= 64) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

/** Writes a section: id, payload size, then `payload` (a separate small writer). */
function writeSection(out: ByteWriter, id: number, payload: ByteWriter): void {
  out.byte(id);
  out.u32(payload.len);
  out.bytes(payload.buf.subarray(0, payload.len));
}

/** Instruments `bytes` and returns the new module with statistics. */
export function instrumentWithStats(bytes: Uint8Array): InstrumentResult {
  const mod = analyze(bytes);
  const counter = mod.importedGlobals + mod.definedGlobals;
  const counterLen = uLebLength(counter);
  // global.get c (1 + counterLen), i64.const k (1 + sleb(k)), i64.add (1), global.set c (1 + counterLen)
  const fixedIncrementLen = 2 * (1 + counterLen) + 1 + 1;

  const out = new ByteWriter(Math.ceil(bytes.length * 1.4) + 256);
  out.bytes(bytes.subarray(0, 8));

  let globalDone = false;
  let exportDone = false;
  const GLOBAL_RANK = SECTION_RANK[ID_GLOBAL]!;
  const EXPORT_RANK = SECTION_RANK[ID_EXPORT]!;

  const emitNewGlobalSection = (): void => {
    const p = new ByteWriter(16);
    p.u32(1);
    writeCounterGlobal(p);
    writeSection(out, ID_GLOBAL, p);
    globalDone = true;
  };
  const emitNewExportSection = (): void => {
    const p = new ByteWriter(48);
    p.u32(1);
    writeCounterExport(p, counter);
    writeSection(out, ID_EXPORT, p);
    exportDone = true;
  };

  let originalCodeBytes = 0;
  let instrumentedCodeBytes = 0;
  let totalInstructions = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) totalInstructions += mod.blockCounts[i]!;

  for (const s of mod.sections) {
    const rank = s.id === 0 ? 0 : SECTION_RANK[s.id]!;
    if (!globalDone && rank > GLOBAL_RANK) emitNewGlobalSection();
    if (!exportDone && rank > EXPORT_RANK) emitNewExportSection();
    if (s.id === ID_GLOBAL) {
      const c = new Cursor(bytes, s.payloadStart, s.end);
      c.u32('global count');
      const rest = bytes.subarray(c.pos, s.end);
      const p = new ByteWriter(rest.length + 16);
      p.u32(mod.definedGlobals + 1);
      p.bytes(rest);
      writeCounterGlobal(p);
      writeSection(out, ID_GLOBAL, p);
      globalDone = true;
    } else if (s.id === ID_EXPORT) {
      const c = new Cursor(bytes, s.payloadStart, s.end);
      const n = c.u32('export count');
      const rest = bytes.subarray(c.pos, s.end);
      const p = new ByteWriter(rest.length + 48);
      p.u32(n + 1);
      p.bytes(rest);
      writeCounterExport(p, counter);
      writeSection(out, ID_EXPORT, p);
      exportDone = true;
    } else if (s.id === ID_CODE) {
      const before = out.len;
      writeCodeSection(out, bytes, mod, s, counter, fixedIncrementLen);
      originalCodeBytes = s.end - s.start;
      instrumentedCodeBytes = out.len - before;
    } else {
      out.bytes(bytes.subarray(s.start, s.end));
    }
  }
  if (!globalDone) emitNewGlobalSection();
  if (!exportDone) emitNewExportSection();

  const result = out.finish();
  return {
    bytes: result,
    stats: {
      functions: mod.bodies.length,
      basicBlocks: mod.blockCounts.length,
      staticInstructions: totalInstructions,
      counterGlobalIndex: counter,
      originalBytes: bytes.length,
      instrumentedBytes: result.length,
      originalCodeBytes,
      instrumentedCodeBytes,
    },
  };
}

/** (global (mut i64) (i64.const 0)) */
function writeCounterGlobal(p: ByteWriter): void {
  p.byte(0x7e); // i64
  p.byte(0x01); // mutable
  p.byte(0x42); // i64.const
  p.byte(0x00); // 0
  p.byte(0x0b); // end
}

const COUNTER_NAME_BYTES = new TextEncoder().encode(COUNTER_EXPORT);

/** (export COUNTER_EXPORT (global counter)) */
function writeCounterExport(p: ByteWriter, counter: number): void {
  p.u32(COUNTER_NAME_BYTES.length);
  p.bytes(COUNTER_NAME_BYTES);
  p.byte(0x03); // global
  p.u32(counter);
}

function writeCodeSection(
  out: ByteWriter,
  bytes: Uint8Array,
  mod: Analysis,
  s: WasmSection,
  counter: number,
  fixedIncrementLen: number,
): void {
  const { bodies, blockStarts, blockCounts } = mod;
  // Pass 1: new body sizes and the section payload size.
  const newSizes = new Array<number>(bodies.length);
  let payload = mod.codeCountEnd - s.payloadStart;
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    let size = b.bodyEnd - b.bodyStart;
    for (let j = b.firstBlock; j < b.endBlock; j++) {
      size += fixedIncrementLen + sPositiveLebLength(blockCounts[j]!);
    }
    newSizes[i] = size;
    payload += uLebLength(size) + size;
  }
  // Pass 2: write.
  out.byte(ID_CODE);
  out.u32(payload);
  out.bytes(bytes.subarray(s.payloadStart, mod.codeCountEnd));
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    out.u32(newSizes[i]!);
    let copied = b.bodyStart; // locals are copied with the first block's prefix
    for (let j = b.firstBlock; j < b.endBlock; j++) {
      const at = blockStarts[j]!;
      out.bytes(bytes.subarray(copied, at));
      out.byte(0x23); // global.get
      out.u32(counter);
      out.byte(0x42); // i64.const
      out.sPositive(blockCounts[j]!);
      out.byte(0x7c); // i64.add
      out.byte(0x24); // global.set
      out.u32(counter);
      copied = at;
    }
    out.bytes(bytes.subarray(copied, b.bodyEnd));
  }
}
