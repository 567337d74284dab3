// Worker side: a loaded module (the variant's own, or a partner it is paired with) and the one way
// its code is called, with a failure turned into a reason a person can act on.
// Node builtins and siblings only (see protocol.ts): the worker runs under Node's type stripping.
import { type Hosted, type ImportsFactory, instantiateHosted, MissingImport, ProcExit, StartTrap } from './host.ts';
import type { BenchSpec, HostPlan } from './protocol.ts';

export const PAGE = 65536;
const maxPages = Number(/--wasm-max-mem-pages=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 65536);
export const limitBytes = maxPages * PAGE;

/** A module the worker can run: compiled once, instantiated per benchmark. */
export interface LoadedModule {
  plain: WebAssembly.Module;
  host: HostPlan;
  imports: ImportsFactory | undefined;
  /** one live instance per benchmark for timing (worker-timing.ts) */
  timing: Map<string, { hosted: Hosted; run: (n: number) => unknown }>;
}

type Exports = Record<string, unknown>;

/** the benchmark being run or set up, named by the stubs of missing imports */
let currentBench = '';
export function setCurrentBench(name: string): void {
  currentBench = name;
}

export function instantiate(module: WebAssembly.Module, plan: HostPlan, imports: ImportsFactory | undefined): Hosted {
  const hosted = instantiateHosted(module, plan, imports, () => currentBench);
  const exports = hosted.instance.exports as Exports;
  if (typeof exports.alloc_stats_reset === 'function') (exports.alloc_stats_reset as () => void)();
  return hosted;
}

export function memoryBytes(hosted: Hosted): number {
  return hosted.memory()?.buffer.byteLength ?? 0;
}

/** Loads a trace into the module (outside any measurement) and returns the function to call. */
export function prepare(hosted: Hosted, bench: BenchSpec): (n: number) => unknown {
  const exports = hosted.instance.exports as Exports;
  if (bench.kind === 'export') {
    const fn = exports[bench.name];
    if (typeof fn !== 'function') throw new Error(`the module has no export ${bench.name}`);
    return fn as (n: number) => unknown;
  }
  const ptr = (exports.trace_load as (count: number) => number)(bench.ops.length);
  const memory = hosted.memory() as WebAssembly.Memory;
  new Int32Array(memory.buffer, ptr, bench.ops.length).set(bench.ops);
  return exports.trace_replay as (n: number) => unknown;
}

/** Runs a call into wasm and turns its failure into a reason a person can act on. */
export function guarded<T>(hosted: Hosted | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof MissingImport || error instanceof ProcExit || error instanceof StartTrap) throw error;
    if (typeof error !== 'object' || error === null || !('message' in error)) {
      // node:wasi's proc_exit (returnOnExit) throws a non-Error to unwind.
      throw new Error(`the module exited (WASI proc_exit) instead of returning: ${String(error)}`);
    }
    const message = (error as Error).message ?? String(error);
    const bytes = hosted ? memoryBytes(hosted) : 0;
    // A trap (Rust's alloc error handler, C's abort) with memory past half the cap is almost surely
    // a failed memory.grow: allocators grow in steps, so they fail short of the exact limit.
    if (bytes * 2 > limitBytes || /could not allocate memory|out of memory/i.test(message)) {
      throw new Error(`exhausted memory: linear memory reached ${Math.round(bytes / 1048576)} MB of the ${Math.round(limitBytes / 1048576)} MB limit (${message})`);
    }
    if (error instanceof WebAssembly.RuntimeError) throw new Error(`trapped: ${message}`);
    throw error;
  }
}
