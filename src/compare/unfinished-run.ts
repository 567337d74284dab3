// What a run has measured so far, as results: written while the run goes on, so that a run stopped
// before its end (a CI job's time-out or cancel, Ctrl-C, a kill) leaves the sizes it had. The
// in-process optimizer holds the main thread for minutes on a large module, so a signal handler
// could not write them then: they are on disk before the stop instead. The finished run's results
// replace them. Pure module.
import type { Baseline, GateConfig, GateProblem, VariantResult } from '../types.js';
import { compareRun, type VariantOutcome } from './compare.js';

export interface UnfinishedRun {
  variants: VariantResult[];
  problem: GateProblem;
}

/** Every configured variant: the finished ones as measured, the others as not measured. */
export function unfinishedRun(config: GateConfig, baseline: Baseline | undefined, finished: readonly VariantOutcome[], benchEnabled: boolean): UnfinishedRun {
  const byName = new Map(finished.map((o) => [o.name, o]));
  const outcomes = config.variants.map(
    (v): VariantOutcome =>
      byName.get(v.name) ?? { name: v.name, problems: [{ kind: 'measure', variant: v.name, message: `variant "${v.name}": not measured: the run stopped before it finished this variant` }] },
  );
  const measured = finished.filter((o) => o.measurement).length;
  const problem: GateProblem = {
    kind: 'measure',
    message:
      `the run did not finish: these results were written after ${measured} of ${config.variants.length} variants were measured` +
      `${benchEnabled ? ' (sizes; benchmarks had not run yet)' : ''}, and the run was then stopped (cancelled, timed out or killed). Run it again for the full results`,
  };
  return { variants: compareRun(config, baseline, outcomes), problem };
}
