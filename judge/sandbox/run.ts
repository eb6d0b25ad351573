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
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { SandboxCall, SandboxReply } from './protocol.ts';
import { SANDBOX_JUDGE_DIR, SANDBOX_TASK_DIR, sandboxRuntime } from './bundle.ts';

export interface SandboxLimits {
  /** Wall-clock time from a request to its answer, ms; then the sandbox is killed. */
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

/** Runs `request` against the bench in `benchDir/bench.mjs` (a bundle from bundleBench), in a process of its own. */
export async function runSandboxed(benchDir: string, request: SandboxCall, limits: SandboxLimits, signal?: AbortSignal): Promise<SandboxResult> {
  signal?.throwIfAborted();
  const sandbox = await SandboxProcess.start(benchDir, limits);
  try {
    return await sandbox.request(request, signal);
  } finally {
    sandbox.kill();
  }
}

/**
 * A sandboxed bench process that answers one request at a time and stays for the next: the judge
 * sends a submission's further tests of an authored task to the same process, so they run on warm
 * code (judge threads do the same for built-in tasks; docs/fast-engine.md, "which row a test
 * pays"). Each request has its own nonce, time limit and output cap. After a time-out, a death or an
 * abort the process is gone (`alive` false) and the caller starts another. While it waits between
 * requests it does not keep Node alive.
 */
export class SandboxProcess {
  private out = '';
  private outBytes = 0;
  private err = '';
  private current: { nonce: string; started: number; maxOut: number; settle: (r: SandboxResult) => void } | null = null;
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly limits: SandboxLimits,
  ) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => this.onOutput(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.err.length < 64 * 1024) this.err += chunk.toString('utf8');
    });
    child.on('error', (error) => this.finish({ kind: 'died', reason: 'crash', message: `cannot start the sandbox: ${error.message}`, wallMs: this.elapsed() }));
    child.on('close', (code, sig) => {
      this.exited = true;
      this.finish(this.death(code, sig));
    });
    child.stdin.on('error', () => {});
    this.idle();
  }

  static async start(benchDir: string, limits: SandboxLimits): Promise<SandboxProcess> {
    const runtimeDir = await sandboxRuntime();
    const child = spawn(PRLIMIT, sandboxArgs(benchDir, runtimeDir, limits), { env: {}, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    return new SandboxProcess(child, limits);
  }

  /** Still running and not in the middle of a request. */
  get alive(): boolean {
    return !this.exited && this.current === null;
  }

  /** Sends one request; its time limit (by default the one the process started with) counts from now. */
  request(request: SandboxCall, signal?: AbortSignal, timeoutMs = this.limits.timeoutMs): Promise<SandboxResult> {
    signal?.throwIfAborted();
    if (!this.alive) return Promise.resolve({ kind: 'died', reason: 'crash', message: 'the sandbox is no longer running', wallMs: 0 });
    const nonce = `@@technolab-${randomBytes(12).toString('hex')}@@`;
    return new Promise<SandboxResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.finish({ kind: 'timeout', wallMs: this.elapsed() });
        this.kill();
      }, timeoutMs);
      const onAbort = () => {
        this.current = null;
        clearTimeout(timer);
        this.kill();
        reject(signal?.reason ?? new Error('aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.out = '';
      this.outBytes = 0;
      this.current = {
        nonce,
        started: performance.now(),
        maxOut: this.limits.maxOutputBytes ?? 64 * 1024 * 1024,
        settle: (r) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(r);
        },
      };
      this.busy();
      this.child.stdin.write(`${JSON.stringify({ ...request, nonce })}\n`);
    });
  }

  /** Ends the process (all of the sandbox: its process group). */
  kill(): void {
    if (this.exited) return;
    try {
      if (this.child.pid) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  private elapsed(): number {
    return this.current ? Math.round(performance.now() - this.current.started) : 0;
  }

  private onOutput(chunk: string): void {
    const c = this.current;
    if (!c) return; // nothing asked: what the bench prints between requests is dropped
    this.outBytes += Buffer.byteLength(chunk, 'utf8');
    if (this.outBytes > c.maxOut) {
      this.finish({ kind: 'died', reason: 'output', message: `the bench printed more than ${Math.round(c.maxOut / 1024 / 1024)} MB`, wallMs: this.elapsed() });
      this.kill();
      return;
    }
    // Until the nonce shows, only the tail it could begin in is kept: what the bench prints is
    // never read, and each chunk is searched once (an answer with a trace comes in many chunks).
    let scanFrom = this.out.length;
    this.out += chunk;
    if (!this.out.startsWith(c.nonce)) {
      const at = this.out.indexOf(c.nonce, Math.max(0, scanFrom - c.nonce.length));
      if (at < 0) {
        this.out = this.out.slice(-c.nonce.length);
        return;
      }
      this.out = this.out.slice(at);
      scanFrom = 0;
    }
    const end = this.out.indexOf('\n', Math.max(c.nonce.length, scanFrom));
    if (end < 0) return; // the answer is still coming
    let result: SandboxResult;
    try {
      result = { kind: 'reply', reply: JSON.parse(this.out.slice(c.nonce.length, end)) as SandboxReply, wallMs: this.elapsed() };
    } catch {
      result = { kind: 'died', reason: 'crash', message: 'the sandbox answered garbage', wallMs: this.elapsed() };
      this.kill();
    }
    this.out = '';
    this.finish(result);
  }

  /** What the process's end means for the request in flight. */
  private death(code: number | null, sig: NodeJS.Signals | null): SandboxResult {
    const wallMs = this.elapsed();
    if (/heap out of memory|Reached heap limit|allocation failed|Cannot allocate memory|out of memory/i.test(this.err) || sig === 'SIGABRT' || code === 134) {
      return { kind: 'died', reason: 'memory', message: `the bench ran out of memory (limit ${this.limits.heapMb ?? DEFAULT_HEAP_MB} MB heap)`, wallMs };
    }
    const last = this.err.trim().split('\n').slice(-3).join(' ').slice(0, 500);
    return { kind: 'died', reason: 'crash', message: `the sandboxed bench exited (${sig ?? `code ${code}`}) without an answer${last ? `: ${last}` : ''}`, wallMs };
  }

  private finish(result: SandboxResult): void {
    const c = this.current;
    if (!c) return;
    this.current = null;
    this.idle();
    c.settle(result);
  }

  /** Waiting between requests, the process and its pipes do not keep Node alive; during one they do. */
  private idle(): void {
    for (const h of [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as { unref(): void }[]) h.unref();
  }
  private busy(): void {
    for (const h of [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as unknown as { ref(): void }[]) h.ref();
  }
}
