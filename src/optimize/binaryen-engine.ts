// wasm-opt through the pinned binaryen npm package, in process: loaded once per run (it takes
// most of a second to start), then each variant costs only its optimization.
import { type FunctionNames, readFunctionNames } from '../wasm/name-section.js';
import { namesFromKeptCopy } from './names-kept.js';
import { BINARYEN_FEATURES, impliedFeatures, type OptimizePlan } from './wasm-opt-flags.js';
import { captureOutput, divertibleConsole, readError, validationError, WasmOptError } from './wasm-opt-output.js';

type Binaryen = typeof import('binaryen').default;

let loading: Promise<Binaryen> | undefined;

export function loadBinaryen(): Promise<Binaryen> {
  // The bundle maps this specifier to dist/binaryen.js, a separate file (see scripts/bundle.mjs).
  divertibleConsole();
  loading ??= import('binaryen').then((m) => m.default);
  return loading;
}

/**
 * Optimizes with the module's own features (`features`: what it uses and declares) as the base,
 * then the plan's --enable-/--disable- flags in order: the same as wasm-opt with
 * `--mvp-features --enable-<each feature> <flags>`. Never prints: binaryen's output is captured
 * and, when it fails, summarized in a WasmOptError (the whole text in its details).
 */
export async function optimizeWithBinaryen(input: Uint8Array, plan: OptimizePlan, features: readonly string[]): Promise<Uint8Array> {
  return (await optimize(input, plan, features, false)).bytes;
}

/**
 * The same optimization, and the names of the output's functions: after the shipped bytes are
 * emitted, binaryen (which keeps function names in its IR whatever `--strip-debug` does to the
 * name section) emits the same module once more with debug info on. One extra emit, a few
 * percent of the optimization's time, instead of a second optimization (docs/BENCHMARKS.md).
 */
export async function optimizeWithBinaryenNamed(input: Uint8Array, plan: OptimizePlan, features: readonly string[]): Promise<NamedOutput> {
  return optimize(input, plan, features, true) as Promise<NamedOutput>;
}

interface NamedOutput {
  bytes: Uint8Array;
  names: FunctionNames;
  /** the names-kept copy the names were read from */
  namedCopy: Uint8Array;
}

async function optimize(input: Uint8Array, plan: OptimizePlan, features: readonly string[], withNames: boolean): Promise<{ bytes: Uint8Array } | NamedOutput> {
  const binaryen = await loadBinaryen();
  const { mask, enabled } = featureMask(binaryen, features, plan);
  // readBinary takes an optional feature mask at runtime; the typings only show the first argument.
  // binaryen adds what the module's target_features section lists, as wasm-opt does.
  const readBinary = binaryen.readBinary as (data: Uint8Array, features?: number) => InstanceType<Binaryen['Module']>;
  const read = captureOutput(() => readBinary(input, mask));
  if (!read.value) throw readError(read.output, exceptionText(binaryen, read.error));
  const module = read.value;
  try {
    if (plan.validate) {
      const valid = captureOutput(() => module.validate());
      if (valid.error) throw readError(valid.output, exceptionText(binaryen, valid.error));
      if (!valid.value) throw validationError(valid.output, enabled, features);
    }
    const run = captureOutput((): { bytes: Uint8Array } | NamedOutput => {
      configure(binaryen, plan);
      runSteps(binaryen, module, plan);
      const bytes = module.emitBinary();
      if (!withNames) return { bytes };
      // Already named (-g), or nothing to name (the build kept no name section): no second emit.
      if (plan.debugInfo || readFunctionNames(input).names.size === 0) return { bytes, names: namesFromKeptCopy(bytes, bytes, input), namedCopy: bytes };
      binaryen.setDebugInfo(true);
      const kept = module.emitBinary();
      return { bytes, names: namesFromKeptCopy(bytes, kept, input), namedCopy: kept };
    });
    if (!run.value) throw optimizeError(exceptionText(binaryen, run.error), run.output);
    return run.value;
  } finally {
    binaryen.setDebugInfo(false);
    module.dispose();
  }
}

/**
 * What a binaryen exception says. A C++ exception reaches JavaScript as an object that prints as
 * "[object Object]"; binaryen.js's getExceptionMessage reads its text ("Fatal: Could not find pass: x").
 */
function exceptionText(binaryen: Binaryen, error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    const [, message] = (binaryen as unknown as { getExceptionMessage(e: unknown): [string, string] }).getExceptionMessage(error);
    if (message) return message.trim();
  } catch {
    // not a C++ exception
  }
  return String(error);
}

function optimizeError(text: string, output: string): WasmOptError {
  const pass = /Could not find pass: (\S+)/.exec(text)?.[1];
  if (pass) {
    return new WasmOptError(`optimize.flags: binaryen has no pass "--${pass}" ("${text.replace(/^Fatal: /, '')}"): fix its name (\`wasm-opt --help\` lists them)`, output || text);
  }
  return new WasmOptError(`binaryen failed while optimizing: ${text.slice(0, 300)}`, output || text);
}

function configure(binaryen: Binaryen, plan: OptimizePlan): void {
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

/** The feature mask to read with, and the names it enables (for messages). */
function featureMask(binaryen: Binaryen, features: readonly string[], plan: OptimizePlan): { mask: number; enabled: string[] } {
  const F = binaryen.Features as unknown as Record<string, number>;
  const bit = (name: string): number => {
    const key = BINARYEN_FEATURES[name];
    if (!key || F[key] === undefined) throw new WasmOptError(`the in-process binaryen does not know the wasm feature "${name}"`, '');
    return F[key];
  };
  let mask = 0;
  for (const name of features) for (const implied of impliedFeatures({ op: 'enable', feature: name })) mask |= bit(implied);
  for (const flag of plan.features) {
    const bits = flag.feature === 'all' ? F.All! : impliedFeatures(flag).reduce((m, name) => m | bit(name), 0);
    mask = flag.op === 'enable' ? mask | bits : mask & ~bits;
  }
  const enabled = Object.keys(BINARYEN_FEATURES).filter((name) => F[BINARYEN_FEATURES[name]!] !== undefined && (mask & bit(name)) !== 0);
  return { mask, enabled };
}
