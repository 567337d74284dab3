// Wall-clock ratios that can gate: each variant's module and a partner (the reference variant, or
// the same variant built at the base commit) in the variant's one worker process, the same batch
// timed on both in alternating rounds, in blocks on fresh compilations of both. Separate processes
// timed in turn see different moments of a shared machine; one process, back to back, sees the same.
// The machine's noise also comes in episodes of a second or two that move a ratio by several
// percent (measured: docs/WALL-CLOCK.md), so each pair is timed in short slices taken in turn with
// every other pair and spread over time, and its interval is drawn from the slices
// (stats.ts sliceRatioInterval): until it is within bench.pairTargetPct or the pair has had its
// bench.pairTimeLimitMs.
import { maxBatchForMemory } from './memory-budget.js';
import { formatSeconds, round4 } from './phase-text.js';
import type { BenchSpec, CalibrateReply, HostPlan, PairReply } from './protocol.js';
import { relativeHalfWidth, roundRatios, sliceRatioInterval, summarizeThroughput } from './stats.js';
import type { ReferenceRatio } from '../types.js';
import { type BenchStageInput, type Budget, BudgetSpent, ensureWorker, LOAD_TIME_FLOOR_MS, type TimeBudget, type VariantRun } from './variant-run.js';
import type { BenchWorker } from './worker-client.js';

/** Rounds short enough that both sides of one see the same moment of a busy machine (a time slice
 *  taken by another process hits few of them, and the median sets those aside), long enough for the
 *  timer: a round is one call at the counted iterations, or as many as fill this. */
const PAIR_SAMPLE_MS = 2;
/** Each request to the worker, a block of rounds on fresh compilations, runs for about this long. */
const REQUEST_MS = 100;
/** Blocks per slice: a slice's ratio is the median of its rounds. */
const SLICE_BLOCKS = 2;
/** The fewest slices an interval is judged on before the pair may stop early. */
const MIN_SLICES = 8;
/** Nor may it stop early before its slices span this long: in a quiet stretch of a few seconds the
 *  slices agree, the interval is tight, and the ratio is that stretch's (a 5% slowdown read 0.97
 *  for a truth of 0.95 in 2 of 20 checks that stopped after 8 slices over ~4 s: docs/METRICS.md). */
const MIN_SPAN_MS = 6000;
const MAX_SLICES = 500;
/** A pair's slices are at least this far apart: with few pairs the worker waits between them, so
 *  that the slices sample several of the machine's episodes (a second or two each), not one. */
const CYCLE_MS = 600;
/** Untimed rounds first in each block: V8 compiles each function on its first call. */
const WARMUP_ROUNDS = 1;

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

/** One benchmark of one variant against one partner, while its slices are taken. */
interface PairJob {
  run: VariantRun;
  partner: Partner;
  spec: BenchSpec;
  /** the same work on both sides in every round, fixed by the first slice */
  rounds?: { batch: number; repeat: number; rounds: number; bytesPerUnit: number; partnerBytesPerUnit: number };
  sliceRatios: number[];
  blocks: number;
  /** ms of slices so far, against bench.pairTimeLimitMs */
  spentMs: number;
  /** when its first slice began and its last ended: the span its slices sample */
  firstAt?: number;
  lastAt?: number;
}

export async function pairedPhase(input: BenchStageInput, plans: PairPlan[], budget: Budget): Promise<void> {
  let active = plans.flatMap(({ run, partners }) =>
    partners.flatMap((partner) =>
      run.entries
        .filter(({ spec }) => run.result.measurements[spec.name] && !run.result.errors[spec.name] && partner.benches?.has(spec.name) !== false)
        .map(({ spec }): PairJob => ({ run, partner, spec, sliceRatios: [], blocks: 0, spentMs: 0 })),
    ),
  );
  // Every pair in turn, one slice each, so that each pair's slices spread over the whole phase;
  // the turn also shares the budget fairly between variants.
  while (active.length > 0) {
    const cycleStarted = performance.now();
    const next: PairJob[] = [];
    for (const job of active) {
      try {
        await pairSlice(input, job, budget);
        if (pairDone(input, job)) finish(input, job);
        else next.push(job);
      } catch (error) {
        // A request cut short because the budget ran out while it ran is the budget, not the pair.
        if (error instanceof BudgetSpent || budget.spent) {
          for (const left of active) finish(input, left);
          input.log.warn(`bench: pairing stopped early: ${budget.describe()} ran out; ${active.length} ratio(s) come from the slices taken so far (wider intervals, none from fewer than 2 slices)`);
          return;
        }
        // The own measurements stand: only this ratio is missing, and the log says why.
        input.log.warn(`bench: ${job.run.name} ${job.spec.name} vs ${job.partner.key}: not paired: ${(error as Error).message}`);
      }
    }
    active = next;
    const wait = Math.min(CYCLE_MS - (performance.now() - cycleStarted), budget.leftMs);
    if (active.length > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

function pairDone(input: BenchStageInput, job: PairJob): boolean {
  const { pairTargetPct, pairTimeLimitMs } = input.config.bench;
  const interval = job.sliceRatios.length >= MIN_SLICES && spanMs(job) >= MIN_SPAN_MS ? sliceRatioInterval(job.sliceRatios) : undefined;
  if (interval && relativeHalfWidth({ median: interval.ratio, ci95: interval.ci95 }) <= pairTargetPct / 100) return true;
  return job.spentMs >= pairTimeLimitMs || job.sliceRatios.length >= MAX_SLICES;
}

/** From the start of a pair's first slice to the end of its last: the stretch of time they sample. */
const spanMs = (job: PairJob): number => (job.lastAt ?? 0) - (job.firstAt ?? 0);

/** The pair's ratio and interval from its slices; none from fewer than two. */
function finish(input: BenchStageInput, job: PairJob): void {
  const interval = sliceRatioInterval(job.sliceRatios);
  if (!interval) return;
  const ratio: ReferenceRatio = { ratio: round4(interval.ratio), ci95: [round4(interval.ci95[0]), round4(interval.ci95[1])] };
  job.partner.into[job.spec.name] = ratio;
  const span = formatSeconds(spanMs(job));
  input.log.detail(`bench: ${job.run.name} ${job.spec.name} vs ${job.partner.key}: ${ratio.ratio} [${ratio.ci95[0]}, ${ratio.ci95[1]}] from ${job.sliceRatios.length} slices over ${span} (${formatSeconds(job.spentMs)} timed)`);
}

/** One slice: SLICE_BLOCKS blocks of paired rounds; its ratio the median of their rounds. */
async function pairSlice(input: BenchStageInput, job: PairJob, budget: TimeBudget): Promise<void> {
  job.rounds ??= await planRounds(input, job, budget);
  const { run, partner, spec } = job;
  const started = performance.now();
  job.firstAt ??= started;
  const ratios: number[] = [];
  for (let block = 0; block < SLICE_BLOCKS; block++) {
    // Which side goes first alternates by block as well as by round.
    const headFirst = job.blocks++ % 2 === 0;
    const reply = await pairRequest<PairReply>(input, run, partner, { op: 'pair', bench: spec, partner: partner.key, ...job.rounds, warmup: WARMUP_ROUNDS, headFirst }, budget);
    ratios.push(...roundRatios(reply.headNs, reply.partnerNs));
  }
  job.lastAt = performance.now();
  job.spentMs += job.lastAt - started;
  if (ratios.length > 0) job.sliceRatios.push(summarizeThroughput(ratios).median);
}

/** Calibrates both sides to one batch: the counted iterations, repeated to fill a round. */
async function planRounds(input: BenchStageInput, job: PairJob, budget: TimeBudget): Promise<NonNullable<PairJob['rounds']>> {
  const { run, partner, spec } = job;
  const limitBytes = input.config.bench.memoryLimitMb * 1048576;
  const own = run.memory.get(spec.name) ?? { startBytes: 0, bytesPerUnit: 0 };
  // A base build's growth is unknown before it runs: the head's is the best guess.
  const other = partner.memory.get(spec.name) ?? own;
  // The throughput phase timed one unit of each; a base build is new here and calibrated first.
  const ownUnitMs = run.unitMs?.get(spec.name) ?? (await calibrateUnitMs(input, run, partner, spec, own, undefined, budget));
  const partnerUnitMs = partner.unitMs?.get(spec.name) ?? (await calibrateUnitMs(input, run, partner, spec, other, partner.key, budget));
  // The same work on both sides, and in every run: the counted iterations (the baseline's, in
  // check) per call, so that a ratio does not depend on a batch this machine's speed chose, with
  // calls repeated until the slower side's round lasts about PAIR_SAMPLE_MS.
  const maxBatch = Math.min(maxBatchForMemory(own.bytesPerUnit, own.startBytes, limitBytes), maxBatchForMemory(other.bytesPerUnit, other.startBytes, limitBytes));
  const slowerUnitMs = Math.max(ownUnitMs, partnerUnitMs, 1e-9);
  const counted = run.result.measurements[spec.name]?.iterations;
  const batch = Math.max(1, Math.min(maxBatch, counted ?? Math.floor(PAIR_SAMPLE_MS / slowerUnitMs)));
  const repeat = Math.max(1, Math.min(Math.floor(maxBatch / batch), Math.round(PAIR_SAMPLE_MS / (slowerUnitMs * batch))));
  const roundMs = (ownUnitMs + partnerUnitMs) * batch * repeat;
  // An even count, so that each request starts with either side as often.
  const rounds = 2 * Math.max(1, Math.min(100, Math.round(REQUEST_MS / Math.max(roundMs, 1e-3) / 2)));
  return { batch, repeat, rounds, bytesPerUnit: own.bytesPerUnit, partnerBytesPerUnit: other.bytesPerUnit };
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
