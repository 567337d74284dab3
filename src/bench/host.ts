// The host a benchmarked module runs against, in the worker process: faithful host functions for
// the imports of known toolchains, the user's own (bench.imports), and for every other function
// import a stub that traps only if it is called, so that benchmarks which never touch it still run.
// Host functions execute no WebAssembly instructions: they add 0 to the exact counts. The counted
// and the timed copies of a module get the same host, built afresh for every instance.
// Node builtins and type-only imports only: the worker runs this file under Node's type stripping.
import { WASI } from 'node:wasi';
import { pathToFileURL } from 'node:url';
import type { ImportDescriptor, Limits } from './module-interface.ts';
import type { HostPlan } from './protocol.ts';

const PAGE = 65536;
/** Emscripten's emscripten_get_heap_max with growth: one page short of 4 GiB, or MAXIMUM_MEMORY. */
const EMSCRIPTEN_HEAP_MAX = 4 * 1024 * 1024 * 1024 - PAGE;

/** A stub import was called: the benchmark needs a host function the gate does not have. */
export class MissingImport extends Error {}

/** What the user's `bench.imports` module's default export receives, once per instance. */
export interface ImportContext {
  variant: string;
  module: WebAssembly.Module;
  /** the instance's linear memory (exported, or imported from the gate), once instantiated */
  memory(): WebAssembly.Memory | undefined;
  /** the instance's exports, once instantiated */
  exports(): WebAssembly.Exports | undefined;
  /** the benchmark the gate is running (or setting up) */
  benchmark(): string;
}
export type ImportsFactory = (ctx: ImportContext) => Record<string, Record<string, unknown>> | undefined;

export async function loadImportsFactory(file: string): Promise<ImportsFactory> {
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new Error(`bench.imports ${file} cannot be loaded: ${(error as Error).message}`);
  }
  if (typeof loaded.default !== 'function') {
    throw new Error(`bench.imports ${file} must have a default export (ctx) => ({ module: { name: value } }), but its default export is ${typeof loaded.default}`);
  }
  return loaded.default as ImportsFactory;
}

/** Imports that are neither functions nor memories/tables the gate can create: only the user can supply them. */
export function unprovidable(plan: HostPlan): string[] {
  return plan.imports.filter((i) => i.kind === 'global' || i.kind === 'tag').map((i) => `${i.module}.${i.name} (${i.kind})`);
}

export interface Hosted {
  instance: WebAssembly.Instance;
  memory(): WebAssembly.Memory | undefined;
  /** linear memory at instantiation, before any of the module's code ran */
  initialMemoryBytes: number;
}

/** The module trapped while it started (its start function, _initialize or constructors): no benchmark ran yet. */
export class StartTrap extends Error {}

/** A benchmark (or the start-up) called WASI proc_exit: the module exited instead of returning. */
export class ProcExit extends Error {
  // A plain field, not a parameter property: this file runs under Node's type stripping too.
  readonly code: number;
  constructor(code: number) {
    super(`the module called WASI proc_exit(${code}) instead of returning (a benchmark must return its checksum; is a command's main running?)`);
    this.code = code;
  }
}

/** Instantiates `module` against the host, then runs its start-up as its toolchain's loader would. */
export function instantiateHosted(module: WebAssembly.Module, plan: HostPlan, factory: ImportsFactory | undefined, benchmark: () => string): Hosted {
  let instance: WebAssembly.Instance | undefined;
  let importedMemory: WebAssembly.Memory | undefined;
  let memoryLimits: Limits | undefined = plan.memory;
  const memory = (): WebAssembly.Memory | undefined => importedMemory ?? exportedMemory(instance);
  const ctx: ImportContext = { variant: plan.variant, module, memory, exports: () => instance?.exports, benchmark };
  const user = factory?.(ctx) ?? {};
  const wasi = plan.imports.some((i) => i.module === 'wasi_snapshot_preview1') ? new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true }) : undefined;
  const wasiFunctions: Record<string, unknown> = {
    ...(wasi?.getImportObject() as { wasi_snapshot_preview1?: Record<string, unknown> } | undefined)?.wasi_snapshot_preview1,
    // The same bytes for every instance, so that a module seeding its hash maps from WASI
    // (Rust's std HashMap does) executes the same instructions on every run.
    random_get: deterministicRandom(memory),
    // node:wasi unwinds proc_exit with a bare symbol: say what happened, with the exit code.
    proc_exit: (code: number) => {
      throw new ProcExit(code);
    },
  };

  const imports: Record<string, Record<string, unknown>> = {};
  const missing: string[] = [];
  for (const desc of plan.imports) {
    let value = user[desc.module]?.[desc.name];
    if (value === undefined) {
      if (desc.kind === 'function') {
        value = (desc.module === 'wasi_snapshot_preview1' ? wasiFunctions[desc.name] : undefined) ?? knownFunction(desc, memory, () => memoryLimits) ?? stub(desc, benchmark);
      } else if (desc.kind === 'memory') {
        value = new WebAssembly.Memory({ initial: desc.limits.initial, ...(desc.limits.maximum === undefined ? {} : { maximum: desc.limits.maximum }), ...(desc.shared ? { shared: true } : {}) });
      } else if (desc.kind === 'table') {
        value = new WebAssembly.Table({ element: desc.element, initial: desc.limits.initial, ...(desc.limits.maximum === undefined ? {} : { maximum: desc.limits.maximum }) });
      } else {
        missing.push(`${desc.module}.${desc.name} (${desc.kind})`);
        continue;
      }
    }
    if (desc.kind === 'memory' && value instanceof WebAssembly.Memory) {
      importedMemory = value;
      memoryLimits = desc.limits;
    }
    (imports[desc.module] ??= {})[desc.name] = value;
  }
  if (missing.length > 0) throw new Error(`${notProvidedMessage(missing)}`);

  const what = plan.start ? "the module's start function" : 'the module (initializing its memory or tables)';
  instance = startingUp(what, () => new WebAssembly.Instance(module, imports as WebAssembly.Imports));
  const initialMemoryBytes = memory()?.buffer.byteLength ?? 0;
  const exports = instance.exports as Record<string, unknown>;
  // node:wasi needs its memory before any call (a reactor's _initialize, a command's library
  // export, a cdylib without _initialize); initialize() on a view without _start binds it without
  // running main.
  const mem = memory();
  if (wasi && mem) wasi.initialize({ exports: { memory: mem } });
  if (typeof exports._initialize === 'function') startingUp("the module's _initialize", exports._initialize as () => void);
  // Emscripten's JS glue runs the constructors itself (addOnInit(__wasm_call_ctors)).
  else if (typeof exports._start !== 'function' && typeof exports.__wasm_call_ctors === 'function') startingUp("the module's constructors (__wasm_call_ctors)", exports.__wasm_call_ctors as () => void);
  return { instance, memory, initialMemoryBytes };
}

/** Runs start-up code; a trap in it is the module's fault, not the benchmark's that happened to ask. */
function startingUp<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) throw new StartTrap(`${what} trapped at instantiation, before any benchmark ran: ${error.message}`);
    throw error;
  }
}

export function notProvidedMessage(missing: string[]): string {
  return `the module imports ${missing.join(', ')}, which the gate does not provide (it stubs function imports and creates imported memories and tables); supply them with bench.imports (see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`;
}

/** WASI random_get(buf, len) from a fixed xorshift32 stream, one stream per instance. */
function deterministicRandom(memory: () => WebAssembly.Memory | undefined): (buf: number, len: number) => number {
  let state = 0x2545f491;
  return (buf: number, len: number): number => {
    const bytes = new Uint8Array((memory() as WebAssembly.Memory).buffer, buf >>> 0, len >>> 0);
    for (let i = 0; i < bytes.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    return 0;
  };
}

function exportedMemory(instance: WebAssembly.Instance | undefined): WebAssembly.Memory | undefined {
  if (!instance) return undefined;
  const exports = instance.exports as Record<string, unknown>;
  if (exports.memory instanceof WebAssembly.Memory) return exports.memory;
  // The counting copy's cache model has a memory of its own (__wasm_gate_sim): not the module's.
  return Object.entries(exports).find((e): e is [string, WebAssembly.Memory] => e[1] instanceof WebAssembly.Memory && !e[0].startsWith('__wasm_gate_'))?.[1];
}

function stub(desc: ImportDescriptor, benchmark: () => string): () => never {
  return () => {
    throw new MissingImport(`benchmark ${benchmark()} called the import ${desc.module}.${desc.name}, which the gate does not provide (supply it with bench.imports: see wasm-gate's docs/TOOLCHAINS.md, "Imports the gate provides")`);
  };
}

/** Host functions of known toolchains, as their own JS loaders implement them. */
function knownFunction(desc: Extract<ImportDescriptor, { kind: 'function' }>, memory: () => WebAssembly.Memory | undefined, limits: () => Limits | undefined): ((...args: number[]) => unknown) | undefined {
  if (desc.module !== 'env') return undefined;
  switch (desc.name) {
    case 'emscripten_resize_heap':
      return (requested: number) => emscriptenResizeHeap(memory(), limits(), requested);
    case 'emscripten_notify_memory_growth':
      // Emscripten's JS refreshes its typed-array views here; the gate reads memory.buffer afresh.
      return () => undefined;
    case 'emscripten_memcpy_big':
      return (dest: number, src: number, num: number) => {
        const heap = new Uint8Array((memory() as WebAssembly.Memory).buffer);
        heap.copyWithin(dest >>> 0, src >>> 0, (src >>> 0) + (num >>> 0));
      };
    case 'abort':
      // AssemblyScript: abort(message, fileName, line, column), strings in AS's layout.
      if (desc.params === 4) return (message: number, file: number, line: number, column: number) => assemblyScriptAbort(memory(), message, file, line, column);
      // Emscripten: abort() traps with "Aborted()".
      if (desc.params === 0) return () => {
        throw new WebAssembly.RuntimeError('Aborted()');
      };
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Emscripten 3.1's emscripten_resize_heap (src/library.js): without ALLOW_MEMORY_GROWTH (the
 * memory's maximum is its initial size) it aborts; with it, it grows geometrically by 20% (at most
 * 96 MiB past the request), aligned to pages, cutting the over-growth down when a grow fails, and
 * returns whether memory grew.
 */
export function emscriptenResizeHeap(memory: WebAssembly.Memory | undefined, limits: Limits | undefined, requestedSize: number): number {
  if (!memory) return 0;
  const oldSize = memory.buffer.byteLength;
  const requested = requestedSize >>> 0;
  if (limits?.maximum !== undefined && limits.maximum <= limits.initial) {
    throw new WebAssembly.RuntimeError(
      `Aborted(Cannot enlarge memory arrays to size ${requested} bytes (OOM): the module was built without -sALLOW_MEMORY_GROWTH; raise -sINITIAL_MEMORY (now ${oldSize}) or build with -sALLOW_MEMORY_GROWTH)`,
    );
  }
  const maxHeapSize = Math.min(EMSCRIPTEN_HEAP_MAX, limits?.maximum === undefined ? Infinity : limits.maximum * PAGE);
  if (requested > maxHeapSize) return 0;
  const alignUp = (x: number, multiple: number): number => x + ((multiple - (x % multiple)) % multiple);
  for (let cutDown = 1; cutDown <= 4; cutDown *= 2) {
    let overGrown = oldSize * (1 + 0.2 / cutDown);
    overGrown = Math.min(overGrown, requested + 100663296);
    const newSize = Math.min(maxHeapSize, alignUp(Math.max(requested, overGrown), PAGE));
    try {
      memory.grow((newSize - memory.buffer.byteLength + 65535) >>> 16);
      return 1;
    } catch {
      // too much for the engine's limit: try a smaller over-growth
    }
  }
  return 0;
}

function assemblyScriptAbort(memory: WebAssembly.Memory | undefined, message: number, file: number, line: number, column: number): never {
  const text = asString(memory, message) ?? '(no message)';
  const where = asString(memory, file);
  throw new WebAssembly.RuntimeError(`abort: ${text}${where ? ` in ${where}:${line}:${column}` : ''}`);
}

/** An AssemblyScript string: UTF-16LE code units, their byte length in the header word before them. */
export function asString(memory: WebAssembly.Memory | undefined, ptr: number): string | undefined {
  const p = ptr >>> 0;
  if (!memory || p < 4) return undefined;
  const buffer = memory.buffer;
  if (p > buffer.byteLength) return undefined;
  const bytes = new DataView(buffer).getUint32(p - 4, true);
  if (bytes % 2 !== 0 || p + bytes > buffer.byteLength) return undefined;
  return new TextDecoder('utf-16le').decode(new Uint8Array(buffer, p, bytes));
}
