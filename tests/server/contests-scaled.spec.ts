/**
 * A round in the scaled mode: PostgreSQL + Redis, two server processes and a judge worker process.
 * A participant watching the board on server A sees it change when a submission sent through server
 * B is judged by the worker (the worker publishes the boards through the socket.io Redis adapter).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scoreboard } from '../../web/shared/contest.ts';
import { Client, CORRECT, services } from './helpers.ts';
import { ScaledMode, type Proc } from './processes.ts';

const found = await services();
const cluster = new ScaledMode('cscaled', { JUDGE_LEASE_MS: '3000' });

describe.skipIf(!found.pg || !found.redis)('a round in the scaled mode (2 servers + a worker)', () => {
  let a: Proc & { url: string };
  let b: Proc & { url: string };

  beforeAll(async () => {
    a = await cluster.server();
    b = await cluster.server();
    await cluster.workers(1);
  });

  afterAll(async () => {
    await cluster.stop();
  });

  it('a board published by the worker reaches a participant on the other server', async () => {
    const host = new Client(b.url);
    await host.login('teacher', 'teacher-demo');
    const created = await host.request<{ id: string }>('POST', '/api/contests', {
      title: { ru: 'Масштаб', en: 'Scaled' },
      scoring: 'ioi',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      durationMinutes: 60,
      freezeMinutes: 0,
      tasks: [{ label: 'A', taskId: 'serial-hello' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await host.request('POST', `/api/contests/${id}/participants`, { logins: ['student1'] })).status).toBe(200);

    const onB = new Client(b.url);
    await onB.login('student1', 'student1-demo');
    const onA = new Client(a.url);
    onA.cookie = onB.cookie;
    const live = onA.socket();
    await live.connected();
    const boards: Scoreboard[] = [];
    live.socket.on('contest:board', (board) => boards.push(board));
    const joined = await live.socket.emitWithAck('contest:join', { contestId: id });
    expect(joined.ok).toBe(true);

    expect((await onB.request('POST', `/api/contests/${id}/submissions`, { label: 'A', source: CORRECT })).status).toBe(201);
    await live.until(() => boards.some((x) => x.rows[0]?.score === 100), 120_000, 'the judged board on server A');
    expect(boards.at(-1)!.rows[0]).toMatchObject({ login: 'student1', score: 100, solved: 1 });
    live.close();
  });
});
