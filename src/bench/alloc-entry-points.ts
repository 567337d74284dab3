// Which functions of a module are its allocator's entry points, for the allocation statistics:
// the names toolchains leave (in the name section or as exports), or the ones a config names
// (bench.allocator), with the signature their kind needs. Pure module.
import { readableName } from '../measure/demangle.js';
import { ALLOC_KINDS, type AllocKind, type EntryPoint } from '../wasm/alloc-hooks.js';
import { readDeclarations } from '../wasm/imports-exports.js';
import { readFunctionNames } from '../wasm/name-section.js';

/** What a toolchain calls its allocator's entry points, and what each does. */
export const DEFAULT_ENTRY_POINTS: Readonly<Record<string, AllocKind>> = {
  malloc: 'malloc',
  calloc: 'calloc',
  realloc: 'realloc',
  free: 'free',
  aligned_alloc: 'aligned_alloc',
  memalign: 'aligned_alloc',
  posix_memalign: 'posix_memalign',
  // wasi-libc's and Emscripten's dlmalloc under its own names
  dlmalloc: 'malloc',
  dlcalloc: 'calloc',
  dlrealloc: 'realloc',
  dlfree: 'free',
  dlmemalign: 'aligned_alloc',
  dlposix_memalign: 'posix_memalign',
  emscripten_builtin_malloc: 'malloc',
  emscripten_builtin_calloc: 'calloc',
  emscripten_builtin_realloc: 'realloc',
  emscripten_builtin_free: 'free',
  emscripten_builtin_memalign: 'aligned_alloc',
  // Rust's global allocator shims
  __rust_alloc: 'rust_alloc',
  __rust_alloc_zeroed: 'rust_alloc',
  __rust_dealloc: 'rust_dealloc',
  __rust_realloc: 'rust_realloc',
  // the dlmalloc crate (Rust's default on wasm32), when LTO inlined the shims into their callers
  'dlmalloc::dlmalloc::Dlmalloc<A>::malloc': 'malloc',
  'dlmalloc::dlmalloc::Dlmalloc<A>::calloc': 'calloc',
  'dlmalloc::dlmalloc::Dlmalloc<A>::realloc': 'realloc',
  'dlmalloc::dlmalloc::Dlmalloc<A>::free': 'free',
  'dlmalloc::dlmalloc::Dlmalloc<A>::memalign': 'aligned_alloc',
};

export const ENTRY_POINT_KINDS = Object.keys(ALLOC_KINDS) as AllocKind[];

export interface EntryPointSearch {
  found: EntryPoint[];
  /** names the config gave that the module does not have (or not with the kind's signature) */
  missing: string[];
}

/**
 * The entry points of `bytes`: functions it defines whose name (as spelled, or demangled without
 * its hash; or the name of body i in `bodyNames`, for a stripped module) or export name is in
 * `names`, with the signature of their kind (all i32).
 */
export function findEntryPoints(bytes: Uint8Array, names: Readonly<Record<string, AllocKind>> = DEFAULT_ENTRY_POINTS, bodyNames?: readonly string[]): EntryPointSearch {
  const declarations = readDeclarations(bytes);
  const importedFunctions = declarations.imports.filter((i) => i.kind === 'function').length;
  const candidates: { index: number; name: string }[] = [];
  for (const [index, raw] of readFunctionNames(bytes).names) candidates.push({ index, name: raw }, { index, name: readableName(raw) });
  bodyNames?.forEach((name, i) => candidates.push({ index: importedFunctions + i, name }));
  for (const e of declarations.exports) if (e.kind === 'function') candidates.push({ index: e.index, name: e.name });
  const found = new Map<number, EntryPoint>();
  const matched = new Set<string>();
  for (const { index, name } of candidates) {
    const kind = Object.hasOwn(names, name) ? names[name] : undefined;
    if (kind === undefined || index < importedFunctions || found.has(index)) continue;
    const type = declarations.types[declarations.functionTypes[index] ?? -1];
    const shape = ALLOC_KINDS[kind];
    if (!type || type.params.length !== shape.params || type.results.length !== shape.results || ![...type.params, ...type.results].every((t) => t === 'i32')) continue;
    found.set(index, { functionIndex: index, kind, name });
    matched.add(name);
  }
  return { found: [...found.values()].sort((a, b) => a.functionIndex - b.functionIndex), missing: Object.keys(names).filter((n) => !matched.has(n)) };
}
