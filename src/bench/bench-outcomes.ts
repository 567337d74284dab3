// The bench stage's results put on each variant's outcome: its measurements, and a problem for
// every benchmark that failed or that the budget left out, with the fix. Pure module.
import type { GateConfig, GateProblem, VariantMeasurement } from '../types.js';
import { listSome } from './phase-text.js';
import { type BenchStageResult, MODULE_KEY } from './variant-run.js';

/** A variant as the pipeline has it after measuring (compare.ts VariantOutcome). */
interface Outcome {
  name: string;
  problems: GateProblem[];
  measurement?: VariantMeasurement;
}

export function attachBenchResults(outcomes: Outcome[], bench: BenchStageResult, config: GateConfig): void {
  for (const outcome of outcomes) {
    const result = bench.byVariant.get(outcome.name);
    if (!result || !outcome.measurement) continue;
    if (Object.keys(result.measurements).length > 0) outcome.measurement.bench = result.measurements;
    if (Object.keys(result.vsReference).length > 0) outcome.measurement.throughputVsReference = result.vsReference;
    if (result.vsBase && Object.keys(result.vsBase).length > 0) outcome.measurement.throughputVsBase = result.vsBase;
    if (Object.keys(result.errors).length > 0) {
      outcome.measurement.benchErrors = result.errors;
      for (const [name, reason] of Object.entries(result.errors)) {
        // A reason that already names its benchmark ("benchmark bench_x called the import ...") reads as is.
        const what = name === MODULE_KEY ? 'benchmarks cannot run: ' : reason.startsWith(`benchmark ${name} `) ? '' : `benchmark ${name} failed: `;
        outcome.problems.push({ kind: 'bench', variant: outcome.name, message: `variant "${outcome.name}": ${what}${reason}${benchHint(reason)}` });
      }
    }
    if (result.notRun.length > 0 || result.notTimed.length > 0) {
      const parts = [
        result.notRun.length > 0 ? `${result.notRun.length} not run (${listSome(result.notRun, 5)})` : '',
        result.notTimed.length > 0 ? `${result.notTimed.length} counted but not timed (${listSome(result.notTimed, 5)})` : '',
      ].filter(Boolean);
      outcome.problems.push({
        kind: 'bench',
        variant: outcome.name,
        message: `variant "${outcome.name}": the bench phase's total budget of ${Math.round(config.bench.totalTimeLimitMs / 1000)} s ran out: ${parts.join('; ')}. Raise bench.totalTimeLimitMs, or run fewer benchmarks (bench.exports)`,
      });
    }
  }
}

/** The fix for a benchmark that cannot run, said once with its error. */
function benchHint(reason: string): string {
  if (reason.includes('bench.maxBenchmarks')) return '';
  if (reason.includes('trapped at instantiation')) return ' (fix its start-up code, or set "bench": false on this variant to gate its sizes only)';
  if (reason.includes('bench.imports')) return '; or set "bench": false on this variant to gate its sizes only';
  if (/\bimport/.test(reason)) return ' (provide the import with bench.imports, or set "bench": false on this variant to gate its sizes only)';
  return ' (fix the benchmark, or set "bench": false on this variant to gate its sizes only)';
}

