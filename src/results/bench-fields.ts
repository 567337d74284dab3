// Readers of a benchmark's allocation statistics and cache events from untrusted JSON (a cache
// entry, a results file): every field present and a count, nothing else taken. Pure module.
import type { AllocationStats, CacheEvents } from '../types.js';

export const ALLOCATION_FIELDS = ['allocs', 'reallocs', 'frees', 'bytes', 'peakLiveBytes', 'peakLiveBlocks', 'liveBytesAtEnd'] as const;
export const CACHE_EVENT_FIELDS = ['accesses', 'l1Misses', 'llMisses', 'streamedMisses', 'firstTouches', 'grows'] as const;

type CountReader = (v: unknown, at: string) => number;

function fields<K extends string>(names: readonly K[], v: unknown, at: string, count: CountReader): Record<K, number> {
  const o = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((k) => [k, count(o[k], `${at}/${k}`)])) as Record<K, number>;
}

export function allocations(v: unknown, at: string, count: CountReader): AllocationStats {
  return fields(ALLOCATION_FIELDS, v, at, count);
}

export function cacheEvents(v: unknown, at: string, count: CountReader): CacheEvents {
  return fields(CACHE_EVENT_FIELDS, v, at, count);
}
