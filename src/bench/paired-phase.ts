// Wall-clock ratios that can gate: each variant's module and a partner (the reference variant, or
// the same variant built at the base commit) in the variant's one worker process, the same batch
// timed on both in alternating rounds, until the 95% interval of the round ratios is tight enough
// (bench.pairTargetPct) or the pair's time is up (bench.pairTimeLimitMs). Separate processes timed
// in turn see different moments of a shared machine; one process, back to back, sees the same.
import { maxBatchForMemory } from './memory-budget.js';
import { round4 } from './phase-text.js';
import type { BenchSpec, CalibrateReply, HostPlan, PairReply } from './protocol.js';
import { relativeHalfWidth, roundRatios, summarizeThroughput, type ThroughputSummary } from './stats.js';
import type { ReferenceRatio } from '../types.js';
import { type BenchStageInput, type Budget, BudgetShare, BudgetSpent, ensureWorker, LOAD_TIME_FLOOR_MS, type TimeBudget, type VariantRun } from './variant-run.js';
import type { BenchWorker } from './worker-client.js';

/** Rounds short enough that both sides of one see the same moment of a busy machine (a time slice
 *  taken by another process hits few of them, and the median sets those aside), long enough for the
 *  timer and the call. */
const PAIR_SAMPLE_MS = 2;
/** Each request to the worker runs rounds for about this long. */
const REQUEST_MS = 100;
/** The fewest rounds an interval is judged on: 12 gives the order-statistic ranks (3, 10). */
const MIN_ROUNDS = 12;
const MAX_ROUNDS = 2000;
/** Untimed rounds first: V8 compiles each function on its first call, in this process too; later
 *  requests, on fresh instances, warm up with one. */
const WARMUP_ROUNDS = 2;

export interface Partner {
  /** the worker's name for it, and the report's: "reference", "base" */
  key: string;
  plain: Uint8Array<ArrayBuffer>;
  host: HostPlan;
  /** per benchmark, the partner's memory growth (the reference's counted run); unknown for a base build */
  memory: ReadonlyMap<string, { startBytes: number; bytesPerUnit: number }>;
  /** per benchmark, ms of one unit of work (the reference's throughput phase); unknown for a base build */
  unitMs?: ReadonlyMap<string, number>;
  /** the benchmarks it has (the reference's that ran); all, when not known */
  benches?: ReadonlySet<string>;
  /** where each benchmark's ratio goes */
  into: Record<string, ReferenceRatio>;
  /** the worker process this partner is loaded in */
  loadedIn?: BenchWorker;
}

export interface PairPlan {
  run: VariantRun;
  partners: Partner[];
}

export async function pairedPhase(input: BenchStageInput, plans: PairPlan[], budget: Budget): Promise<void> {
  for (const [i, plan] of plans.entries()) {
    // Keeps a turn of the pairing for every variant after this one.
    const share = new BudgetShare(budget, i, plans.length);
    for (const partner of plan.partners) {
      for (const { spec } of plan.run.entries) {
        const { run } = plan;
        if (!run.result.measurements[spec.name] || run.result.errors[spec.name] || partner.benches?.has(spec.name) === false) continue;
        try {
          const ratio = await pairBenchmark(input, run, partner, spec, share);
          if (ratio) partner.into[spec.name] = ratio;
        } catch (error) {
          if (error instanceof BudgetSpent) return;
          // The own measurements stand: only this ratio is missing, and the log says why.
          input.log.warn(`bench: ${run.name} ${spec.name} vs ${partner.key}: not paired: ${(error as Error).message}`);
        }
      }
    }
  }
}

/** Calibrates both sides to one batch, then pairs rounds until the interval is tight or time is up. */
async function pairBenchmark(input: BenchStageInput, run: VariantRun, partner: Partner, spec: BenchSpec, budget: TimeBudget): Promise<ReferenceRatio | undefined> {
  const { config } = input;
  const limitBytes = config.bench.memoryLimitMb * 1048576;
  const own = run.memory.get(spec.name) ?? { startBytes: 0, bytesPerUnit: 0 };
  // A base build's growth is unknown before it runs: the head's is the best guess.
  const other = partner.memory.get(spec.name) ?? own;
  // The throughput phase timed one unit of each; a base build is new here and calibrated first.
  const ownUnitMs = run.unitMs?.get(spec.name) ?? (await calibrateUnitMs(input, run, partner, spec, own, undefined, budget));
  const partnerUnitMs = partner.unitMs?.get(spec.name) ?? (await calibrateUnitMs(input, run, partner, spec, other, partner.key, budget));
  // The same work on both sides; the slower side's round lasts about PAIR_SAMPLE_MS.
  const maxBatch = Math.min(maxBatchForMemory(own.bytesPerUnit, own.startBytes, limitBytes), maxBatchForMemory(other.bytesPerUnit, other.startBytes, limitBytes));
  const batch = Math.max(1, Math.min(maxBatch, Math.floor(PAIR_SAMPLE_MS / Math.max(ownUnitMs, partnerUnitMs, 1e-9))));
  const roundMs = (ownUnitMs + partnerUnitMs) * batch;
  // An even count, so that each request starts with either side as often.
  const rounds = 2 * Math.max(1, Math.min(100, Math.round(REQUEST_MS / Math.max(roundMs, 1e-3) / 2)));
  const headNs: number[] = [];
  const partnerNs: number[] = [];
  const started = performance.now();
  let summary: ThroughputSummary | undefined;
  for (let request = 0; ; request++) {
    const reply = await pairRequest<PairReply>(input, run, partner, { op: 'pair', bench: spec, partner: partner.key, batch, rounds, warmup: request === 0 ? WARMUP_ROUNDS : 1, headFirst: request % 2 === 0, bytesPerUnit: own.bytesPerUnit, partnerBytesPerUnit: other.bytesPerUnit }, budget);
    headNs.push(...reply.headNs);
    partnerNs.push(...reply.partnerNs);
    const ratios = roundRatios(headNs, partnerNs);
    if (ratios.length > 0) summary = summarizeThroughput(ratios);
    if (summary && ratios.length >= MIN_ROUNDS && relativeHalfWidth(summary) <= config.bench.pairTargetPct / 100) break;
    if (performance.now() - started >= config.bench.pairTimeLimitMs || ratios.length >= MAX_ROUNDS) break;
  }
  return summary && { ratio: round4(summary.median), ci95: [round4(summary.ci95[0]), round4(summary.ci95[1])] };
}

/** ms of one unit of work of one side, from a calibration in the variant's worker (which warms it too). */
async function calibrateUnitMs(input: BenchStageInput, run: VariantRun, partner: Partner, spec: BenchSpec, side: { startBytes: number; bytesPerUnit: number }, key: string | undefined, budget: TimeBudget): Promise<number> {
  const maxBatch = maxBatchForMemory(side.bytesPerUnit, side.startBytes, input.config.bench.memoryLimitMb * 1048576);
  const reply = await pairRequest<CalibrateReply>(input, run, partner, { op: 'calibrate', bench: spec, targetMs: PAIR_SAMPLE_MS, maxBatch, bytesPerUnit: side.bytesPerUnit, ...(key ? { partner: key } : {}) }, budget);
  return reply.lastMs / reply.batch;
}

/** One request to the variant's worker with the partner loaded in it (again, after a restart). */
async function pairRequest<T>(input: BenchStageInput, run: VariantRun, partner: Partner, request: Parameters<BenchWorker['request']>[0], budget: TimeBudget): Promise<T> {
  if (budget.spent) throw new BudgetSpent(budget.describe());
  if (!run.worker?.alive) await ensureWorker(input, run, budget);
  const worker = run.worker as BenchWorker;
  if (partner.loadedIn !== worker) {
    await worker.request({ op: 'loadPartner', key: partner.key, plain: partner.plain, host: partner.host }, Math.max(input.config.bench.timeLimitMs, LOAD_TIME_FLOOR_MS));
    partner.loadedIn = worker;
  }
  return worker.request<T>(request, Math.max(1, Math.min(input.config.bench.timeLimitMs, budget.leftMs)));
}
