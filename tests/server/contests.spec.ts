/**
 * Competitions on the real server (embedded, SQLite, real judging): a host creates a round,
 * registers participants in bulk, participants see tasks only in the window and submit; the board
 * updates live over socket.io, freezes for the public, is revealed row by row; clarifications and
 * announcements; rejudge, ignore, CSV export; and who may do what (every route and room).
 * The board's freeze logic also runs against PostgreSQL (same body, both stores).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../web/server/accounts/users.ts';
import { seedContests } from '../../web/server/contests/seed.ts';
import { scoreboard } from '../../web/server/contests/standings.ts';
import { addParticipants, contestOnlyTask, createContest, loadContest } from '../../web/server/contests/store.ts';
import { canView } from '../../web/server/submissions/access.ts';
import { Catalog } from '../../web/server/catalog/catalog.ts';
import { openStore, type Store } from '../../web/server/db/index.ts';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import type { ContestMessage, ContestView, Scoreboard } from '../../web/shared/contest.ts';
import { Client, CORRECT, dropSchema, FIXTURE_TASKS, PG_URL, services, tempDir, testConfig, uniqueName, WRONG } from './helpers.ts';

const found = await services();
const log = createLogger('warn', 'test');
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('contests on the real server', () => {
  let server: RunningServer;
  const data = tempDir();
  const host = () => new Client(server.url);
  let teacher: Client;
  let s1: Client;
  let s2: Client;
  let s3: Client;
  let admin: Client;
  let otherTeacher: Client;
  let anon: Client;
  let contestId: string;

  beforeAll(async () => {
    server = await startServer(testConfig({ DATA_DIR: data.dir, DEMO: '1' }), log);
    await createUser(server.store.db, { login: 'teacher2', name: 'Другой учитель', role: 'teacher', password: 'teacher2-pass' });
    teacher = host();
    await teacher.login('teacher', 'teacher-demo');
    s1 = host();
    await s1.login('student1', 'student1-demo');
    s2 = host();
    await s2.login('student2', 'student2-demo');
    s3 = host();
    await s3.login('student3', 'student3-demo');
    admin = host();
    await admin.login('admin', 'admin-test-password');
    otherTeacher = host();
    await otherTeacher.login('teacher2', 'teacher2-pass');
    anon = host();
  });
  afterAll(async () => {
    await server?.close();
    data.remove();
  });

  it('a teacher creates a round; students may not; bad input is explained', async () => {
    const body = {
      title: { ru: 'Кубок: тест', en: 'Cup: test' },
      scoring: 'icpc',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      durationMinutes: 60,
      freezeMinutes: 20,
      tasks: [{ label: 'A', taskId: 'serial-hello' }],
    };
    expect((await anon.request('POST', '/api/contests', body)).status).toBe(401);
    expect((await s1.request('POST', '/api/contests', body)).status).toBe(403);
    const unknown = await teacher.request<{ error: { text: { ru: string } } }>('POST', '/api/contests', { ...body, tasks: [{ label: 'A', taskId: 'nope' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.text.ru).toContain('nope');
    expect((await teacher.request('POST', '/api/contests', { ...body, freezeMinutes: 60 })).status).toBe(400);
    const r = await teacher.request<{ id: string }>('POST', '/api/contests', body);
    expect(r.status).toBe(201);
    contestId = r.body.id;
  });

  it('registers participants in bulk (new accounts with passwords) and by login', async () => {
    const path = `/api/contests/${contestId}/participants`;
    expect((await s1.request('POST', path, { logins: ['student1'] })).status).toBe(404);
    expect((await otherTeacher.request('POST', path, { logins: ['student1'] })).status).toBe(404);
    const r = await teacher.request<{ created: { login: string; password: string; name: string }[]; added: number; unknownLogins: string[] }>('POST', path, {
      roster: 'ФИО\nПетров Пётр\nСидорова Анна;sidorova\n',
      loginPrefix: 'cup-',
      logins: ['student1', 'student2', 'ghost'],
    });
    expect(r.status).toBe(200);
    expect(r.body.created.map((c) => c.login)).toEqual(['cup-petrov.petr', 'sidorova']);
    expect(r.body.created.every((c) => c.password.length >= 8)).toBe(true);
    expect(r.body.unknownLogins).toEqual(['ghost']);
    expect(r.body.added).toBe(4);
    // A new participant logs in with the printed password.
    const newcomer = host();
    await newcomer.login('sidorova', r.body.created[1].password);
    expect((await newcomer.request('GET', `/api/contests/${contestId}`)).status).toBe(200);
    const bad = await teacher.request<{ problems: unknown[] }>('POST', path, { roster: 'Имя;BAD LOGIN!' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toHaveLength(1);
    // A team's members (team rounds show them on the board): the jury sets them.
    const sid = r.body.created[1];
    expect((await s1.request('PATCH', `${path}/${(sid as unknown as { id: string }).id}`, { members: 'Аня, Боря' })).status).toBe(403);
    expect((await teacher.request('PATCH', `${path}/${(sid as unknown as { id: string }).id}`, { members: 'Аня, Боря' })).status).toBe(204);
    const board = await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(board.body.rows.find((row) => row.login === 'sidorova')?.members).toBe('Аня, Боря');
    const list = await teacher.request<{ participants: { login: string }[] }>('GET', path);
    expect(list.body.participants.map((p) => p.login).sort()).toEqual(['cup-petrov.petr', 'sidorova', 'student1', 'student2']);
    expect((await s1.request('GET', path)).status).toBe(403);
  });

  it('before the start participants see a countdown, no tasks, and cannot submit', async () => {
    const v = await s1.request<ContestView>('GET', `/api/contests/${contestId}`);
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ phase: 'before', myRole: 'participant', tasks: [] });
    expect(Date.parse(v.body.serverTime)).toBeGreaterThan(0);
    expect((await s1.request('GET', `/api/contests/${contestId}/tasks/A`)).status).toBe(403);
    expect((await s1.request('POST', `/api/contests/${contestId}/submissions`, { label: 'A', source: CORRECT })).status).toBe(403);
    // The jury sees the tasks at any time.
    const j = await teacher.request<ContestView>('GET', `/api/contests/${contestId}`);
    expect(j.body.tasks.map((t) => t.label)).toEqual(['A']);
    expect(j.body.myRole).toBe('jury');
  });

  it('who sees the round: participants, its host and admins; others get 404 everywhere', async () => {
    const paths = ['', '/scoreboard', '/messages', '/submissions', '/tasks/A'].map((p) => `/api/contests/${contestId}${p}`);
    for (const p of paths) {
      expect((await s3.request('GET', p)).status, p).toBe(404);
      expect((await otherTeacher.request('GET', p)).status, p).toBe(404);
      expect((await anon.request('GET', p)).status, p).toBe(401);
      expect((await admin.request('GET', p)).status, p).toBe(200);
    }
    const juryOnly: [string, string, unknown][] = [
      ['PATCH', '', { durationMinutes: 30 }],
      ['GET', '/participants', undefined],
      ['POST', '/participants', { logins: ['student3'] }],
      ['POST', '/rejudge', {}],
      ['POST', '/reveal', { step: 'next' }],
      ['GET', '/results.csv', undefined],
      ['POST', '/announcements', { text: 'x' }],
      ['POST', '/clarifications/1/answer', { answer: 'x', public: true }],
      ['POST', '/submissions/1/ignore', { ignored: true }],
    ];
    for (const [method, p, body] of juryOnly) {
      expect((await s1.request(method, `/api/contests/${contestId}${p}`, body)).status, `${method} ${p}`).toBe(403);
      expect((await s3.request(method, `/api/contests/${contestId}${p}`, body)).status, `${method} ${p}`).toBe(404);
    }
    expect((await s3.request<{ contests: unknown[] }>('GET', '/api/contests')).body.contests.some((c) => (c as { id: string }).id === contestId)).toBe(false);
    expect((await s1.request<{ contests: { id: string }[] }>('GET', '/api/contests')).body.contests.some((c) => c.id === contestId)).toBe(true);
    // Socket rooms: outsiders cannot join; a participant gets the public view even when asking for the jury's.
    const outsider = s3.socket();
    await outsider.connected();
    expect(await outsider.socket.emitWithAck('contest:join', { contestId })).toMatchObject({ ok: false });
    outsider.close();
    const p = s1.socket();
    await p.connected();
    const joined = await p.socket.emitWithAck('contest:join', { contestId, view: 'jury' });
    expect(joined.ok && joined.board.view).toBe('public');
    p.close();
  });

  it('runs: the board updates live over socket.io; messages reach whom they should', async () => {
    await teacher.request('PATCH', `/api/contests/${contestId}`, { startsAt: minutesAgo(5) });
    const pub = s2.socket();
    await pub.connected();
    const boards: Scoreboard[] = [];
    const s2Messages: ContestMessage[] = [];
    pub.socket.on('contest:board', (b) => boards.push(b));
    pub.socket.on('contest:message', (m) => s2Messages.push(m));
    const jurySocket = teacher.socket();
    await jurySocket.connected();
    const juryMessages: ContestMessage[] = [];
    jurySocket.socket.on('contest:message', (m) => juryMessages.push(m));
    expect((await jurySocket.socket.emitWithAck('contest:join', { contestId })).ok).toBe(true);
    const first = await pub.socket.emitWithAck('contest:join', { contestId });
    expect(first.ok && first.board.phase).toBe('running');
    const s1Socket = s1.socket();
    await s1Socket.connected();
    const s1Messages: ContestMessage[] = [];
    s1Socket.socket.on('contest:message', (m) => s1Messages.push(m));
    await s1Socket.socket.emitWithAck('contest:join', { contestId });

    const task = await s1.request<{ id: string; template: string }>('GET', `/api/contests/${contestId}/tasks/A`);
    expect(task.status).toBe(200);
    expect(task.body.id).toBe('serial-hello');
    const wrong = await s1.request<{ id: string }>('POST', `/api/contests/${contestId}/submissions`, { label: 'A', source: WRONG });
    expect(wrong.status).toBe(201);
    expect((await s1.request('POST', `/api/contests/${contestId}/submissions`, { label: 'Z', source: CORRECT })).status).toBe(404);
    await pub.until(() => boards.some((b) => b.rows.find((r) => r.login === 'student1')?.cells[0].attempts === 1), 120_000, 'the wrong try on the board');
    await s1.request('POST', `/api/contests/${contestId}/submissions`, { label: 'A', source: CORRECT });
    await pub.until(() => boards.some((b) => b.rows[0]?.login === 'student1' && b.rows[0].solved === 1), 120_000, 'student1 solved A');
    const top = boards.findLast((b) => b.rows[0]?.solved === 1)!.rows[0];
    expect(top.cells[0]).toMatchObject({ solved: true, attempts: 2, pending: 0 });
    expect(top.penalty).toBe(5 + 20);
    // The submission is the round's: in its list, not in practice progress.
    const mine = await s1.request<{ submissions: { label: string; verdict: string }[] }>('GET', `/api/contests/${contestId}/submissions`);
    expect(mine.body.submissions.map((s) => s.verdict)).toEqual(['accepted', 'wrong']);
    expect((await s2.request<{ submissions: unknown[] }>('GET', `/api/contests/${contestId}/submissions`)).body.submissions).toHaveLength(0);
    const row = await server.store.db.selectFrom('submissions').select(['contest_id', 'priority']).where('id', '=', Number(wrong.body.id)).executeTakeFirstOrThrow();
    expect(row).toEqual({ contest_id: Number(contestId), priority: 0 });

    // A clarification: the jury sees it; a private answer reaches only the asker; an announcement everyone.
    const q = await s1.request<ContestMessage>('POST', `/api/contests/${contestId}/clarifications`, { taskLabel: 'A', question: 'Нужен ли перевод строки?' });
    expect(q.status).toBe(201);
    await jurySocket.until(() => juryMessages.some((m) => m.id === q.body.id), 10_000, 'question at the jury');
    expect(juryMessages.find((m) => m.id === q.body.id)?.author?.login).toBe('student1');
    await teacher.request('POST', `/api/contests/${contestId}/clarifications/${q.body.id}/answer`, { answer: 'Да, println.', public: false });
    await s1Socket.until(() => s1Messages.some((m) => m.id === q.body.id && m.answer === 'Да, println.'), 10_000, 'private answer');
    const ann = await teacher.request<ContestMessage>('POST', `/api/contests/${contestId}/announcements`, { text: 'До конца 10 минут' });
    expect(ann.status).toBe(201);
    await pub.until(() => s2Messages.some((m) => m.id === ann.body.id), 10_000, 'announcement');
    expect(s2Messages.some((m) => m.id === q.body.id)).toBe(false);
    const s2List = await s2.request<{ messages: ContestMessage[] }>('GET', `/api/contests/${contestId}/messages`);
    expect(s2List.body.messages.map((m) => m.kind)).toEqual(['announcement']);
    // Answered to all: now everyone sees the question, without the asker's name.
    await teacher.request('POST', `/api/contests/${contestId}/clarifications/${q.body.id}/answer`, { answer: 'Да, println — для всех.', public: true });
    await pub.until(() => s2Messages.some((m) => m.id === q.body.id), 10_000, 'public answer');
    expect(s2Messages.find((m) => m.id === q.body.id)?.author).toBeNull();
    pub.close();
    jurySocket.close();
    s1Socket.close();
  });

  it('freezes for the public: results during the freeze are pending; the jury sees them', async () => {
    // Started 5 minutes ago, 20 minutes long, frozen for the last 16: the freeze began a minute ago.
    await teacher.request('PATCH', `/api/contests/${contestId}`, { durationMinutes: 20, freezeMinutes: 16 });
    const id = (await s2.request<{ id: string }>('POST', `/api/contests/${contestId}/submissions`, { label: 'A', source: CORRECT })).body.id;
    const deadline = Date.now() + 120_000;
    while ((await s2.request<{ submissions: { state: string }[] }>('GET', `/api/contests/${contestId}/submissions`)).body.submissions[0].state !== 'finished') {
      if (Date.now() > deadline) throw new Error('not judged');
      await new Promise((r) => setTimeout(r, 300));
    }
    const pub = await s2.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(pub.body).toMatchObject({ view: 'public', frozen: true, phase: 'frozen' });
    const s2row = pub.body.rows.find((r) => r.login === 'student2')!;
    expect(s2row).toMatchObject({ solved: 0, hidden: true });
    expect(s2row.cells[0].pending).toBe(1);
    // The jury may ask for the public view too (the projector).
    expect((await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard?view=public`)).body.frozen).toBe(true);
    const jury = await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(jury.body).toMatchObject({ view: 'jury', frozen: false });
    expect(jury.body.rows.find((r) => r.login === 'student2')).toMatchObject({ solved: 1 });
    // A participant asking for the jury's view still gets the public one.
    expect((await s2.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard?view=jury`)).body.view).toBe('public');
    expect(id).toBeTruthy();
  });

  it('after the round: read-only, reveal row by row, then everything', async () => {
    // Started 25 minutes ago, 20 long: over; the freeze (16) began at minute 4, so student1's
    // accept (minute 5) is now hidden too and student2's as well.
    await teacher.request('PATCH', `/api/contests/${contestId}`, { startsAt: minutesAgo(25) });
    const view = await s1.request<ContestView>('GET', `/api/contests/${contestId}`);
    expect(view.body.phase).toBe('ended');
    expect(view.body.tasks).toHaveLength(1); // read-only: tasks stay visible
    expect((await s1.request('POST', `/api/contests/${contestId}/submissions`, { label: 'A', source: CORRECT })).status).toBe(403);
    const frozen = await s1.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(frozen.body.frozen).toBe(true);
    expect(frozen.body.rows.every((r) => r.solved === 0)).toBe(true);
    const projector = teacher.socket();
    await projector.connected();
    const boards: Scoreboard[] = [];
    projector.socket.on('contest:board', (b) => boards.push(b));
    await projector.socket.emitWithAck('contest:join', { contestId, view: 'public' });
    const step1 = await teacher.request<Scoreboard>('POST', `/api/contests/${contestId}/reveal`, { step: 'next' });
    expect(step1.status).toBe(200);
    // The lowest row with hidden results resolved first: student2 (alphabetically after student1 among equals).
    const resolved = step1.body.rows.find((r) => r.participantId === step1.body.lastResolved)!;
    expect(resolved.hidden).toBe(false);
    expect(resolved.solved).toBe(1);
    await projector.until(() => boards.some((b) => b.lastResolved === step1.body.lastResolved), 10_000, 'reveal on the projector');
    const step2 = await teacher.request<Scoreboard>('POST', `/api/contests/${contestId}/reveal`, { step: 'next' });
    expect(step2.body.revealed).toBe(true);
    expect(step2.body.frozen).toBe(false);
    const final = await s1.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    const jury = await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    // Fully revealed, the public board is the jury's.
    expect(final.body.rows.map((r) => [r.login, r.rank, r.solved, r.penalty])).toEqual(jury.body.rows.map((r) => [r.login, r.rank, r.solved, r.penalty]));
    expect(final.body.rows.filter((r) => r.solved === 1).map((r) => r.login).sort()).toEqual(['student1', 'student2']);
    projector.close();
  });

  it('jury: ignore a submission, rejudge the round, export CSV', async () => {
    const subs = await teacher.request<{ submissions: { id: string; user: { login: string }; verdict: string }[] }>('GET', `/api/contests/${contestId}/submissions`);
    const s2sub = subs.body.submissions.find((s) => s.user.login === 'student2')!;
    expect((await teacher.request('POST', `/api/contests/${contestId}/submissions/${s2sub.id}/ignore`, { ignored: true })).status).toBe(200);
    let board = await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(board.body.rows.find((r) => r.login === 'student2')!.solved).toBe(0);
    expect((await teacher.request<{ submissions: { id: string; ignored: boolean }[] }>('GET', `/api/contests/${contestId}/submissions`)).body.submissions.find((s) => s.id === s2sub.id)!.ignored).toBe(true);
    await teacher.request('POST', `/api/contests/${contestId}/submissions/${s2sub.id}/ignore`, { ignored: false });
    board = await teacher.request<Scoreboard>('GET', `/api/contests/${contestId}/scoreboard`);
    expect(board.body.rows.find((r) => r.login === 'student2')!.solved).toBe(1);

    const one = await teacher.request<{ requeued: number }>('POST', `/api/contests/${contestId}/rejudge`, { submissionId: s2sub.id });
    expect(one.body.requeued).toBe(1);
    const all = await teacher.request<{ requeued: number }>('POST', `/api/contests/${contestId}/rejudge`, {});
    expect(all.body.requeued).toBe(3);
    const deadline = Date.now() + 180_000;
    for (;;) {
      const list = await teacher.request<{ submissions: { state: string; verdict: string | null }[] }>('GET', `/api/contests/${contestId}/submissions`);
      if (list.body.submissions.every((s) => s.state === 'finished')) {
        expect(list.body.submissions.map((s) => s.verdict).sort()).toEqual(['accepted', 'accepted', 'wrong']);
        break;
      }
      if (Date.now() > deadline) throw new Error('rejudge did not finish');
      await new Promise((r) => setTimeout(r, 300));
    }
    const csv = await fetch(`${server.url}/api/contests/${contestId}/results.csv`, { headers: { cookie: teacher.cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // A team's members (set above) get their own column.
    expect(text.startsWith('\uFEFF"Место";"Участник";"Логин";"Состав";"Решено";"Штраф";"A"\r\n')).toBe(true);
    // student1: one wrong try, then the accept — «✓ minute (2 tries)», penalty = minute + 20.
    const line = text.split('\r\n').find((l) => l.includes('"student1"'))!;
    const m = /;1;(\d+);"✓ (\d+) \(2\)"$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(Number(m![1])).toBe(Number(m![2]) + 20);
    expect(text.split('\r\n').length).toBeGreaterThan(4);
  });

  it('documents every round route in the OpenAPI document', async () => {
    const doc = await anon.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/openapi.json');
    for (const p of ['/api/contests', '/api/contests/{id}/scoreboard', '/api/contests/{id}/reveal', '/api/contests/{id}/clarifications/{mid}/answer', '/api/contests/{id}/results.csv']) expect(doc.body.paths[p], p).toBeDefined();
  });

  it('seeds a round file once, skips a bad one with ru/en errors', async () => {
    const catalog = server.catalog;
    const dir = join(FIXTURE_TASKS, '../contests');
    const first = await seedContests(server.store.db, catalog, log, { dir });
    expect(first.seeded).toEqual(['cup-fixture']);
    expect(first.failed).toHaveLength(1);
    expect(first.failed[0].errors.some((e) => /[а-я]/.test(e.ru) && e.en.length > 0)).toBe(true);
    expect((await seedContests(server.store.db, catalog, log, { dir })).seeded).toEqual([]);
    const list = await s1.request<{ contests: { title: { en: string }; scoring: string; freezeMinutes: number }[] }>('GET', '/api/contests');
    expect(list.body.contests.find((c) => c.title.en === 'Test round')).toMatchObject({ scoring: 'icpc', freezeMinutes: 30 });
  });
});

// The freeze and the reveal against the store itself, on SQLite and PostgreSQL (no judging: rows
// are written as a judge would).
const sqliteDir = tempDir();
const pgSchema = uniqueName('tl_contests');
const targets: { name: string; open(): Promise<Store>; cleanup(): Promise<void> }[] = [
  { name: 'SQLite', open: () => openStore({ sqlitePath: join(sqliteDir.dir, 'technolab.db') }), cleanup: async () => sqliteDir.remove() },
];
if (found.pg) targets.push({ name: 'PostgreSQL', open: () => openStore({ databaseUrl: PG_URL, schema: pgSchema, sqlitePath: '' }), cleanup: () => dropSchema(pgSchema) });

describe.each(targets)('contest standings on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store?.close();
    await target.cleanup();
  });

  it('IOI best-of-groups, the freeze, pending counts and the jury view from stored results', async () => {
    const catalog = await new Catalog(FIXTURE_TASKS).load();
    await catalog.sync(store.db);
    const owner = await createUser(store.db, { login: 'host', name: 'Host', role: 'teacher', password: 'password1' });
    const a = await createUser(store.db, { login: 'anya', name: 'Аня', role: 'student', password: 'password1' });
    const b = await createUser(store.db, { login: 'borya', name: 'Боря', role: 'student', password: 'password1' });
    const id = await createContest(store.db, catalog, owner.id, {
      title: { ru: 'IOI', en: 'IOI' },
      scoring: 'ioi',
      startsAt: minutesAgo(100),
      durationMinutes: 120,
      freezeMinutes: 30,
      participants: 'individual',
      tasks: [{ label: 'A', taskId: 'serial-hello' }],
    });
    await addParticipants(store.db, id, [a.id, b.id]);
    const tests = JSON.stringify([
      { id: 'hello', index: 0, title: { ru: '', en: '' }, points: 60, hidden: false },
      { id: 'answer', index: 1, title: { ru: '', en: '' }, points: 40, hidden: true },
    ]);
    async function judged(userId: number, minute: number, results: [string, 'accepted' | 'wrong', number][], state: 'finished' | 'queued' = 'finished') {
      const score = results.reduce((s, r) => s + r[2], 0);
      const row = await store.db
        .insertInto('submissions')
        .values({ user_id: userId, task_id: 'serial-hello', task_version: 'v', contest_id: id, priority: 0, source: 'x', state, verdict: state === 'finished' ? (score === 100 ? 'accepted' : 'wrong') : null, score: state === 'finished' ? score : null, max_score: 100, tests_json: tests, attempts: 1, created_at: minutesAgo(100 - minute), finished_at: state === 'finished' ? new Date().toISOString() : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [i, [testId, verdict, points]] of results.entries()) {
        await store.db
          .insertInto('test_results')
          .values({ submission_id: Number(row.id), test_id: testId, test_index: i, state: 'finished', verdict, points, max_points: testId === 'hello' ? 60 : 40, message_json: null, simulated_ms: 1, wall_ms: 1, cycles: 1, measurements_json: '[]', has_trace: 0 })
          .execute();
      }
    }
    // Аня: hello at minute 10, answer at minute 20 — best of each test adds up to 100.
    await judged(a.id, 10, [['hello', 'accepted', 60], ['answer', 'wrong', 0]]);
    await judged(a.id, 20, [['hello', 'wrong', 0], ['answer', 'accepted', 40]]);
    // Боря: 40 before the freeze (minute 90), a full solution during it, and one still queued.
    await judged(b.id, 30, [['hello', 'wrong', 0], ['answer', 'accepted', 40]]);
    await judged(b.id, 95, [['hello', 'accepted', 60], ['answer', 'accepted', 40]]);
    await judged(b.id, 96, [], 'queued');
    const c = (await loadContest(store.db, id))!;
    const jury = await scoreboard(store.db, c, 'jury');
    expect(jury.rows.map((r) => [r.login, r.rank, r.score, r.cells[0].pending])).toEqual([
      ['anya', 1, 100, 0],
      ['borya', 1, 100, 1],
    ]);
    // The host sees the round's submissions (teaching none of the participants); another teacher does not.
    const stranger = await createUser(store.db, { login: 'stranger', name: 'Stranger', role: 'teacher', password: 'password1' });
    expect(await canView(store.db, owner, { user_id: a.id, contest_id: id })).toBe(true);
    expect(await canView(store.db, stranger, { user_id: a.id, contest_id: id })).toBe(false);
    expect(await canView(store.db, owner, { user_id: a.id, contest_id: null })).toBe(false);
    // A task only a round uses is the round's (students may not open or submit it outside the round).
    expect(await contestOnlyTask(store.db, { ...catalog, courses: [] } as unknown as Catalog, 'serial-hello')).toBe(true);
    expect(await contestOnlyTask(store.db, catalog, 'serial-hello')).toBe(false);
    const pub = await scoreboard(store.db, c, 'public');
    expect(pub.frozen).toBe(true);
    expect(pub.rows.map((r) => [r.login, r.rank, r.score, r.cells[0].pending, r.hidden])).toEqual([
      ['anya', 1, 100, 0, false],
      ['borya', 2, 40, 2, true],
    ]);
  });

  it('robot rounds rank by the best run’s measurement stored with the per-test results', async () => {
    const catalog = await new Catalog(FIXTURE_TASKS).load();
    const owner = await createUser(store.db, { login: 'rhost', name: 'Host', role: 'teacher', password: 'password1' });
    const racers = [];
    for (const login of ['racer1', 'racer2', 'racer3']) racers.push(await createUser(store.db, { login, name: login, role: 'student', password: 'password1' }));
    const id = await createContest(store.db, catalog, owner.id, {
      title: { ru: 'Заезд', en: 'Race' },
      scoring: 'robot',
      startsAt: minutesAgo(30),
      durationMinutes: 60,
      freezeMinutes: 0,
      participants: 'individual',
      tasks: [{ label: 'E', taskId: 'serial-hello', measure: 'finish-time', better: 'lower' }],
    });
    await addParticipants(store.db, id, racers.map((r) => r.id));
    async function run(userId: number, minute: number, verdict: 'accepted' | 'wrong' | 'compile-error', score: number, time: number | null) {
      const row = await store.db
        .insertInto('submissions')
        .values({ user_id: userId, task_id: 'serial-hello', task_version: 'v', contest_id: id, priority: 0, source: 'x', state: 'finished', verdict, score, max_score: 100, tests_json: '[]', attempts: 1, created_at: minutesAgo(30 - minute), finished_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (verdict === 'compile-error') return;
      const measurements = time === null ? [] : [{ key: 'finish-time', value: time, unit: 's' }];
      await store.db
        .insertInto('test_results')
        .values({ submission_id: Number(row.id), test_id: 'run', test_index: 0, state: 'finished', verdict, points: score, max_points: 100, message_json: null, simulated_ms: 1, wall_ms: 1, cycles: 1, measurements_json: JSON.stringify(measurements), has_trace: 0 })
        .execute();
    }
    const [r1, r2, r3] = racers;
    await run(r1.id, 5, 'accepted', 100, 24.5);
    await run(r1.id, 9, 'accepted', 100, 19.25); // the best run counts
    await run(r2.id, 6, 'accepted', 100, 19.25); // the same time, earlier: ranks first
    await run(r3.id, 3, 'accepted', 100, 30);
    await run(r3.id, 4, 'wrong', 40, 10); // a failed run's fast time does not join the full run's points
    const c = (await loadContest(store.db, id))!;
    const board = await scoreboard(store.db, c, 'jury');
    expect(board.rows.map((r) => [r.login, r.rank, r.score, r.cells[0].measure])).toEqual([
      ['racer2', 1, 100, 19.25],
      ['racer1', 2, 100, 19.25],
      ['racer3', 3, 100, 30],
    ]);
    expect(board.tasks[0]).toMatchObject({ label: 'E', measure: 'finish-time', better: 'lower' });
  });
});
