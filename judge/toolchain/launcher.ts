/**
 * Starts sandboxes from a small long-lived shell instead of from Node. Node starts a child with
 * fork(), which copies the page tables of the whole server — 1.4 ms for a bare Node, 2–3.5 ms for a
 * judge of 150–500 MB (measured here), with the event loop stopped meanwhile — and a compile starts
 * two or three children. dash forks in ≈ 0.2 ms. So one `sh` per Node process reads requests on
 * stdin, one line each (`<id> <command file>`); for each it forks a subshell that sources the file
 * (a single `exec` line written by Node: limits, then bubblewrap), reports `pid <id> <pid>` and,
 * when the process ends, `done <id> <status>`. The command's stdout and stderr go to files that
 * Node reads afterwards, at most the output cap of each (a sandbox cannot write more than its
 * file-size limit). The time limit is Node's: it sends SIGKILL to the reported pid, which is
 * bubblewrap's; `--die-with-parent` takes everything inside down with it.
 *
 * The shell is in a process group of its own. When Node goes (even by SIGKILL), its stdin ends and
 * it kills the whole group, sandboxes still running included. It does not keep Node alive while
 * idle. If it dies, the calls under way fail and the next call starts a new one.
 */
import { execa, type ResultPromise } from 'execa';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The shell's whole program. `wait` gives the command's status (128 + n if signal n ended it). */
const LOOP = 'while read -r id file; do { . "$file" & echo "pid $id $!"; wait $!; echo "done $id $?"; } & done; rm -rf "$0"; kill -KILL 0';
/** How long past its time limit a job that never started is waited for. */
const ABANDON_MS = 2_000;
const SHELL_OPTIONS = {
  stdin: 'pipe', stdout: 'pipe', stderr: 'ignore', buffer: false, reject: false,
  env: {}, extendEnv: false, detached: true, cleanup: false,
} as const;

export interface LaunchRequest {
  /** argv of the command; argv[0] is exec'd after `shellPrefix`. */
  argv: string[];
  /** Shell commands run in the subshell just before the exec (e.g. `ulimit`), trusted text. */
  shellPrefix?: string;
  timeoutMs: number;
  /** Most bytes read back of stdout, and of stderr; more counts as `overOutput`. */
  outputBytes: number;
}

export interface LaunchResult {
  /** The command's status; -1 when it was killed for the time limit. */
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** stdout or stderr was longer than `outputBytes` (only the first `outputBytes` are kept). */
  overOutput: boolean;
}

/** Shell quoting: one word, whatever it contains (newlines included). */
export const shellWord = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

interface Job {
  id: number;
  dir: string;
  request: LaunchRequest;
  pid?: number;
  timedOut: boolean;
  timer?: NodeJS.Timeout;
  armed: boolean;
  /** kill() was called before the pid was known: killed when it is. */
  killed?: boolean;
  resolve: (r: LaunchResult) => void;
  reject: (e: Error) => void;
}

class Launcher {
  private readonly shell: ResultPromise<typeof SHELL_OPTIONS>;
  private readonly jobs = new Map<number, Job>();
  private readonly dir = mkdtempSync(join(tmpdir(), 'tl-launch-'));
  get scratch(): string {
    return this.dir;
  }
  private next = 0;
  dead = false;

  get pid(): number | undefined {
    return this.shell.pid;
  }

  constructor() {
    // $0 is the launcher's scratch directory: removed when Node goes.
    this.shell = execa('/bin/sh', ['-c', LOOP, this.dir], SHELL_OPTIONS);
    createInterface({ input: this.shell.stdout }).on('line', (line) => this.onLine(line));
    this.shell.on('exit', () => this.die(new Error('the sandbox launcher (sh) exited')));
    this.shell.on('error', (e) => this.die(e));
    this.idle();
  }

  /**
   * Starts a command. Armed at once (launch), its time limit runs from now; unarmed (a spare
   * sandbox waiting for its script), it has no time limit and does not keep Node alive until `arm`.
   */
  start(request: LaunchRequest, armed: boolean): Started {
    const id = ++this.next;
    const dir = join(this.dir, String(id));
    const [command, ...args] = request.argv;
    // One exec line: the subshell becomes the command, so the pid it reports is the command's.
    const line = `${request.shellPrefix ? `${request.shellPrefix}\n` : ''}exec ${[command, ...args].map(shellWord).join(' ')} < /dev/null > ${shellWord(`${dir}.out`)} 2> ${shellWord(`${dir}.err`)}\n`;
    writeFileSync(`${dir}.sh`, line);
    let job!: Job;
    const result = new Promise<LaunchResult>((resolve, reject) => {
      job = { id, dir, request, timedOut: false, armed: false, resolve, reject };
    });
    this.jobs.set(id, job);
    const arm = (timeoutMs: number, outputBytes: number) => {
      if (job.armed || !this.jobs.has(id)) return;
      job.armed = true;
      job.request = { ...job.request, timeoutMs, outputBytes };
      job.timer = setTimeout(() => {
        job.timedOut = true;
        if (job.pid) kill(job.pid);
        // Never reported as started (the shell could not fork?): give up on it after a grace
        // period, and kill it should it still appear.
        else job.timer = setTimeout(() => this.abandon(job), ABANDON_MS);
      }, timeoutMs);
      this.armedJobs++;
      this.busy();
    };
    if (armed) arm(request.timeoutMs, request.outputBytes);
    this.shell.stdin.write(`${id} ${dir}.sh\n`);
    return {
      result,
      arm,
      kill: () => {
        job.killed = true;
        if (job.pid) kill(job.pid);
      },
    };
  }

  /** Jobs whose time limit runs: while there are any, the shell keeps Node alive. */
  private armedJobs = 0;

  /** Jobs given up on before they reported a pid: killed if they ever do. */
  private readonly abandoned = new Set<number>();

  private abandon(job: Job): void {
    this.abandoned.add(job.id);
    this.finish(job);
    job.resolve({ exitCode: -1, stdout: '', stderr: '', timedOut: true, overOutput: false });
  }

  private onLine(line: string): void {
    const [kind, idText, value] = line.split(' ');
    const id = Number(idText);
    if (kind === 'pid' && this.abandoned.delete(id)) kill(Number(value));
    const job = this.jobs.get(id);
    if (!job) return;
    if (kind === 'pid') {
      job.pid = Number(value);
      if (job.timedOut || job.killed) kill(job.pid);
      return;
    }
    if (kind !== 'done') return;
    const out = readCapped(`${job.dir}.out`, job.request.outputBytes);
    const err = readCapped(`${job.dir}.err`, job.request.outputBytes);
    this.finish(job);
    job.resolve({
      exitCode: job.timedOut ? -1 : Number(value), stdout: out.text, stderr: err.text,
      timedOut: job.timedOut, overOutput: out.over || err.over,
    });
  }

  private finish(job: Job): void {
    clearTimeout(job.timer);
    this.jobs.delete(job.id);
    if (job.armed) this.armedJobs--;
    // Removed in the background: nothing reads them again, and the caller is waiting.
    for (const ext of ['.sh', '.out', '.err']) rm(`${job.dir}${ext}`, { force: true }).catch(() => {});
    if (this.armedJobs === 0) this.idle();
  }

  private die(e: Error): void {
    if (this.dead) return;
    this.dead = true;
    for (const job of [...this.jobs.values()]) {
      if (job.pid) kill(job.pid);
      this.finish(job);
      job.reject(e);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** While no job is under way the shell and its pipes do not keep Node running. */
  private idle(): void {
    this.shell.unref();
    (this.shell.stdout as unknown as { unref(): void }).unref();
    (this.shell.stdin as unknown as { unref(): void }).unref();
  }

  private busy(): void {
    this.shell.ref();
    (this.shell.stdout as unknown as { ref(): void }).ref();
    (this.shell.stdin as unknown as { ref(): void }).ref();
  }
}

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // It has just ended: its `done` line is on the way.
  }
}

/** The first `cap` bytes of a file as UTF-8, and whether it held more. */
function readCapped(path: string, cap: number): { text: string; over: boolean } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { text: '', over: false };
  }
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, cap));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8'), over: size > cap };
  } finally {
    closeSync(fd);
  }
}

let launcher: Launcher | undefined;

/** A command started by the launcher: its result, and what can be done to it meanwhile. */
export interface Started {
  result: Promise<LaunchResult>;
  /** Starts the time limit (a no-op once armed, or after the end); the output cap is given here too. */
  arm(timeoutMs: number, outputBytes: number): void;
  kill(): void;
}

function current(): Launcher {
  if (!launcher || launcher.dead) launcher = new Launcher();
  return launcher;
}

/** Runs a command through this process's launcher (started on first use, again if it died). */
export function launch(request: LaunchRequest): Promise<LaunchResult> {
  return current().start(request, true).result;
}

/** A directory of this process's launcher, removed with it (when Node goes, too). */
export function launcherScratch(): string {
  return current().scratch;
}

/** Starts a command whose time limit waits for `arm` (a spare sandbox waiting for its work). */
export function launchUnarmed(request: LaunchRequest): Started {
  return current().start(request, false);
}

/** The launcher shell's pid, if one is running (tests). */
export function launcherPid(): number | undefined {
  return launcher && !launcher.dead ? launcher.pid : undefined;
}
