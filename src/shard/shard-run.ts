// Pure: one shard of a matrix (or named variants) as a run sees it: only its variants (and the
// reference, to compare with) run, and it reports its own variants only.
import type { SelectionRecord } from '../results/published.js';
import type { GateConfig, GateProblem, VariantResult } from '../types.js';
import { SelectionError, selectVariants, type ShardSpec } from './select.js';

export interface ShardRun {
  selection: SelectionRecord;
  /** the reference variant, run here only to compare with */
  referenceOnly?: string;
  /** every variant of the config, before the selection */
  configured: string[];
}

/** The config narrowed to the selected variants, and what the log says about it; or the config problem. */
export function selectForRun(config: GateConfig, select: { shard?: ShardSpec; variants?: string[] }): { config: GateConfig; shard: ShardRun; note: string } | { problem: GateProblem } {
  const configured = config.variants.map((v) => v.name);
  let picked: ReturnType<typeof selectVariants>;
  try {
    picked = selectVariants(configured, { ...select, ...(config.reference ? { reference: config.reference } : {}) });
  } catch (error) {
    if (!(error instanceof SelectionError)) throw error;
    return { problem: { kind: 'config', file: config.file, message: error.message } };
  }
  const { referenceOnly } = picked;
  const selection: SelectionRecord = { ...(select.shard ? { shard: select.shard } : {}), variants: picked.owned, configVariants: configured };
  const narrowed = { ...config, variants: config.variants.filter((v) => picked.owned.includes(v.name) || v.name === referenceOnly) };
  const note = `${select.shard ? `shard ${select.shard.index}/${select.shard.count}` : 'selected'}: ${picked.owned.length} of ${configured.length} variants${referenceOnly ? ` (and the reference ${referenceOnly}, to compare with)` : ''}`;
  return { config: narrowed, shard: { selection, ...(referenceOnly ? { referenceOnly } : {}), configured }, note };
}

/** A shard reports its own variants: not the reference it ran to compare with, and not the
 * variants of other shards as removed. */
export function ownVariants<V extends Pick<VariantResult, 'name' | 'status'>>(compared: V[], shard: ShardRun | undefined): V[] {
  if (!shard) return compared;
  return compared.filter((v) => v.name !== shard.referenceOnly && !(v.status === 'removed' && shard.configured.includes(v.name)));
}
