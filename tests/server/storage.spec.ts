/**
 * The store on both databases: migrations, the durable queue's claims (fair order, takeover of a
 * dead judge's claim, fencing) and idempotent result writes. Same test body for SQLite and PostgreSQL.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../web/server/accounts/users.ts';
import { openStore, type Store } from '../../web/server/db/index.ts';
import { migrate } from '../../web/server/db/migrate.ts';
import { claimById, claimNext, heartbeat, release, waitingOrder } from '../../web/server/submissions/claims.ts';
import { progressOf } from '../../web/server/submissions/progress.ts';
import { applyEvent } from '../../web/server/submissions/results.ts';
import { submissionView } from '../../web/server/submissions/view.ts';
import { dropSchema, PG_URL, services, tempDir, uniqueName } from './helpers.ts';

const found = await services();

interface Target {
  name: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const sqliteDir = tempDir();
const pgSchema = uniqueName('tl_storage');
const targets: Target[] = [
  { name: 'SQLite', open: () => openStore({ sqlitePath: join(sqliteDir.dir, 'technolab.db') }), cleanup: async () => sqliteDir.remove() },
];
if (found.pg) targets.push({ name: 'PostgreSQL', open: () => openStore({ databaseUrl: PG_URL, schema: pgSchema, sqlitePath: '' }), cleanup: () => dropSchema(pgSchema) });

describe.each(targets)('store on $name', (target) => {
  let store: Store;
  let users: number[] = [];

  beforeAll(async () => {
    store = await target.open();
    for (const login of ['anna', 'boris', 'vera']) users.push((await createUser(store.db, { login, name: login, role: 'student', password: 'password1' })).id);
  });
  afterAll(async () => {
    await store?.close();
    await target.cleanup();
  });

  async function submit(userId: number, priority = 1, contestId: number | null = null): Promise<number> {
    const row = await store.db
      .insertInto('submissions')
      .values({ user_id: userId, task_id: 't', task_version: 'v1', contest_id: contestId, priority, source: 'void setup(){}', state: 'queued', max_score: 100, attempts: 0, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  it('runs migrations once: a second run applies nothing', async () => {
    expect(await migrate(store.db, store.dialect)).toEqual([]);
  });

  it('orders the queue: contest first, then one submission per user in turn, then age', async () => {
    const [a, b, c] = users;
    const a1 = await submit(a);
    const a2 = await submit(a);
    const a3 = await submit(a);
    const b1 = await submit(b);
    const c1 = await submit(c, 0, 7);
    const b2 = await submit(b);
    expect(await waitingOrder(store.db)).toEqual([c1, a1, b1, a2, b2, a3]);
    // Empty the queue for the next tests.
    while (await claimNext(store.db, 'cleanup', 60_000)) {}
    expect(await waitingOrder(store.db)).toEqual([]);
  });

  it('lets only one judge claim a submission, and takes over a claim whose lease ran out', async () => {
    const id = await submit(users[0]);
    const first = await claimById(store.db, id, 'judge-1', 200);
    expect(first).not.toBeNull();
    expect(await claimById(store.db, id, 'judge-2', 60_000)).toBeNull();
    await applyEvent(store.db, first!, { type: 'tests', tests: [{ id: 'x', index: 0, title: { ru: 'x', en: 'x' }, points: 100, hidden: false }] });
    await applyEvent(store.db, first!, { type: 'test-started', id: 'x', index: 0 });
    await new Promise((r) => setTimeout(r, 250));
    const second = await claimById(store.db, id, 'judge-2', 60_000);
    expect(second).not.toBeNull();
    // The dead judge's partial results are gone, and it can no longer write or keep its claim.
    expect((await submissionView(store.db, id, 'full'))!.running).toEqual([]);
    expect(await heartbeat(store.db, first!, 60_000)).toBe(false);
    expect(await applyEvent(store.db, first!, { type: 'finished', verdict: 'accepted', score: 100, maxScore: 100 })).toBe(false);
    expect(await applyEvent(store.db, second!, { type: 'finished', verdict: 'wrong', score: 0, maxScore: 100 })).toBe(true);
    // Finished is final: even the winner cannot write twice.
    expect(await applyEvent(store.db, second!, { type: 'finished', verdict: 'accepted', score: 100, maxScore: 100 })).toBe(false);
    const row = await store.db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.state, row.verdict, row.score, row.attempts]).toEqual(['finished', 'wrong', 0, 2]);
  });

  it('writes results idempotently and keeps traces apart', async () => {
    const gleb = (await createUser(store.db, { login: 'gleb', name: 'gleb', role: 'student', password: 'password1' })).id;
    const id = await submit(gleb);
    const claim = (await claimById(store.db, id, 'judge', 60_000))!;
    const tests = [
      { id: 'a', index: 0, title: { ru: 'А', en: 'A' }, points: 60, hidden: false },
      { id: 'b', index: 1, title: { ru: 'Б', en: 'B' }, points: 40, hidden: true },
    ];
    expect(await applyEvent(store.db, claim, { type: 'compiled', ok: true, cached: false, diagnostics: [], durationMs: 5, flashBytes: 1000, ramBytes: 100 })).toBe(true);
    await applyEvent(store.db, claim, { type: 'tests', tests });
    const trace = { hz: 16e6, startCycle: 0, endCycle: 10, pins: [[0, 'D13', 1]] as [number, string, 0 | 1][], serial: [], events: [] };
    const failed = { id: 'b', index: 1, verdict: 'wrong' as const, points: 0, maxPoints: 40, message: { ru: 'нет', en: 'no' }, simulatedMs: 5, wallMs: 3, cycles: 80_000, measurements: [{ key: 'time', value: 1.5 }], trace };
    for (let i = 0; i < 2; i++) await applyEvent(store.db, claim, { type: 'test-finished', result: failed });
    await applyEvent(store.db, claim, { type: 'test-finished', result: { ...failed, id: 'a', index: 0, verdict: 'accepted', points: 60, maxPoints: 60, trace: undefined } });
    await applyEvent(store.db, claim, { type: 'finished', verdict: 'wrong', score: 60, maxScore: 100 });

    const full = (await submissionView(store.db, id, 'full'))!;
    expect(full.results.map((r) => [r.id, r.verdict, r.points, r.hasTrace])).toEqual([['a', 'accepted', 60, false], ['b', 'wrong', 0, true]]);
    expect(full.results[1].message.en).toBe('no');
    expect(full.results[1].measurements).toEqual([{ key: 'time', value: 1.5 }]);
    expect(full.compile?.flashBytes).toBe(1000);
    const student = (await submissionView(store.db, id, 'redacted'))!;
    expect(student.tests[1].title.en).toBe('Hidden test 2');
    expect(student.results[1].message.en).not.toBe('no');
    expect(student.results[1].hasTrace).toBe(false);
    const traces = await store.db.selectFrom('traces').select('trace_json').where('submission_id', '=', id).execute();
    expect(traces.map((t) => JSON.parse(t.trace_json))).toEqual([trace]);

    const progress = await progressOf(store.db, gleb);
    expect(progress.get('t')).toEqual({ attempts: 1, bestScore: 60, status: 'tried' });
  });

  it('gives a released claim back to the queue at once', async () => {
    const id = await submit(users[2]);
    const claim = (await claimNext(store.db, 'judge', 60_000))!;
    expect(claim.id).toBe(id);
    expect(await waitingOrder(store.db)).toEqual([]);
    await release(store.db, claim);
    expect(await waitingOrder(store.db)).toEqual([id]);
  });
});
