// The gate, top to bottom: config → build → optimize → measure → bench → compare → (update).
// Side effects live here and in the modules it calls for them; the decisions are pure modules.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MODULE_KEY, runBenchmarks } from './bench/run-benchmarks.js';
import { buildVariant } from './build/run-build.js';
import { safeEnvironment } from './build/safe-env.js';
import { baselineChanged, nextBaseline, serializeBaseline } from './baseline/next-baseline.js';
import { compareRun, type VariantOutcome } from './compare/compare.js';
import { InputFileError } from './config/json-file.js';
import { loadBaseline } from './config/load-baseline.js';
import { loadConfig } from './config/load-config.js';
import { exitCodeFor, gateStatus } from './compare/verdict.js';
import type { Logger } from './log.js';
import { measureSizes } from './measure/sizes.js';
import { createOptimizer, type Optimizer } from './optimize/optimize.js';
import type { Baseline, GateConfig, GateProblem, GateResults, VariantMeasurement } from './types.js';
import { WASM_GATE_VERSION } from './version.js';
import { readSections } from './wasm/sections.js';

export interface GateOptions {
  mode: 'check' | 'update';
  configFile: string;
  baselineFile: string;
  /** write each variant's optimized module as <outDir>/<name>.wasm */
  outDir?: string;
  /** values that must not reach build commands under any name (the GitHub token) */
  secrets?: string[];
  env?: NodeJS.ProcessEnv;
  log: Logger;
}

export interface GateRun {
  results: GateResults;
  config?: GateConfig;
  baseline?: Baseline;
  /** update mode: whether the baseline file's content changed */
  baselineChanged?: boolean;
}

export async function runGate(options: GateOptions): Promise<GateRun> {
  const started = Date.now();
  const problems: GateProblem[] = [];
  const finish = (run: Omit<GateRun, 'results'>, variants: GateResults['variants'], tools: Record<string, string>): GateRun => {
    const status = gateStatus(problems, variants);
    const results: GateResults = {
      schemaVersion: 1,
      tool: { name: 'wasm-gate', version: WASM_GATE_VERSION },
      mode: options.mode,
      status,
      exitCode: exitCodeFor(status),
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      tools,
      configFile: options.configFile,
      baselineFile: options.baselineFile,
      ...(run.config?.reference ? { reference: run.config.reference } : {}),
      variants,
      problems,
    };
    return { ...run, results };
  };

  // 1. config: without it there is nothing to build.
  let config: GateConfig;
  try {
    config = await loadConfig(options.configFile);
  } catch (error) {
    problems.push(inputProblem('config', error));
    return finish({}, [], {});
  }

  // 2. baseline: a broken one is reported, and the variants are still measured.
  let baseline: Baseline | undefined;
  try {
    baseline = await loadBaseline(options.baselineFile);
    if (!baseline) options.log.info(`no baseline at ${options.baselineFile}: every variant is new (run \`wasm-gate update\` to write one)`);
  } catch (error) {
    problems.push(inputProblem('baseline', error));
  }

  const env = safeEnvironment(options.env ?? process.env, options.secrets ?? []);
  let optimizer: Optimizer | undefined;
  const tools: Record<string, string> = { node: process.version };
  try {
    optimizer = await createOptimizer(config.optimize, env);
    Object.assign(tools, optimizer.tools);
  } catch (error) {
    problems.push({ kind: 'optimize', message: `wasm-opt is not usable: ${(error as Error).message}` });
  }

  // 3-5. build, optimize, measure each variant, one after another.
  const outcomes: VariantOutcome[] = [];
  const modules = new Map<string, Uint8Array>();
  for (const variant of config.variants) {
    const outcome = await options.log.group(`wasm-gate: ${variant.name}`, async (): Promise<VariantOutcome> => {
      const built = await buildVariant(variant, { env, onOutput: (line) => options.log.detail(line) });
      if (built.problem || !built.bytes) return { name: variant.name, problems: built.problem ? [built.problem] : [] };
      const notWasm = wasmProblem(variant.name, variant.artifact, built.bytes);
      if (notWasm) return { name: variant.name, problems: [notWasm] };
      if (!optimizer) return { name: variant.name, problems: [] };
      let optimized: Uint8Array;
      try {
        optimized = await optimizer.optimize(built.bytes);
      } catch (error) {
        return {
          name: variant.name,
          problems: [{ kind: 'optimize', variant: variant.name, message: `variant "${variant.name}": wasm-opt failed: ${(error as Error).message}` }],
        };
      }
      modules.set(variant.name, optimized);
      if (options.outDir) await writeOptimized(options.outDir, variant.name, optimized);
      const measurement: VariantMeasurement = measureSizes(built.bytes, optimized);
      options.log.info(
        `  ${variant.name}: raw ${measurement.size.raw} B, optimized ${measurement.size.optimized} B, gzip ${measurement.size.gzip} B, brotli ${measurement.size.brotli} B`,
      );
      return { name: variant.name, measurement, problems: [] };
    });
    outcomes.push(outcome);
  }

  // 6. benchmarks, over every module that measured, variants interleaved.
  const bench = await runBenchmarks({ config, baseline, modules, env, log: options.log, mode: options.mode });
  Object.assign(tools, bench.tools);
  for (const outcome of outcomes) {
    const result = bench.byVariant.get(outcome.name);
    if (!result || !outcome.measurement) continue;
    if (Object.keys(result.measurements).length > 0) outcome.measurement.bench = result.measurements;
    if (Object.keys(result.vsReference).length > 0) outcome.measurement.throughputVsReference = result.vsReference;
    if (Object.keys(result.errors).length > 0) {
      outcome.measurement.benchErrors = result.errors;
      for (const [name, reason] of Object.entries(result.errors)) {
        // A reason that already names its benchmark ("benchmark bench_x called the import ...") reads as is.
        const what = name === MODULE_KEY ? 'benchmarks cannot run: ' : reason.startsWith(`benchmark ${name} `) ? '' : `benchmark ${name} failed: `;
        outcome.problems.push({ kind: 'bench', variant: outcome.name, message: `variant "${outcome.name}": ${what}${reason}` });
      }
    }
  }

  // 7. compare, and in update mode write the new baseline when every variant measured.
  const variants = compareRun(config, options.mode === 'update' ? undefined : baseline, outcomes);
  const run: Omit<GateRun, 'results'> = { config, ...(baseline ? { baseline } : {}) };
  if (options.mode === 'update') {
    const failed = outcomes.filter((o) => o.problems.length > 0 || !o.measurement);
    if (failed.length > 0 || problems.some((p) => p.kind !== 'baseline')) {
      problems.push({
        kind: 'baseline',
        file: options.baselineFile,
        message: `baseline ${options.baselineFile} was not written: ${failed.map((o) => o.name).join(', ') || 'the run'} failed (fix the errors above and run update again)`,
      });
    } else {
      const measurements = Object.fromEntries(outcomes.map((o) => [o.name, o.measurement as VariantMeasurement]));
      const next = nextBaseline(baseline, measurements, tools, new Date());
      run.baselineChanged = baselineChanged(baseline, next);
      await writeFile(options.baselineFile, serializeBaseline(next));
      options.log.info(`wrote ${options.baselineFile}${run.baselineChanged ? '' : ' (no change)'}`);
      problems.splice(0, problems.length, ...problems.filter((p) => p.kind !== 'baseline'));
    }
  }
  return finish(run, variants, tools);
}

function inputProblem(kind: 'config' | 'baseline', error: unknown): GateProblem {
  if (error instanceof InputFileError) return { kind, file: error.file, message: error.message };
  return { kind, message: String((error as Error)?.message ?? error) };
}

function wasmProblem(variant: string, file: string, bytes: Uint8Array): GateProblem | undefined {
  try {
    readSections(bytes);
    return undefined;
  } catch (error) {
    return { kind: 'artifact', variant, file, message: `variant "${variant}": ${file} is not a WebAssembly module: ${(error as Error).message}` };
  }
}

async function writeOptimized(outDir: string, name: string, bytes: Uint8Array): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, `${name}.wasm`), bytes);
}
