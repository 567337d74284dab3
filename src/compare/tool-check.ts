// Pure: numbers made by other tools than the baseline's are shown, never judged. Which metrics a
// tool difference leaves incomparable, and what the run says about it.
import type { GateProblem, MetricRow } from '../types.js';
import type { Incomparable } from './compare.js';
import { toolMismatches, type ToolMismatch } from './tool-match.js';

export interface ToolCheck {
  incomparable: Incomparable;
  /** the tools differ and the metrics they decide are not gated */
  problem?: GateProblem;
  /** the tools differ, and compareAcrossTools compares anyway */
  warning?: string;
}

export function checkTools(baseline: { file: string; tools: Record<string, string> | undefined }, tools: Record<string, string>, compareAcrossTools: boolean): ToolCheck {
  const mismatches = toolMismatches(baseline.tools, tools);
  if (mismatches.length === 0) return { incomparable: new Set() };
  if (compareAcrossTools) return { incomparable: new Set(), warning: `comparing anyway (compareAcrossTools): ${describeMismatches(mismatches)}` };
  const incomparable = incomparableMetrics(mismatches);
  const file = baseline.file;
  return {
    incomparable,
    problem: {
      kind: 'baseline',
      file,
      message: `baseline ${file} was measured with other tools than this run: ${describeMismatches(mismatches)}. Its ${describeMetrics(incomparable)} do not compare, so they are shown but not gated. Run \`wasm-gate update\` to measure the baseline with this run's tools, or set "compareAcrossTools": true in the config to compare anyway`,
    },
  };
}

function describeMismatches(mismatches: ToolMismatch[]): string {
  return mismatches.map((m) => `${m.what} ${m.baseline} in the baseline, ${m.current} now`).join('; ');
}

function incomparableMetrics(mismatches: ToolMismatch[]): Set<MetricRow['metric']> {
  const set = new Set<MetricRow['metric']>();
  for (const m of mismatches) {
    // Everything measured on the optimized module depends on the optimizer.
    // Allocation statistics come from the module as built: the optimizer does not decide them.
    if (m.what === 'optimizer') for (const metric of ['optimized', 'gzip', 'brotli', 'section', 'cycles', 'instructions', 'peakMemoryBytes', 'opsPerSec'] as const) set.add(metric);
    else for (const metric of ['cycles', 'instructions', 'peakLiveBytes', 'liveBytesAtEnd'] as const) set.add(metric);
  }
  return set;
}

function describeMetrics(metrics: Incomparable): string {
  if (metrics.has('optimized')) return 'optimized, gzip and brotli sizes, sections, cycles, instruction counts and memory';
  return 'cycles, instruction counts and allocation statistics';
}
