// Config: read wasm-gate.config.json, check it against the schema and its own rules, fill defaults.
import path from 'node:path';
import type { AllocatorEntryNames, BenchConfig, GateConfig, MetricThresholds, OptimizeConfig, VariantConfig } from '../types.js';
import { DEFAULT_BENCH, DEFAULT_BUILD_TIME_LIMIT_MS, DEFAULT_CACHE_MAX_MB, DEFAULT_FILE_SIZE_LIMIT_MB, DEFAULT_OPTIMIZE } from './defaults.js';
import { resolveBudget } from './budget.js';
import { InputFileError, readJsonFile } from './json-file.js';
import { schemaProblems } from './schema.js';

interface RawVariant {
  name: string;
  build?: string;
  cwd?: string;
  env?: Record<string, string>;
  artifact: string;
  bench?: false | { exports?: string[]; traces?: string[]; imports?: string; allocator?: AllocatorEntryNames };
  buildTimeLimitMs?: number;
  inputs?: string[];
}
interface RawConfig {
  variants: RawVariant[];
  reference?: string;
  optimize?: false | Partial<OptimizeConfig>;
  thresholds?: MetricThresholds & { variants?: Record<string, MetricThresholds> };
  budget?: Parameters<typeof resolveBudget>[0];
  bench?: Partial<BenchConfig>;
  buildTimeLimitMs?: number;
  compareAcrossTools?: boolean;
  fileSizeLimitMb?: number;
  cache?: false | string | { dir: string; maxMb?: number };
}

export async function loadConfig(file: string): Promise<GateConfig> {
  const absolute = path.resolve(file);
  const raw = await readJsonFile(absolute, 'config');
  return parseConfig(raw, absolute);
}

/** Pure: validates a parsed config and resolves it against the config file's location. */
export function parseConfig(raw: unknown, file: string): GateConfig {
  const problems = schemaProblems('config', raw);
  const budget = problems.length === 0 && (raw as RawConfig).budget ? resolveBudget((raw as RawConfig).budget as NonNullable<RawConfig['budget']>) : undefined;
  if (problems.length === 0) problems.push(...ruleProblems(raw as RawConfig), ...(budget?.problems ?? []));
  if (problems.length > 0) {
    throw new InputFileError(file, `config ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`, 'schema');
  }
  const config = raw as RawConfig;
  const dir = path.dirname(file);
  const buildTimeLimitMs = config.buildTimeLimitMs ?? DEFAULT_BUILD_TIME_LIMIT_MS;
  const variants = config.variants.map((v): VariantConfig => {
    const cwd = path.resolve(dir, v.cwd ?? '.');
    return {
      name: v.name,
      buildTimeLimitMs: v.buildTimeLimitMs ?? buildTimeLimitMs,
      ...(v.build === undefined ? {} : { build: v.build }),
      cwd,
      ...(v.env === undefined ? {} : { env: v.env }),
      artifact: path.resolve(cwd, v.artifact),
      ...(v.bench === undefined ? {} : { bench: resolveVariantBench(v.bench, dir) }),
      ...(v.inputs === undefined ? {} : { inputs: v.inputs }),
    };
  });
  const bench = { ...DEFAULT_BENCH, ...config.bench };
  bench.traces = bench.traces.map((t) => path.resolve(dir, t));
  if (bench.imports !== undefined) bench.imports = path.resolve(dir, bench.imports);
  return {
    file,
    dir,
    variants,
    ...(config.reference === undefined ? {} : { reference: config.reference }),
    optimize: config.optimize === false ? false : { ...DEFAULT_OPTIMIZE, ...config.optimize },
    thresholds: config.thresholds ?? {},
    ...(budget ? { budget: budget.budget } : {}),
    bench,
    buildTimeLimitMs,
    compareAcrossTools: config.compareAcrossTools ?? false,
    fileSizeLimitMb: config.fileSizeLimitMb ?? DEFAULT_FILE_SIZE_LIMIT_MB,
    ...resolveCache(config.cache, dir),
  };
}

/** `cache`: a directory (relative to the config file), or `{ dir, maxMb }`; off by default. */
function resolveCache(cache: RawConfig['cache'], dir: string): Pick<GateConfig, 'cache'> {
  if (cache === undefined || cache === false) return {};
  const setting = typeof cache === 'string' ? { dir: cache } : cache;
  return { cache: { dir: path.resolve(dir, setting.dir), maxMb: setting.maxMb ?? DEFAULT_CACHE_MAX_MB } };
}

function resolveVariantBench(bench: RawVariant['bench'], dir: string): VariantConfig['bench'] {
  if (bench === false || bench === undefined) return bench;
  return {
    ...bench,
    ...(bench.traces ? { traces: bench.traces.map((t) => path.resolve(dir, t)) } : {}),
    ...(bench.imports ? { imports: path.resolve(dir, bench.imports) } : {}),
  };
}

/** Rules a JSON Schema cannot say well: unique names and references to existing variants. */
function ruleProblems(config: RawConfig): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  config.variants.forEach((v, i) => {
    const first = seen.get(v.name);
    if (first !== undefined) problems.push(`/variants/${i}/name "${v.name}" is already used by /variants/${first}: names must be unique`);
    else seen.set(v.name, i);
  });
  if (config.reference !== undefined && !seen.has(config.reference)) {
    problems.push(`/reference "${config.reference}" is not a variant name (one of: ${[...seen.keys()].join(', ')})`);
  }
  for (const key of ['thresholds', 'budget'] as const) {
    for (const name of Object.keys(config[key]?.variants ?? {})) {
      if (!seen.has(name)) problems.push(`/${key}/variants/${name} names no variant (one of: ${[...seen.keys()].join(', ')})`);
    }
  }
  return problems;
}
