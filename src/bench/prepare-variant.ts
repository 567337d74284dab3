// Before anything runs: each variant's module is read (its imports, its benchmarks and their
// signatures), a counting copy is made unless every count is known, and a worker loads both.
import { checkInputFile, InputReadError, readInputFile } from '../fs/read-input.js';
import { makeCountingCopies } from './counting-copy.js';
import { withEngineProblem } from './engine-support.js';
import { benchSignatureProblem, describeSignature, exportSignatures, type Signature } from '../wasm/signatures.js';
import { knownAt, storedIterations } from './known-counts.js';
import { readModuleInterface } from './module-interface.js';
import { listSome, plural } from './phase-text.js';
import type { HostPlan, LoadReply } from './protocol.js';
import { selectBenchmarks } from './select.js';
import { encodeTrace } from './trace.js';
import type { AllocatorEntryNames, GateConfig } from '../types.js';
import { type BenchStageInput, type Budget, ensureWorker, MODULE_KEY, type VariantRun } from './variant-run.js';

export async function loadTraces(config: GateConfig): Promise<Map<string, Int32Array | Error>> {
  const files = new Set([...config.bench.traces, ...config.variants.flatMap((v) => (v.bench ? (v.bench.traces ?? []) : []))]);
  const traces = new Map<string, Int32Array | Error>();
  for (const file of files) {
    try {
      traces.set(file, encodeTrace((await readInputFile(file, 'trace', config.fileSizeLimitMb * 2 ** 20)).toString('utf8'), file));
    } catch (error) {
      // An unreadable file's message names it already; a parse error names the line.
      traces.set(file, error instanceof InputReadError ? error : new Error(`trace ${file} cannot be used: ${(error as Error).message}`));
    }
  }
  return traces;
}

export async function prepareVariant(
  input: BenchStageInput,
  name: string,
  bytes: Uint8Array,
  variantBench: { exports?: string[]; traces?: string[]; imports?: string; allocator?: AllocatorEntryNames } | undefined,
  traces: Map<string, Int32Array | Error>,
  budget: Budget,
): Promise<VariantRun> {
  const plain = new Uint8Array(bytes);
  const importsModule = variantBench?.imports ?? input.config.bench.imports;
  const host: HostPlan = { variant: name, imports: [], ...(importsModule ? { importsModule } : {}) };
  const run: VariantRun = { name, plain, counted: null, host, memory: new Map(), worker: undefined, entries: [], result: { measurements: {}, vsReference: {}, vsBase: {}, errors: {}, notRun: [], notTimed: [], startMemoryBytes: {} }, spent: new Map() };
  const known = input.known?.get(name);
  if (budget.spent) {
    run.result.errors[MODULE_KEY] = `not run: ${budget.describe()} was spent before this variant's turn`;
    return run;
  }
  const instrument = (): boolean => {
    try {
      const copy = makeCountingCopies(bytes, input.builtModules?.get(name), variantBench?.allocator ?? input.config.bench.allocator, input.functionKeys?.get(name));
      run.counted = copy.counted;
      if (copy.allocation) run.allocation = { module: copy.allocation.module, host: { ...copy.allocation.host, variant: name, ...(importsModule ? { importsModule } : {}) } };
      for (const note of copy.notes) input.log.info(`bench: ${name}: ${note}`);
      if (copy.entryPoints.length > 0) input.log.info(`bench: ${name}: allocation statistics from ${listSome(copy.entryPoints, 6)}`);
      return true;
    } catch (error) {
      run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${(error as Error).message}`;
      return false;
    }
  };
  try {
    Object.assign(host, readModuleInterface(bytes));
  } catch (error) {
    run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${(error as Error).message}`;
    return run;
  }
  if (importsModule) {
    try {
      // The worker import()s it: a FIFO or a device there would hang or flood the worker.
      await checkInputFile(importsModule, 'bench.imports', input.config.fileSizeLimitMb * 2 ** 20);
    } catch (error) {
      run.result.errors[MODULE_KEY] = (error as Error).message;
      return run;
    }
  }
  // With every count known, only the module as shipped is loaded (for timing): no counting copy.
  if (!known && !instrument()) return run;
  let info: LoadReply;
  try {
    info = await ensureWorker(input, run, budget);
  } catch (error) {
    run.result.errors[MODULE_KEY] = withEngineProblem((error as Error).message, bytes);
    return run;
  }
  const patterns = variantBench?.exports ?? input.config.bench.exports;
  const selected = selectBenchmarks(info.exports, patterns, variantBench?.traces ?? input.config.bench.traces);
  if (selected.length === 0) return run;
  const cap = input.config.bench.maxBenchmarks;
  if (selected.length > cap) {
    // Thousands of exports (a hostile or broken build) would spend every variant's time: run none.
    run.result.errors[MODULE_KEY] = `${selected.length.toLocaleString('en-US')} benchmarks match bench.exports (${listSome(patterns, 3)}), more than the ${cap.toLocaleString('en-US')} a variant may run: none of them ran; narrow bench.exports, or raise bench.maxBenchmarks`;
    return run;
  }
  const unknown = selected.filter((e) => !knownAt(known, e.name, storedIterations(input.mode, input.baseline, name, e.name)));
  if (known && unknown.length > 0) {
    // A benchmark the known counts do not cover (they were made at other iterations): count it.
    if (!instrument()) return run;
    try {
      await ensureWorker(input, run, budget);
    } catch (error) {
      run.result.errors[MODULE_KEY] = withEngineProblem((error as Error).message, bytes);
      return run;
    }
  }
  const signatures = exportSignatures(bytes);
  for (const entry of selected) {
    const wrongShape = entry.kind === 'export' ? benchSignatureProblem(entry.name, signatures.get(entry.name)) : traceSignatureProblem(signatures);
    if (wrongShape) {
      run.result.errors[entry.name] = wrongShape;
      continue;
    }
    if (entry.kind === 'export') {
      run.entries.push({ entry, spec: { kind: 'export', name: entry.name } });
      continue;
    }
    const ops = traces.get(entry.file ?? '');
    if (ops instanceof Int32Array) run.entries.push({ entry, spec: { kind: 'trace', name: entry.name, ops } });
    else run.result.errors[entry.name] = ops?.message ?? 'trace missing';
  }
  input.log.info(`bench: ${name}: ${plural(run.entries.length, 'benchmark')}: ${listSome(run.entries.map((e) => e.entry.name), 10)}`);
  return run;
}

/** trace_load(count: i32) -> i32 (a pointer) and trace_replay(n: i32) -> i32 | i64. */
function traceSignatureProblem(signatures: Map<string, Signature>): string | undefined {
  const load = signatures.get('trace_load');
  if (load && !(load.params.join() === 'i32' && load.results.join() === 'i32')) {
    return `trace_load has the signature ${describeSignature(load)}; it must be (i32) -> i32: the count of operations in, a pointer to their buffer out`;
  }
  return benchSignatureProblem('trace_replay', signatures.get('trace_replay'));
}
