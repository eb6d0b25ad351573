/**
 * A cross-process lock on the shared cache: several judge workers may prepare the Arduino core at
 * the same moment, and arduino-builder writes its cached core.a non-atomically.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STALE_MS = 120_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${dir}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, 'owner'), `${process.pid} ${Date.now()}`);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const [pid, at] = (await readFile(join(lock, 'owner'), 'utf8').catch(() => '0 0')).split(' ').map(Number);
      const stale = (pid > 0 && !alive(pid)) || (at > 0 && Date.now() - at > STALE_MS) || Date.now() - started > STALE_MS;
      if (stale) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 25));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
