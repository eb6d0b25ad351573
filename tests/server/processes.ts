/** Starting real server and worker processes for the scaled-mode and crash tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './helpers.ts';

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
