import { execa } from 'execa';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launch, launcherPid, shellWord } from './launcher.ts';

const sh = (script: string, more: Partial<Parameters<typeof launch>[0]> = {}) =>
  launch({ argv: ['/bin/sh', '-c', script], timeoutMs: 10_000, outputBytes: 1 << 20, ...more });

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, withinMs = 5_000): Promise<boolean> {
  const end = Date.now() + withinMs;
  while (Date.now() < end) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return !alive(pid);
}

async function pidIn(file: string): Promise<number> {
  for (let i = 0; i < 250 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 50; i++) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid > 0) return pid;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no pid in ${file}`);
}

describe('launcher', () => {
  it('returns the status, stdout and stderr of each command apart, several at once', async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => sh(`echo out${n}; echo err${n} >&2; exit ${n}`)));
    results.forEach((r, i) => {
      expect(r).toEqual({ exitCode: i + 1, stdout: `out${i + 1}\n`, stderr: `err${i + 1}\n`, timedOut: false, overOutput: false });
    });
  });

  it('passes every argument as one word, quotes and newlines included', async () => {
    const odd = `it's "two"\nlines; $HOME \`x\``;
    const r = await launch({ argv: ['/usr/bin/printf', '%s', odd], timeoutMs: 5_000, outputBytes: 1024 });
    expect(r.stdout).toBe(odd);
    expect(shellWord("a'b")).toBe(`'a'\\''b'`);
  });

  it('runs the shell prefix first (the sandbox sets its rlimits there)', async () => {
    const r = await launch({ argv: ['/bin/sh', '-c', 'ulimit -f; ulimit -d'], shellPrefix: 'ulimit -f 2048; ulimit -d 65536', timeoutMs: 5_000, outputBytes: 1024 });
    expect(r.stdout).toBe('2048\n65536\n');
  });

  it('kills a command that runs past its time limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-launch-spec-'));
    const started = Date.now();
    const r = await sh(`echo $$ > ${dir}/pid; exec sleep 30`, { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(-1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await gone(await pidIn(`${dir}/pid`))).toBe(true);
  });

  it('keeps only the first outputBytes of a stream and says there was more', async () => {
    const r = await sh('yes 0123456789 | head -c 100000; echo done >&2', { outputBytes: 64 });
    expect(r.overOutput).toBe(true);
    expect(r.stdout).toBe('0123456789\n'.repeat(6).slice(0, 64));
    expect(r.stderr).toBe('done\n');
  });

  it('fails the calls under way when the shell dies, and starts a new one for the next call', async () => {
    const running = sh('sleep 30');
    await new Promise((r) => setTimeout(r, 100));
    const pid = launcherPid();
    expect(pid).toBeGreaterThan(0);
    process.kill(pid!, 'SIGKILL');
    await expect(running).rejects.toThrow(/launcher/);
    const r = await sh('echo again');
    expect(r.stdout).toBe('again\n');
    expect(launcherPid()).not.toBe(pid);
  });

  it('does not keep Node alive when idle, and takes its sandboxes down when Node is killed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-launch-spec-'));
    const module = join(import.meta.dirname, 'launcher.ts');
    // One command, then nothing: the process must end by itself.
    const quiet = await execa(process.execPath, ['--import', 'tsx', '-e',
      `const { launch } = await import(${JSON.stringify(module)}); const r = await launch({ argv: ['/bin/echo', 'hi'], timeoutMs: 5000, outputBytes: 100 }); console.log(r.stdout.trim());`,
    ], { timeout: 30_000, reject: false });
    expect(quiet.timedOut).toBe(false);
    expect(quiet.stdout.trim()).toBe('hi');
    // A long command, then the Node process is killed outright: the command goes with it.
    const parent = execa(process.execPath, ['--import', 'tsx', '-e',
      `const { launch } = await import(${JSON.stringify(module)}); await launch({ argv: ['/bin/sh', '-c', 'echo $$ > ${dir}/pid; exec sleep 60'], timeoutMs: 120000, outputBytes: 100 });`,
    ], { reject: false });
    const sleeper = await pidIn(`${dir}/pid`);
    expect(alive(sleeper)).toBe(true);
    parent.kill('SIGKILL');
    await parent;
    expect(await gone(sleeper)).toBe(true);
  }, 60_000);
});
