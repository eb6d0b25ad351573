/** The worker pool on its own: real threads running the fixture bench on real compiled programs. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { WorkerPool, type TestJob } from './pool.ts';
import { warmUpPrograms } from './warm-up.ts';

const FIXTURES = join(import.meta.dirname, '../../tests/cli/fixtures');
const benchPath = join(FIXTURES, 'serial-hello/bench.ts');
const hex: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, path] of [['ok', 'serial-hello/solutions/ok.ino'], ['spin', 'sketches/spin.ino']]) {
    const r = await compile({ source: await readFile(join(FIXTURES, path), 'utf8') });
    if (!r.hex) throw new Error(`${path} did not compile`);
    hex[name] = r.hex;
  }
});

const job = (program: string, testId = 'greets'): TestJob => ({ benchPath, benchVersion: 'pool-spec', testId, hex: hex[program], wallBudgetMs: 300 });

describe('WorkerPool', () => {
  it('runs the next queued job on a fresh worker after terminating one that overran its budget', async () => {
    const pool = new WorkerPool({ size: 1, graceMs: 200 });
    try {
      const order: string[] = [];
      // No deadline inside the bench: only the pool's watchdog can stop this one.
      const stuck = pool.run({ ...job('spin'), wallBudgetMs: undefined }, { wallMs: 300, onStart: () => order.push('spin') });
      const next = pool.run(job('ok'), { wallMs: 5_000, onStart: () => order.push('ok') });
      expect(await stuck).toMatchObject({ kind: 'timeout', phase: 'test' });
      const result = await next;
      expect(result.kind).toBe('done');
      expect(result.kind === 'done' && result.outcome.verdict).toBe('accepted');
      expect(order).toEqual(['spin', 'ok']);
    } finally {
      await pool.close();
    }
  });

  it('tells a worker that never got its test started apart from a test that overran', async () => {
    // 1 ms is far less than a worker needs to start and import the bench; the test's own budget is
    // only counted from the moment the bench begins, so a busy host's start-up is not charged to it.
    const pool = new WorkerPool({ size: 1, startupMs: 1 });
    try {
      expect(await pool.run(job('ok'), { wallMs: 60_000 })).toMatchObject({ kind: 'timeout', phase: 'startup' });
    } finally {
      await pool.close();
    }
  });

  it('reports a bench error (unknown test) as an outcome and stays usable', async () => {
    const pool = new WorkerPool({ size: 1 });
    try {
      const missing = await pool.run(job('ok', 'no-such-test'), { wallMs: 5_000 });
      expect(missing.kind === 'done' && missing.outcome.verdict).toBe('judge-error');
      const broken = await pool.run({ ...job('ok'), benchPath: join(FIXTURES, 'no-such-bench.ts') }, { wallMs: 5_000 });
      expect(broken.kind).toBe('error');
      expect((await pool.run(job('ok'), { wallMs: 5_000 })).kind).toBe('done');
    } finally {
      await pool.close();
    }
  });

  it('rejects queued and running jobs when closed', async () => {
    const pool = new WorkerPool({ size: 1 });
    const running = pool.run(job('spin'), { wallMs: 60_000 }).catch((e: Error) => e);
    const queued = pool.run(job('ok'), { wallMs: 60_000 }).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 200));
    await pool.close();
    expect(String(await running)).toMatch(/closed/);
    expect(String(await queued)).toMatch(/closed/);
    await expect(pool.run(job('ok'), { wallMs: 1_000 })).rejects.toThrow(/closed/);
  });

  it('starts its threads on warmUp, runs the programs first, and judges as before (a broken program included)', async () => {
    const pool = new WorkerPool({ size: 2 });
    try {
      expect(pool.threads).toBe(0);
      const programs = await warmUpPrograms([join(FIXTURES, 'serial-hello/solutions/ok.ino'), join(FIXTURES, 'no-such-sketch.ino')]);
      expect(programs).toHaveLength(1);
      pool.warmUp([...programs, { hex: ':not a hex file' }]);
      expect(pool.threads).toBe(2);
      const results = await Promise.all([pool.run(job('ok'), { wallMs: 10_000 }), pool.run(job('ok'), { wallMs: 10_000 })]);
      for (const r of results) expect(r.kind === 'done' && r.outcome.verdict).toBe('accepted');
      expect(pool.threads).toBe(2);
    } finally {
      await pool.close();
    }
    pool.warmUp([]); // closed: no new threads
    expect(pool.threads).toBe(0);
  });
});
