// Pure: the config's `budget`: absolute limits, read from human sizes ("40 KB", "1.5 MiB") and
// counts into bytes and numbers. A malformed size names its JSON path and how to write it.
import { BUDGET_BENCH_METRICS, SIZE_METRICS, type BenchBudget, type BudgetConfig, type BudgetLimits } from '../types.js';

/** KB, MB, GB are powers of 1000 (as size-limit and most dashboards); KiB, MiB, GiB of 1024. */
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };

const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i;

export const SIZE_HELP = 'write a number of bytes (40000) or a number and a unit: "40 KB" (KB, MB, GB: powers of 1000) or "40 KiB" (KiB, MiB, GiB: powers of 1024)';

/** Bytes of a size written as a number or "40 KB"; undefined when it is not a size. */
export function parseSize(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
  const match = SIZE_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const factor = SIZE_UNITS[(match[2] || 'b').toLowerCase()];
  return factor === undefined ? undefined : Math.floor(Number(match[1]) * factor);
}

/** Metrics whose budget is a size (bytes); the others are counts. */
const SIZE_KEYS = new Set<string>([...SIZE_METRICS, 'peakMemoryBytes']);

type RawValue = number | string | false;
type RawLimits = Record<string, unknown> & { bench?: Record<string, Record<string, RawValue>> };

/**
 * The budget with every size in bytes, or the problems found (JSON path, value, fix). Its shape was
 * checked by the schema: values are false, numbers or strings; only size strings can be wrong here.
 */
export function resolveBudget(raw: RawLimits & { variants?: Record<string, RawLimits> }, at = '/budget'): { budget: BudgetConfig; problems: string[] } {
  const problems: string[] = [];
  const budget: BudgetConfig = resolveLimits(raw, at, problems);
  // fromEntries defines own keys: a variant or benchmark may be called "__proto__".
  if (raw.variants) budget.variants = Object.fromEntries(Object.entries(raw.variants).map(([name, limits]) => [name, resolveLimits(limits, `${at}/variants/${name}`, problems)]));
  return { budget, problems };
}

function resolveLimits(raw: RawLimits, at: string, problems: string[]): BudgetLimits {
  const limits: BudgetLimits = {};
  for (const key of [...SIZE_METRICS, ...BUDGET_BENCH_METRICS]) {
    const value = resolveValue(raw[key] as RawValue | undefined, key, `${at}/${key}`, problems);
    if (value !== undefined) limits[key] = value;
  }
  if (raw.bench) limits.bench = Object.fromEntries(Object.entries(raw.bench).map(([bench, benchRaw]) => [bench, resolveBench(benchRaw, `${at}/bench/${bench}`, problems)]));
  return limits;
}

function resolveBench(raw: Record<string, RawValue>, at: string, problems: string[]): BenchBudget {
  const limits: BenchBudget = {};
  for (const key of BUDGET_BENCH_METRICS) {
    const value = resolveValue(raw[key], key, `${at}/${key}`, problems);
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

function resolveValue(value: RawValue | undefined, key: string, at: string, problems: string[]): number | false | undefined {
  if (value === undefined || value === false) return value;
  if (!SIZE_KEYS.has(key)) return value as number;
  const bytes = parseSize(value);
  if (bytes === undefined) problems.push(`${at} ${JSON.stringify(value)} is not a size: ${SIZE_HELP}`);
  return bytes;
}
