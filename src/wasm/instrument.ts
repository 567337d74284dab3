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
import { ByteWriter, sPositiveLebLength, uLebLength, writeSection } from './byte-writer.js';
import { COUNTER_EXPORT } from './counter.js';
import { Cursor } from './cursor.js';
import { analyze, type Analysis, ID_CODE, ID_EXPORT, ID_GLOBAL, SECTION_RANK } from './module-layout.js';
import type { WasmSection } from './sections.js';

export { COUNTER_EXPORT } from './counter.js';
export { UnsupportedWasmError } from './code-scan.js';

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
