// Allocation statistics of one counted run, from the calls the counting copy's allocator hooks
// report (src/wasm/alloc-hooks.ts): requests, bytes, live bytes and blocks, what is left live.
// Runs in the worker: Node builtins and type-only imports only.

/** The host side of HOOK_EXPORT: record(kind, a0, a1, a2, a3, result), kinds as ALLOC_KINDS ids. */
export const HOOK_MODULE = Uint8Array.of(
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x0a, 0x01, 0x60, 0x06, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x00, // type (i32 x6) -> ()
  0x02, 0x07, 0x01, 0x01, 0x65, 0x01, 0x72, 0x00, 0x00, // import e.r
  0x07, 0x05, 0x01, 0x01, 0x72, 0x00, 0x00, // export r
);

import type { AllocationStats } from '../types.ts';

export class AllocRecorder {
  private live = new Map<number, number>();
  private liveBytes = 0;
  private counting = false;
  stats: AllocationStats = empty();
  /** requests by size class: the smallest power of two at least the size */
  sizes = new Map<number, number>();
  private readonly memory: () => WebAssembly.Memory | undefined;

  constructor(memory: () => WebAssembly.Memory | undefined) {
    this.memory = memory;
  }

  /** From here on calls count; blocks allocated before are not live for this run. */
  start(): void {
    this.live.clear();
    this.liveBytes = 0;
    this.stats = empty();
    this.sizes.clear();
    this.counting = true;
  }

  finish(): AllocationStats {
    this.counting = false;
    return { ...this.stats, liveBytesAtEnd: this.liveBytes };
  }

  readonly record = (kind: number, a0: number, a1: number, a2: number, a3: number, result: number): void => {
    if (!this.counting) return;
    const [p0, p1, p2, p3, r] = [a0 >>> 0, a1 >>> 0, a2 >>> 0, a3 >>> 0, result >>> 0];
    switch (kind) {
      case 0: // malloc(size)
      case 6: // __rust_alloc(size, align)
        return this.allocate(r, p0);
      case 1: // calloc(count, size)
        return this.allocate(r, p0 * p1);
      case 4: // aligned_alloc(align, size)
        return this.allocate(r, p1);
      case 5: // posix_memalign(&ptr, align, size) -> 0 on success
        return this.allocate(r === 0 ? this.readPointer(p0) : 0, p2);
      case 2: // realloc(ptr, size)
        return this.reallocate(p0, p1, r);
      case 8: // __rust_realloc(ptr, old size, align, new size)
        return this.reallocate(p0, p3, r);
      case 3: // free(ptr)
      case 7: // __rust_dealloc(ptr, size, align)
        if (p0 === 0) return;
        this.stats.frees++;
        this.release(p0);
        return;
    }
  };

  private allocate(ptr: number, size: number): void {
    this.stats.allocs++;
    this.request(size);
    if (ptr !== 0) this.hold(ptr, size);
  }

  /** A realloc counts its new size; the old block is gone once the new one is there (or size 0 freed it). */
  private reallocate(old: number, size: number, ptr: number): void {
    this.stats.reallocs++;
    this.request(size);
    if (ptr !== 0 || size === 0) this.release(old);
    if (ptr !== 0) this.hold(ptr, size);
  }

  private request(size: number): void {
    this.stats.bytes += size;
    const sizeClass = size <= 1 ? 1 : 2 ** Math.ceil(Math.log2(size));
    this.sizes.set(sizeClass, (this.sizes.get(sizeClass) ?? 0) + 1);
  }

  private hold(ptr: number, size: number): void {
    this.release(ptr); // an allocator that hands out a live block twice: count it once
    this.live.set(ptr, size);
    this.liveBytes += size;
    if (this.liveBytes > this.stats.peakLiveBytes) this.stats.peakLiveBytes = this.liveBytes;
    if (this.live.size > this.stats.peakLiveBlocks) this.stats.peakLiveBlocks = this.live.size;
  }

  private release(ptr: number): void {
    const size = this.live.get(ptr);
    if (size === undefined) return;
    this.live.delete(ptr);
    this.liveBytes -= size;
  }

  private readPointer(at: number): number {
    const memory = this.memory();
    return memory && at + 4 <= memory.buffer.byteLength ? new DataView(memory.buffer).getUint32(at, true) : 0;
  }
}

function empty(): AllocationStats {
  return { allocs: 0, reallocs: 0, frees: 0, bytes: 0, peakLiveBytes: 0, peakLiveBlocks: 0, liveBytesAtEnd: 0 };
}
