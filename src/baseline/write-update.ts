// `update` writes the baseline: every variant that measured gets this run's numbers, one that
// failed keeps its previous entry (next-baseline.ts). Nothing is written when no variant measured,
// or over a baseline a newer wasm-gate wrote.
import { listSome } from '../bench/phase-text.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { Logger } from '../log.js';
import type { Baseline, GateConfig, GateProblem, VariantMeasurement } from '../types.js';
import { baselineChanged, nextBaseline, serializeBaseline } from './next-baseline.js';

export interface BaselineUpdate {
  file: string;
  previous: Baseline | undefined;
  /** written by a newer wasm-gate: never overwritten */
  unwritable: boolean;
  config: GateConfig;
  outcomes: Array<{ name: string; problems: GateProblem[]; measurement?: VariantMeasurement }>;
  tools: Record<string, string>;
  log: Logger;
}

export interface BaselineWritten {
  /** written: a broken baseline it replaced is no longer a problem */
  written: boolean;
  /** whether the file's content changed (absent when no new baseline was made) */
  changed?: boolean;
  problem?: GateProblem;
}

export async function writeUpdatedBaseline(update: BaselineUpdate): Promise<BaselineWritten> {
  const { file, config } = update;
  const refused = (why: string): GateProblem => ({ kind: 'baseline', file, message: `baseline ${file} was not written: ${why}` });
  const measured = new Map(update.outcomes.filter((o) => o.problems.length === 0 && o.measurement).map((o) => [o.name, o.measurement as VariantMeasurement]));
  if (update.unwritable) return { written: false, problem: refused('it was written by a newer wasm-gate (see above)') };
  if (measured.size === 0) return { written: false, problem: refused('no variant measured (fix the errors above and run update again)') };
  const next = nextBaseline(update.previous, { variants: config.variants.map((v) => v.name), measured, tools: update.tools, now: new Date(), thresholds: config.thresholds });
  const changed = baselineChanged(update.previous, next.baseline);
  try {
    await writeFileAtomic(file, serializeBaseline(next.baseline), 'baseline');
  } catch (error) {
    return { written: false, changed: false, problem: refused((error as Error).message) };
  }
  const notes = [
    next.kept.length > 0 ? `kept the previous entries of ${listSome(next.kept, 10)}, which failed` : '',
    next.missing.length > 0 ? `no entry for ${listSome(next.missing, 10)}, which failed` : '',
  ].filter(Boolean);
  update.log.info(`wrote ${file} (${measured.size} of ${config.variants.length} variants measured${notes.length > 0 ? `; ${notes.join('; ')}` : ''})${changed ? '' : ' (no change)'}`);
  return { written: true, changed };
}
