/**
 * Instruction-count instrumentation (the "gas metering" approach), in two modes.
 *
 * `instrumentForCounting(bytes)` (mode "total") returns a new, valid module that behaves exactly
 * like the original and additionally exports a mutable i64 global named `__wasm_gate_instructions`
 * (COUNTER_EXPORT), initialised to 0. After the module is instantiated (which runs its start
 * function, if any) and after any exported function returns, the global's value (a bigint,
 * `instance.exports.__wasm_gate_instructions.value`) is the exact number of WebAssembly
 * instructions executed so far by the original module's code, in all of its functions,
 * including the start function (e.g. a WASI reactor's `_initialize`, when called). The counter
 * is cumulative: it is never reset by the instrumentation, callers may set it to 0n themselves.
 * (It is an i64, so it would wrap after 2^63 instructions; JS reads it as a signed bigint.)
 *
 * `instrumentForProfiling(bytes)` (mode "per-function") counts the same instructions, attributed
 * to the function that executed them (self instructions: a function's own, not its callees'):
 * one mutable i64 global per defined function instead of one for the module, bumped by the same
 * increments. It exports no total; instead read-out functions `__wasm_gate_profile_<k>`
 * (PROFILE_EXPORT_PREFIX, k = 0, 1, ...; always at least one) return the counters of defined
 * functions 1000k .. 1000k+999 in body order (V8 allows at most 1000 results; JS receives an
 * array, a single bigint for one result, or undefined for none). Entry i of the concatenation is
 * the count of the i-th function body, i.e. of function index (imported functions + i). Their sum
 * is exactly what mode "total" counts for the same run, since both insert the same increments at
 * the same places. The read-out functions count nothing and change nothing.
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
 * `return_call_ref`, `br_on_null`, `br_on_non_null`. Calls do not end a basic block (a callee
 * bumps its own counter). At the start of each basic block with k > 0 counted instructions,
 * `global.get $c; i64.const k; i64.add; global.set $c` is inserted, $c being the module's counter
 * or the function's own; so a block's instructions are counted when the block is entered.
 *
 * Traps: the count is exact for runs that do not trap (or throw out of an imported function).
 * When an instruction traps, the counter already includes every instruction of the basic block
 * the trap occurred in, including the trapping instruction and those after it in that block.
 *
 * The counter globals are appended after all imported and defined globals, the read-out
 * functions (and their types) after all defined functions (and types), so no existing index
 * shifts; missing sections are created in their proper place. Function, type, table and memory
 * indices and local declarations are unchanged, so all other sections are copied byte-for-byte,
 * custom sections included (the "name" section stays valid). Custom sections that describe code
 * offsets (DWARF `.debug_*`, `reloc.*`, `metadata.code.*`) are copied too and therefore describe
 * the original code; the instrumented module is meant to be executed for counting, not shipped.
 *
 * Unsupported (throws UnsupportedWasmError naming the instruction and function index):
 * exception handling (`try`, `catch`, `catch_all`, `throw`, `throw_ref`, `rethrow`,
 * `delegate`, `try_table`), GC (0xFB) instructions, unknown opcodes, unknown non-custom
 * sections, exports whose names start with `__wasm_gate_` and, per function, GC type
 * definitions (rec groups, subtypes). Structurally malformed input throws NotWasmError.
 *
 * Pure module: no I/O. Linear in the module size; output is built in one growable buffer.
 */
import { ByteWriter, sPositiveLebLength, uLebLength, writeSection } from './byte-writer.js';
import { COUNTER_EXPORT, PROFILE_CHUNK, PROFILE_EXPORT_PREFIX } from './counter.js';
import { type CountingMode, type Plan, plan, readoutBodies } from './counting-plan.js';
import { Cursor } from './cursor.js';
import { analyze, type Analysis, ID_CODE, ID_EXPORT, ID_FUNCTION, ID_GLOBAL, ID_TYPE, SECTION_RANK } from './module-layout.js';
import type { WasmSection } from './sections.js';

export { COUNTER_EXPORT, PROFILE_EXPORT_PREFIX } from './counter.js';
export { UnsupportedWasmError } from './code-scan.js';

export type { CountingMode } from './counting-plan.js';

export interface InstrumentStats {
  mode: CountingMode;
  /** Number of function bodies instrumented. */
  functions: number;
  /** Basic blocks with at least one counted instruction = counter increments inserted. */
  basicBlocks: number;
  /** Counted instructions in all function bodies (static, each counted once). */
  staticInstructions: number;
  /** Index of the (first) counter global in the instrumented module. */
  counterGlobalIndex: number;
  /** Counter globals added: 1, or one per function body. */
  counterGlobals: number;
  /** Read-out functions added (per-function mode). */
  readoutFunctions: number;
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

/** Instruments `bytes` with one counter per defined function; see the module comment. */
export function instrumentForProfiling(bytes: Uint8Array): Uint8Array {
  return instrumentWithStats(bytes, 'per-function').bytes;
}

/** Counted instructions in all function bodies, each counted once (no execution). */
export function countStaticInstructions(bytes: Uint8Array): number {
  const mod = analyze(bytes);
  let total = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) total += mod.blockCounts[i]!;
  return total;
}

/** Instruments `bytes` and returns the new module with statistics. */
export function instrumentWithStats(bytes: Uint8Array, mode: CountingMode = 'total'): InstrumentResult {
  const mod = analyze(bytes);
  const p = plan(bytes, mod, mode);
  const out = new ByteWriter(Math.ceil(bytes.length * 1.4) + 256);
  out.bytes(bytes.subarray(0, 8));

  let originalCodeBytes = 0;
  let instrumentedCodeBytes = 0;
  let totalInstructions = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) totalInstructions += mod.blockCounts[i]!;

  // Sections the instrumentation rewrites (or creates, when the module has none).
  const rewrites = new Map<number, (s: WasmSection | undefined) => void>();
  if (p.counters > 0) {
    rewrites.set(ID_GLOBAL, (s) => {
      const w = new ByteWriter((s ? s.end - s.start : 0) + 5 * p.counters + 16);
      const rest = s ? afterCount(bytes, s, 'global count') : new Uint8Array(0);
      w.u32(mod.definedGlobals + p.counters);
      w.bytes(rest);
      for (let i = 0; i < p.counters; i++) writeCounterGlobal(w);
      writeSection(out, ID_GLOBAL, w);
    });
  }
  rewrites.set(ID_EXPORT, (s) => {
    const n = s ? new Cursor(bytes, s.payloadStart, s.end).u32('export count') : 0;
    const rest = s ? afterCount(bytes, s, 'export count') : new Uint8Array(0);
    const w = new ByteWriter(rest.length + 48 + 32 * p.readouts.length);
    if (mode === 'total') {
      w.u32(n + 1);
      w.bytes(rest);
      writeExport(w, COUNTER_EXPORT, 0x03, p.firstCounter);
    } else {
      w.u32(n + p.readouts.length);
      w.bytes(rest);
      p.readouts.forEach((_, k) => writeExport(w, `${PROFILE_EXPORT_PREFIX}${k}`, 0x00, p.firstReadoutFunction + k));
    }
    writeSection(out, ID_EXPORT, w);
  });
  if (mode === 'per-function') {
    rewrites.set(ID_TYPE, (s) => {
      const n = s ? new Cursor(bytes, s.payloadStart, s.end).u32('type count') : 0;
      const rest = s ? afterCount(bytes, s, 'type count') : new Uint8Array(0);
      const w = new ByteWriter(rest.length + 16 + PROFILE_CHUNK);
      w.u32(n + p.readoutTypes.size);
      w.bytes(rest);
      for (const results of p.readoutTypes.keys()) {
        w.byte(0x60); // func
        w.u32(0); // no parameters
        w.u32(results);
        for (let i = 0; i < results; i++) w.byte(0x7e); // i64
      }
      writeSection(out, ID_TYPE, w);
    });
    rewrites.set(ID_FUNCTION, (s) => {
      const rest = s ? afterCount(bytes, s, 'function count') : new Uint8Array(0);
      const w = new ByteWriter(rest.length + 16 + 4 * p.readouts.length);
      w.u32(mod.bodies.length + p.readouts.length);
      w.bytes(rest);
      for (const results of p.readouts) w.u32(p.readoutTypes.get(results)!);
      writeSection(out, ID_FUNCTION, w);
    });
  }
  if (mode === 'per-function' || mod.sections.some((s) => s.id === ID_CODE)) {
    rewrites.set(ID_CODE, (s) => {
      const before = out.len;
      writeCodeSection(out, bytes, mod, p, readoutBodies(p));
      originalCodeBytes = s ? s.end - s.start : 0;
      instrumentedCodeBytes = out.len - before;
    });
  }

  const pending = [...rewrites.keys()].sort((a, b) => SECTION_RANK[a]! - SECTION_RANK[b]!);
  const flushBefore = (rank: number): void => {
    while (pending.length > 0 && SECTION_RANK[pending[0]!]! < rank) rewrites.get(pending.shift()!)!(undefined);
  };
  for (const s of mod.sections) {
    if (s.id !== 0) flushBefore(SECTION_RANK[s.id]!);
    const rewrite = rewrites.get(s.id);
    if (rewrite && s.id !== 0) {
      pending.splice(pending.indexOf(s.id), 1);
      rewrite(s);
    } else {
      out.bytes(bytes.subarray(s.start, s.end));
    }
  }
  flushBefore(Infinity);

  const result = out.finish();
  return {
    bytes: result,
    stats: {
      mode,
      functions: mod.bodies.length,
      basicBlocks: mod.blockCounts.length,
      staticInstructions: totalInstructions,
      counterGlobalIndex: p.firstCounter,
      counterGlobals: p.counters,
      readoutFunctions: p.readouts.length,
      originalBytes: bytes.length,
      instrumentedBytes: result.length,
      originalCodeBytes,
      instrumentedCodeBytes,
    },
  };
}

/** A section's payload after its leading vector count. */
function afterCount(bytes: Uint8Array, s: WasmSection, what: string): Uint8Array {
  const c = new Cursor(bytes, s.payloadStart, s.end);
  c.u32(what);
  return bytes.subarray(c.pos, s.end);
}

/** (global (mut i64) (i64.const 0)) */
function writeCounterGlobal(p: ByteWriter): void {
  p.byte(0x7e); // i64
  p.byte(0x01); // mutable
  p.byte(0x42); // i64.const
  p.byte(0x00); // 0
  p.byte(0x0b); // end
}

const utf8 = new TextEncoder();

function writeExport(p: ByteWriter, name: string, kind: number, index: number): void {
  const bytes = utf8.encode(name);
  p.u32(bytes.length);
  p.bytes(bytes);
  p.byte(kind);
  p.u32(index);
}

function writeCodeSection(out: ByteWriter, bytes: Uint8Array, mod: Analysis, p: Plan, extra: Uint8Array[]): void {
  const { bodies, blockStarts, blockCounts } = mod;
  // Pass 1: new body sizes and the section payload size.
  const newSizes = new Array<number>(bodies.length);
  const count = bodies.length + extra.length;
  let payload = uLebLength(count);
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    // global.get c (1 + len), i64.const k (1 + sleb(k)), i64.add (1), global.set c (1 + len)
    const fixed = 2 * (1 + uLebLength(p.counterOf(i))) + 2;
    let size = b.bodyEnd - b.bodyStart;
    for (let j = b.firstBlock; j < b.endBlock; j++) size += fixed + sPositiveLebLength(blockCounts[j]!);
    newSizes[i] = size;
    payload += uLebLength(size) + size;
  }
  for (const body of extra) payload += uLebLength(body.length) + body.length;
  // Pass 2: write.
  out.byte(ID_CODE);
  out.u32(payload);
  out.u32(count);
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    const counter = p.counterOf(i);
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
  for (const body of extra) {
    out.u32(body.length);
    out.bytes(body);
  }
}
