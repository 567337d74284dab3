// Messages between the gate and a benchmark worker process (one worker per variant, with the
// modules it is paired with).
// The worker imports only types from src/ (erased when Node strips them) and its sibling host.ts,
// so that it runs as a plain file under Node's type stripping.
import type { AllocationStats, CacheEvents } from '../types.js';

export type { CacheEvents };
import type { ImportDescriptor, Limits } from './module-interface.js';

export type BenchSpec =
  | { kind: 'export'; name: string }
  /** a malloc/free trace replayed through trace_load / trace_replay */
  | { kind: 'trace'; name: string; ops: Int32Array };

/** What the worker must provide to the module's imports. */
export interface HostPlan {
  variant: string;
  imports: ImportDescriptor[];
  /** limits of the memory the module defines */
  memory?: Limits;
  /** the module has a start function: a trap while instantiating is most likely its */
  start?: true;
  /** absolute path of the user's ES module of imports (bench.imports) */
  importsModule?: string;
}

/** The module as built, with hooks on its allocator's entry points (src/wasm/alloc-hooks.ts): each
 * count runs it too, for the allocation statistics of the program as written (before wasm-opt
 * inlines an entry point away). Its own host plan: it may import what the optimizer dropped. */
export interface AllocationCopy {
  module: Uint8Array<ArrayBuffer>;
  host: HostPlan;
}

export type WorkerRequest =
  | { id: number; op: 'load'; plain: Uint8Array<ArrayBuffer>; counted: Uint8Array<ArrayBuffer> | null; host: HostPlan; allocation?: AllocationCopy }
  | { id: number; op: 'count'; bench: BenchSpec; iterations: number }
  /** bytesPerUnit: linear-memory growth per unit of work, from the counted run (0: none) */
  /** partner: calibrate that partner's module (loadPartner) instead of the variant's own */
  | { id: number; op: 'calibrate'; bench: BenchSpec; targetMs: number; maxBatch: number; bytesPerUnit: number; partner?: string }
  | { id: number; op: 'time'; bench: BenchSpec; batch: number; bytesPerUnit: number }
  /** a second module in this worker, timed against the variant's own (the reference variant, the base commit's build) */
  | { id: number; op: 'loadPartner'; key: string; plain: Uint8Array<ArrayBuffer>; host: HostPlan }
  /** paired rounds of the same batch on the own module and the partner, the order alternating */
  | { id: number; op: 'pair'; bench: BenchSpec; partner: string; batch: number; rounds: number; warmup: number; headFirst: boolean; bytesPerUnit: number; partnerBytesPerUnit: number };

export interface LoadReply {
  exports: { name: string; kind: string }[];
  imports: { module: string; name: string; kind: string }[];
}

export interface CountReply {
  instructions: number | null;
  /** the cycle estimate (src/wasm/cycle-model.ts), when the copy has the cache model */
  cycles?: number;
  /** cycles of each function body, in body order */
  cyclesProfile?: number[];
  cache?: CacheEvents;
  /** from the allocator hooks, when the module has entry points */
  allocations?: AllocationStats;
  /** requests per power-of-two size class ("32": 17..32 bytes) */
  allocationSizes?: Record<string, number>;
  /** why the module as built gave no allocation statistics (it could not run) */
  allocationProblem?: string;
  /** self instructions of each function body, in body order (a per-function counting copy) */
  profile?: number[];
  peakMemoryBytes: number;
  /** linear memory at instantiation, before any code ran: what the build declared */
  initialMemoryBytes: number;
  /** linear memory just before the counted run (after start-up and trace loading) */
  startMemoryBytes: number;
  allocStats: Record<string, number>;
  checksum: string;
}
export interface CalibrateReply {
  batch: number;
  warmupCalls: number;
  lastMs: number;
}
export interface TimeReply {
  ns: number;
}
/** round by round, ns of the batch on the own module and on the partner */
export interface PairReply {
  headNs: number[];
  partnerNs: number[];
}

/** `module`: the failure is the module's, whichever benchmark asked (its start-up trapped). */
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string; module?: boolean };
