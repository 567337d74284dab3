// The prebuilt fixtures for memory behaviour, as fixtures/README.md describes them: c-chase's two
// benchmarks execute the same instructions over different memory, c-bump's free is a real call
// that does nothing, emscripten.wasm runs without JS and exports malloc and free.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { describe, expect, it } from 'vitest';
import { COUNTER_EXPORT, instrumentForCounting } from '../src/wasm/instrument.js';
import { prebuilt } from './helpers/cli.js';

type Exports = Record<string, unknown> & { memory: WebAssembly.Memory };

/** A reactor as wasm-gate's host starts it: WASI bound, then _initialize. */
function start(module: WebAssembly.Module, env: Record<string, unknown> = {}): Exports {
  const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true });
  const instance = new WebAssembly.Instance(module, { ...wasi.getImportObject(), env } as WebAssembly.Imports);
  wasi.initialize(instance);
  return instance.exports as Exports;
}
const call = (e: Exports, name: string, n: number): number => (e[name] as (n: number) => number)(n);

describe('c-chase', () => {
  const counted = new WebAssembly.Module(instrumentForCounting(new Uint8Array(readFileSync(prebuilt('c-chase')))) as BufferSource);
  const count = (bench: string, n: number): { instructions: bigint; result: number } => {
    const e = start(counted);
    const counter = e[COUNTER_EXPORT] as WebAssembly.Global;
    counter.value = 0n; // the cycles are built by _initialize, not by the benchmark
    const result = call(e, bench, n);
    return { instructions: counter.value as bigint, result };
  };

  it.each([0, 1, 7, 8, 1000, 1_000_000])('near and far execute the same instructions at n = %i', (n) => {
    const near = count('bench_chase_near', n);
    const far = count('bench_chase_far', n);
    expect(far.instructions).toBe(near.instructions);
    // the node reached: n steps of 1 node, or of 521 nodes, around a cycle of 2^20
    expect(near.result).toBe(n % 2 ** 20);
    expect(far.result).toBe((n * 521) % 2 ** 20);
  });

  it('counts 1,875,029 instructions for a million links (a loop unrolled 8 times)', () => {
    expect(count('bench_chase_near', 1_000_000).instructions).toBe(1_875_029n);
  });
});

describe('c-bump', () => {
  const bytes = readFileSync(prebuilt('c-bump'));

  it('calls free, a real function with an empty body', () => {
    const asm = execFileSync('wasm-objdump', ['-d', prebuilt('c-bump')], { encoding: 'utf8' });
    expect(asm.match(/call \d+ <free>/g)?.length).toBeGreaterThanOrEqual(5); // from every benchmark
    expect(asm).toMatch(/ func\[\d+\] <free>:\n [0-9a-f]+: 0b +\| end\n/);
  });

  it('leaks: memory grows with every call, and the checksums are the other allocators\'', () => {
    const e = start(new WebAssembly.Module(bytes));
    const libc = start(new WebAssembly.Module(readFileSync(prebuilt('c-libc'))));
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(call(e, 'bench_live_set', 1000)).toBe(call(libc, 'bench_live_set', 1000));
      sizes.push(e.memory.buffer.byteLength);
    }
    expect(sizes[2]).toBeGreaterThan(sizes[0] as number);
  });
});

describe('emscripten', () => {
  const module = new WebAssembly.Module(readFileSync(prebuilt('emscripten')));

  it('imports only emscripten_notify_memory_growth and exports malloc, free and the benchmarks', () => {
    expect(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`)).toEqual(['env.emscripten_notify_memory_growth']);
    const exports = WebAssembly.Module.exports(module).map((x) => x.name);
    expect(exports).toEqual(expect.arrayContaining(['memory', '_initialize', 'malloc', 'free', 'bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set', 'bench_large', 'trace_load', 'trace_replay']));
    expect(exports).not.toContain('realloc'); // inlined into bench_live_set
  });

  it('returns the checksums of the other C builds', () => {
    const e = start(module, { emscripten_notify_memory_growth: () => undefined });
    const libc = start(new WebAssembly.Module(readFileSync(prebuilt('c-libc'))));
    for (const bench of ['bench_pairs', 'bench_small', 'bench_mixed', 'bench_live_set', 'bench_large']) {
      expect(call(e, bench, 300), bench).toBe(call(libc, bench, 300));
    }
  });
});
