// Pure: which benchmarks a module offers. (What its imports get: host.ts, in the worker.)
import path from 'node:path';
import { globMatch } from '../glob.js';
import type { LoadReply } from './protocol.js';

export interface BenchPlanEntry {
  name: string;
  kind: 'export' | 'trace';
  /** trace file, for kind 'trace' */
  file?: string;
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
