// Side effects: start a benchmark worker process and talk to it with time limits.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownProcess } from '../processes.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

export class WorkerTimeout extends Error {}
export class WorkerDied extends Error {}
/** The request failed for a reason of the whole module, whichever benchmark ran (its start function trapped). */
export class ModuleFailure extends Error {}

/** dist/bench-worker.js beside the bundle; src/bench/worker.ts when running from source. */
export function workerScript(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'bench-worker.js');
  return existsSync(bundled) ? bundled : path.join(here, 'worker.ts');
}

export interface WorkerOptions {
  env: Record<string, string>;
  memoryLimitMb: number;
}

/** V8 flags of every worker: the tier measured, gc() between samples, and the memory cap. */
export function workerFlags(memoryLimitMb: number): string[] {
  return ['--no-liftoff', '--expose-gc', `--wasm-max-mem-pages=${memoryLimitMb * 16}`, '--no-warnings'];
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class BenchWorker {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private stderr = '';
  private exited: string | undefined;

  constructor(options: WorkerOptions) {
    this.child = fork(workerScript(), [], {
      execArgv: workerFlags(options.memoryLimitMb),
      env: options.env,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // A worker spinning in a benchmark never sees the gate go: a cancelled run stops it.
    const release = ownProcess(() => this.kill());
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.child.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(reply.module ? new ModuleFailure(reply.error) : new Error(reply.error));
    });
    this.child.on('exit', (code, signal) => {
      release();
      if (this.exited !== undefined) return;
      const lastLine = this.stderr.trim().split('\n').slice(-3).join(' | ');
      this.exited = `the benchmark process died (${signal ?? `exit code ${code}`})${lastLine ? `: ${lastLine}` : ''}`;
      for (const waiting of this.pending.values()) waiting.reject(new WorkerDied(this.exited));
      this.pending.clear();
    });
  }

  request<T>(request: Request, timeoutMs: number): Promise<T> {
    if (this.exited) return Promise.reject(new WorkerDied(this.exited));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        // After the main thread was busy, the reply may be waiting unread: I/O is read first.
        setImmediate(() => {
          if (!this.pending.has(id)) return;
          this.pending.delete(id);
          this.kill();
          reject(new WorkerTimeout(`did not finish within the time limit (${Math.round(timeoutMs)} ms; an endless loop?)`));
        });
      }, Math.max(1, timeoutMs));
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ ...request, id });
    });
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  kill(): void {
    if (this.exited !== undefined) return;
    // Dead from now on, not from when the exit event arrives: no request may reach it meanwhile.
    this.exited = 'the benchmark process was stopped';
    this.child.kill('SIGKILL');
    for (const waiting of this.pending.values()) waiting.reject(new WorkerDied(this.exited));
    this.pending.clear();
  }
}
