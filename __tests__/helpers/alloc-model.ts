// An independent model of the allocator benchmarks of fixtures/c-alloc/bench.c: it replays, in
// TypeScript, the malloc/realloc/free calls one call of a bench_* export makes (same xorshift32
// PRNG and seed, same size functions, same slot logic) and derives the allocation statistics the
// gate reports, so that the gate's interception can be checked against numbers computed without
// WebAssembly.
//
// The Rust twin (fixtures/rust-alloc/src/bench.rs) makes exactly the same calls in the same order:
// alloc/dealloc/realloc with the same sizes (Layout align 8, which a hook also receives, with the
// old size on dealloc and realloc). So one model serves both languages.

export type AllocBench = 'bench_pairs' | 'bench_small' | 'bench_mixed' | 'bench_live_set' | 'bench_large';

/** One allocator call; `id` names a block (a realloc keeps its block's id). */
export type AllocOp = { op: 'alloc'; id: number; size: number } | { op: 'realloc'; id: number; size: number } | { op: 'free'; id: number };

export interface AllocationStats {
  /** malloc/calloc/aligned_alloc/__rust_alloc/__rust_alloc_zeroed calls */
  allocs: number;
  reallocs: number;
  /** free/dealloc calls with a non-null pointer */
  frees: number;
  /** requested bytes of allocs and reallocs (a realloc counts its new size) */
  bytes: number;
  peakLiveBytes: number;
  peakLiveBlocks: number;
  liveBytesAtEnd: number;
  /** requests (allocs and reallocs) by size class: the smallest power of two >= the size, as a decimal string */
  histogram: Record<string, number>;
}

const SEED = 0x2545f491;
const RING = 256;
const SLOTS = 1000;

/** xorshift32, as util.rs / bench.c: a fresh one per call. */
function rng(): () => number {
  let x = SEED;
  return () => {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    return x;
  };
}

const smallSize = (r: number): number => 8 + (r % 57);

function mixedSize(r: number): number {
  const c = r % 16;
  const x = r >>> 4;
  if (c < 10) return 8 + (x % 57);
  if (c < 14) return 64 + (x % 449);
  return 512 + (x % 3585);
}

/** The allocator calls of one `bench(n)` call, in order. */
export function* allocationOps(bench: AllocBench, n: number): Generator<AllocOp> {
  const next = rng();
  let ids = 0;
  switch (bench) {
    case 'bench_pairs':
      for (let i = 0; i < n; i++) {
        next(); // the tag written into the block
        const id = ids++;
        yield { op: 'alloc', id, size: 32 };
        yield { op: 'free', id };
      }
      return;
    case 'bench_small':
    case 'bench_mixed': {
      const sizeOf = bench === 'bench_small' ? smallSize : mixedSize;
      const ring: number[] = [];
      for (let i = 0; i < RING; i++) {
        ring.push(ids);
        yield { op: 'alloc', id: ids++, size: sizeOf(next()) };
      }
      for (let i = 0; i < n; i++) {
        const k = (next() >>> 8) % RING;
        yield { op: 'free', id: ring[k] as number };
        ring[k] = ids;
        yield { op: 'alloc', id: ids++, size: sizeOf(next()) };
      }
      for (const id of ring) yield { op: 'free', id };
      return;
    }
    case 'bench_live_set': {
      // A slot holds a block id or undefined (NULL). 1 in 8 draws reallocs an occupied slot.
      const slots: (number | undefined)[] = new Array(SLOTS).fill(undefined);
      for (let i = 0; i < n; i++) {
        const r = next();
        const k = r % SLOTS;
        const size = 1 + (next() % 10000);
        const old = slots[k];
        if (old !== undefined && ((r >>> 20) & 7) === 0) {
          yield { op: 'realloc', id: old, size };
        } else {
          if (old !== undefined) yield { op: 'free', id: old };
          slots[k] = ids;
          yield { op: 'alloc', id: ids++, size };
        }
      }
      for (const id of slots) if (id !== undefined) yield { op: 'free', id };
      return;
    }
    case 'bench_large': {
      const MIN = 64 << 10;
      const MAX = 1 << 20;
      for (let i = 0; i < n; i++) {
        const blocks: number[] = [];
        for (let j = 0; j < 3; j++) {
          blocks.push(ids);
          yield { op: 'alloc', id: ids++, size: MIN + (next() % (MAX - MIN + 1)) };
        }
        for (const j of [1, 2, 0]) yield { op: 'free', id: blocks[j] as number };
      }
      return;
    }
  }
}

/** The smallest power of two >= size (size >= 1), as the histogram's key. */
export function sizeClass(size: number): string {
  let c = 1;
  while (c < size) c *= 2;
  return String(c);
}

/** The statistics of a sequence of calls, every block allocated during it (none live before). */
export function statsOf(ops: Iterable<AllocOp>): AllocationStats {
  const s: AllocationStats = { allocs: 0, reallocs: 0, frees: 0, bytes: 0, peakLiveBytes: 0, peakLiveBlocks: 0, liveBytesAtEnd: 0, histogram: {} };
  const live = new Map<number, number>(); // id -> requested size
  let liveBytes = 0;
  for (const op of ops) {
    if (op.op === 'free') {
      s.frees++;
      liveBytes -= live.get(op.id) ?? 0;
      live.delete(op.id);
      continue;
    }
    if (op.op === 'alloc') s.allocs++;
    else s.reallocs++;
    s.bytes += op.size;
    s.histogram[sizeClass(op.size)] = (s.histogram[sizeClass(op.size)] ?? 0) + 1;
    // A realloc replaces its block's size: live bytes move by the difference, blocks stay.
    liveBytes += op.size - (live.get(op.id) ?? 0);
    live.set(op.id, op.size);
    s.peakLiveBytes = Math.max(s.peakLiveBytes, liveBytes);
    s.peakLiveBlocks = Math.max(s.peakLiveBlocks, live.size);
  }
  s.liveBytesAtEnd = liveBytes;
  return s;
}

/** What one call `bench(n)` of the allocator fixtures (C or Rust) does to its allocator. */
export function expectedAllocationStats(bench: AllocBench, n: number): AllocationStats {
  return statsOf(allocationOps(bench, n));
}
