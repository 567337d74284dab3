// Pure: whether two shards' numbers were made the same way. Sizes depend on the optimizer (engine,
// version, flags), counts on the counting rules, timings on the JavaScript engine: a merge of
// shards that differ in one of them would label every number with the first shard's tools.
import { optimizerOf } from '../compare/tool-match.js';
import type { PublishedResults } from '../results/published.js';

export interface ToolDifference {
  /** what differs, for the message */
  what: string;
  first: string;
  other: string;
}

/** What differs between the tools two shards' results record; empty when they agree. */
export function shardToolDifferences(first: PublishedResults, other: PublishedResults): ToolDifference[] {
  const out: ToolDifference[] = [];
  const compare = (what: string, a: string, b: string): void => {
    if (a !== b) out.push({ what, first: a, other: b });
  };
  compare('optimizer (engine, version, flags)', optimizerOf(first.tools) ?? 'none recorded', optimizerOf(other.tools) ?? 'none recorded');
  compare('counting rules', first.tools.counting ?? 'none (bench off)', other.tools.counting ?? 'none (bench off)');
  // Timings are only comparable on one engine; a shard that timed nothing has no engine to compare.
  if (timed(first) && timed(other) && first.tools.bench !== undefined && other.tools.bench !== undefined) {
    compare('benchmark engine and settings', first.tools.bench, other.tools.bench);
  }
  return out;
}

function timed(results: PublishedResults): boolean {
  return results.variants.some((v) => Object.values(v.measurement?.bench ?? {}).some((b) => b.opsPerSec !== undefined));
}

/** 'the shards differ in optimizer (engine, version, flags): "binaryen 132 … -Oz" in a.json, "binaryen 132 … -O2" in b.json' */
export function describeDifference(d: ToolDifference, firstFile: string, otherFile: string): string {
  return `the shards differ in ${d.what}: "${d.first}" in ${firstFile}, "${d.other}" in ${otherFile}`;
}
