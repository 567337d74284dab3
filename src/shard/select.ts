// Pure: which variants one job of a GitHub Actions matrix runs. `--shard K/N` takes every N-th
// variant of the config starting at the K-th (round robin by position), so shards stay balanced
// and adding a variant at the end of the config moves no other variant to another shard.
// `--variants a,b` runs the named ones. The reference variant runs in every shard that has any
// variant to compare with it (its numbers are reported once, by the shard it belongs to).

export interface ShardSpec {
  /** 1-based */
  index: number;
  count: number;
}

export interface Selection {
  /** variants this run reports, in config order */
  owned: string[];
  /** the reference variant, run here only to compare with (another shard reports it) */
  referenceOnly?: string;
}

export class SelectionError extends Error {}

export function parseShard(text: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new SelectionError(`--shard takes K/N, e.g. --shard 2/4 (got "${text}")`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new SelectionError(`--shard ${text}: K must be between 1 and N (e.g. 1/${Math.max(count, 1)})`);
  return { index, count };
}

/** The variants of shard K of N: positions K-1, K-1+N, K-1+2N, ... of the config's list. */
export function shardVariants(all: readonly string[], shard: ShardSpec): string[] {
  return all.filter((_, i) => i % shard.count === shard.index - 1);
}

export function selectVariants(all: readonly string[], options: { shard?: ShardSpec; variants?: string[]; reference?: string }): Selection {
  let owned = [...all];
  if (options.variants) {
    const unknown = options.variants.filter((v) => !all.includes(v));
    if (unknown.length > 0) throw new SelectionError(`--variants names ${unknown.map((u) => `"${u}"`).join(', ')}, which the config does not have (it has: ${all.join(', ')})`);
    owned = owned.filter((v) => options.variants?.includes(v));
  }
  if (options.shard) owned = owned.filter((v) => shardVariants(all, options.shard as ShardSpec).includes(v));
  const needsReference = options.reference !== undefined && owned.length > 0 && !owned.includes(options.reference);
  return { owned, ...(needsReference ? { referenceOnly: options.reference } : {}) };
}
