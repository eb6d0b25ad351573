/**
 * Loading an authored task package: exactly `loadTask` (judge/task/load.ts, every check the same),
 * except that bench.ts is never imported into the host. It is bundled (only the bench API may be
 * imported) and described inside the sandbox, which returns the bench as data; test bodies come back
 * as stubs that refuse to run on the host — tests run through SandboxPool.
 */
import { readFile } from 'node:fs/promises';
import { loadTask } from '../task/load.ts';
import type { Task } from '../task/types.ts';
import { bundledBenchDir, memoryHint } from './pool.ts';
import { runSandboxed } from './run.ts';

const FUNCTION_MARK = '\u0000function';

function hostStub(): never {
  throw new Error('an authored bench runs only in the sandbox');
}

export interface SandboxLoadOptions {
  timeoutMs?: number;
  heapMb?: number;
  bundleDir?: string;
}

/** Imports a bench in the sandbox and returns its definition as data (test bodies as stubs). */
export async function describeBench(benchPath: string, version: string, options: SandboxLoadOptions = {}): Promise<unknown> {
  const bundle = await bundledBenchDir(benchPath, version, options.bundleDir);
  if ('error' in bundle) throw new Error(bundle.error);
  const heapMb = options.heapMb ?? 256;
  const r = await runSandboxed(bundle.dir, { op: 'describe' }, { timeoutMs: options.timeoutMs ?? 20_000, heapMb });
  if (r.kind === 'timeout') throw new Error(`the bench did not load in ${Math.round((options.timeoutMs ?? 20_000) / 1000)} s (time limit: an endless loop at the top of bench.ts?)`);
  if (r.kind === 'died') throw new Error(r.message);
  if (r.reply.kind === 'error') throw new Error(memoryHint(r.reply.error, heapMb));
  if (r.reply.kind !== 'described') throw new Error('the sandbox answered with something else');
  return JSON.parse(r.reply.bench, (_k, v: unknown) => (v === FUNCTION_MARK ? hostStub : v));
}

/** loadTask for a package whose bench is untrusted (written in the browser). */
export async function loadAuthoredTask(dir: string, options: SandboxLoadOptions = {}): Promise<Task> {
  return loadTask(dir, {
    importBench: async (path, version) => ({ default: await describeBench(path, version, options) }),
  });
}

/** The source of an authored bench (for the editor). */
export function readBenchSource(path: string): Promise<string> {
  return readFile(path, 'utf8');
}
