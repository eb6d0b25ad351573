/**
 * The scaled mode for real: PostgreSQL + Redis, two server processes and two judge worker
 * processes. A client connected to server A sees the live events of a submission sent through
 * server B and judged by a worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, CORRECT, dropRedisPrefix, dropSchema, FIXTURE_TASKS, PG_URL, REDIS_URL, services, uniqueName, WRONG } from './helpers.ts';
import { startServerProcess, startWorkerProcess, type Proc } from './processes.ts';

const found = await services();
const schema = uniqueName('tl_scaled');
const prefix = uniqueName('tlscaled');
const env = {
  DATABASE_URL: PG_URL,
  DATABASE_SCHEMA: schema,
  REDIS_URL,
  REDIS_PREFIX: prefix,
  TASKS_DIR: FIXTURE_TASKS,
  DEMO: '1',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  ADMIN_PASSWORD: 'admin-test-password',
  JUDGE_THREADS: '1',
  JUDGE_LEASE_MS: '3000',
};

describe.skipIf(!found.pg || !found.redis)('scaled mode: 2 servers + 2 workers + PostgreSQL + Redis', () => {
  const procs: Proc[] = [];
  let a: Proc & { url: string };
  let b: Proc & { url: string };

  beforeAll(async () => {
    // The first server migrates and seeds; the second finds it done.
    a = await startServerProcess(env);
    procs.push(a);
    b = await startServerProcess(env);
    procs.push(b);
    procs.push(...(await Promise.all([startWorkerProcess(env), startWorkerProcess(env)])));
  });

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await dropSchema(schema);
    await dropRedisPrefix(prefix);
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
