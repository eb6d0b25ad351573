/** Starting real server and worker processes for the scaled-mode and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dropRedisPrefix, dropSchema, FIXTURE_TASKS, PG_URL, REDIS_URL, ROOT, uniqueName } from './helpers.ts';

export interface Proc {
  child: ChildProcess;
  output: () => string;
  /** kill -9: no cleanup, as a power cut or the OOM killer would. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

function start(entry: string, env: Record<string, string>, ready: RegExp, timeoutMs = 60_000): Promise<Proc & { match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: Proc = {
    child,
    output: () => out,
    async crash() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void proc.crash();
      reject(new Error(`${entry} did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ ...proc, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

export async function startServerProcess(env: Record<string, string>): Promise<Proc & { url: string }> {
  const p = await start('web/server/main.ts', env, /Technolab is running: (http:\/\/\S+)/);
  return { ...p, url: p.match[1].replace('localhost', '127.0.0.1') };
}

export async function startWorkerProcess(env: Record<string, string>): Promise<Proc> {
  return start('web/server/worker.ts', { LOG_LEVEL: 'info', ...env }, /judge worker ready/);
}

/**
 * The scaled mode for real: its own PostgreSQL schema and Redis prefix, server and worker processes
 * started with the same environment (the first server migrates and seeds; the others find it done),
 * and everything removed again by `stop()`.
 */
export class ScaledMode {
  readonly env: Record<string, string>;
  readonly procs: Proc[] = [];

  constructor(name: string, extra: Record<string, string> = {}) {
    this.env = {
      DATABASE_URL: PG_URL,
      DATABASE_SCHEMA: uniqueName(`tl_${name}`),
      REDIS_URL,
      REDIS_PREFIX: uniqueName(`tl${name}`),
      TASKS_DIR: FIXTURE_TASKS,
      DEMO: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD: 'admin-test-password',
      JUDGE_THREADS: '1',
      ...extra,
    };
  }

  async server(): Promise<Proc & { url: string }> {
    const p = await startServerProcess(this.env);
    this.procs.push(p);
    return p;
  }

  async workers(n: number): Promise<Proc[]> {
    const started = await Promise.all(Array.from({ length: n }, () => startWorkerProcess(this.env)));
    this.procs.push(...started);
    return started;
  }

  async stop(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.stop()));
    await dropSchema(this.env.DATABASE_SCHEMA);
    await dropRedisPrefix(this.env.REDIS_PREFIX);
  }
}
