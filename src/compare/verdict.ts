// Pure: the run's verdict and exit code. Errors outrank regressions: 0 pass, 1 regression, 2 error.
import type { GateProblem, GateStatus, VariantResult } from '../types.js';

export function gateStatus(problems: GateProblem[], variants: VariantResult[]): GateStatus {
  if (problems.length > 0 || variants.some((v) => v.status === 'error')) return 'error';
  if (variants.some((v) => v.status === 'regressed')) return 'regressed';
  return 'pass';
}

export function exitCodeFor(status: GateStatus): 0 | 1 | 2 {
  return status === 'error' ? 2 : status === 'regressed' ? 1 : 0;
}
