// Pure: how a report says that a variant's numbers were reused instead of measured (its artifact,
// optimizer and settings were those of an earlier measurement: reuse/reuse.ts).
import type { ReuseRecord } from '../types.js';

/** What a reuse took: with wasm-opt run again (its bytes were needed), only gzip and brotli of the sizes. */
export function reusedParts(reuse: ReuseRecord): string[] {
  return reuse.reused.map((part) => (part === 'counts' ? 'instruction counts and memory' : reuse.optimizedAgain ? 'gzip and brotli sizes' : 'sizes'));
}

/** One sentence: "Unchanged artifact: reused its sizes, instruction counts and memory from the baseline (…)". */
export function reuseSentence(reuse: ReuseRecord): string {
  const how = reuse.optimizedAgain ? 'wasm-opt ran again for the module and gave the recorded bytes' : 'wasm-opt did not run';
  return `Unchanged artifact: reused its ${reusedParts(reuse).join(', ')} from the ${reuse.source} (the same bytes, optimizer and settings; ${how}).`;
}
