import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpareSandbox } from './spare.ts';
import { DEFAULT_LIMITS } from './types.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A spare given time to reach its FIFO (≈ 5 ms on an idle machine; a busy CI host may need more). */
async function readySpare(limits = DEFAULT_LIMITS, waitMs = 1_000): Promise<SpareSandbox> {
  const spare = SpareSandbox.start([], limits);
  if (!spare) throw new Error('bubblewrap is missing');
  await sleep(waitMs);
  return spare;
}

describe('SpareSandbox', () => {
  it('runs the script it is handed, in its own job directory, inside the sandbox', async () => {
    const spare = await readySpare();
    try {
      const r = await spare.run('echo made > /tl/file; test -e /etc/passwd && echo leak; echo out; echo err >&2; exit 3', DEFAULT_LIMITS);
      expect(r).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
      expect(readFileSync(`${spare.dir}/file`, 'utf8')).toBe('made\n');
    } finally {
      spare.discard();
    }
  });

  it('counts the time limit from the handover, not from its start', async () => {
    const limits = { ...DEFAULT_LIMITS, timeMs: 300 };
    const spare = await readySpare(limits);
    await sleep(400); // idle past its time limit: still there
    try {
      expect(spare.fits(limits)).toBe(true);
      expect(await spare.run('sleep 0.05; echo ok', limits)).toEqual({ exitCode: 0, stdout: 'ok\n', stderr: '' });
    } finally {
      spare.discard();
    }
    const slow = await readySpare(limits);
    try {
      expect((await slow.run('sleep 10', limits))?.limit).toBe('time');
    } finally {
      slow.discard();
    }
  });

  it('takes no work it would run differently: other rlimits, a second script, or before it is ready', async () => {
    const spare = await readySpare();
    try {
      expect(spare.fits({ ...DEFAULT_LIMITS, memoryBytes: DEFAULT_LIMITS.memoryBytes / 2 })).toBe(false);
      expect(spare.run('true', { ...DEFAULT_LIMITS, memoryBytes: 64 * 2 ** 20 })).toBeUndefined();
      expect(await spare.run('true', DEFAULT_LIMITS)).toMatchObject({ exitCode: 0 });
      expect(spare.run('true', DEFAULT_LIMITS)).toBeUndefined();
    } finally {
      spare.discard();
    }
    // Handed over at once, before its `sh` opened the FIFO: refused, and its directory left to the
    // caller, who builds there in a fresh sandbox.
    const early = SpareSandbox.start([], DEFAULT_LIMITS)!;
    expect(early.run('true', DEFAULT_LIMITS)).toBeUndefined();
    await sleep(200);
    expect(existsSync(early.dir)).toBe(true);
    early.discard();
  });

  it('is removed, directory and all, when discarded unused', async () => {
    const spare = await readySpare();
    spare.discard();
    for (let i = 0; i < 100 && existsSync(spare.dir); i++) await sleep(20);
    expect(existsSync(spare.dir)).toBe(false);
    expect(spare.fits(DEFAULT_LIMITS)).toBe(false);
  });
});
