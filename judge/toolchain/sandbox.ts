/**
 * Every compile runs inside bubblewrap: a student's sketch is untrusted text handed to a C++
 * preprocessor that will happily `#include` any path it can open. The sandbox sees only the
 * read-only toolchain under /usr, the job's own directory and the mounts a backend asks for —
 * no /etc, /proc, /home, /root, /work, no devices but /dev/null (so `#include "/dev/zero"` is a
 * plain "No such file" instead of an endless read), no network, an empty environment, no
 * capabilities, and rlimits on heap memory (RLIMIT_DATA: RLIMIT_AS would stop Go's arduino-builder,
 * which reserves address space up front), file size and processes. Wall time is enforced from
 * outside (SIGKILL), output size when it is read back (the file-size limit bounds what is written).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { launch, type LaunchRequest, type LaunchResult } from './launcher.ts';
import type { CompileLimits } from './types.ts';

export interface Mount {
  host: string;
  /** Path inside the sandbox. */
  at: string;
  writable?: boolean;
}

export interface SandboxCommand {
  command: string;
  args: string[];
  mounts: Mount[];
  limits: CompileLimits;
  cwd?: string;
  env?: Record<string, string>;
}

export interface SandboxResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Which limit stopped the run, if one did. */
  limit?: 'time' | 'output' | 'memory';
}

/** Thrown when the sandbox itself cannot run (not the student's fault). */
export class ToolMissingError extends Error {
  constructor(readonly tool: string, message: string) {
    super(message);
  }
}

/** Absolute path of an executable found on PATH (or given as a path), or undefined. */
export function findExecutable(name: string): string | undefined {
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(delimiter).map((d) => join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* try the next one */
    }
  }
  return undefined;
}

/** bwrap binary; TECHNOLAB_BWRAP overrides it (tests point it at a missing file). */
export function bwrapPath(): string | undefined {
  return findExecutable(process.env.TECHNOLAB_BWRAP ?? 'bwrap');
}

/** Largest file a compile may write (the preprocessed sketch is the biggest, well under 1 MB). */
const FILE_BYTES = 64 * 2 ** 20;
const FILE_TOO_BIG = /File size limit exceeded/;
const MEMORY_EXHAUSTED = /virtual memory exhausted|out of memory allocating|Cannot allocate memory|std::bad_alloc|fatal error: runtime: out of memory/i;

export function bwrapArgs(cmd: SandboxCommand): string[] {
  const args = [
    '--unshare-all', '--unshare-user', '--uid', '65534', '--gid', '65534', '--cap-drop', 'ALL',
    '--die-with-parent', '--new-session', '--clearenv',
    '--setenv', 'PATH', '/usr/bin:/bin', '--setenv', 'HOME', '/tmp', '--setenv', 'TMPDIR', '/tmp', '--setenv', 'LC_ALL', 'C',
    '--ro-bind', '/usr', '/usr',
    // Debian's merged /usr: the dynamic loader and libraries are reached through these links.
    '--symlink', 'usr/lib', '/lib', '--symlink', 'usr/lib64', '/lib64', '--symlink', 'usr/bin', '/bin',
    '--dev-bind', '/dev/null', '/dev/null',
    '--tmpfs', '/tmp',
  ];
  for (const [k, v] of Object.entries(cmd.env ?? {})) args.push('--setenv', k, v);
  for (const m of cmd.mounts) args.push(m.writable ? '--bind' : '--ro-bind', m.host, m.at);
  if (cmd.cwd) args.push('--chdir', cmd.cwd);
  return args;
}

/**
 * The rlimits, set by the launcher's subshell just before it becomes bubblewrap (one exec fewer than
 * `prlimit`; the limits are the same, soft and hard, for bwrap and everything inside). dash takes
 * one resource per `ulimit`; -d is in KiB, -f in 512-byte blocks.
 */
function limitCommands(limits: CompileLimits): string {
  return [`ulimit -d ${Math.floor(limits.memoryBytes / 1024)}`, `ulimit -f ${FILE_BYTES / 512}`, 'ulimit -c 0', 'ulimit -p 512'].join('; ');
}

/** The launcher's request for this sandbox: the rlimits, then bubblewrap and the command. */
export function sandboxLaunch(cmd: SandboxCommand, bwrap: string): LaunchRequest {
  return {
    argv: [bwrap, ...bwrapArgs(cmd), '--', cmd.command, ...cmd.args],
    shellPrefix: limitCommands(cmd.limits),
    timeoutMs: cmd.limits.timeMs,
    outputBytes: cmd.limits.outputBytes,
  };
}

/** How a sandbox run ended, from what the launcher reports: its status, output and the limit it met. */
export function sandboxResult(r: LaunchResult): SandboxResult {
  const limit = r.timedOut ? 'time' : limitHit(r.exitCode, r.stdout + r.stderr, r.overOutput);
  return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, ...(limit ? { limit } : {}) };
}

/**
 * Runs one command in a fresh sandbox, started by this process's launcher (launcher.ts: a small
 * shell forks it, not Node). Throws ToolMissingError when bwrap is not installed.
 */
export async function runSandboxed(cmd: SandboxCommand): Promise<SandboxResult> {
  const bwrap = bwrapPath();
  if (!bwrap) throw new ToolMissingError('bwrap', 'bubblewrap (bwrap) is not installed');
  return sandboxResult(await launch(sandboxLaunch(cmd, bwrap)));
}

/** Which limit (other than time) a finished command ran into, from what it printed. */
export function limitHit(exitCode: number, output: string, overOutput: boolean): SandboxResult['limit'] {
  if (overOutput || FILE_TOO_BIG.test(output)) return 'output';
  if (exitCode !== 0 && MEMORY_EXHAUSTED.test(output)) return 'memory';
  return undefined;
}
