/**
 * A WorkerPool whose tests run in the sandbox: the runner (judgeSubmission, checkTask) uses it like
 * the thread pool, but the tests of an authored bench run in sandboxed processes of its own
 * (run.ts), so a bench from the browser never shares the server's memory, files or network. A
 * process that answered a test is kept for the bench's next test (IDLE_MS).
 */
import { availableParallelism } from 'node:os';
import { readFile } from 'node:fs/promises';
import { WorkerPool, type JobResult, type TestJob } from '../runner/pool.ts';
import type { RunOptions } from '../runner/pool.ts';
import { Semaphore } from '../runner/semaphore.ts';
import { bundleBench, writeBundle } from './bundle.ts';
import { SandboxProcess, type SandboxLimits } from './run.ts';

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

/** How long a sandboxed bench process waits for the next test of its bench before it is ended. */
const IDLE_MS = 30_000;

export class SandboxPool extends WorkerPool {
  private readonly sem: Semaphore;
  private readonly running = new Set<AbortController>();
  private shut = false;
  /**
   * Bench processes waiting for another test, by bundle: a submission's tests after the first run
   * on warm code, as the judge threads run built-in tasks (one process per test paid V8's warm-up
   * and Node's start for every test).
   */
  private readonly idle = new Map<string, { sandbox: SandboxProcess; timer: NodeJS.Timeout }[]>();

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
        const key = `${bundle.dir}|${limits.heapMb}|${limits.addressSpaceMb ?? ''}`;
        const sandbox = this.takeIdle(key) ?? (await SandboxProcess.start(bundle.dir, limits));
        // This test's own time limit: a kept process started under an earlier test's.
        const r = await sandbox.request({ op: 'test', job: rest }, controller.signal, limits.timeoutMs).catch((error: unknown) => {
          sandbox.kill();
          throw error;
        });
        if (r.kind === 'reply' && sandbox.alive && !this.shut) this.keepIdle(key, sandbox);
        else sandbox.kill();
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

  private takeIdle(key: string): SandboxProcess | undefined {
    const list = this.idle.get(key);
    while (list && list.length > 0) {
      const { sandbox, timer } = list.pop()!;
      clearTimeout(timer);
      if (sandbox.alive) return sandbox;
      sandbox.kill();
    }
    return undefined;
  }

  private keepIdle(key: string, sandbox: SandboxProcess): void {
    const list = this.idle.get(key) ?? [];
    this.idle.set(key, list);
    const entry = {
      sandbox,
      timer: setTimeout(() => {
        list.splice(list.indexOf(entry), 1);
        if (list.length === 0) this.idle.delete(key);
        sandbox.kill();
      }, IDLE_MS),
    };
    entry.timer.unref();
    list.push(entry);
  }

  override async close(): Promise<void> {
    this.shut = true;
    for (const list of this.idle.values()) {
      for (const { sandbox, timer } of list) {
        clearTimeout(timer);
        sandbox.kill();
      }
    }
    this.idle.clear();
    for (const c of this.running) c.abort(new Error('SandboxPool is closed'));
    await super.close();
  }
}
