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
import { ALLOC_KINDS, DEPTH_GLOBAL, type EntryPoint, HOOK_EXPORT, HOOK_TABLE, RECORD_TYPE, wrapperBody } from './alloc-hooks.js';
import { ByteWriter, writeSection } from './byte-writer.js';
import { cacheModelFunctions, MODEL_GLOBALS, probeFunction, SIM_EXPORT, simLayout, slotAddress } from './cache-model.js';
import { COUNTER_EXPORT, PROFILE_CHUNK, PROFILE_EXPORT_PREFIX } from './counter.js';
import { type CountingMode, plan, readoutBodies } from './counting-plan.js';
import { Cursor } from './cursor.js';
import { funcType, I64 } from './function-asm.js';
import { writeCodeSection } from './instrument-code.js';
import { analyze, ID_CODE, ID_EXPORT, ID_FUNCTION, ID_GLOBAL, ID_MEMORY, ID_TABLE, ID_TYPE, SECTION_RANK } from './module-layout.js';
import { countTypeEntries } from './gc-eh-scan.js';
import type { WasmSection } from './sections.js';

export { COUNTER_EXPORT, PROFILE_EXPORT_PREFIX } from './counter.js';
export { UnsupportedWasmError } from './code-scan.js';
export { SIM_EXPORT, SIM_STATS, SIM_SLOTS } from './cache-model.js';
export { HOOK_EXPORT, type EntryPoint } from './alloc-hooks.js';

export type { CountingMode } from './counting-plan.js';

export interface InstrumentOptions {
  /** run every memory access through the cache model and count cycles (needs multi-memory) */
  cycles?: boolean;
  /** allocator entry points to report through HOOK_EXPORT (alloc-hooks.ts) */
  allocator?: readonly EntryPoint[];
}

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
  /** memory accesses (and memory.grow) that call the cache model */
  memorySites: number;
  /** allocator entry points wrapped */
  wrapped: number;
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
export function instrumentForCounting(bytes: Uint8Array, options: InstrumentOptions = {}): Uint8Array {
  return instrumentWithStats(bytes, 'total', options).bytes;
}

/** Instruments `bytes` with one counter per defined function; see the module comment. */
export function instrumentForProfiling(bytes: Uint8Array, options: InstrumentOptions = {}): Uint8Array {
  return instrumentWithStats(bytes, 'per-function', options).bytes;
}

/** Counted instructions in all function bodies, each counted once (no execution). */
export function countStaticInstructions(bytes: Uint8Array): number {
  const mod = analyze(bytes);
  let total = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) total += mod.blockCounts[i]!;
  return total;
}

interface Added {
  types: Uint8Array[];
  /** type (by its encoding) of each added function, in order: read-outs, model, moved */
  functionTypes: (Uint8Array | number)[];
  globals: Uint8Array[];
  exports: { name: string; kind: number; index: number }[];
}

/** Instruments `bytes` and returns the new module with statistics. */
export function instrumentWithStats(bytes: Uint8Array, mode: CountingMode = 'total', options: InstrumentOptions = {}): InstrumentResult {
  const mod = analyze(bytes);
  const p = plan(mod, mode);
  const typeSection = mod.sections.find((s) => s.id === ID_TYPE);
  const existingTypes = typeSection ? countTypeEntries(bytes, typeSection) : 0;
  const bodyTypes = bodyTypeIndices(bytes, mod.sections.find((s) => s.id === ID_FUNCTION));
  const n = mod.bodies.length;
  const hooks = (options.allocator ?? []).filter((e) => e.functionIndex >= mod.importedFunctions && e.functionIndex < mod.importedFunctions + n);

  // Index spaces: everything added goes after what exists, so no existing index shifts.
  const added: Added = { types: [], functionTypes: [], globals: [], exports: [] };
  const typeIndex = (encoding: Uint8Array): number => {
    const at = added.types.findIndex((t) => t.length === encoding.length && t.every((b, i) => b === encoding[i]));
    if (at >= 0) return existingTypes + at;
    added.types.push(encoding);
    return existingTypes + added.types.length - 1;
  };
  const nextGlobal = (): number => p.firstCounter + p.counters + added.globals.length;
  const firstAddedFunction = mod.importedFunctions + n;
  const readouts = readoutBodies(p);
  for (const results of p.readouts) added.functionTypes.push(funcType([], new Array<number>(results).fill(I64)));
  if (mode === 'total') added.exports.push({ name: COUNTER_EXPORT, kind: 0x03, index: p.firstCounter });
  p.readouts.forEach((_, k) => added.exports.push({ name: `${PROFILE_EXPORT_PREFIX}${k}`, kind: 0x00, index: firstAddedFunction + k }));

  const extra = [...readouts];
  let cycles: Parameters<typeof writeCodeSection>[3]['cycles'];
  let simMemoryLimits: Uint8Array | undefined;
  if (options.cycles) {
    const memory = mod.importedMemories + mod.definedMemories;
    const layout = simLayout(p.counters);
    const globalsAt = nextGlobal();
    added.globals.push(...MODEL_GLOBALS);
    const indices = { memory, lastLine: globalsAt, lastMiss: globalsAt + 1, firstFunction: firstAddedFunction + extra.length };
    for (const fn of cacheModelFunctions(indices, layout)) {
      added.functionTypes.push(fn.type);
      extra.push(fn.body);
    }
    simMemoryLimits = limitsOf(layout.pages);
    added.exports.push({ name: SIM_EXPORT, kind: 0x02, index: memory });
    cycles = { memory, slotOf: (body) => slotAddress(p.counterOf(body) - p.firstCounter), probe: (kind) => probeFunction(indices, kind) };
  }
  const wrappers = new Map<number, Uint8Array>();
  const moved: number[] = [];
  if (hooks.length > 0) {
    const table = mod.importedTables + mod.definedTables;
    const hookIndices = { depth: nextGlobal(), table, recordType: typeIndex(RECORD_TYPE) };
    added.globals.push(DEPTH_GLOBAL);
    added.exports.push({ name: HOOK_EXPORT, kind: 0x01, index: table });
    for (const entry of hooks) {
      const body = entry.functionIndex - mod.importedFunctions;
      if (wrappers.has(body) || ALLOC_KINDS[entry.kind] === undefined) continue;
      wrappers.set(body, wrapperBody(entry.kind, firstAddedFunction + extra.length + moved.length, hookIndices));
      moved.push(body);
      added.functionTypes.push(bodyTypes[body]!);
    }
  }
  const functionTypeIndices = added.functionTypes.map((t) => (typeof t === 'number' ? t : typeIndex(t)));

  const out = new ByteWriter(Math.ceil(bytes.length * 1.6) + 4096);
  out.bytes(bytes.subarray(0, 8));
  let originalCodeBytes = 0;
  let instrumentedCodeBytes = 0;
  const rewrites = new Map<number, (s: WasmSection | undefined) => void>();
  const append = (id: number, what: string, entries: Uint8Array[]): void => {
    if (entries.length === 0) return;
    rewrites.set(id, (s) => writeSection(out, id, appended(bytes, s, what, entries)));
  };
  append(ID_TYPE, 'type count', added.types);
  append(ID_FUNCTION, 'function count', functionTypeIndices.map(uLeb));
  append(ID_TABLE, 'table count', wrappers.size > 0 ? [HOOK_TABLE] : []);
  append(ID_MEMORY, 'memory count', simMemoryLimits ? [simMemoryLimits] : []);
  append(ID_GLOBAL, 'global count', [...new Array<Uint8Array>(p.counters).fill(COUNTER_GLOBAL), ...added.globals]);
  append(ID_EXPORT, 'export count', added.exports.map(exportEntry));
  if (mode === 'per-function' || mod.sections.some((s) => s.id === ID_CODE) || extra.length > 0) {
    rewrites.set(ID_CODE, (s) => {
      const before = out.len;
      writeCodeSection(out, bytes, mod, { counterOf: p.counterOf, ...(cycles ? { cycles } : {}), wrappers, moved, extra });
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
  let totalInstructions = 0;
  for (let i = 0; i < mod.blockCounts.length; i++) totalInstructions += mod.blockCounts[i]!;
  return {
    bytes: result,
    stats: {
      mode,
      functions: n,
      basicBlocks: mod.blockCounts.length,
      staticInstructions: totalInstructions,
      counterGlobalIndex: p.firstCounter,
      counterGlobals: p.counters,
      readoutFunctions: p.readouts.length,
      memorySites: cycles ? mod.siteAt.length : 0,
      wrapped: wrappers.size,
      originalBytes: bytes.length,
      instrumentedBytes: result.length,
      originalCodeBytes,
      instrumentedCodeBytes,
    },
  };
}

/** A vector section with `entries` appended to its existing ones (or a new section). */
function appended(bytes: Uint8Array, s: WasmSection | undefined, what: string, entries: Uint8Array[]): ByteWriter {
  let count = 0;
  let rest: Uint8Array = new Uint8Array(0);
  if (s) {
    const c = new Cursor(bytes, s.payloadStart, s.end);
    count = c.u32(what);
    rest = bytes.subarray(c.pos, s.end);
  }
  const w = new ByteWriter(rest.length + 16 + entries.reduce((sum, e) => sum + e.length, 0));
  w.u32(count + entries.length);
  w.bytes(rest);
  for (const e of entries) w.bytes(e);
  return w;
}

/** The type index of every function body, from the function section. */
function bodyTypeIndices(bytes: Uint8Array, s: WasmSection | undefined): number[] {
  if (!s) return [];
  const c = new Cursor(bytes, s.payloadStart, s.end);
  const out: number[] = [];
  for (let n = c.u32('function count'); n > 0; n--) out.push(c.u32('function type index'));
  return out;
}

/** (global (mut i64) (i64.const 0)) */
const COUNTER_GLOBAL = Uint8Array.of(0x7e, 0x01, 0x42, 0x00, 0x0b);

/** Memory limits with min = max = pages. */
function limitsOf(pages: number): Uint8Array {
  const w = new ByteWriter(12);
  w.byte(0x01);
  w.u32(pages);
  w.u32(pages);
  return w.finish();
}

function uLeb(n: number): Uint8Array {
  const w = new ByteWriter(5);
  w.u32(n);
  return w.finish();
}

const utf8 = new TextEncoder();

function exportEntry(e: { name: string; kind: number; index: number }): Uint8Array {
  const name = utf8.encode(e.name);
  const w = new ByteWriter(name.length + 12);
  w.u32(name.length);
  w.bytes(name);
  w.byte(e.kind);
  w.u32(e.index);
  return w.finish();
}

export { PROFILE_CHUNK };
