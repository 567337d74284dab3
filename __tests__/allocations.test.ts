// Allocation statistics: the allocator's entry points are found by the names toolchains leave (or
// the config's), wrapped in the counting copy, and each outermost call is reported exactly once.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTRY_POINTS, findEntryPoints } from '../src/bench/alloc-entry-points.js';
import { AllocRecorder, HOOK_MODULE } from '../src/bench/alloc-recorder.js';
import { HOOK_EXPORT, instrumentForCounting, instrumentForProfiling } from '../src/wasm/instrument.js';
import type { AllocatorEntryNames } from '../src/types.js';
import { wat } from './helpers/wat.js';

type Fn = (...args: number[]) => number;

/** A bump allocator whose realloc calls malloc and free (nested calls), and a benchmark using all three. */
const ALLOCATOR = `(module
  (memory (export "memory") 1)
  (global $top (mut i32) (i32.const 1024))
  (func $malloc (param $n i32) (result i32) (local $p i32)
    (local.set $p (global.get $top))
    (global.set $top (i32.add (global.get $top) (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8))))
    (local.get $p))
  (func $free (param i32))
  (func $realloc (param $p i32) (param $n i32) (result i32) (local $q i32)
    (local.set $q (call $malloc (local.get $n)))
    (memory.copy (local.get $q) (local.get $p) (local.get $n))
    (call $free (local.get $p))
    (local.get $q))
  (func $calloc (param $count i32) (param $size i32) (result i32)
    (call $malloc (i32.mul (local.get $count) (local.get $size))))
  (func (export "bench_mix") (param $n i32) (result i32) (local $a i32) (local $b i32)
    (block $done (loop $more
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $a (call $malloc (i32.const 24)))
      (local.set $b (call $calloc (i32.const 4) (i32.const 10)))
      (local.set $a (call $realloc (local.get $a) (i32.const 100)))
      (call $free (local.get $b))
      (call $free (i32.const 0))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $more)))
    (local.get $a)))`;

function hooked(bytes: Uint8Array, names?: AllocatorEntryNames): { run: Fn; recorder: AllocRecorder } {
  const search = findEntryPoints(bytes, names ?? DEFAULT_ENTRY_POINTS);
  const module = new WebAssembly.Module(instrumentForCounting(bytes, { allocator: search.found }) as BufferSource);
  const instance = new WebAssembly.Instance(module, {});
  const exports = instance.exports as Record<string, unknown>;
  const recorder = new AllocRecorder(() => exports.memory as WebAssembly.Memory);
  const hook = new WebAssembly.Instance(new WebAssembly.Module(HOOK_MODULE), { e: { r: recorder.record } });
  (exports[HOOK_EXPORT] as WebAssembly.Table).set(0, hook.exports.r as Fn);
  return { run: exports.bench_mix as Fn, recorder };
}

describe('entry points', () => {
  it('are found by the names in the name section, with their kind’s signature', () => {
    const { found } = findEntryPoints(wat(ALLOCATOR, { names: true }));
    expect(found.map((e) => [e.name, e.kind])).toEqual([
      ['malloc', 'malloc'],
      ['free', 'free'],
      ['realloc', 'realloc'],
      ['calloc', 'calloc'],
    ]);
  });

  it('a function named malloc with another signature is not one; without names there are none', () => {
    const odd = wat('(module (func $malloc (param i64) (result i64) (local.get 0)) (func $free (param i32)))', { names: true });
    expect(findEntryPoints(odd).found.map((e) => e.name)).toEqual(['free']);
    expect(findEntryPoints(wat(ALLOCATOR)).found).toEqual([]);
  });

  it('the config names its own, and says which it cannot find', () => {
    const search = findEntryPoints(wat(ALLOCATOR, { names: true }), { malloc: 'malloc', my_free: 'free' });
    expect(search.found.map((e) => e.name)).toEqual(['malloc']);
    expect(search.missing).toEqual(['my_free']);
  });
});

describe('allocation statistics of one call', () => {
  it('count the outermost call only: a realloc that calls malloc and free is one realloc', () => {
    const { run, recorder } = hooked(wat(ALLOCATOR, { names: true }));
    recorder.start();
    run(10);
    // per iteration: malloc(24), calloc(4, 10) = 40 bytes, realloc(a, 100), free(b), free(NULL)
    expect(recorder.finish()).toEqual({
      allocs: 20,
      reallocs: 10,
      frees: 10,
      bytes: 10 * (24 + 40 + 100),
      // a (24) and b (40) live, then a becomes 100: 140; each iteration leaves a's 100 behind
      peakLiveBytes: 9 * 100 + 140,
      peakLiveBlocks: 9 + 2,
      liveBytesAtEnd: 1000,
    });
    expect(Object.fromEntries(recorder.sizes)).toEqual({ 32: 10, 64: 10, 128: 10 });
  });

  it('blocks allocated before the call are not live for it; the results equal the original module’s', () => {
    const bytes = wat(ALLOCATOR, { names: true });
    const { run, recorder } = hooked(bytes);
    run(3);
    recorder.start();
    const result = run(2);
    expect(recorder.finish().liveBytesAtEnd).toBe(200);
    const plain = new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource)).exports.bench_mix as Fn;
    plain(3);
    expect(result).toBe(plain(2));
  });

  it('instruction counts of the hooked copy are those of the plain counting copy', () => {
    const bytes = wat(ALLOCATOR, { names: true });
    const count = (copy: Uint8Array): bigint => {
      const exports = new WebAssembly.Instance(new WebAssembly.Module(copy as BufferSource), {}).exports as Record<string, unknown>;
      (exports.bench_mix as Fn)(7);
      return (exports.__wasm_gate_instructions as WebAssembly.Global).value as bigint;
    };
    const { found } = findEntryPoints(bytes);
    expect(count(instrumentForCounting(bytes, { allocator: found }))).toBe(count(instrumentForCounting(bytes)));
    // and the profiling copy keeps one counter per original function (the wrappers add none)
    const profiled = new WebAssembly.Instance(new WebAssembly.Module(instrumentForProfiling(bytes, { allocator: found, cycles: true }) as BufferSource), {}).exports as Record<string, unknown>;
    (profiled.bench_mix as Fn)(7);
    const perFunction = (profiled.__wasm_gate_profile_0 as () => bigint[])();
    expect(perFunction).toHaveLength(5);
    expect(perFunction.reduce((a, b) => a + b, 0n)).toBe(count(instrumentForCounting(bytes)));
  });
});
