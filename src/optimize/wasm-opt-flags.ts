// Pure: turn wasm-opt command-line flags into steps for binaryen's in-process API, in CLI order.

export type OptimizeStep =
  | { kind: 'optimize'; optimizeLevel: number; shrinkLevel: number }
  | { kind: 'pass'; name: string }
  | { kind: 'converge' };

export interface OptimizePlan {
  steps: OptimizeStep[];
  /** features to enable / disable on top of wasm-opt's defaults and the module's target_features */
  enable: string[];
  disable: string[];
  debugInfo: boolean;
  passArgs: Record<string, string>;
  /** global PassOptions toggles: lowMemoryUnused, zeroFilledMemory, fastMath, trapsNeverHappen, closedWorld */
  toggles: Record<string, boolean>;
}

export class FlagError extends Error {}

const OPT_LEVELS: Record<string, [number, number]> = {
  '-O': [2, 0], '-O0': [0, 0], '-O1': [1, 0], '-O2': [2, 0], '-O3': [3, 0], '-O4': [4, 0],
  '-Os': [2, 1], '-Oz': [2, 2],
};

const TOGGLES: Record<string, string> = {
  '--low-memory-unused': 'lowMemoryUnused',
  '--zero-filled-memory': 'zeroFilledMemory',
  '--fast-math': 'fastMath',
  '--traps-never-happen': 'trapsNeverHappen',
  '-tnh': 'trapsNeverHappen',
  '--closed-world': 'closedWorld',
};

// Flags that only matter to the CLI itself (input/output handling, feature detection defaults).
const IGNORED = new Set(['--detect-features', '-q', '--quiet', '--no-validation', '-n', '--validate']);

export function planFromFlags(flags: readonly string[]): OptimizePlan {
  const plan: OptimizePlan = { steps: [], enable: [], disable: [], debugInfo: false, passArgs: {}, toggles: {} };
  for (const flag of flags) {
    const levels = OPT_LEVELS[flag];
    if (levels) {
      plan.steps.push({ kind: 'optimize', optimizeLevel: levels[0], shrinkLevel: levels[1] });
    } else if (flag === '-g' || flag === '--debuginfo') {
      plan.debugInfo = true;
    } else if (flag === '--converge' || flag === '-c') {
      plan.steps.push({ kind: 'converge' });
    } else if (TOGGLES[flag]) {
      plan.toggles[TOGGLES[flag]] = true;
    } else if (flag === '--all-features' || flag === '-all') {
      plan.enable.push('all');
    } else if (flag === '--mvp-features' || flag === '-mvp') {
      plan.disable.push('all');
    } else if (flag.startsWith('--enable-')) {
      plan.enable.push(flag.slice('--enable-'.length));
    } else if (flag.startsWith('--disable-')) {
      plan.disable.push(flag.slice('--disable-'.length));
    } else if (flag.startsWith('--pass-arg=')) {
      const [key, value = '1'] = flag.slice('--pass-arg='.length).split('@');
      if (!key) throw new FlagError(`wasm-opt flag ${flag} needs a KEY or KEY@VALUE`);
      plan.passArgs[key] = value;
    } else if (IGNORED.has(flag)) {
      continue;
    } else if (/^--[a-z0-9][a-z0-9-]*$/.test(flag)) {
      plan.steps.push({ kind: 'pass', name: flag.slice(2) });
    } else {
      throw new FlagError(
        `wasm-opt flag "${flag}" is not supported by the in-process binaryen engine ` +
          `(use -O levels, --<pass-name>, --enable-/--disable-<feature>, or set optimize.engine to "native")`,
      );
    }
  }
  return plan;
}
