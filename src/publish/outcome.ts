// Pure: how the step ends, and the annotations that point at what regressed.
import { formatPercent, formatThreshold, formatValue, NBSP } from '../report/format.js';
import { budgetRows, budgetSubject, describeBudget } from '../report/budget-text.js';
import type { GateResults } from '../types.js';

export interface StepOutcome {
  failed: boolean;
  /** one line for the log (and the failure message) */
  message: string;
  level: 'error' | 'warning' | 'notice' | 'info';
}

export interface OutcomePolicy {
  failOnRegression: boolean;
  /** the PR carries the accept label */
  acceptedByLabel: boolean;
  acceptLabel: string;
}

export function stepOutcome(results: GateResults, policy: OutcomePolicy): StepOutcome {
  const regressed = results.variants.filter((v) => v.status === 'regressed').map((v) => v.name);
  if (results.status === 'error') {
    const count = results.problems.length + results.variants.filter((v) => v.status === 'error').length;
    return { failed: true, level: 'error', message: `wasm-gate: ${count} error${count === 1 ? '' : 's'} (see the report)` };
  }
  if (regressed.length === 0) return { failed: false, level: 'info', message: 'wasm-gate: no regression' };
  const which = `${regressed.length} regressed variant${regressed.length === 1 ? '' : 's'} (${regressed.slice(0, 10).join(', ')}${regressed.length > 10 ? ', …' : ''})`;
  if (policy.acceptedByLabel) {
    return { failed: false, level: 'notice', message: `wasm-gate: ${which} accepted by the "${policy.acceptLabel}" label` };
  }
  if (!policy.failOnRegression) {
    return { failed: false, level: 'warning', message: `wasm-gate: ${which}; not failing (fail-on-regression: false)` };
  }
  return { failed: true, level: 'error', message: `wasm-gate: ${which}` };
}

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

/** GitHub shows at most 10 annotations of a kind per step: keep 9 and sum up the rest in one. */
const PER_LEVEL = 10;

export function annotationsFor(results: GateResults, regressionLevel: 'error' | 'warning'): Annotation[] {
  const all: Annotation[] = [];
  for (const p of results.problems) all.push({ level: 'error', title: `wasm-gate: ${p.kind} error`, message: p.message });
  for (const v of results.variants) {
    for (const p of v.problems) all.push({ level: 'error', title: `wasm-gate: ${v.name}: ${p.kind} error`, message: p.message });
    for (const r of v.rows.filter((row) => row.status === 'regressed')) {
      all.push({
        level: regressionLevel,
        title: `wasm-gate: ${v.name} ${r.label} regressed`,
        // Annotations are plain text: ordinary spaces.
        message: `${v.name} ${r.label}: ${formatValue(r.baseline, r.unit)} → ${formatValue(r.current, r.unit)} (${formatPercent(r.deltaPct)}), threshold ${formatThreshold(r)}`.replaceAll(NBSP, ' '),
      });
    }
  }
  for (const v of results.variants.filter((variant) => variant.status === 'regressed')) {
    for (const r of budgetRows(v).filter((row) => row.budget?.exceeded)) {
      all.push({ level: regressionLevel, title: `wasm-gate: ${v.name} ${budgetSubject(r)} over budget`, message: `${v.name} ${describeBudget(r)}`.replaceAll(NBSP, ' ') });
    }
  }
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const mine = all.filter((a) => a.level === level);
    if (mine.length <= PER_LEVEL) out.push(...mine);
    else {
      out.push(...mine.slice(0, PER_LEVEL - 1));
      const rest = mine.slice(PER_LEVEL - 1);
      out.push({ level, title: `wasm-gate: ${rest.length} more`, message: rest.map((a) => a.title.replace(/^wasm-gate: /, '')).join('; ').slice(0, 2_000) });
    }
  }
  return out;
}
