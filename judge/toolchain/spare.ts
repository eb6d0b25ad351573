/**
 * A sandbox started before its work: bubblewrap's start (namespaces, mounts, `sh`) is ≈ 3–4 ms
 * of a warm compile's ≈ 70, paid while the student waits. The direct pipeline keeps one spare,
 * started after each build, with its own empty job directory bound where a job's always is
 * (BOX.job); the next build writes its files there and hands the spare its script.
 *
 * Inside, `sh` waits on a FIFO in the job directory; the handover writes the script next to it,
 * then a line into the FIFO, and only then does the time limit start. A spare takes no work it
 * cannot do exactly as a fresh sandbox would: one started with other rlimits (a job's memory
 * limit is set when the sandbox starts), one that has ended, or one whose `sh` is not yet reading
 * the FIFO (the non-blocking open fails) — the build then starts a fresh sandbox as before. Idle,
 * it does not keep Node alive, and it goes with the launcher when Node ends.
 */
import { closeSync, constants, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launcherScratch, launchUnarmed, shellWord, type Started } from './launcher.ts';
import { BOX } from './layout.ts';
import { bwrapPath, sandboxLaunch, sandboxResult, type Mount, type SandboxResult } from './sandbox.ts';
import type { CompileLimits } from './types.ts';

const FIFO = '.go';
const SCRIPT = '.script';

export class SpareSandbox {
  private ended = false;
  private taken = false;

  private constructor(
    /** Host directory bound at BOX.job: the job's files go here. */
    readonly dir: string,
    private readonly memoryBytes: number,
    private readonly started: Started,
  ) {
    void started.result.then(() => (this.ended = true), () => (this.ended = true));
  }

  /**
   * Starts a spare with these mounts besides its own job directory (bound at BOX.job), or returns
   * undefined when bubblewrap is missing.
   */
  static start(mounts: Mount[], limits: CompileLimits): SpareSandbox | undefined {
    const bwrap = bwrapPath();
    if (!bwrap) return undefined;
    const dir = mkdtempSync(join(launcherScratch(), 'spare-'));
    const cmd = {
      command: '/bin/sh',
      // `.` runs the script in this shell: no second exec once the work arrives.
      args: ['-c', `read go < ${BOX.job}/${FIFO} && . ${BOX.job}/${SCRIPT}`],
      mounts: [{ host: dir, at: BOX.job, writable: true }, ...mounts],
      limits,
      cwd: BOX.job,
    };
    const request = sandboxLaunch(cmd, bwrap);
    const started = launchUnarmed({ ...request, shellPrefix: `mkfifo ${shellWord(join(dir, FIFO))} || exit 1; ${request.shellPrefix}` });
    return new SpareSandbox(dir, limits.memoryBytes, started);
  }

  /** Whether it can take a job with these limits now. */
  fits(limits: CompileLimits): boolean {
    return !this.ended && !this.taken && limits.memoryBytes === this.memoryBytes;
  }

  /**
   * Hands over the script (paths as inside the sandbox). Undefined if the spare could not take it:
   * then nothing has run, and the caller starts a fresh sandbox on the same directory.
   */
  run(script: string, limits: CompileLimits): Promise<SandboxResult> | undefined {
    if (!this.fits(limits)) return undefined;
    this.taken = true;
    writeFileSync(join(this.dir, SCRIPT), script);
    let fd: number;
    try {
      // Non-blocking: fails at once (ENXIO) unless the spare's `sh` already has the FIFO open.
      fd = openSync(join(this.dir, FIFO), constants.O_WRONLY | constants.O_NONBLOCK);
    } catch {
      // Not ready yet: end it, but leave the directory to the caller, who builds in it now.
      this.started.kill();
      return undefined;
    }
    try {
      writeSync(fd, '\n');
    } finally {
      closeSync(fd);
    }
    this.started.arm(limits.timeMs, limits.outputBytes);
    return this.started.result.then(sandboxResult);
  }

  /** Ends it unused (or after use) and removes its directory in the background. */
  discard(): void {
    this.taken = true;
    this.started.kill();
    void this.started.result.catch(() => undefined).then(() => rm(this.dir, { recursive: true, force: true }));
  }
}
