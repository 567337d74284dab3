// The cycle estimate of the counting copy: the cache model sees every linear-memory access, with
// the exact misses, first touches and memory.grow calls its rules (src/wasm/cycle-model.ts) say,
// and it changes neither the module's results nor its instruction counts.
import { describe, expect, it } from 'vitest';
import * as model from '../src/wasm/cycle-model.js';
import { COUNTER_EXPORT, instrumentForCounting, instrumentForProfiling, PROFILE_EXPORT_PREFIX, SIM_EXPORT, SIM_SLOTS, SIM_STATS } from '../src/wasm/instrument.js';
import { wat } from './helpers/wat.js';

type Fn = (...args: number[]) => number;

/** Walks [0, bytes) `passes` times at `stride`, loading one i32 each step; touch(n) grows memory n pages. */
const WALKER = `(module
  (memory (export "memory") 1 65536)
  (func (export "walk") (param $bytes i32) (param $stride i32) (param $passes i32) (result i32)
    (local $i i32) (local $sum i32)
    (block $done (loop $pass
      (br_if $done (i32.eqz (local.get $passes)))
      (local.set $i (i32.const 0))
      (block $end (loop $step
        (br_if $end (i32.ge_u (local.get $i) (local.get $bytes)))
        (local.set $sum (i32.add (local.get $sum) (i32.load offset=0 (local.get $i))))
        (local.set $i (i32.add (local.get $i) (local.get $stride)))
        (br $step)))
      (local.set $passes (i32.sub (local.get $passes) (i32.const 1)))
      (br $pass)))
    (local.get $sum))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "fill") (param i32 i32) (memory.fill (local.get 0) (i32.const 7) (local.get 1)))
  (func (export "store") (param i32 i64) (i64.store offset=8 (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i64) (i64.load offset=8 (local.get 0))))`;

interface Run {
  exports: Record<string, Fn>;
  /** the cache model's events and total cycles since the last reset */
  events(): Record<keyof typeof SIM_STATS, number> & { cycles: number; instructions: number };
  reset(): void;
}

function counted(text: string): Run {
  const module = new WebAssembly.Module(instrumentForCounting(wat(text), { cycles: true }) as BufferSource);
  const instance = new WebAssembly.Instance(module, {});
  const exports = instance.exports as unknown as Record<string, Fn> & Record<string, WebAssembly.Memory | WebAssembly.Global>;
  const sim = exports[SIM_EXPORT] as unknown as WebAssembly.Memory;
  const counter = exports[COUNTER_EXPORT] as unknown as WebAssembly.Global;
  const read = (): bigint[] => [...new BigInt64Array(sim.buffer, 0, SIM_SLOTS / 8 + 1)];
  let base = read();
  let instructionsBase = counter.value as bigint;
  return {
    exports,
    reset() {
      base = read();
      instructionsBase = counter.value as bigint;
    },
    events() {
      const now = read();
      const delta = (i: number): number => Number((now[i] as bigint) - (base[i] as bigint));
      const out = Object.fromEntries(Object.entries(SIM_STATS).map(([k, at]) => [k, delta(at / 8)])) as Record<keyof typeof SIM_STATS, number>;
      return { ...out, cycles: delta(SIM_SLOTS / 8), instructions: Number((counter.value as bigint) - instructionsBase) };
    },
  };
}

const LINES = (bytes: number): number => bytes / 64;

describe('the cache model: exact events for known access patterns', () => {
  it('a sequential walk misses once per line; fresh 4 KiB pages are touched once; the misses stream', () => {
    const run = counted(WALKER);
    run.exports.grow!(31); // 2 MiB
    run.reset();
    run.exports.walk!(1 << 20, 4, 1); // 1 MiB, every word
    const e = run.events();
    expect(e.accesses).toBe((1 << 20) / 4);
    expect(e.l1Misses).toBe(LINES(1 << 20));
    expect(e.llMisses).toBe(LINES(1 << 20));
    // only the first line of the walk is not the next line after the previous miss
    expect(e.streamedMisses).toBe(LINES(1 << 20) - 1);
    expect(e.firstTouches).toBe((1 << 20) / 4096);
  });

  it('a second pass over 1 MiB hits the 2 MiB last level; over 4 MiB every line misses again (LRU)', () => {
    const run = counted(WALKER);
    run.exports.grow!(127); // 8 MiB
    run.exports.walk!(1 << 20, 64, 1);
    run.reset();
    run.exports.walk!(1 << 20, 64, 1);
    let e = run.events();
    expect(e.l1Misses).toBe(LINES(1 << 20)); // 1 MiB > 32 KiB L1
    expect(e.llMisses).toBe(0);
    expect(e.firstTouches).toBe(0);
    run.exports.walk!(4 << 20, 64, 1);
    run.reset();
    run.exports.walk!(4 << 20, 64, 1);
    e = run.events();
    expect(e.llMisses).toBe(LINES(4 << 20));
  });

  it('L1 is 8-way: 8 lines of one set stay cached, a 9th evicts the least recently used every time', () => {
    const run = counted(WALKER);
    run.exports.grow!(15);
    const setStride = model.L1_SETS * 64; // the same set
    run.exports.walk!(8 * setStride, setStride, 1);
    run.reset();
    run.exports.walk!(8 * setStride, setStride, 100);
    expect(run.events().l1Misses).toBe(0);
    run.exports.walk!(9 * setStride, setStride, 1);
    run.reset();
    run.exports.walk!(9 * setStride, setStride, 100);
    expect(run.events().l1Misses).toBe(900);
    expect(run.events().llMisses).toBe(0);
  });

  it('a large stride misses L1 and the last level on every step, and costs more cycles for the same instructions', () => {
    const near = counted(WALKER);
    const far = counted(WALKER);
    for (const r of [near, far]) r.exports.grow!(1023); // 64 MiB
    near.reset();
    far.reset();
    near.exports.walk!(64 * 4096, 64 * 4096 / 4096, 1); // 4096 steps of 64 B: 256 KiB
    far.exports.walk!(4096 * (4096 + 64), 4096 + 64, 1); // 4096 steps of 4 KiB + 64 B
    const a = near.events();
    const b = far.events();
    expect(a.instructions).toBe(b.instructions);
    expect(b.llMisses).toBe(4096);
    expect(b.streamedMisses).toBe(0);
    expect(b.cycles - a.cycles).toBe(
      b.llMisses * model.LL_MISS_CYCLES + b.l1Misses * model.L1_MISS_CYCLES + b.firstTouches * model.FIRST_TOUCH_CYCLES - (a.llMisses - a.streamedMisses) * model.LL_MISS_CYCLES - a.streamedMisses * model.STREAM_MISS_CYCLES - a.l1Misses * model.L1_MISS_CYCLES - a.firstTouches * model.FIRST_TOUCH_CYCLES,
    );
  });

  it('memory.grow calls and memory.fill lines are seen; a store with an offset is charged at its effective address', () => {
    const run = counted(WALKER);
    run.reset();
    expect(run.exports.grow!(2)).toBe(1);
    expect(run.events().grows).toBe(1);
    run.reset();
    run.exports.fill!(100, 1000); // bytes 100..1099: lines 1..17
    expect(run.events().l1Misses).toBe(17);
    run.reset();
    run.exports.store!(4096 * 5 - 8, 1n as unknown as number); // effective address 4096*5: a new page
    expect(run.events().firstTouches).toBe(1);
    run.reset();
    expect(run.exports.load!(4096 * 5 - 8)).toBe(1n);
    expect(run.events().l1Misses).toBe(0);
  });
});

describe('cycles beside the counts', () => {
  const ALLOCATING = `(module
    (memory (export "memory") 1 65536)
    (global $top (mut i32) (i32.const 1024))
    (func $alloc (param $n i32) (result i32) (local $p i32)
      (local.set $p (global.get $top))
      (global.set $top (i32.add (global.get $top) (local.get $n)))
      (if (i32.gt_u (global.get $top) (i32.mul (memory.size) (i32.const 65536)))
        (then (drop (memory.grow (i32.const 1)))))
      (local.get $p))
    (func (export "bench_bump") (param $n i32) (result i32) (local $p i32) (local $sum i32)
      (block $done (loop $more
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $p (call $alloc (i32.const 4096)))
        (i32.store (local.get $p) (local.get $n))
        (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $p))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $more)))
      (local.get $sum)))`;

  it('leave the results and the instruction counts as they were, and are the same on every run', () => {
    const plain = new WebAssembly.Instance(new WebAssembly.Module(wat(ALLOCATING) as BufferSource)).exports as Record<string, Fn>;
    const withoutCycles = new WebAssembly.Instance(new WebAssembly.Module(instrumentForCounting(wat(ALLOCATING)) as BufferSource)).exports as Record<string, unknown>;
    const runs = [counted(ALLOCATING), counted(ALLOCATING)];
    const expected = plain.bench_bump!(300);
    expect(runs.map((r) => r.exports.bench_bump!(300))).toEqual([expected, expected]);
    expect((withoutCycles.bench_bump as Fn)(300)).toBe(expected);
    expect(runs[0]!.events().instructions).toBe(Number((withoutCycles[COUNTER_EXPORT] as WebAssembly.Global).value));
    expect(runs[0]!.events()).toEqual(runs[1]!.events());
  });

  it('a leaking bump allocator pays for every fresh page and every memory.grow', () => {
    const run = counted(ALLOCATING);
    run.exports.bench_bump!(300);
    const e = run.events();
    expect(e.grows).toBe(Math.ceil((1024 + 300 * 4096) / 65536) - 1);
    expect(e.firstTouches).toBe(300);
    expect(e.cycles).toBeGreaterThan(e.grows * model.GROW_CYCLES + e.firstTouches * model.FIRST_TOUCH_CYCLES);
  });

  it('per function: the cycles of each function add up to the total', () => {
    const module = new WebAssembly.Module(instrumentForProfiling(wat(ALLOCATING), { cycles: true }) as BufferSource);
    const exports = new WebAssembly.Instance(module, {}).exports as Record<string, unknown>;
    (exports.bench_bump as Fn)(50);
    const slots = [...new BigInt64Array((exports[SIM_EXPORT] as WebAssembly.Memory).buffer, SIM_SLOTS, 2)].map(Number);
    const total = counted(ALLOCATING);
    total.exports.bench_bump!(50);
    expect(slots[0]! + slots[1]!).toBe(total.events().cycles);
    expect(slots[0]).toBeGreaterThan(model.GROW_CYCLES); // $alloc grows memory
    expect(typeof exports[`${PROFILE_EXPORT_PREFIX}0`]).toBe('function');
  });
});
