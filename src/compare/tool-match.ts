// Pure: whether a baseline's numbers were made by the same tools as this run's. Sizes, sections
// and instruction counts are exact only for one optimizer (engine, version, flags) and one set of
// counting rules: binaryen 108 and 132 give 106,222 and 116,912 bytes for the same module.

import { CYCLE_RULES } from '../wasm/cycle-model.js';

/** Bump when the rules of what counts as an executed instruction, a cycle or an allocation change. */
export const COUNTING_RULES = `v2: every instruction counts 1, block/loop/else/end 0, per basic block; ${CYCLE_RULES}; allocations v1 (outermost entry-point call)`;

export interface ToolMismatch {
  what: 'optimizer' | 'instruction counting';
  baseline: string;
  current: string;
}

/** The optimizer a tools record names: engine, version and flags ('none' when optimize is off). */
export function optimizerOf(tools: Record<string, string> | undefined): string | undefined {
  if (!tools || Object.keys(tools).length === 0) return undefined;
  if (Object.hasOwn(tools, 'binaryen')) return `binaryen ${tools.binaryen}`;
  if (Object.hasOwn(tools, 'wasm-opt')) return `wasm-opt ${tools['wasm-opt']}`;
  return 'none (optimize: false)';
}

function countingOf(tools: Record<string, string> | undefined): string | undefined {
  if (!tools) return undefined;
  if (Object.hasOwn(tools, 'counting')) return tools.counting;
  // Baselines from before the rules were recorded used v1.
  return Object.hasOwn(tools, 'bench') ? COUNTING_RULES : undefined;
}

/**
 * What differs between the tools a baseline records and this run's. A baseline that records no
 * tools (written by hand) cannot be checked and is taken as it is.
 */
export function toolMismatches(baseline: Record<string, string> | undefined, current: Record<string, string>): ToolMismatch[] {
  const out: ToolMismatch[] = [];
  const before = optimizerOf(baseline);
  const now = optimizerOf(current);
  if (before !== undefined && now !== undefined && before !== now) out.push({ what: 'optimizer', baseline: before, current: now });
  const countedBefore = countingOf(baseline);
  const countedNow = countingOf(current);
  if (countedBefore !== undefined && countedNow !== undefined && countedBefore !== countedNow) {
    out.push({ what: 'instruction counting', baseline: countedBefore, current: countedNow });
  }
  return out;
}
