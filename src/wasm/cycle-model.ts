// The cycle estimate's fixed rules: what each kind of instruction costs, the simulated cache
// hierarchy every linear-memory access goes through, and the costs of misses, of growing memory
// and of touching a page for the first time. In the manner of cachegrind and CodSpeed's "CPU
// simulation": instructions plus simulated memory, turned into cycles. The numbers are calibrated
// once (docs/CYCLES.md) and kept fixed: a change here is a change of counting rules, so baselines
// made with other rules are not compared (CYCLE_RULES goes into the tools record). Pure module.

/** Cache line: 64 bytes. */
export const LINE_SHIFT = 6;
/** L1 data cache: 32 KiB, 8-way, LRU. */
export const L1_SETS = 64;
export const L1_WAYS = 8;
/** Last-level cache: 2 MiB, 16-way, LRU. */
export const LL_SETS = 2048;
export const LL_WAYS = 16;
/** Pages of first touch: the operating system's 4 KiB pages (zero-filled on first use). */
export const PAGE_SHIFT = 12;

// Calibrated once on this project's machine (docs/CYCLES.md, `npm run bench:cycles`): the page and
// memory.grow costs as measured there; the miss costs fitted to the pairs of modules that differ
// only in memory behaviour, since the instruction weights below are throughput-like.

/** Cycles added to an access that misses L1 and hits the last level. */
export const L1_MISS_CYCLES = 10;
/** Cycles added to an access that misses the last level too (memory latency). */
export const LL_MISS_CYCLES = 150;
/** ... unless it continues a sequential stream of misses (the next or previous line), which a
 *  hardware prefetcher hides for the most part. */
export const STREAM_MISS_CYCLES = 12;
/** Cycles of the first access to a 4 KiB page: a page fault and zero-fill. */
export const FIRST_TOUCH_CYCLES = 12_000;
/** Cycles of a memory.grow call (the engine remaps and re-protects its reservation). */
export const GROW_CYCLES = 400_000;

/** Bump with any change above or below: baselines counted under other rules are not compared. */
export const CYCLE_RULES = `cycles v1: the call repeated (steady state), L1 ${L1_SETS}x${L1_WAYS}, LL ${LL_SETS}x${LL_WAYS}, line ${1 << LINE_SHIFT}, miss ${L1_MISS_CYCLES}/${LL_MISS_CYCLES}/${STREAM_MISS_CYCLES}, touch ${FIRST_TOUCH_CYCLES}, grow ${GROW_CYCLES}, weights v1`;

/**
 * Cycles of one execution of a one-byte opcode, memory aside. Register moves and constants cost
 * nothing (an optimizing compiler keeps locals in registers); divisions, calls through tables
 * and multiplications cost what they cost on a current x86 or ARM core, roughly.
 */
export const OPCODE_CYCLES: Uint8Array = (() => {
  const w = new Uint8Array(256).fill(1);
  for (const op of [0x01, 0x1a, 0x20, 0x21, 0x22, 0x41, 0x42, 0x43, 0x44]) w[op] = 0; // nop, drop, local.*, const
  for (const op of [0x02, 0x03, 0x05, 0x0b]) w[op] = 0; // structural markers
  for (const op of [0xfb, 0xfc, 0xfd, 0xfe]) w[op] = 0; // prefixes: their instruction is weighed on its own
  for (const op of [0x06, 0x07, 0x08, 0x09, 0x0a, 0x18, 0x19, 0x1f]) w[op] = 0; // exception handling: gc-eh-scan.ts weighs it
  w[0x0e] = 3; // br_table: an indirect jump
  w[0x10] = 3; // call
  w[0x11] = 6; // call_indirect: table load, signature check, indirect call
  w[0x12] = 3; // return_call
  w[0x13] = 6; // return_call_indirect
  w[0x14] = 5; // call_ref
  w[0x15] = 5; // return_call_ref
  w[0x6c] = 3; // i32.mul
  w[0x7e] = 3; // i64.mul
  for (const op of [0x6d, 0x6e, 0x6f, 0x70]) w[op] = 20; // i32.div_s/u, rem_s/u
  for (const op of [0x7f, 0x80, 0x81, 0x82]) w[op] = 40; // i64.div_s/u, rem_s/u
  for (const op of [0x92, 0x93, 0x94, 0xa0, 0xa1, 0xa2]) w[op] = 4; // f32/f64 add, sub, mul
  w[0x91] = 12; // f32.sqrt
  w[0x95] = 11; // f32.div
  w[0x9f] = 18; // f64.sqrt
  w[0xa3] = 14; // f64.div
  for (let op = 0xa8; op <= 0xbb; op++) w[op] = 3; // conversions between integers and floats
  return w;
})();

/** Cycles of a prefixed instruction (0xFC bulk memory, 0xFD SIMD, 0xFE atomics), memory aside. */
export function prefixedCycles(prefix: number, sub: number): number {
  if (prefix === 0xfc) return sub === 10 || sub === 11 ? 10 : sub <= 7 ? 3 : 5; // copy/fill set-up; trunc_sat
  if (prefix === 0xfe) return 20; // atomics: a locked bus operation
  return 1; // SIMD
}
