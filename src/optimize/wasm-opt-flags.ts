// Pure: turn wasm-opt command-line flags into steps for binaryen's in-process API, in CLI order.

export type OptimizeStep =
  | { kind: 'optimize'; optimizeLevel: number; shrinkLevel: number }
  | { kind: 'pass'; name: string }
  | { kind: 'converge' };

/** `--enable-<feature>` / `--disable-<feature>`, in command-line order; "all" for -all / -mvp. */
export interface FeatureFlag {
  op: 'enable' | 'disable';
  feature: string;
}

export interface OptimizePlan {
  steps: OptimizeStep[];
  /** applied in order on top of the features the module uses (and its target_features section) */
  features: FeatureFlag[];
  debugInfo: boolean;
  /** false with --no-validation / -n: binaryen's validator does not run on the input */
  validate: boolean;
  passArgs: Record<string, string>;
  /** global PassOptions toggles: lowMemoryUnused, zeroFilledMemory, fastMath, trapsNeverHappen, closedWorld */
  toggles: Record<string, boolean>;
}

export class FlagError extends Error {}

/** wasm-opt's feature names (`--enable-<name>`) and binaryen.js's `Features` key for each. */
export const BINARYEN_FEATURES: Record<string, string> = {
  'sign-ext': 'SignExt',
  threads: 'Atomics',
  'mutable-globals': 'MutableGlobals',
  'nontrapping-float-to-int': 'NontrappingFPToInt',
  simd: 'SIMD128',
  'bulk-memory': 'BulkMemory',
  'bulk-memory-opt': 'BulkMemoryOpt',
  'call-indirect-overlong': 'CallIndirectOverlong',
  'exception-handling': 'ExceptionHandling',
  'tail-call': 'TailCall',
  'reference-types': 'ReferenceTypes',
  multivalue: 'Multivalue',
  gc: 'GC',
  memory64: 'Memory64',
  'relaxed-simd': 'RelaxedSIMD',
  'extended-const': 'ExtendedConst',
  strings: 'Strings',
  multimemory: 'MultiMemory',
  'stack-switching': 'StackSwitching',
  'shared-everything': 'SharedEverything',
  fp16: 'FP16',
  'acquire-release-atomics': 'AcquireReleaseAtomics',
  'custom-page-sizes': 'CustomPageSizes',
  'wide-arithmetic': 'WideArithmetic',
  'compact-imports': 'CompactImports',
  'relaxed-atomics': 'RelaxedAtomics',
};

/**
 * What one flag switches, with binaryen's implications (tool-options.h): enabling bulk-memory
 * enables bulk-memory-opt, disabling bulk-memory-opt disables bulk-memory. binaryen asserts on
 * bulk-memory without bulk-memory-opt.
 */
export function impliedFeatures(flag: FeatureFlag): string[] {
  if (flag.op === 'enable' && flag.feature === 'bulk-memory') return ['bulk-memory', 'bulk-memory-opt'];
  if (flag.op === 'disable' && flag.feature === 'bulk-memory-opt') return ['bulk-memory-opt', 'bulk-memory'];
  return [flag.feature];
}

/**
 * The feature names on after `flags` apply, in order, to `base` ("all" = every name in `known`).
 * The same sequence as wasm-opt's --mvp-features --enable-<base...> <flags>.
 */
export function applyFeatureFlags(base: readonly string[], flags: readonly FeatureFlag[], known: readonly string[] = Object.keys(BINARYEN_FEATURES)): string[] {
  const on = new Set<string>();
  for (const name of base) for (const implied of impliedFeatures({ op: 'enable', feature: name })) on.add(implied);
  for (const flag of flags) {
    const names = flag.feature === 'all' ? known : impliedFeatures(flag);
    for (const name of names) {
      if (flag.op === 'enable') on.add(name);
      else on.delete(name);
    }
  }
  return known.filter((name) => on.has(name));
}

/** The --enable-/--disable-/-mvp/-all flags among wasm-opt command-line flags (the native engine takes any others). */
export function featureFlagsOf(flags: readonly string[]): FeatureFlag[] {
  const out: FeatureFlag[] = [];
  for (const flag of flags) {
    if (flag === '--all-features' || flag === '-all') out.push({ op: 'enable', feature: 'all' });
    else if (flag === '--mvp-features' || flag === '-mvp') out.push({ op: 'disable', feature: 'all' });
    else if (flag.startsWith('--enable-')) out.push({ op: 'enable', feature: flag.slice('--enable-'.length) });
    else if (flag.startsWith('--disable-')) out.push({ op: 'disable', feature: flag.slice('--disable-'.length) });
  }
  return out;
}

function featureFlag(op: FeatureFlag['op'], flag: string): FeatureFlag {
  const feature = flag.slice(`--${op}-`.length);
  if (!BINARYEN_FEATURES[feature]) {
    throw new FlagError(`unknown wasm feature in optimize.flags: ${flag} (known: ${Object.keys(BINARYEN_FEATURES).join(', ')})`);
  }
  return { op, feature };
}

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
const IGNORED = new Set(['--detect-features', '-q', '--quiet', '--validate']);

export function planFromFlags(flags: readonly string[]): OptimizePlan {
  const plan: OptimizePlan = { steps: [], features: [], debugInfo: false, validate: true, passArgs: {}, toggles: {} };
  for (const flag of flags) {
    const levels = OPT_LEVELS[flag];
    if (levels) {
      plan.steps.push({ kind: 'optimize', optimizeLevel: levels[0], shrinkLevel: levels[1] });
    } else if (flag === '-g' || flag === '--debuginfo') {
      plan.debugInfo = true;
    } else if (flag === '--no-validation' || flag === '-n') {
      plan.validate = false;
    } else if (flag === '--converge' || flag === '-c') {
      plan.steps.push({ kind: 'converge' });
    } else if (TOGGLES[flag]) {
      plan.toggles[TOGGLES[flag]] = true;
    } else if (flag === '--all-features' || flag === '-all') {
      plan.features.push({ op: 'enable', feature: 'all' });
    } else if (flag === '--mvp-features' || flag === '-mvp') {
      plan.features.push({ op: 'disable', feature: 'all' });
    } else if (flag.startsWith('--enable-')) {
      plan.features.push(featureFlag('enable', flag));
    } else if (flag.startsWith('--disable-')) {
      plan.features.push(featureFlag('disable', flag));
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
