/**
 * The scaled mode for real: PostgreSQL + Redis, two server processes and two judge worker
 * processes. A client connected to server A sees the live events of a submission sent through
 * server B and judged by a worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, CORRECT, services, WRONG } from './helpers.ts';
import { ScaledMode, type Proc } from './processes.ts';

const found = await services();
const cluster = new ScaledMode('scaled', { JUDGE_LEASE_MS: '3000' });

describe.skipIf(!found.pg || !found.redis)('scaled mode: 2 servers + 2 workers + PostgreSQL + Redis', () => {
  let a: Proc & { url: string };
  let b: Proc & { url: string };

  beforeAll(async () => {
    // The first server migrates and seeds; the second finds it done.
    a = await cluster.server();
    b = await cluster.server();
    await cluster.workers(2);
  });

  afterAll(async () => {
    await cluster.stop();
  });

  it('delivers a worker\'s events for a submission sent through server B to a client on server A', async () => {
    const onB = new Client(b.url);
    await onB.login('student1', 'student1-demo');
    // The session lives in the shared store, so the same cookie works on server A.
    const onA = new Client(a.url);
    onA.cookie = onB.cookie;
    const live = onA.socket();
    await live.connected();

    const correct = await onB.submit('serial-hello', CORRECT);
    const wrong = await onB.submit('serial-hello', WRONG);
    expect((await live.join(correct)).ok).toBe(true);
    expect((await live.join(wrong)).ok).toBe(true);
    await live.until(() => !!live.finished(correct) && !!live.finished(wrong), 120_000, 'verdicts through server A');
    expect(live.finished(correct)).toMatchObject({ verdict: 'accepted', score: 100 });
    expect(live.finished(wrong)).toMatchObject({ verdict: 'wrong', score: 40 });
    // Live events (not only the joined state) crossed from the worker to server A.
    const seen = new Set(live.events.map((e) => e.event.type));
    expect(seen.has('finished')).toBe(true);
    expect(seen.has('test-finished')).toBe(true);

    const viaA = await onA.request<{ state: string; verdict: string; results: unknown[] }>('GET', `/api/submissions/${wrong}`);
    expect(viaA.body).toMatchObject({ state: 'finished', verdict: 'wrong' });
    expect(viaA.body.results).toHaveLength(2);
    live.close();
  });
});
