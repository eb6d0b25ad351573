/**
 * Nothing is lost: kill -9 a judge in the middle of judging, start one again, and the submission
 * ends judged exactly once — in the scaled mode (a worker process) and in the embedded mode (the
 * server process itself).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../web/server/db/index.ts';
import { Client, CORRECT, dropRedisPrefix, dropSchema, FIXTURE_TASKS, PG_URL, REDIS_URL, services, tempDir, uniqueName } from './helpers.ts';
import { startServerProcess, startWorkerProcess, type Proc } from './processes.ts';

const found = await services();
const common = { TASKS_DIR: FIXTURE_TASKS, DEMO: '1', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'admin-test-password', JUDGE_THREADS: '1', JUDGE_LEASE_MS: '3000' };
const procs: Proc[] = [];

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop()));
});

/** A source never compiled before, so judging really takes a while (no compile cache hit). */
function fresh(): string {
  return `// ${uniqueName('run')}\n${CORRECT}`;
}

async function waitFinished(client: Client, id: string, ms = 120_000): Promise<{ state: string; verdict: string; score: number; results: unknown[] }> {
  const deadline = Date.now() + ms;
  for (;;) {
    const r = await client.request<{ state: string; verdict: string; score: number; results: unknown[] }>('GET', `/api/submissions/${id}`);
    if (r.body.state === 'finished') return r.body;
    if (Date.now() > deadline) throw new Error(`submission ${id} not finished: ${JSON.stringify(r.body)}`);
    await new Promise((res) => setTimeout(res, 300));
  }
}

describe.skipIf(!found.pg || !found.redis)('kill -9 a worker process mid-judging (scaled)', () => {
  const schema = uniqueName('tl_crash');
  const prefix = uniqueName('tlcrash');
  const env = { ...common, DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema, REDIS_URL, REDIS_PREFIX: prefix };
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await dropSchema(schema);
    await dropRedisPrefix(prefix);
  });

  it('is taken over by another worker and judged exactly once', async () => {
    const server = await startServerProcess(env);
    procs.push(server);
    const doomed = await startWorkerProcess(env);
    procs.push(doomed);
    const student = new Client(server.url);
    await student.login('student1', 'student1-demo');
    const live = student.socket();
    await live.connected();
    // A burst for the one-thread worker: judging is fast now, so a single submission may be done
    // before the kill lands; with three, whenever it lands, one is mid-judging and others wait.
    const ids = [await student.submit('serial-hello', fresh()), await student.submit('serial-hello', fresh()), await student.submit('serial-hello', fresh())];
    const joins = await Promise.all(ids.map((id) => live.join(id)));
    for (const j of joins) expect(j.ok).toBe(true);
    const started = () => joins.some((j) => j.ok && j.state.state !== 'queued') || ids.some((id) => live.eventsOf(id).some((e) => e.type === 'compiling'));
    await live.until(started, 60_000, 'judging to start');
    await doomed.crash();
    const store = await openStore({ databaseUrl: PG_URL, schema, sqlitePath: '' });
    try {
      const atKill = await store.db.selectFrom('submissions').select(['id', 'state']).where('id', 'in', ids.map(Number)).execute();
      const interrupted = atKill.filter((r) => r.state === 'compiling' || r.state === 'running').map((r) => String(r.id));
      expect(interrupted.length).toBeGreaterThan(0);

      procs.push(await startWorkerProcess(env));
      for (const id of ids) {
        const done = await waitFinished(student, id);
        expect(done).toMatchObject({ state: 'finished', verdict: 'accepted', score: 100 });
        expect(done.results).toHaveLength(2);
      }
      // One finished event each — none for a submission already finished when we joined it.
      const finishedEarly = ids.filter((_, i) => joins[i].ok && joins[i].state.state === 'finished');
      const expectEvent = ids.filter((id) => !finishedEarly.includes(id));
      await live.until(() => expectEvent.every((id) => !!live.finished(id)), 10_000, 'the finished events');
      await new Promise((r) => setTimeout(r, 1000));
      for (const id of ids) expect(live.eventsOf(id).filter((e) => e.type === 'finished')).toHaveLength(finishedEarly.includes(id) ? 0 : 1);
      const rows = await store.db.selectFrom('submissions').selectAll().where('id', 'in', ids.map(Number)).execute();
      for (const row of rows) {
        expect(row.state).toBe('finished');
        expect(row.attempts).toBe(interrupted.includes(String(row.id)) ? 2 : 1);
        expect(row.claim_token).toBeNull();
      }
      const results = await store.db.selectFrom('test_results').select('submission_id').where('submission_id', 'in', ids.map(Number)).execute();
      expect(results).toHaveLength(ids.length * 2);
    } finally {
      live.close();
      await store.close();
    }
  });
});

describe('kill -9 the embedded server mid-judging', () => {
  const data = tempDir();
  afterAll(() => data.remove());

  it('resumes after the restart and judges every submission exactly once', async () => {
    const env = { ...common, DATA_DIR: data.dir, JUDGE_CONCURRENCY: '1' };
    const sqlitePath = join(data.dir, 'technolab.db');
    const first = await startServerProcess(env);
    procs.push(first);
    const student = new Client(first.url);
    await student.login('student2', 'student2-demo');
    const live = student.socket();
    await live.connected();
    // A burst: whenever the kill lands, some submission is mid-judging and others wait.
    const ids = [await student.submit('serial-hello', fresh()), await student.submit('serial-hello', fresh()), await student.submit('serial-hello', fresh())];
    const joined = await live.join(ids[0]);
    expect(joined.ok).toBe(true);
    const started = () => (joined.ok && joined.state.state !== 'queued') || live.eventsOf(ids[0]).some((e) => e.type === 'compiling');
    await live.until(started, 60_000, 'judging to start');
    await first.crash();
    live.close();

    let store = await openStore({ sqlitePath });
    const atKill = await store.db.selectFrom('submissions').select(['id', 'state']).where('id', 'in', ids.map(Number)).execute();
    await store.close();
    const interrupted = atKill.filter((r) => r.state === 'compiling' || r.state === 'running').map((r) => String(r.id));
    expect(interrupted.length).toBeGreaterThan(0);

    const second = await startServerProcess(env);
    procs.push(second);
    const again = new Client(second.url);
    again.cookie = student.cookie; // sessions survive a restart
    for (const id of ids) {
      const done = await waitFinished(again, id);
      expect(done).toMatchObject({ state: 'finished', verdict: 'accepted', score: 100 });
      expect(done.results).toHaveLength(2);
    }
    await second.stop();
    store = await openStore({ sqlitePath });
    try {
      const rows = await store.db.selectFrom('submissions').selectAll().where('id', 'in', ids.map(Number)).execute();
      for (const row of rows) {
        expect(row.state).toBe('finished');
        expect(row.attempts).toBe(interrupted.includes(String(row.id)) ? 2 : 1);
      }
      const results = await store.db.selectFrom('test_results').select('submission_id').where('submission_id', 'in', ids.map(Number)).execute();
      expect(results).toHaveLength(ids.length * 2);
    } finally {
      await store.close();
    }
  });
});
