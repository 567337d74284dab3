// The cache model the counting copy runs, as WebAssembly functions added to the module: every
// linear-memory access goes through a set-associative L1 and last-level cache (LRU, 64-byte lines),
// misses, first touches of 4 KiB pages and memory.grow calls add their cycles (cycle-model.ts) to
// the counter of the function that made the access. Its state lives in a memory of its own, added
// to the module and exported as SIM_EXPORT, so the module's own memory and behaviour are untouched.
// Each set keeps its lines most recent first (move to front): an access to the line a set used
// last, the common case, costs one comparison. Pure module.
import { PROBE, PROBE_KINDS } from './code-scan.js';
import * as model from './cycle-model.js';
import { F32, F64, FunctionAsm, funcType, I32, I64, V128 } from './function-asm.js';

export const SIM_EXPORT = '__wasm_gate_sim';

/** Event counters at the start of the model's memory (i64 each), for the report. */
export const SIM_STATS = { accesses: 0, l1Misses: 8, llMisses: 16, streamedMisses: 24, firstTouches: 32, grows: 40 } as const;
/** The cycle counters (i64 per function, in body order) start here. */
export const SIM_SLOTS = 64;
const PAGE = 65536;
/** A way holds its line's tag (line + 1; 0: empty), an i32. */
const WAY = 4;

export interface SimLayout {
  l1: number;
  ll: number;
  touched: number;
  pages: number;
}

/** Where the model keeps its state, for `slots` cycle counters. */
export function simLayout(slots: number): SimLayout {
  const l1 = Math.ceil((SIM_SLOTS + 8 * slots) / 64) * 64;
  const ll = l1 + model.L1_SETS * model.L1_WAYS * WAY;
  const touched = ll + model.LL_SETS * model.LL_WAYS * WAY;
  const end = touched + 2 ** (32 - model.PAGE_SHIFT);
  return { l1, ll, touched, pages: Math.ceil(end / PAGE) };
}

/** Byte address of body `i`'s cycle counter. */
export function slotAddress(counter: number): number {
  return SIM_SLOTS + 8 * counter;
}

export interface ModelIndices {
  /** the model's memory */
  memory: number;
  /** its globals: last line accessed (i32), last missed line (i32) */
  lastLine: number;
  lastMiss: number;
  /** function index of the first function below */
  firstFunction: number;
}

/** The model's globals, in the order of ModelIndices: their encodings. */
export const MODEL_GLOBALS: Uint8Array[] = [
  Uint8Array.of(I32, 0x01, 0x41, 0x7f, 0x0b), // last line: -1, no line
  Uint8Array.of(I32, 0x01, 0x41, 0x7e, 0x0b), // last missed line: -2, no line
];

/** Function index of the probe for a PROBE kind. */
export function probeFunction(indices: ModelIndices, kind: number): number {
  return indices.firstFunction + 3 + kind;
}

export interface AddedFunction {
  type: Uint8Array;
  body: Uint8Array;
}

/** access, lookup, span, then one probe per PROBE kind (in PROBE order). */
export function cacheModelFunctions(indices: ModelIndices, layout: SimLayout): AddedFunction[] {
  const access = indices.firstFunction;
  const span = indices.firstFunction + 2;
  const fns: AddedFunction[] = [
    { type: funcType([I32, I32], []), body: accessBody(indices, layout) },
    { type: funcType([I32, I32, I32], [I32]), body: lookupBody(indices) },
    { type: funcType([I32, I32, I32], []), body: spanBody(indices, access) },
  ];
  // The common cases return without calling access: the line just used, or the most recent line
  // of its set (see accessBody); the rest of the walk is access's.
  const probe = (a: FunctionAsm, address: number, offset: number, slot: number, scratch: number): FunctionAsm => {
    const [EA, LINE] = [scratch, scratch + 1];
    a.bump(SIM_STATS.accesses);
    a.get(address).get(offset).op(0x6a).tee(EA).i32(model.LINE_SHIFT).op(0x76).tee(LINE).globalGet(indices.lastLine).op(0x47).if();
    a.get(LINE).i32(model.L1_SETS - 1).op(0x71).i32(Math.log2(model.L1_WAYS * WAY)).op(0x74).mem(0x28, 2, layout.l1).get(LINE).i32(1).op(0x6a).op(0x46);
    a.if().get(LINE).globalSet(indices.lastLine).op(0x05).get(EA).get(slot).call(access).end();
    return a.end();
  };
  const store = (t: number): AddedFunction => ({
    type: funcType([I32, t, I32, I32], [I32, t]),
    body: probe(new FunctionAsm([I32, I32], indices.memory), 0, 2, 3, 4).get(0).get(1).end().body(),
  });
  const probes: AddedFunction[] = [];
  probes[PROBE.load] = { type: funcType([I32, I32, I32], [I32]), body: probe(new FunctionAsm([I32, I32], indices.memory), 0, 1, 2, 3).get(0).end().body() };
  probes[PROBE.storeI32] = store(I32);
  probes[PROBE.storeI64] = store(I64);
  probes[PROBE.storeF32] = store(F32);
  probes[PROBE.storeF64] = store(F64);
  probes[PROBE.storeV128] = store(V128);
  probes[PROBE.fill] = {
    type: funcType([I32, I32, I32, I32], [I32, I32, I32]),
    body: new FunctionAsm([], indices.memory).get(0).get(2).get(3).call(span).get(0).get(1).get(2).end().body(),
  };
  probes[PROBE.copy] = {
    type: funcType([I32, I32, I32, I32], [I32, I32, I32]),
    body: new FunctionAsm([], indices.memory).get(1).get(2).get(3).call(span).get(0).get(2).get(3).call(span).get(0).get(1).get(2).end().body(),
  };
  probes[PROBE.grow] = {
    type: funcType([I32, I32], [I32]),
    body: new FunctionAsm([], indices.memory).bump(SIM_STATS.grows).get(1).get(1).mem(0x29, 3).i64(model.GROW_CYCLES).op(0x7c).mem(0x37, 3).get(0).end().body(),
  };
  if (probes.length !== PROBE_KINDS) throw new Error('a probe kind has no function');
  return [...fns, ...probes];
}

/** access(address, slot): the cache walk of one access; its extra cycles go to the slot. */
function accessBody(ix: ModelIndices, layout: SimLayout): Uint8Array {
  const lookup = ix.firstFunction + 1;
  const [ADDRESS, SLOT, LINE, COST, BASE] = [0, 1, 2, 3, 4];
  const a = new FunctionAsm([I32, I64, I32], ix.memory);
  // The line just used is the most recent in every set: nothing changes.
  a.get(ADDRESS).i32(model.LINE_SHIFT).op(0x76).tee(LINE).globalGet(ix.lastLine).op(0x46).if().return().end();
  a.get(LINE).globalSet(ix.lastLine);
  // L1: set = line mod sets; lookup(base, end, tag) with tag = line + 1 (0: an empty way).
  a.get(LINE).i32(model.L1_SETS - 1).op(0x71).i32(Math.log2(model.L1_WAYS * WAY)).op(0x74).i32(layout.l1).op(0x6a).tee(BASE);
  a.get(BASE).i32(model.L1_WAYS * WAY).op(0x6a).get(LINE).i32(1).op(0x6a).call(lookup).if().return().end();
  a.i64(model.L1_MISS_CYCLES).set(COST).bump(SIM_STATS.l1Misses);
  a.get(LINE).i32(model.LL_SETS - 1).op(0x71).i32(Math.log2(model.LL_WAYS * WAY)).op(0x74).i32(layout.ll).op(0x6a).tee(BASE);
  a.get(BASE).i32(model.LL_WAYS * WAY).op(0x6a).get(LINE).i32(1).op(0x6a).call(lookup).op(0x45).if();
  {
    a.bump(SIM_STATS.llMisses);
    // |line - last missed line| <= 1: a sequential stream, which prefetchers mostly hide.
    a.get(LINE).globalGet(ix.lastMiss).op(0x6b).i32(1).op(0x6a).i32(2).op(0x4d).if();
    a.get(COST).i64(model.STREAM_MISS_CYCLES).op(0x7c).set(COST).bump(SIM_STATS.streamedMisses);
    a.op(0x05); // else
    a.get(COST).i64(model.LL_MISS_CYCLES).op(0x7c).set(COST);
    a.end();
    a.get(LINE).globalSet(ix.lastMiss);
    // A line never cached may sit on a page never touched: the page fault and zero-fill.
    a.get(ADDRESS).i32(model.PAGE_SHIFT).op(0x76).i32(layout.touched).op(0x6a).tee(BASE).mem(0x2d, 0).op(0x45).if();
    a.get(BASE).i32(1).mem(0x3a, 0);
    a.get(COST).i64(model.FIRST_TOUCH_CYCLES).op(0x7c).set(COST).bump(SIM_STATS.firstTouches);
    a.end();
  }
  a.end();
  a.get(SLOT).get(SLOT).mem(0x29, 3).get(COST).op(0x7c).mem(0x37, 3);
  return a.end().body();
}

/** lookup(base, end, tag) -> hit: moves tag to the front of the set [base, end), each way before
 *  it one back; a tag not there enters at the front and the last (least recently used) way drops. */
function lookupBody(ix: ModelIndices): Uint8Array {
  const [WAY_AT, END, TAG, CARRY, FOUND] = [0, 1, 2, 3, 4];
  const a = new FunctionAsm([I32, I32], ix.memory);
  a.get(TAG).set(CARRY);
  a.loop();
  a.get(WAY_AT).mem(0x28, 2).set(FOUND);
  a.get(WAY_AT).get(CARRY).mem(0x36, 2);
  a.get(FOUND).get(TAG).op(0x46).if().i32(1).return().end();
  a.get(FOUND).set(CARRY);
  a.get(WAY_AT).i32(WAY).op(0x6a).tee(WAY_AT).get(END).op(0x49).brIf(0);
  a.end();
  return a.i32(0).end().body();
}

/** span(start, n, slot): every line of [start, start + n) through access (memory.fill/copy). */
function spanBody(ix: ModelIndices, access: number): Uint8Array {
  const [START, N, SLOT, LINE, LAST] = [0, 1, 2, 3, 4];
  const a = new FunctionAsm([I32, I32], ix.memory);
  a.get(N).op(0x45).if().return().end();
  a.get(START).i32(model.LINE_SHIFT).op(0x76).set(LINE);
  a.get(START).get(N).op(0x6a).i32(1).op(0x6b).i32(model.LINE_SHIFT).op(0x76).set(LAST);
  // Past the end of the address space: the instruction traps anyway; touch one line.
  a.get(LAST).get(LINE).op(0x49).if().get(LINE).set(LAST).end();
  a.loop();
  a.get(LINE).i32(model.LINE_SHIFT).op(0x74).get(SLOT).call(access);
  a.get(LINE).i32(1).op(0x6a).tee(LINE).get(LAST).op(0x4d).brIf(0);
  a.end();
  return a.end().body();
}
