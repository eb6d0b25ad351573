/**
 * Runs one request against an authored bench in a child process that can reach nothing:
 *
 * - bubblewrap: new user (uid nobody, no capabilities, no nested namespaces), mount, PID, network,
 *   IPC, UTS and cgroup namespaces (`--unshare-all`), so
 *   no network at all (only a loopback-less empty netns) and no other process is visible; a root
 *   with only /usr and /lib read-only (the node binary and its libraries), the sandbox runtime at
 *   /judge and the bench at /task, both read-only; no /proc, no /etc, no home, no data directory;
 *   an empty environment (`--clearenv`); dies with its parent;
 * - Node's permission model (`--experimental-permission`, Node 20): file reads only under /judge and
 *   /task, no writes, no child processes, no worker threads, no native addons;
 * - limits: V8 heap (`--max-old-space-size`), address space (prlimit RLIMIT_AS, for ArrayBuffers
 *   outside the heap), output size, and a wall-clock kill (SIGKILL of the whole sandbox).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { SandboxCall, SandboxReply } from './protocol.ts';
import { SANDBOX_JUDGE_DIR, SANDBOX_TASK_DIR, sandboxRuntime } from './bundle.ts';

export interface SandboxLimits {
  /** Wall-clock time from spawn to the answer, ms; then the sandbox is killed. */
  timeoutMs: number;
  /** V8 heap, MB. */
  heapMb?: number;
  /** Address space of the whole process, MB (heap, ArrayBuffers, code). */
  addressSpaceMb?: number;
  /** Most bytes of stdout accepted (traces can be large). */
  maxOutputBytes?: number;
}

export type SandboxResult =
  | { kind: 'reply'; reply: SandboxReply; wallMs: number }
  | { kind: 'timeout'; wallMs: number }
  | { kind: 'died'; message: string; wallMs: number; reason: 'memory' | 'output' | 'crash' };

export const DEFAULT_HEAP_MB = 256;
export const DEFAULT_ADDRESS_SPACE_MB = 1536;
const BWRAP = '/usr/bin/bwrap';
const PRLIMIT = '/usr/bin/prlimit';

/** Whether this host can run the sandbox (bubblewrap that may create namespaces). */
export function sandboxAvailable(): boolean {
  return existsSync(BWRAP) && existsSync(PRLIMIT);
}

export function sandboxArgs(benchDir: string, runtimeDir: string, limits: SandboxLimits): string[] {
  const heap = limits.heapMb ?? DEFAULT_HEAP_MB;
  const as = limits.addressSpaceMb ?? DEFAULT_ADDRESS_SPACE_MB;
  return [
    `--as=${as * 1024 * 1024}`,
    '--',
    BWRAP,
    '--unshare-all',
    // Its own user namespace as nobody, no capabilities, and no further namespaces inside.
    '--unshare-user',
    '--disable-userns',
    '--uid', '65534',
    '--gid', '65534',
    '--cap-drop', 'ALL',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    '--ro-bind', '/usr', '/usr',
    '--ro-bind-try', '/lib', '/lib',
    '--ro-bind-try', '/lib64', '/lib64',
    '--ro-bind', runtimeDir, SANDBOX_JUDGE_DIR,
    '--ro-bind', benchDir, SANDBOX_TASK_DIR,
    '--dev', '/dev',
    '--chdir', SANDBOX_TASK_DIR,
    process.execPath.startsWith('/usr/') ? process.execPath : '/usr/bin/node',
    '--no-warnings',
    '--experimental-permission',
    `--allow-fs-read=${SANDBOX_JUDGE_DIR}/*`,
    `--allow-fs-read=${SANDBOX_TASK_DIR}/*`,
    `--max-old-space-size=${heap}`,
    '--stack-size=4000',
    `${SANDBOX_JUDGE_DIR}/child.mjs`,
  ];
}

/** Runs `request` against the bench in `benchDir/bench.mjs` (a bundle from bundleBench). */
export async function runSandboxed(benchDir: string, request: SandboxCall, limits: SandboxLimits, signal?: AbortSignal): Promise<SandboxResult> {
  signal?.throwIfAborted();
  const runtimeDir = await sandboxRuntime();
  const nonce = `@@technolab-${randomBytes(12).toString('hex')}@@`;
  const maxOut = limits.maxOutputBytes ?? 64 * 1024 * 1024;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<SandboxResult>((resolve, reject) => {
    const child = spawn(PRLIMIT, sandboxArgs(benchDir, runtimeDir, limits), { env: {}, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let settled: SandboxResult | null = null;
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const settle = (r: SandboxResult) => {
      settled ??= r;
    };
    const timer = setTimeout(() => {
      settle({ kind: 'timeout', wallMs: elapsed() });
      kill();
    }, limits.timeoutMs);
    const onAbort = () => {
      kill();
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxOut) {
        settle({ kind: 'died', reason: 'output', message: `the bench printed more than ${Math.round(maxOut / 1024 / 1024)} MB`, wallMs: elapsed() });
        kill();
      } else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 64 * 1024) err += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle({ kind: 'died', reason: 'crash', message: `cannot start the sandbox: ${error.message}`, wallMs: elapsed() });
      resolve(settled!);
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return;
      if (!settled) {
        const text = Buffer.concat(out).toString('utf8');
        const at = text.lastIndexOf(nonce);
        if (at >= 0) {
          try {
            const reply = JSON.parse(text.slice(at + nonce.length).split('\n')[0]!) as SandboxReply;
            settle({ kind: 'reply', reply, wallMs: elapsed() });
          } catch {
            settle({ kind: 'died', reason: 'crash', message: 'the sandbox answered garbage', wallMs: elapsed() });
          }
        } else if (/heap out of memory|Reached heap limit|allocation failed|Cannot allocate memory|out of memory/i.test(err) || sig === 'SIGABRT' || code === 134) {
          settle({ kind: 'died', reason: 'memory', message: `the bench ran out of memory (limit ${limits.heapMb ?? DEFAULT_HEAP_MB} MB heap)`, wallMs: elapsed() });
        } else {
          const last = err.trim().split('\n').slice(-3).join(' ').slice(0, 500);
          settle({ kind: 'died', reason: 'crash', message: `the sandboxed bench exited (${sig ?? `code ${code}`}) without an answer${last ? `: ${last}` : ''}`, wallMs: elapsed() });
        }
      }
      resolve(settled!);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(JSON.stringify({ ...request, nonce }));
  });
}
