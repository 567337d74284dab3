// Messages between the gate and a benchmark worker process (one worker per variant).
// The worker imports nothing from src/ so that it runs as a plain file under Node's type stripping.

export type BenchSpec =
  | { kind: 'export'; name: string }
  /** a malloc/free trace replayed through trace_load / trace_replay */
  | { kind: 'trace'; name: string; ops: Int32Array };

export type WorkerRequest =
  | { id: number; op: 'load'; plain: Uint8Array<ArrayBuffer>; counted: Uint8Array<ArrayBuffer> | null }
  | { id: number; op: 'count'; bench: BenchSpec; iterations: number }
  | { id: number; op: 'calibrate'; bench: BenchSpec; targetMs: number; maxBatch: number }
  | { id: number; op: 'time'; bench: BenchSpec; batch: number };

export interface LoadReply {
  exports: { name: string; kind: string }[];
  imports: { module: string; name: string; kind: string }[];
}
export interface CountReply {
  instructions: number | null;
  /** self instructions of each function body, in body order (a per-function counting copy) */
  profile?: number[];
  peakMemoryBytes: number;
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

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
