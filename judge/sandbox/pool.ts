/**
 * A WorkerPool whose tests run in the sandbox: the runner (judgeSubmission, checkTask) uses it like
 * the thread pool, but each test of an authored bench runs in its own sandboxed process (run.ts),
 * so a bench from the browser never shares the server's memory, files or network.
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { WorkerPool, type JobResult, type TestJob } from '../runner/pool.ts';
import type { RunOptions } from '../runner/pool.ts';
import { Semaphore } from '../runner/semaphore.ts';
import { bundleBench, writeBundle } from './bundle.ts';
import { runSandboxed, type SandboxLimits } from './run.ts';

export interface SandboxPoolOptions {
  size?: number;
  /** Time a sandbox gets to start (bubblewrap, node, importing the bench) beyond the test's wall budget. */
  startupMs?: number;
  graceMs?: number;
  heapMb?: number;
  addressSpaceMb?: number;
  /** Where bundled benches are written (default: the OS temp dir). */
  bundleDir?: string;
}

/** Bundles bench.ts once per (path, version); a bundle error is remembered as the bench's error. */
const bundles = new Map<string, Promise<{ dir: string } | { error: string }>>();

export async function bundledBenchDir(benchPath: string, version: string, bundleDir?: string): Promise<{ dir: string } | { error: string }> {
  const key = `${benchPath}?v=${version}`;
  let entry = bundles.get(key);
  if (!entry) {
    entry = (async () => {
      const source = await readFile(benchPath, 'utf8');
      const result = await bundleBench(source);
      if (!result.ok) return { error: result.errors.map((e) => e.en).join('\n') };
      return { dir: await writeBundle(result.code, result.hash, bundleDir) };
    })();
    entry.catch(() => bundles.delete(key));
    bundles.set(key, entry);
    if (bundles.size > 500) bundles.delete(bundles.keys().next().value!);
  }
  return entry;
}

export function memoryHint(message: string, heapMb: number): string {
  return /allocation failed|out of memory/i.test(message) ? `${message} — the bench ran out of memory (limit ${heapMb} MB)` : message;
}

export class SandboxPool extends WorkerPool {
  private readonly sem: Semaphore;
  private readonly running = new Set<AbortController>();
  private shut = false;

  constructor(private readonly sandboxOptions: SandboxPoolOptions = {}) {
    const size = Math.max(1, sandboxOptions.size ?? availableParallelism());
    super({ size });
    this.sem = new Semaphore(size);
  }

  override run(job: TestJob, options: RunOptions): Promise<JobResult> {
    if (this.shut) return Promise.reject(new Error('SandboxPool is closed'));
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    const controller = new AbortController();
    const forward = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', forward, { once: true });
    this.running.add(controller);
    return this.sem
      .use(async (): Promise<JobResult> => {
        controller.signal.throwIfAborted();
        const started = performance.now();
        const bundle = await bundledBenchDir(job.benchPath, job.benchVersion, this.sandboxOptions.bundleDir);
        if ('error' in bundle) return { kind: 'error', message: bundle.error, wallMs: 0 };
        options.onStart?.();
        const { benchPath: _p, benchVersion: _v, ...rest } = job;
        const heapMb = this.sandboxOptions.heapMb ?? 256;
        const limits: SandboxLimits = {
          timeoutMs: options.wallMs + (this.sandboxOptions.graceMs ?? 2_000) + (this.sandboxOptions.startupMs ?? 8_000),
          heapMb,
          ...(this.sandboxOptions.addressSpaceMb ? { addressSpaceMb: this.sandboxOptions.addressSpaceMb } : {}),
        };
        const r = await runSandboxed(bundle.dir, { op: 'test', job: rest }, limits, controller.signal);
        const wallMs = Math.round(performance.now() - started);
        if (r.kind === 'timeout') return { kind: 'timeout', phase: 'test', wallMs };
        if (r.kind === 'died') return { kind: 'died', message: r.message, wallMs };
        if (r.reply.kind === 'done') return { kind: 'done', outcome: r.reply.outcome, wallMs: r.reply.wallMs };
        if (r.reply.kind === 'error') return { kind: 'error', message: memoryHint(r.reply.error, heapMb), wallMs };
        return { kind: 'error', message: 'the sandbox answered a test with something else', wallMs };
      })
      .finally(() => {
        this.running.delete(controller);
        options.signal?.removeEventListener('abort', forward);
      });
  }

  override async close(): Promise<void> {
    this.shut = true;
    for (const c of this.running) c.abort(new Error('SandboxPool is closed'));
    await super.close();
  }
}
