// Worker side: wall-clock. A calibrated batch timed on a warm instance, and paired rounds that time
// the variant's module and a partner (the reference variant, or the base commit's build) in this
// one process, alternating which goes first, so that both see the same moment of the machine.
// Node builtins and siblings only (see protocol.ts).
import type { Hosted } from './host.ts';
import type { BenchSpec, CalibrateReply, PairReply, WorkerRequest } from './protocol.ts';
import { guarded, instantiate, limitBytes, type LoadedModule, memoryBytes, PAGE, prepare, setCurrentBench } from './worker-instance.ts';

const recycleBytes = Math.min(512 * 1024 * 1024, limitBytes / 4);

/**
 * The instance a timed batch runs on. A benchmark whose memory keeps growing (a leaking allocator)
 * gets a fresh instance, outside the timed region, before a batch could take it past the memory
 * limit; the batch itself is capped (maxBatch) so that it fits in a fresh instance.
 */
function timingInstance(loaded: LoadedModule, bench: BenchSpec, batch: number, bytesPerUnit: number): { hosted: Hosted; run: (n: number) => unknown } {
  setCurrentBench(bench.name);
  let entry = loaded.timing.get(bench.name);
  const expected = memoryBytesAfter(entry, batch, bytesPerUnit);
  if (!entry || expected > limitBytes * 0.9 || memoryBytes(entry.hosted) > recycleBytes) {
    loaded.timing.delete(bench.name);
    entry = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    const hosted = guarded(undefined, () => instantiate(loaded.plain, loaded.host, loaded.imports));
    entry = { hosted, run: guarded(hosted, () => prepare(hosted, bench)) };
    loaded.timing.set(bench.name, entry);
  }
  return entry;
}

/** Memory an instance would have after a batch: a quarter more than the growth seen per unit. */
function memoryBytesAfter(entry: { hosted: Hosted } | undefined, batch: number, bytesPerUnit: number): number {
  return (entry ? memoryBytes(entry.hosted) : 0) + bytesPerUnit * batch * 1.25 + PAGE;
}

/** `collect`: a full GC first, so that none falls into the timed call (it costs more than a short round). */
export function timeOnce(loaded: LoadedModule, bench: BenchSpec, batch: number, bytesPerUnit: number, collect = true): number {
  const { hosted, run } = timingInstance(loaded, bench, batch, bytesPerUnit);
  if (collect) (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  guarded(hosted, () => run(batch));
  return Number(process.hrtime.bigint() - start);
}

/** Warm up, then find a batch size whose one call lasts at least targetMs, far above the timer's
 *  resolution. V8 compiles each function on its first call (lazily, even with --no-liftoff), so a
 *  long call is trusted only when the next call at the same size is long too: a first call that
 *  spent its time compiling (a large malloc, say) must not fix the batch at 1. */
export function calibrate(loaded: LoadedModule, req: Extract<WorkerRequest, { op: 'calibrate' }>): CalibrateReply {
  let batch = 1;
  let warmupCalls = 0;
  let lastMs = 0;
  const time = (): number => {
    warmupCalls += 1;
    return timeOnce(loaded, req.bench, batch, req.bytesPerUnit) / 1e6;
  };
  for (;;) {
    lastMs = time();
    if (lastMs >= req.targetMs) lastMs = time();
    if (lastMs >= req.targetMs || batch >= req.maxBatch) break;
    const factor = lastMs <= 0 ? 10 : Math.min(10, Math.max(1.5, (req.targetMs * 1.2) / lastMs));
    batch = Math.min(req.maxBatch, Math.ceil(batch * factor));
  }
  // Two more calls at the final size so the timed samples start warm.
  for (let i = 0; i < 2; i++) lastMs = time();
  return { batch, warmupCalls, lastMs };
}

/**
 * Paired rounds: in each, the same batch on the variant's module and on the partner, one right
 * after the other; the order alternates round by round (and `headFirst` says how the first round
 * starts), so a drift during a round does not favour either side.
 */
export function pairRounds(own: LoadedModule, partner: LoadedModule, req: Extract<WorkerRequest, { op: 'pair' }>): PairReply {
  const head: number[] = [];
  const other: number[] = [];
  // One GC per request, not per round: a wasm benchmark makes little JS garbage, and a GC takes
  // longer than a short round; one that still falls into a round is an outlier the median ignores.
  // Fresh instances for every request: an allocator's heap drifts call by call, and rounds spread
  // over many instances show that drift in the interval instead of one instance's luck.
  own.timing.delete(req.bench.name);
  partner.timing.delete(req.bench.name);
  (globalThis as { gc?: () => void }).gc?.();
  const time = (loaded: LoadedModule, bytesPerUnit: number): number => timeOnce(loaded, req.bench, req.batch, bytesPerUnit, false);
  for (let round = 0; round < req.warmup; round++) {
    time(own, req.bytesPerUnit);
    time(partner, req.partnerBytesPerUnit);
  }
  for (let round = 0; round < req.rounds; round++) {
    const ownFirst = round % 2 === 0 === req.headFirst;
    if (ownFirst) head.push(time(own, req.bytesPerUnit));
    other.push(time(partner, req.partnerBytesPerUnit));
    if (!ownFirst) head.push(time(own, req.bytesPerUnit));
  }
  return { headNs: head, partnerNs: other };
}
