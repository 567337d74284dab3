// wasm-opt through the pinned binaryen npm package, in process: loaded once per run (it takes
// most of a second to start), then each variant costs only its optimization.
import { type FunctionNames, readFunctionNames } from '../wasm/name-section.js';
import { namesFromKeptCopy } from './names-kept.js';
import type { OptimizePlan } from './wasm-opt-flags.js';

type Binaryen = typeof import('binaryen').default;

let loading: Promise<Binaryen> | undefined;

export function loadBinaryen(): Promise<Binaryen> {
  // The bundle maps this specifier to dist/binaryen.js, a separate file (see scripts/bundle.mjs).
  loading ??= import('binaryen').then((m) => m.default);
  return loading;
}

export async function optimizeWithBinaryen(input: Uint8Array, plan: OptimizePlan): Promise<Uint8Array> {
  return (await optimize(input, plan, false)).bytes;
}

/**
 * The same optimization, and the names of the output's functions: after the shipped bytes are
 * emitted, binaryen (which keeps function names in its IR whatever `--strip-debug` does to the
 * name section) emits the same module once more with debug info on. One extra emit, a few
 * percent of the optimization's time, instead of a second optimization (docs/BENCHMARKS.md).
 */
export async function optimizeWithBinaryenNamed(input: Uint8Array, plan: OptimizePlan): Promise<NamedOutput> {
  return optimize(input, plan, true) as Promise<NamedOutput>;
}

interface NamedOutput {
  bytes: Uint8Array;
  names: FunctionNames;
  /** the names-kept copy the names were read from */
  namedCopy: Uint8Array;
}

async function optimize(input: Uint8Array, plan: OptimizePlan, withNames: boolean): Promise<{ bytes: Uint8Array } | NamedOutput> {
  const binaryen = await loadBinaryen();
  // wasm-opt's defaults: these features on, plus whatever the module's target_features section lists.
  const features = featureMask(binaryen, plan);
  // readBinary takes an optional feature mask at runtime; the typings only show the first argument.
  const readBinary = binaryen.readBinary as (data: Uint8Array, features?: number) => InstanceType<Binaryen['Module']>;
  const module = readBinary(input, features);
  try {
    if (!module.validate()) throw new Error('the module does not validate (binaryen printed the details above)');
    binaryen.setDebugInfo(plan.debugInfo);
    binaryen.clearPassArguments();
    for (const [key, value] of Object.entries(plan.passArgs)) binaryen.setPassArgument(key, value);
    binaryen.setLowMemoryUnused(plan.toggles.lowMemoryUnused ?? false);
    binaryen.setZeroFilledMemory(plan.toggles.zeroFilledMemory ?? false);
    binaryen.setFastMath(plan.toggles.fastMath ?? false);
    binaryen.setTrapsNeverHappen(plan.toggles.trapsNeverHappen ?? false);
    binaryen.setClosedWorld(plan.toggles.closedWorld ?? false);
    // wasm-opt generates and optimizes Stack IR when writing, for -O2 and up or any shrink level;
    // the API does so only when asked. With both set, the output is byte-identical to the CLI's.
    const stackIR = plan.steps.some((s) => s.kind === 'optimize' && (s.optimizeLevel >= 2 || s.shrinkLevel >= 1));
    (binaryen as unknown as { setGenerateStackIR(on: boolean): void }).setGenerateStackIR(stackIR);
    binaryen.setOptimizeStackIR(stackIR);
    runSteps(binaryen, module, plan);
    const bytes = module.emitBinary();
    if (!withNames) return { bytes };
    // Already named (-g), or nothing to name (the build kept no name section): no second emit.
    if (plan.debugInfo || readFunctionNames(input).names.size === 0) return { bytes, names: namesFromKeptCopy(bytes, bytes, input), namedCopy: bytes };
    binaryen.setDebugInfo(true);
    const kept = module.emitBinary();
    return { bytes, names: namesFromKeptCopy(bytes, kept, input), namedCopy: kept };
  } finally {
    binaryen.setDebugInfo(false);
    module.dispose();
  }
}

function runSteps(binaryen: Binaryen, module: InstanceType<Binaryen['Module']>, plan: OptimizePlan): void {
  let converge = false;
  const runOnce = (): void => {
    for (const step of plan.steps) {
      if (step.kind === 'optimize') {
        binaryen.setOptimizeLevel(step.optimizeLevel);
        binaryen.setShrinkLevel(step.shrinkLevel);
        module.optimize();
      } else if (step.kind === 'pass') {
        module.runPasses([step.name]);
      } else {
        converge = true;
      }
    }
  };
  runOnce();
  // --converge: repeat the passes while they still shrink the module, as wasm-opt does.
  if (!converge) return;
  let size = module.emitBinary().length;
  for (;;) {
    runOnce();
    const next = module.emitBinary().length;
    if (next >= size) return;
    size = next;
  }
}

const FEATURE_NAMES: Record<string, keyof Binaryen['Features']> = {
  'sign-ext': 'SignExt', 'mutable-globals': 'MutableGlobals', 'nontrapping-float-to-int': 'NontrappingFPToInt',
  simd: 'SIMD128', 'bulk-memory': 'BulkMemory', 'bulk-memory-opt': 'BulkMemoryOpt', threads: 'Atomics',
  'exception-handling': 'ExceptionHandling', 'tail-call': 'TailCall', 'reference-types': 'ReferenceTypes',
  multivalue: 'Multivalue', gc: 'GC', memory64: 'Memory64', 'relaxed-simd': 'RelaxedSIMD',
  'extended-const': 'ExtendedConst', strings: 'Strings', 'multimemory': 'MultiMemory',
  'call-indirect-overlong': 'CallIndirectOverlong', fp16: 'FP16',
};

function featureMask(binaryen: Binaryen, plan: OptimizePlan): number {
  const F = binaryen.Features;
  let mask: number = F.MutableGlobals | F.SignExt;
  const bit = (name: string): number => {
    if (name === 'all') return F.All;
    const key = FEATURE_NAMES[name];
    if (!key) throw new Error(`unknown wasm feature "${name}" in optimize.flags`);
    return F[key] as number;
  };
  for (const name of plan.enable) mask |= bit(name);
  for (const name of plan.disable) mask &= ~bit(name);
  return mask;
}
