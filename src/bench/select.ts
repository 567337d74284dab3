// Pure: which benchmarks a module offers, and whether the gate can run it at all.
import path from 'node:path';
import type { LoadReply } from './protocol.js';

export interface BenchPlanEntry {
  name: string;
  kind: 'export' | 'trace';
  /** trace file, for kind 'trace' */
  file?: string;
}

/** Glob with `*` and `?`, the whole name. */
export function globMatch(pattern: string, name: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return regex.test(name);
}

export function selectBenchmarks(
  exports: LoadReply['exports'],
  patterns: readonly string[],
  traces: readonly string[],
): BenchPlanEntry[] {
  const functions = exports.filter((e) => e.kind === 'function').map((e) => e.name);
  const selected: BenchPlanEntry[] = functions.filter((name) => patterns.some((p) => globMatch(p, name))).map((name) => ({ name, kind: 'export' }));
  if (traces.length > 0 && functions.includes('trace_load') && functions.includes('trace_replay')) {
    for (const file of traces) selected.push({ name: `trace:${path.basename(file).replace(/\.trace$/, '')}`, kind: 'trace', file });
  }
  return selected;
}

/** Imports the gate can satisfy: none, or WASI preview1 (run as a reactor). */
export function unsupportedImports(imports: LoadReply['imports']): string[] {
  return imports.filter((i) => i.module !== 'wasi_snapshot_preview1').map((i) => `${i.module}.${i.name} (${i.kind})`);
}

export function runnabilityProblem(info: LoadReply): string | undefined {
  const unsupported = unsupportedImports(info.imports);
  if (unsupported.length > 0) {
    return `the module imports what the gate cannot provide: ${unsupported.join(', ')}; benchmarks run modules with no imports or WASI preview1 reactors`;
  }
  const names = new Set(info.exports.map((e) => e.name));
  if (info.imports.length > 0 && names.has('_start') && !names.has('_initialize')) {
    return 'the module is a WASI command (it exports _start); build it as a reactor (clang -mexec-model=reactor) so its exports can be called';
  }
  return undefined;
}
