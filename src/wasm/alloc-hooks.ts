// Allocation statistics in the counting copy: each allocator entry point (malloc, free, ...) is
// replaced at its own function index by a wrapper that calls the original body (moved to a new
// index) and, when it is the outermost allocator call, reports the call to the host through a
// table slot the host fills (HOOK_EXPORT). Calls, table entries and exports need no rewriting:
// they reach the wrapper by the index they already use. Pure module.
import { FunctionAsm, funcType, I32 } from './function-asm.js';

export const HOOK_EXPORT = '__wasm_gate_alloc_hook';

/** What an entry point does, by the C or Rust signature it has (all i32). */
export const ALLOC_KINDS = {
  malloc: { id: 0, params: 1, results: 1 }, // (size) -> ptr
  calloc: { id: 1, params: 2, results: 1 }, // (count, size) -> ptr
  realloc: { id: 2, params: 2, results: 1 }, // (ptr, size) -> ptr
  free: { id: 3, params: 1, results: 0 }, // (ptr)
  aligned_alloc: { id: 4, params: 2, results: 1 }, // (align, size) -> ptr
  posix_memalign: { id: 5, params: 3, results: 1 }, // (&ptr, align, size) -> error
  rust_alloc: { id: 6, params: 2, results: 1 }, // (size, align) -> ptr
  rust_dealloc: { id: 7, params: 3, results: 0 }, // (ptr, size, align)
  rust_realloc: { id: 8, params: 4, results: 1 }, // (ptr, old size, align, new size) -> ptr
} as const;
export type AllocKind = keyof typeof ALLOC_KINDS;

export interface EntryPoint {
  /** function index (imports first) of a function the module defines */
  functionIndex: number;
  kind: AllocKind;
  name: string;
}

/** record(kind, a0, a1, a2, a3, result): the host's side of the hook. */
export const RECORD_TYPE = funcType([I32, I32, I32, I32, I32, I32], []);

export interface HookIndices {
  /** i32 global: allocator calls in progress (only the outermost is reported) */
  depth: number;
  table: number;
  recordType: number;
}

/** The wrapper that takes an entry point's index: counts nesting, calls `moved`, reports. */
export function wrapperBody(kind: AllocKind, moved: number, ix: HookIndices): Uint8Array {
  const { params, results } = ALLOC_KINDS[kind];
  const RESULT = params;
  const a = new FunctionAsm(results ? [I32] : []);
  a.globalGet(ix.depth).i32(1).op(0x6a).globalSet(ix.depth);
  for (let i = 0; i < params; i++) a.get(i);
  a.call(moved);
  if (results) a.set(RESULT);
  a.globalGet(ix.depth).i32(1).op(0x6b).globalSet(ix.depth);
  a.block();
  a.globalGet(ix.depth).brIf(0);
  // No hook before the host sets one (a start function that allocates).
  a.i32(0).op(0x25).u32(ix.table);
  a.op(0xd1).brIf(0); // ref.is_null
  a.i32(ALLOC_KINDS[kind].id);
  for (let i = 0; i < 4; i++) {
    if (i < params) a.get(i);
    else a.i32(0);
  }
  if (results) a.get(RESULT);
  else a.i32(0);
  a.i32(0).op(0x11).u32(ix.recordType);
  a.u32(ix.table);
  a.end();
  if (results) a.get(RESULT);
  return a.end().body();
}

/** The hook table: funcref, one slot. */
export const HOOK_TABLE = Uint8Array.of(0x70, 0x01, 0x01, 0x01);
/** The nesting depth global: (mut i32) 0. */
export const DEPTH_GLOBAL = Uint8Array.of(I32, 0x01, 0x41, 0x00, 0x0b);
