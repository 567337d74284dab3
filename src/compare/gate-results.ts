// Pure: the results of a gate run, from what its stages found: the verdict and exit code follow
// from the problems and the variants' statuses (verdict.ts).
import type { SelectionRecord } from '../results/published.js';
import type { AgainstRecord, GateProblem, GateResults } from '../types.js';
import { WASM_GATE_VERSION } from '../version.js';
import { exitCodeFor, gateStatus } from './verdict.js';

/** What a run's results say about the run itself, whatever it measured. */
export interface RunHeader {
  mode: 'check' | 'update';
  startedMs: number;
  configFile: string;
  baselineFile: string;
  reference?: string;
  selection?: SelectionRecord;
  against?: AgainstRecord;
}

export function gateResults(header: RunHeader, variants: GateResults['variants'], tools: Record<string, string>, problems: GateProblem[], nowMs: number): GateResults {
  const status = gateStatus(problems, variants);
  return {
    schemaVersion: 1,
    tool: { name: 'wasm-gate', version: WASM_GATE_VERSION },
    mode: header.mode,
    status,
    exitCode: exitCodeFor(status),
    startedAt: new Date(header.startedMs).toISOString(),
    durationMs: nowMs - header.startedMs,
    tools,
    configFile: header.configFile,
    baselineFile: header.baselineFile,
    ...(header.reference ? { reference: header.reference } : {}),
    ...(header.against ? { against: header.against } : {}),
    variants,
    problems,
    ...(header.selection ? { selection: header.selection } : {}),
  };
}
