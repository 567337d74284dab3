// The host a benchmarked module gets (pure parts): what its binary says it imports, Emscripten's
// heap growth as its JS does it, AssemblyScript's strings, and the memory cap of a timed batch.
import { describe, expect, it } from 'vitest';
import { asString, emscriptenResizeHeap } from '../src/bench/host.js';
import { growthPerUnit, MAX_BATCH, maxBatchForMemory } from '../src/bench/memory-budget.js';
import { readModuleInterface } from '../src/bench/module-interface.js';
import { wat } from './helpers/wat.js';

const MiB = 1048576;

describe('readModuleInterface', () => {
  it('reads each import with its signature or limits, and the defined memory', () => {
    const module = wat(`(module
      (import "env" "abort" (func (param i32 i32 i32 i32)))
      (import "env" "emscripten_resize_heap" (func (param i32) (result i32)))
      (import "env" "table" (table 2 10 funcref))
      (import "env" "g" (global i32))
      (memory 256 32768))`);
    expect(readModuleInterface(module)).toEqual({
      imports: [
        { module: 'env', name: 'abort', kind: 'function', params: 4, results: 0 },
        { module: 'env', name: 'emscripten_resize_heap', kind: 'function', params: 1, results: 1 },
        { module: 'env', name: 'table', kind: 'table', element: 'anyfunc', limits: { initial: 2, maximum: 10 } },
        { module: 'env', name: 'g', kind: 'global' },
      ],
      memory: { initial: 256, maximum: 32768 },
    });
    expect(readModuleInterface(wat(`(module (import "env" "memory" (memory 17)))`)).imports).toEqual([
      { module: 'env', name: 'memory', kind: 'memory', limits: { initial: 17 }, shared: false },
    ]);
  });
});

describe("Emscripten's emscripten_resize_heap", () => {
  it('grows by 20% past the request, aligned to pages, as library.js does, and says whether it grew', () => {
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 32768 });
    expect(emscriptenResizeHeap(memory, { initial: 256, maximum: 32768 }, 16 * MiB + 1)).toBe(1);
    // max(16 MiB + 1, 16 MiB × 1.2) rounded up to 64 KiB
    expect(memory.buffer.byteLength).toBe(20185088);
    // past the memory's maximum: malloc gets NULL
    expect(emscriptenResizeHeap(memory, { initial: 256, maximum: 32768 }, 2048 * MiB + 1)).toBe(0);
  });
  it('caps the over-growth at 96 MiB past the request', () => {
    const memory = new WebAssembly.Memory({ initial: 8192, maximum: 32768 });
    expect(emscriptenResizeHeap(memory, { initial: 8192, maximum: 32768 }, 512 * MiB + 1)).toBe(1);
    // min(512 MiB × 1.2, request + 96 MiB) = 608 MiB + 1, rounded up to 64 KiB
    expect(memory.buffer.byteLength).toBe(608 * MiB + 65536);
  });
  it('aborts without ALLOW_MEMORY_GROWTH (maximum = initial), naming the build setting', () => {
    const memory = new WebAssembly.Memory({ initial: 256, maximum: 256 });
    expect(() => emscriptenResizeHeap(memory, { initial: 256, maximum: 256 }, 17 * MiB)).toThrow(/^Aborted\(Cannot enlarge memory arrays to size 17825792 bytes \(OOM\).*-sALLOW_MEMORY_GROWTH/);
  });
});

describe('AssemblyScript strings', () => {
  it('reads UTF-16LE with the byte length in the word before, and refuses what does not fit', () => {
    const memory = new WebAssembly.Memory({ initial: 1 });
    const view = new DataView(memory.buffer);
    view.setUint32(60, 6, true);
    [...'héé'].forEach((ch, i) => view.setUint16(64 + 2 * i, ch.charCodeAt(0), true));
    expect(asString(memory, 64)).toBe('héé');
    expect(asString(memory, 0)).toBeUndefined();
    view.setUint32(60, 1 << 20, true);
    expect(asString(memory, 64)).toBeUndefined();
  });
});

describe('memory cap of a timed batch', () => {
  it('leaves an allocator that reuses memory alone', () => {
    expect(growthPerUnit(2 * MiB, 2 * MiB, 1000)).toBe(0);
    expect(maxBatchForMemory(0, 2 * MiB, 2048 * MiB)).toBe(MAX_BATCH);
  });
  it('fits a leaking batch, with a quarter to spare, in half the limit past a fresh start', () => {
    const perUnit = growthPerUnit(1 * MiB, 101 * MiB, 100);
    expect(perUnit).toBe(1 * MiB);
    expect(maxBatchForMemory(perUnit, 1 * MiB, 512 * MiB)).toBe(204);
    // one unit larger than the limit still runs one unit per fresh instance
    expect(maxBatchForMemory(600 * MiB, 1 * MiB, 512 * MiB)).toBe(1);
  });
});
