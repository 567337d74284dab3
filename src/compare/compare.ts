// Pure: compare this run's measurements with the baseline, variant by variant, metric by metric.
import type {
  BaseBuild,
  Baseline,
  BaselineVariant,
  BenchMeasurement,
  GateConfig,
  GateProblem,
  MetricRow,
  ReferenceRatio,
  SizeMetric,
  ThresholdSetting,
  VariantMeasurement,
  VariantResult,
  VariantStatus,
} from '../types.js';
import { SIZE_METRICS } from '../types.js';
import { own } from '../own.js';
import { applyBudgets } from './budgets.js';
import { attributeFunctions } from './function-diff.js';
import { exactStatus, noisyStatus, pairedStatus, thresholdFor } from './thresholds.js';

export interface VariantOutcome {
  name: string;
  measurement?: VariantMeasurement;
  problems: GateProblem[];
  /** check --against: its build at the base commit */
  base?: BaseBuild;
}

/** Metrics whose baseline values were made by other tools: shown, never passed or failed. */
export type Incomparable = ReadonlySet<MetricRow['metric']>;

/**
 * `budgets`: 'gate' (check) fails a variant over its absolute budget; 'report' (update) shows it.
 * Budgets apply after the baseline's verdict: they do not depend on the baseline's tools.
 */
export function compareRun(
  config: GateConfig,
  baseline: Baseline | undefined,
  outcomes: VariantOutcome[],
  incomparable: Incomparable = new Set(),
  budgets: 'gate' | 'report' = 'gate',
): VariantResult[] {
  const reference = config.reference ? outcomes.find((o) => o.name === config.reference)?.measurement : undefined;
  const results = outcomes.map((outcome) => {
    const result = compareVariant(config, outcome, own(baseline?.variants, outcome.name), reference, outcome.name !== config.reference);
    return applyBudgets(incomparable.size > 0 ? markIncomparable(result, incomparable) : result, config.budget, budgets === 'gate');
  });
  const configured = new Set(outcomes.map((o) => o.name));
  for (const [name, entry] of Object.entries(baseline?.variants ?? {})) {
    if (!configured.has(name)) results.push(removedVariant(name, entry));
  }
  // Config order (removed variants last): stable between runs. Reports sort by concern.
  return results;
}

const CONCERN: Record<VariantStatus, number> = { error: 0, regressed: 1, removed: 2, new: 3, improved: 4, pass: 5 };

/** Problems first, then regressions: the reader sees what needs attention at the top. */
export function sortByConcern(results: VariantResult[]): VariantResult[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => CONCERN[a.r.status] - CONCERN[b.r.status] || a.i - b.i)
    .map(({ r }) => r);
}

function compareVariant(
  config: GateConfig,
  outcome: VariantOutcome,
  base: BaselineVariant | undefined,
  reference: VariantMeasurement | undefined,
  showReference: boolean,
): VariantResult {
  const m = outcome.measurement;
  const rows: MetricRow[] = [];
  if (m) {
    for (const metric of SIZE_METRICS) {
      if (m.optimizeFailed && metric !== 'raw') {
        rows.push(unoptimizedRow(metric, m.size[metric], base?.size[metric]));
        continue;
      }
      rows.push(
        exactRow(config, outcome.name, {
          id: metric,
          metric,
          label: `${metric} bytes`,
          unit: 'bytes',
          current: m.size[metric],
          ...(base ? { baseline: base.size[metric] } : {}),
          ...(showReference && reference ? { reference: reference.size[metric] } : {}),
        }),
      );
    }
    rows.push(...benchRows(config, outcome.name, m.bench ?? {}, base?.bench ?? {}, showReference ? reference?.bench : undefined, { reference: m.throughputVsReference ?? {}, base: m.throughputVsBase ?? {} }));
    rows.push(...sectionRows(m.sections, m.optimizeFailed ? undefined : base?.sections));
  }
  const status: VariantStatus =
    outcome.problems.length > 0
      ? 'error'
      : !base
        ? // A regression against the base commit (check --against) needs no baseline entry.
          rows.some((r) => r.status === 'regressed' && r.vsBaseThreshold) ? 'regressed' : 'new'
        : rows.some((r) => r.status === 'regressed')
          ? 'regressed'
          : rows.some((r) => r.status === 'improved')
            ? 'improved'
            : 'pass';
  return {
    name: outcome.name,
    status,
    rows,
    problems: outcome.problems,
    ...(m ? { measurement: m } : {}),
    ...(outcome.base ? { base: outcome.base } : {}),
    ...attributeFunctions(m, base, showReference ? reference : undefined),
  };
}

/**
 * wasm-opt failed: `optimized` has no value, and gzip and brotli (of the raw module) are shown
 * without comparing them to the baseline's, which are of an optimized one.
 */
function unoptimizedRow(metric: SizeMetric, current: number | undefined, baseline: number | undefined): MetricRow {
  if (metric === 'optimized') {
    return { id: metric, metric, label: 'optimized bytes (wasm-opt failed)', unit: 'bytes', higherIsBetter: false, threshold: false, status: 'info', failed: true, ...(baseline === undefined ? {} : { baseline }) };
  }
  return { id: metric, metric, label: `${metric} bytes (of the raw module: wasm-opt failed)`, unit: 'bytes', higherIsBetter: false, threshold: false, status: 'info', ...(current === undefined ? {} : { current }) };
}

/** Exact bench metrics, in the order a reviewer reads them: speed (cycles, then instructions), memory. */
const EXACT_BENCH_METRICS = ['cycles', 'instructions', 'peakMemoryBytes', 'peakLiveBytes', 'liveBytesAtEnd'] as const;
type ExactBenchMetric = (typeof EXACT_BENCH_METRICS)[number];

const BENCH_LABELS: Record<ExactBenchMetric, { label: string; unit: MetricRow['unit'] }> = {
  cycles: { label: 'cycles', unit: 'cycles' },
  instructions: { label: 'instructions', unit: 'instructions' },
  peakMemoryBytes: { label: 'peak memory', unit: 'bytes' },
  peakLiveBytes: { label: 'peak live bytes', unit: 'bytes' },
  liveBytesAtEnd: { label: 'live bytes at end', unit: 'bytes' },
};

/** A benchmark's value of an exact metric: allocation figures sit under `allocations`. */
export function benchValue(m: BenchMeasurement | undefined, metric: ExactBenchMetric): number | undefined {
  if (!m) return undefined;
  if (metric === 'peakLiveBytes' || metric === 'liveBytesAtEnd') return m.allocations?.[metric];
  return m[metric];
}

interface RowInput {
  id: string;
  metric: SizeMetric | ExactBenchMetric;
  bench?: string;
  label: string;
  unit: MetricRow['unit'];
  current?: number;
  baseline?: number;
  reference?: number;
}

function exactRow(config: GateConfig, variant: string, input: RowInput): MetricRow {
  const threshold = thresholdFor(config.thresholds, variant, input.metric);
  const { current, baseline } = input;
  const row: MetricRow = {
    id: input.id,
    metric: input.metric,
    ...(input.bench ? { bench: input.bench } : {}),
    label: input.label,
    unit: input.unit,
    higherIsBetter: false,
    threshold,
    status: 'new',
    ...(current === undefined ? {} : { current }),
    ...(baseline === undefined ? {} : { baseline }),
  };
  withDelta(row);
  if (current !== undefined && baseline !== undefined) row.status = exactStatus(baseline, current, threshold);
  else if (current === undefined && baseline !== undefined) row.status = 'removed';
  if (current !== undefined && input.reference) row.vsReference = current / input.reference;
  return row;
}

function withDelta(row: MetricRow): void {
  if (row.current === undefined || row.baseline === undefined) return;
  row.delta = row.current - row.baseline;
  row.deltaPct = row.baseline === 0 ? (row.delta === 0 ? 0 : Infinity) : (row.delta / row.baseline) * 100;
}

function benchRows(
  config: GateConfig,
  variant: string,
  current: Record<string, BenchMeasurement>,
  baseline: Record<string, BenchMeasurement>,
  reference: Record<string, BenchMeasurement> | undefined,
  paired: { reference: Record<string, ReferenceRatio>; base: Record<string, ReferenceRatio> },
): MetricRow[] {
  const rows: MetricRow[] = [];
  const names = [...new Set([...Object.keys(current), ...Object.keys(baseline)])];
  for (const bench of names) {
    const cur = current[bench];
    const base = baseline[bench];
    // Counts compare only when both runs did the same number of iterations.
    const sameWork = cur && base && cur.iterations === base.iterations ? base : undefined;
    for (const metric of EXACT_BENCH_METRICS) {
      const current = benchValue(cur, metric);
      const before = benchValue(sameWork, metric);
      const ref = reference?.[bench]?.iterations === cur?.iterations ? benchValue(reference?.[bench], metric) : undefined;
      if (current === undefined && benchValue(base, metric) === undefined) continue;
      rows.push(
        exactRow(config, variant, {
          id: `${bench}.${metric}`,
          metric,
          bench,
          label: `${bench} ${BENCH_LABELS[metric].label}`,
          unit: BENCH_LABELS[metric].unit,
          ...(current === undefined ? {} : { current }),
          ...(before === undefined ? {} : { baseline: before }),
          ...(ref === undefined ? {} : { reference: ref }),
        }),
      );
      if (metric === 'peakMemoryBytes' && cur?.initialMemoryBytes !== undefined) (rows.at(-1) as MetricRow).initialMemoryBytes = cur.initialMemoryBytes;
    }
    if (cur?.opsPerSec !== undefined || base?.opsPerSec !== undefined) {
      const row = throughputRow(config, variant, bench, cur, base, reference?.[bench], paired.reference[bench]);
      const vsBase = paired.base[bench];
      rows.push(vsBase ? withVsBase(row, vsBase, thresholdFor(config.thresholds, variant, 'vsBase')) : row);
    }
  }
  return rows;
}

function throughputRow(
  config: GateConfig,
  variant: string,
  bench: string,
  cur: BenchMeasurement | undefined,
  base: BenchMeasurement | undefined,
  reference: BenchMeasurement | undefined,
  paired: ReferenceRatio | undefined,
): MetricRow {
  const threshold = thresholdFor(config.thresholds, variant, 'opsPerSec');
  const row: MetricRow = {
    id: `${bench}.opsPerSec`,
    metric: 'opsPerSec',
    bench,
    label: `${bench} throughput`,
    unit: 'ops/s',
    higherIsBetter: true,
    threshold,
    status: 'new',
    ...(cur?.opsPerSec === undefined ? {} : { current: cur.opsPerSec }),
    ...(cur?.opsPerSecCi95 ? { ci95: cur.opsPerSecCi95 } : {}),
    ...(base?.opsPerSec === undefined ? {} : { baseline: base.opsPerSec }),
    ...(base?.opsPerSecCi95 ? { baselineCi95: base.opsPerSecCi95 } : {}),
  };
  withDelta(row);
  if (cur?.opsPerSec !== undefined && base?.opsPerSec !== undefined) {
    row.status = noisyStatus(
      { value: base.opsPerSec, ...(base.opsPerSecCi95 ? { ci95: base.opsPerSecCi95 } : {}) },
      { value: cur.opsPerSec, ...(cur.opsPerSecCi95 ? { ci95: cur.opsPerSecCi95 } : {}) },
      threshold,
    );
  } else if (cur?.opsPerSec === undefined) row.status = 'removed';
  // A baseline keeps no timings unless throughput is gated: nothing to compare, nothing new.
  else if (threshold === false) row.status = 'info';
  if (paired) {
    row.vsReference = paired.ratio;
    row.vsReferenceCi95 = paired.ci95;
  } else if (cur?.opsPerSec !== undefined && reference?.opsPerSec) row.vsReference = cur.opsPerSec / reference.opsPerSec;
  return row;
}

/**
 * The paired ratio against the base commit (check --against), and its gate when thresholds.vsBase
 * is set: a regression only when the whole interval lies below 1 − t, an improvement only when it
 * lies above 1 + t. A regression against the base outweighs whatever the baseline said.
 */
export function withVsBase(row: MetricRow, vsBase: ReferenceRatio, threshold: ThresholdSetting): MetricRow {
  const out: MetricRow = { ...row, vsBase: vsBase.ratio, vsBaseCi95: vsBase.ci95 };
  if (threshold === false || row.current === undefined) return out;
  out.vsBaseThreshold = threshold;
  const status = pairedStatus(vsBase.ci95, threshold);
  if (status === 'regressed') out.status = 'regressed';
  else if (out.status !== 'regressed' && status === 'improved') out.status = 'improved';
  else if (out.status === 'info') out.status = 'pass';
  return out;
}

function sectionRows(current: Record<string, number>, baseline: Record<string, number> | undefined): MetricRow[] {
  const names = [...new Set([...Object.keys(current), ...Object.keys(baseline ?? {})])];
  return names.map((name) => {
    const row: MetricRow = {
      id: `section:${name}`,
      metric: 'section',
      label: `section ${name}`,
      unit: 'bytes',
      higherIsBetter: false,
      threshold: false,
      status: current[name] === undefined ? 'removed' : baseline && baseline[name] === undefined ? 'new' : 'info',
      ...(current[name] === undefined ? {} : { current: current[name] }),
      ...(baseline?.[name] === undefined ? {} : { baseline: baseline[name] }),
    };
    withDelta(row);
    return row;
  });
}

/** Rows of metrics measured by other tools than the baseline's: kept for reading, not judged. */
function markIncomparable(result: VariantResult, incomparable: Incomparable): VariantResult {
  const rows = result.rows.map((row): MetricRow => {
    if (!incomparable.has(row.metric) || row.baseline === undefined) return row;
    // The pairing against the base commit ran in this run alone: it still judges.
    const paired = row.vsBaseThreshold && row.vsBaseCi95 ? pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) : 'info';
    return { ...row, status: paired, notComparable: true };
  });
  const status = result.status === 'regressed' || result.status === 'improved' ? statusOf(rows) : result.status;
  return { ...result, rows, status };
}

function statusOf(rows: MetricRow[]): VariantStatus {
  return rows.some((r) => r.status === 'regressed') ? 'regressed' : rows.some((r) => r.status === 'improved') ? 'improved' : 'pass';
}

function removedVariant(name: string, entry: BaselineVariant): VariantResult {
  const rows: MetricRow[] = SIZE_METRICS.map((metric) => ({
    id: metric,
    metric,
    label: `${metric} bytes`,
    unit: 'bytes',
    higherIsBetter: false,
    threshold: false,
    status: 'removed',
    baseline: entry.size[metric],
  }));
  return { name, status: 'removed', rows, problems: [] };
}
