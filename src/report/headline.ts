// Pure: the one-line verdict at the top of every report.
import type { GateResults } from '../types.js';
import { plural } from './format.js';
import { variantChanged } from './signal.js';

export function headline(results: GateResults): string {
  const count = (status: string): number => results.variants.filter((v) => v.status === status).length;
  const parts = [plural(results.variants.filter((v) => v.status !== 'removed').length, 'variant')];
  const regressed = count('regressed');
  const errors = count('error') + results.problems.length;
  if (regressed) parts.push(`${regressed} regressed`);
  if (errors) parts.push(plural(errors, 'error'));
  if (count('improved')) parts.push(`${count('improved')} improved`);
  // update compares with the baseline it replaces: how many of the variants it had changed.
  if (results.mode === 'update') {
    const kept = results.variants.filter((v) => v.status === 'pass').length;
    const changed = results.variants.filter((v) => v.status === 'pass' && variantChanged(v)).length;
    if (kept > 0) parts.push(changed === 0 ? 'none changed' : `${changed} changed`);
  }
  if (count('new')) parts.push(`${count('new')} new`);
  if (count('removed')) parts.push(`${count('removed')} removed`);
  const verdict = results.status === 'pass' ? 'passed' : results.status === 'regressed' ? 'regression' : 'error';
  return `wasm-gate ${results.mode}: ${verdict} — ${parts.join(', ')}`;
}
