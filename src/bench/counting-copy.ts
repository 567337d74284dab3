// The counting copies of a variant's module: the benchmarked module with instructions per
// function and, where this Node can run it, cycles through the cache model; and the module as
// built with hooks on its allocator's entry points, for the allocation statistics.
import type { AllocatorEntryNames } from '../types.js';
import { instrumentForCounting, instrumentForProfiling } from '../wasm/instrument.js';
import { DEFAULT_ENTRY_POINTS, findEntryPoints } from './alloc-entry-points.js';
import { readModuleInterface } from './module-interface.js';
import type { AllocationCopy } from './protocol.js';

/** Two memories: the cache model's state lives in a memory of its own (multi-memory, Node 22+). */
const TWO_MEMORIES = Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 5, 5, 2, 0, 0, 0, 0);

let multiMemory: boolean | undefined;
/** Whether this Node runs modules with two memories (Node 20 does not, even behind a flag). */
export function canModelCycles(): boolean {
  multiMemory ??= WebAssembly.validate(TWO_MEMORIES);
  return multiMemory;
}

export interface CountingCopies {
  counted: Uint8Array<ArrayBuffer>;
  allocation?: Omit<AllocationCopy, 'host'> & { host: Omit<AllocationCopy['host'], 'variant' | 'importsModule'> };
  /** allocator entry points hooked, by name */
  entryPoints: string[];
  /** said once per variant: what these copies do not measure, and why */
  notes: string[];
}

/**
 * `built`: the module as built (the allocation statistics run on it, so that an entry point
 * wasm-opt inlined still counts); without it (a component) the benchmarked module, with the name
 * of each body from `bodyNames`.
 */
export function makeCountingCopies(bytes: Uint8Array, built: Uint8Array | undefined, allocator: AllocatorEntryNames | undefined, bodyNames?: readonly string[]): CountingCopies {
  const notes: string[] = [];
  const cycles = canModelCycles();
  if (!cycles) notes.push(`no cycle estimate: its cache model needs multi-memory, which Node ${process.versions.node} does not run; run the gate on Node 22 or later (the GitHub Action runs on Node 24)`);
  const counted = new Uint8Array(instrumentForProfiling(bytes, { cycles }));
  const source = built ?? bytes;
  const search = findEntryPoints(source, allocator ?? DEFAULT_ENTRY_POINTS, built ? undefined : bodyNames);
  if (allocator && search.missing.length > 0) {
    notes.push(`bench.allocator names ${search.missing.map((n) => `"${n}"`).join(', ')}, which the module does not define with that kind's signature (all i32): no statistics from ${search.missing.length === 1 ? 'it' : 'them'}`);
  }
  if (search.found.length === 0) {
    if (!allocator) notes.push('no allocator entry points found (malloc, free, __rust_alloc, ... in the name section or exports; LTO may have inlined them): no allocation statistics; name yours with bench.allocator');
    return { counted, entryPoints: [], notes };
  }
  const allocation = {
    module: new Uint8Array(instrumentForCounting(source, { allocator: search.found })),
    host: readModuleInterface(source),
  };
  return { counted, allocation, entryPoints: search.found.map((e) => e.name), notes };
}
