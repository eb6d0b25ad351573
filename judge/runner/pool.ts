/**
 * A pool of `node:worker_threads` workers that run one bench test each at a time. The server keeps
 * one pool for its lifetime and shares it between submissions; the CLI makes one per command.
 *
 * Why threads: a test is pure CPU (the AVR simulation), so tests of one submission run in parallel
 * on all cores, and a runaway test can be stopped by terminating its thread — the only way to stop
 * synchronous JavaScript that never yields. A terminated or crashed worker is replaced lazily.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TestJob, WarmUpProgram, WorkerReply, WorkerRequest, WorkerStart, WorkerTestOutcome } from './protocol.ts';

export type { TestJob, WorkerTestOutcome } from './protocol.ts';

export interface WorkerPoolOptions {
  /** Number of worker threads; defaults to one per core. */
  size?: number;
  /** Extra wall time a worker gets beyond the test's own wall budget before it is terminated. */
  graceMs?: number;
  /** Most wall time a worker may take to start a test (thread start, tsx, importing the bench). */
  startupMs?: number;
}

/** How one job ended, seen from the pool: the worker's answer, or what went wrong around it. */
export type JobResult =
  | { kind: 'done'; outcome: WorkerTestOutcome; wallMs: number }
  /** The bench (or anything inside the worker) threw. */
  | { kind: 'error'; message: string; wallMs: number }
  /** The worker overran the wall budget + grace (or never got the test started) and was terminated. */
  | { kind: 'timeout'; phase: 'startup' | 'test'; wallMs: number }
  /** The worker thread died (out of memory, native crash, exit). */
  | { kind: 'died'; message: string; wallMs: number };

export interface RunOptions {
  /** Wall-clock budget of the test, in ms; the worker is terminated after this + grace. */
  wallMs: number;
  signal?: AbortSignal;
  /** Called when a worker picks the job up (the test really starts). */
  onStart?: () => void;
}

interface Pending {
  job: TestJob;
  options: RunOptions;
  resolve: (r: JobResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** The job this worker runs now, and how to end it from outside (the worker died). */
  busy: { pending: Pending; fail: (message: string) => void; cancel: () => void } | null;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);
let nextJobId = 1;

export class WorkerPool {
  readonly size: number;
  private readonly graceMs: number;
  private readonly startupMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private warmUpWith: WarmUpProgram[] = [];

  constructor(options: WorkerPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.graceMs = options.graceMs ?? 2_000;
    this.startupMs = options.startupMs ?? 60_000;
  }

  /** Runs one bench test in a worker. Resolves with how it ended; rejects only when aborted or closed. */
  run(job: TestJob, options: RunOptions): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('WorkerPool is closed'));
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    return new Promise<JobResult>((resolve, reject) => {
      const pending: Pending = { job, options, resolve, reject };
      const onAbort = () => this.abort(pending);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      pending.resolve = (r) => {
        options.signal?.removeEventListener('abort', onAbort);
        resolve(r);
      };
      pending.reject = (e) => {
        options.signal?.removeEventListener('abort', onAbort);
        reject(e);
      };
      this.queue.push(pending);
      this.dispatch();
    });
  }

  /**
   * From now on every new thread runs these programs before its first test (warm-up.ts); threads
   * up to the pool's size start now, so they are warm before the first students submit.
   */
  warmUp(programs: WarmUpProgram[]): void {
    if (this.closed) return;
    this.warmUpWith = programs;
    while (this.slots.length < this.size) this.spawn();
    this.dispatch();
  }

  /** Threads running now (busy or idle). */
  get threads(): number {
    return this.slots.length;
  }

  /** Terminates every worker; queued and running jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('WorkerPool is closed');
    for (const p of this.queue.splice(0)) p.reject(error);
    const slots = [...this.slots];
    for (const s of slots) {
      const pending = s.busy?.pending;
      if (s.busy) s.busy.cancel();
      else this.retire(s);
      pending?.reject(error);
    }
    // Resolves once every thread has really stopped (terminate() is idempotent).
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private abort(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) this.queue.splice(queued, 1);
    // Running: the only way to stop a synchronous simulation is to end its thread.
    else this.slots.find((s) => s.busy?.pending === pending)?.busy?.cancel();
    pending.reject(pending.options.signal?.reason ?? new Error('aborted'));
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { workerData: { warmUp: this.warmUpWith } satisfies WorkerStart });
    // An idle worker must not keep a CLI process alive.
    worker.unref();
    const slot: Slot = { worker, busy: null };
    this.slots.push(slot);
    worker.on('error', (error: Error) => this.lost(slot, error?.stack ?? String(error)));
    worker.on('exit', (code) => this.lost(slot, `worker thread exited with code ${code}`));
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    const id = nextJobId++;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    // Ends this job once. `retire` ends the worker too, before the slot could take the next job.
    const finish = (result: JobResult | null, retire: boolean) => {
      if (slot.busy?.pending !== pending) return;
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.busy = null;
      if (retire) this.retire(slot);
      else slot.worker.unref();
      if (result) pending.resolve(result);
      this.dispatch();
    };
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== id) return;
      if (reply.kind === 'started') {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', phase: 'test', wallMs: elapsed() }, true), pending.options.wallMs + this.graceMs);
      } else if (reply.kind === 'done') finish({ kind: 'done', outcome: reply.outcome, wallMs: reply.wallMs }, false);
      else finish({ kind: 'error', message: reply.error, wallMs: elapsed() }, false);
    };
    let timer = setTimeout(() => finish({ kind: 'timeout', phase: 'startup', wallMs: elapsed() }, true), this.startupMs);
    slot.busy = {
      pending,
      fail: (message) => finish({ kind: 'died', message, wallMs: elapsed() }, false),
      cancel: () => finish(null, true),
    };
    slot.worker.on('message', onMessage);
    slot.worker.ref();
    pending.options.onStart?.();
    const request: WorkerRequest = { id, job: pending.job };
    slot.worker.postMessage(request);
  }

  /** A worker died on its own: its job (if any) ends as 'died', and a new worker takes the slot. */
  private lost(slot: Slot, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    slot.busy?.fail(message);
    this.dispatch();
  }

  /** Ends a worker we no longer trust (it overran its budget, or its job was cancelled). */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    // A late 'error' from a dying thread must not become an unhandled exception.
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
  }
}
