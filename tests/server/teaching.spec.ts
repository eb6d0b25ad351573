/**
 * Teaching, over HTTP and socket.io against a real server: classes with join codes, students in
 * bulk from a pasted list, password resets, assignments with deadlines, the live progress matrix
 * and its CSV — and who may do each (student forbidden, another teacher forbidden, admin allowed).
 * The same body runs on SQLite (embedded) and on PostgreSQL + Redis (the scaled mode's store and
 * socket.io adapter, judging in this process through BullMQ).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser } from '../../web/server/accounts/users.ts';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import type { ClassJoinAck } from '../../web/shared/socket.ts';
import type { Assignment, BulkStudentsResponse, ClassProgress, ClassProgressEvent, ClassSummary, MyAssignmentsResponse, NewAccount, RosterPreview } from '../../web/shared/teaching.ts';
import { Client, CORRECT, dropRedisPrefix, dropSchema, FIXTURE_TASKS, PG_URL, REDIS_URL, services, tempDir, testConfig, uniqueName, WRONG } from './helpers.ts';
import { ScaledMode } from './processes.ts';

const found = await services();

interface Target {
  name: string;
  env(): Record<string, string>;
  cleanup(): Promise<void>;
}

const data = tempDir();
const pgSchema = uniqueName('tl_teaching');
const redisPrefix = uniqueName('tl-teaching');
const targets: Target[] = [{ name: 'SQLite', env: () => ({ DATA_DIR: data.dir, DEMO: '1' }), cleanup: async () => data.remove() }];
if (found.pg && found.redis) {
  targets.push({
    name: 'PostgreSQL + Redis',
    env: () => ({ DATA_DIR: data.dir, DEMO: '1', DATABASE_URL: PG_URL, DATABASE_SCHEMA: pgSchema, REDIS_URL, REDIS_PREFIX: redisPrefix, JUDGE_IN_PROCESS: '1', JUDGE_THREADS: '1' }),
    cleanup: async () => {
      await dropSchema(pgSchema);
      await dropRedisPrefix(redisPrefix);
    },
  });
}

type Err = { error: { code: string; message: string } };

describe.each(targets)('teaching on $name', (target) => {
  let server: RunningServer;
  const as: Record<string, Client> = {};
  let classId = '';
  let otherClassId = '';
  let accounts: NewAccount[] = [];

  beforeAll(async () => {
    server = await startServer(testConfig(target.env()), createLogger('warn', 'test'));
    const db = server.store.db;
    // A second teacher with a class of their own.
    const other = await createUser(db, { login: 'teacher2', name: 'Другой учитель', role: 'teacher', password: 'teacher2-pw' });
    const cls = await db.insertInto('classes').values({ name: '9В', join_code: 'OTHER9V', created_by: other.id, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
    await addMember(db, cls.id, other.id, 'teacher');
    otherClassId = String(cls.id);
    for (const [login, password] of [['teacher', 'teacher-demo'], ['teacher2', 'teacher2-pw'], ['student1', 'student1-demo'], ['admin', 'admin-test-password']]) {
      as[login] = new Client(server.url);
      await as[login].login(login, password);
    }
  });

  afterAll(async () => {
    await server?.close();
    await target.cleanup();
  });

  it('lets a teacher create and rename a class with a join code; lists only their own classes', async () => {
    const made = await as.teacher.request<ClassSummary>('POST', '/api/classes', { name: '  7Б  ' });
    expect(made.status).toBe(201);
    expect(made.body.name).toBe('7Б');
    expect(made.body.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    classId = made.body.id;
    const renamed = await as.teacher.request<ClassSummary>('PATCH', `/api/classes/${classId}`, { name: '7Б (робототехника)' });
    expect(renamed.body.name).toBe('7Б (робототехника)');
    const fresh = await as.teacher.request<ClassSummary>('POST', `/api/classes/${classId}/join-code`);
    expect(fresh.body.joinCode).not.toBe(made.body.joinCode);

    const mine = await as.teacher.request<{ classes: ClassSummary[] }>('GET', '/api/classes');
    expect(mine.body.classes.map((c) => c.name).sort()).toEqual(['7Б (робототехника)', 'Демо-класс 7А']);
    const theirs = await as.teacher2.request<{ classes: ClassSummary[] }>('GET', '/api/classes');
    expect(theirs.body.classes.map((c) => c.id)).toEqual([otherClassId]);
    const all = await as.admin.request<{ classes: ClassSummary[] }>('GET', '/api/classes');
    expect(all.body.classes.map((c) => c.id)).toEqual(expect.arrayContaining([classId, otherClassId]));
    expect((await as.teacher.request('POST', '/api/classes', { name: '' })).status).toBe(400);
  });

  it('previews a pasted list, then creates the accounts with passwords shown once', async () => {
    const text = 'ФИО;Логин\nИванов Пётр\nСмирнова Анна;anna7b\nИванов Пётр\nКузнецова Катя;Плохой логин\n';
    const preview = await as.teacher.request<RosterPreview>('POST', `/api/classes/${classId}/roster/preview`, { text });
    expect(preview.body.rows).toEqual([{ name: 'Иванов Пётр' }, { name: 'Смирнова Анна', login: 'anna7b' }, { name: 'Иванов Пётр' }]);
    expect(preview.body.problems.map((p) => p.line)).toEqual([5]);
    const made = await as.teacher.request<BulkStudentsResponse>('POST', `/api/classes/${classId}/students`, { rows: preview.body.rows });
    expect(made.status).toBe(201);
    accounts = made.body.accounts;
    expect(accounts.map((a) => a.login)).toEqual(['ivanov.petr', 'anna7b', 'ivanov.petr2']);
    for (const a of accounts) expect(a.password).toMatch(/^[a-z]{8}\d{2}$/);
    // The new student logs in with the printed password and is in the class.
    const petr = new Client(server.url);
    await petr.login(accounts[0].login, accounts[0].password);
    const me = await petr.request<{ user: { classes: { id: string }[] } }>('GET', '/api/me');
    expect(me.body.user.classes.map((c) => c.id)).toEqual([classId]);
    // A taken explicit login creates nobody.
    const clash = await as.teacher.request<Err>('POST', `/api/classes/${classId}/students`, { rows: [{ name: 'Новый' }, { name: 'Аня', login: 'anna7b' }] });
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toContain('anna7b');
    const details = await as.teacher.request<{ members: { role: string }[] }>('GET', `/api/classes/${classId}`);
    expect(details.body.members.filter((m) => m.role === 'student')).toHaveLength(3);
  });

  it('resets a student password: the new one works, the old one and old sessions do not', async () => {
    const anna = accounts[1];
    const old = new Client(server.url);
    await old.login(anna.login, anna.password);
    const reset = await as.teacher.request<NewAccount>('POST', `/api/classes/${classId}/students/${anna.id}/password`);
    expect(reset.status).toBe(200);
    expect(reset.body.password).not.toBe(anna.password);
    expect((await old.request('GET', '/api/me')).status).toBe(401);
    expect((await new Client(server.url).request('POST', '/api/session', { login: anna.login, password: anna.password })).status).toBe(401);
    await new Client(server.url).login(anna.login, reset.body.password);
    accounts[1] = reset.body;
    // Never a teacher's password, never someone outside the class.
    const teacherId = (await as.teacher2.request<{ user: { id: string } }>('GET', '/api/me')).body.user.id;
    expect((await as.admin.request('POST', `/api/classes/${otherClassId}/students/${teacherId}/password`)).status).toBe(404);
    expect((await as.teacher.request('POST', `/api/classes/${classId}/students/${teacherId}/password`)).status).toBe(404);
  });

  it('assigns the course and a task set with a deadline', async () => {
    const catalog = await as.teacher.request<{ courses: { id: string; taskIds: string[] }[]; tasks: { id: string }[] }>('GET', '/api/teaching/catalog');
    expect(catalog.body.tasks.map((t) => t.id)).toContain('serial-hello');
    const courseId = catalog.body.courses[0].id;
    const course = await as.teacher.request<Assignment>('POST', `/api/classes/${classId}/assignments`, { kind: 'course', courseId });
    expect(course.status).toBe(201);
    expect(course.body).toMatchObject({ kind: 'course', courseId, deadline: null });
    expect(course.body.taskIds).toContain('serial-hello');
    // A deadline in the past: everything sent from now on is late for this column.
    const set = await as.teacher.request<Assignment>('POST', `/api/classes/${classId}/assignments`, { kind: 'tasks', taskIds: ['serial-hello'], title: 'Контрольная', deadline: '2020-01-01T10:00:00+03:00' });
    expect(set.body).toMatchObject({ kind: 'tasks', title: { ru: 'Контрольная', en: 'Контрольная' }, deadline: '2020-01-01T07:00:00.000Z', taskIds: ['serial-hello'] });
    expect((await as.teacher.request('POST', `/api/classes/${classId}/assignments`, { kind: 'tasks', taskIds: ['no-such-task'] })).status).toBe(404);
    expect((await as.teacher.request('POST', `/api/classes/${classId}/assignments`, { kind: 'course', courseId: 'nope' })).status).toBe(404);
    const moved = await as.teacher.request<Assignment>('PATCH', `/api/classes/${classId}/assignments/${set.body.id}`, { deadline: '2020-01-02T07:00:00Z' });
    expect(moved.body.deadline).toBe('2020-01-02T07:00:00.000Z');
    const list = await as.teacher.request<{ assignments: Assignment[] }>('GET', `/api/classes/${classId}/assignments`);
    expect(list.body.assignments).toHaveLength(2);
  });

  it('updates the matrix live when a new student’s submission finishes, with a late mark', async () => {
    const live = as.teacher.socket();
    await live.connected();
    const rows: ClassProgressEvent[] = [];
    live.socket.on('class:progress', (e) => rows.push(e));
    const joined = (await live.socket.emitWithAck('class:join', { classId })) as ClassJoinAck;
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.state.columns.map((c) => c.taskId)).toEqual(expect.arrayContaining(['serial-hello']));
    expect(joined.state.rows.map((r) => r.student.login).sort()).toEqual(['anna7b', 'ivanov.petr', 'ivanov.petr2']);
    expect(joined.state.rows.every((r) => r.cells.every((c) => c.status === 'none' && c.attempts === 0))).toBe(true);

    const petr = new Client(server.url);
    await petr.login(accounts[0].login, accounts[0].password);
    const wrong = await petr.submit('serial-hello', WRONG);
    await live.until(() => rows.some((e) => e.row.cells.some((c) => c.lastSubmissionId === wrong && !c.pending)), 180_000, 'the wrong submission in the matrix');
    const correct = await petr.submit('serial-hello', CORRECT);
    await live.until(() => rows.some((e) => e.row.cells.some((c) => c.bestSubmissionId === correct)), 180_000, 'the correct submission in the matrix');
    // Rows are sent when a submission is made (pending) and when it finishes.
    expect(rows.some((e) => e.row.cells.some((c) => c.lastSubmissionId === wrong && c.pending))).toBe(true);
    const last = rows.find((e) => e.row.cells.some((c) => c.bestSubmissionId === correct))!;
    expect(last.classId).toBe(classId);
    expect(last.row.student.login).toBe('ivanov.petr');
    const course = joined.state.columns.findIndex((c) => c.taskId === 'serial-hello' && c.deadline === null);
    const test = joined.state.columns.findIndex((c) => c.taskId === 'serial-hello' && c.deadline !== null);
    expect(last.row.cells[course]).toMatchObject({ status: 'solved', bestScore: 100, attempts: 2, late: false, lastSubmissionId: correct });
    expect(last.row.cells[test]).toMatchObject({ status: 'solved', bestScore: 100, onTimeScore: null, late: true });
    expect(last.row.total).toBe(100);
    expect(last.row.solved).toBe(1);
    live.close();

    // The teacher opens the student's submission (full view: hidden tests too).
    const view = await as.teacher.request<{ source: string; results: { hidden: boolean; message: { ru: string } }[] }>('GET', `/api/submissions/${wrong}`);
    expect(view.status).toBe(200);
    expect(view.body.source).toBe(WRONG);
    // …and so does the admin; the other teacher does not.
    expect((await as.admin.request('GET', `/api/submissions/${wrong}`)).status).toBe(200);
    expect((await as.teacher2.request('GET', `/api/submissions/${wrong}`)).status).toBe(404);

    const matrix = await as.teacher.request<ClassProgress>('GET', `/api/classes/${classId}/progress`);
    const row = matrix.body.rows.find((r) => r.student.login === 'ivanov.petr')!;
    expect(row.cells[course].lastAt).not.toBeNull();
    expect(matrix.body.rows.find((r) => r.student.login === 'anna7b')!.total).toBe(0);

    // The student sees what was assigned, by when, and their own standing.
    const mine = await petr.request<MyAssignmentsResponse>('GET', '/api/me/assignments');
    expect(mine.status).toBe(200);
    expect(mine.body.assignments.map((a) => a.className)).toEqual(['7Б (робототехника)', '7Б (робототехника)']);
    const exam = mine.body.assignments.find((a) => a.deadline !== null)!;
    expect(exam).toMatchObject({ title: { ru: 'Контрольная' }, deadline: '2020-01-02T07:00:00.000Z' });
    expect(exam.tasks).toEqual([expect.objectContaining({ id: 'serial-hello', status: 'solved', bestScore: 100 })]);
    // A teacher's own classes are not "assigned to me".
    expect((await as.teacher.request<MyAssignmentsResponse>('GET', '/api/me/assignments')).body.assignments).toEqual([]);
  }, 400_000);

  it('exports the matrix as CSV for Russian Excel: UTF-8 BOM, `;`, decimal comma, Cyrillic intact', async () => {
    const r = await fetch(`${server.url}/api/classes/${classId}/progress.csv?tz=Europe/Moscow`, { headers: { cookie: as.teacher.cookie } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toContain("filename*=UTF-8''7%D0%91");
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).not.toMatch(/^sep=/);
    expect(lines[0].split(';')[0]).toBe('"Ученик"');
    expect(lines[0]).toContain('срок 2020-01-02 10:00');
    const petr = lines.find((l) => l.startsWith('"Иванов Пётр";"ivanov.petr";'))!;
    expect(petr).toBeDefined();
    expect(petr.split(';').slice(2, 4)).toEqual(['100', '100']);
    // Sum 100 (the task counts once), 1 solved, 2 attempts, late in the «Контрольная» column.
    expect(petr.split(';').slice(4)).toEqual(['100', '1', '2', '"Привет, Serial"']);
    const en = await fetch(`${server.url}/api/classes/${classId}/progress.csv?lang=en`, { headers: { cookie: as.teacher.cookie } });
    expect((await en.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^"Student";"Login";/);
  });

  it('adds a co-teacher by login, who then manages the class; the last teacher stays', async () => {
    const co = await as.teacher.request('POST', `/api/classes/${classId}/teachers`, { login: 'teacher2' });
    expect(co.status).toBe(204);
    expect((await as.teacher2.request('GET', `/api/classes/${classId}/progress`)).status).toBe(200);
    expect((await as.teacher.request('POST', `/api/classes/${classId}/teachers`, { login: 'ivanov.petr' })).status).toBe(404);
    expect((await as.teacher.request('POST', `/api/classes/${classId}/teachers`, { login: 'nobody-here' })).status).toBe(404);
    const details = await as.teacher.request<{ members: { id: string; login: string; role: string }[] }>('GET', `/api/classes/${classId}`);
    const t2 = details.body.members.find((m) => m.login === 'teacher2')!;
    const t1 = details.body.members.find((m) => m.login === 'teacher')!;
    expect(t2.role).toBe('teacher');
    expect((await as.teacher.request('DELETE', `/api/classes/${classId}/teachers/${t2.id}`)).status).toBe(204);
    expect((await as.teacher2.request('GET', `/api/classes/${classId}/progress`)).status).toBe(403);
    const last = await as.teacher.request<Err>('DELETE', `/api/classes/${classId}/teachers/${t1.id}`);
    expect(last.status).toBe(409);
  });

  describe('authorization', () => {
    const routes = (id: () => string): [string, () => string, unknown?][] => [
      ['GET', () => `/api/classes/${id()}`],
      ['PATCH', () => `/api/classes/${id()}`, { name: 'x' }],
      ['POST', () => `/api/classes/${id()}/join-code`],
      ['POST', () => `/api/classes/${id()}/roster/preview`, { text: 'Петров Пётр' }],
      ['POST', () => `/api/classes/${id()}/teachers`, { login: 'teacher2' }],
      ['DELETE', () => `/api/classes/${id()}/teachers/1`],
      ['POST', () => `/api/classes/${id()}/students`, { rows: [{ name: 'Чужой' }] }],
      ['POST', () => `/api/classes/${id()}/students/${accounts[0].id}/password`],
      ['DELETE', () => `/api/classes/${id()}/students/${accounts[0].id}`],
      ['GET', () => `/api/classes/${id()}/assignments`],
      ['POST', () => `/api/classes/${id()}/assignments`, { kind: 'tasks', taskIds: ['serial-hello'] }],
      ['PATCH', () => `/api/classes/${id()}/assignments/1`, { deadline: null }],
      ['DELETE', () => `/api/classes/${id()}/assignments/1`],
      ['GET', () => `/api/classes/${id()}/progress`],
      ['GET', () => `/api/classes/${id()}/progress.csv`],
    ];

    it('forbids students every teacher route', async () => {
      for (const [method, path, body] of [...routes(() => classId), ['GET', () => '/api/classes'], ['POST', () => '/api/classes', { name: 'x' }], ['GET', () => '/api/teaching/catalog']] as [string, () => string, unknown?][]) {
        const r = await as.student1.request<Err>(method, path(), body);
        expect(r.status, `${method} ${path()}`).toBe(403);
        expect(r.body.error.code).toBe('forbidden');
      }
      // The new accounts are students too.
      const petr = new Client(server.url);
      await petr.login(accounts[0].login, accounts[0].password);
      expect((await petr.request('GET', `/api/classes/${classId}/progress`)).status).toBe(403);
    });

    it('forbids another teacher every route of a class they do not teach', async () => {
      for (const [method, path, body] of routes(() => classId)) {
        const r = await as.teacher2.request<Err>(method, path(), body);
        expect(r.status, `${method} ${path()}`).toBe(403);
      }
      // Nothing changed: the class keeps its name and students.
      const d = await as.teacher.request<{ name: string; members: { role: string }[] }>('GET', `/api/classes/${classId}`);
      expect(d.body.name).toBe('7Б (робототехника)');
      expect(d.body.members.filter((m) => m.role === 'student')).toHaveLength(3);
    });

    it('lets an admin use every route of any class', async () => {
      expect((await as.admin.request('GET', `/api/classes/${otherClassId}/progress`)).status).toBe(200);
      expect((await as.admin.request('PATCH', `/api/classes/${otherClassId}`, { name: '9В, переименован админом' })).status).toBe(200);
      expect((await as.admin.request('POST', `/api/classes/${otherClassId}/roster/preview`, { text: 'Петров Пётр' })).status).toBe(200);
      const made = await as.admin.request<BulkStudentsResponse>('POST', `/api/classes/${otherClassId}/students`, { rows: [{ name: 'Петров Пётр' }] });
      expect(made.status).toBe(201);
      expect((await as.admin.request('POST', `/api/classes/${otherClassId}/students/${made.body.accounts[0].id}/password`)).status).toBe(200);
      const a = await as.admin.request<Assignment>('POST', `/api/classes/${otherClassId}/assignments`, { kind: 'tasks', taskIds: ['serial-hello'] });
      expect(a.status).toBe(201);
      expect((await as.admin.request('PATCH', `/api/classes/${otherClassId}/assignments/${a.body.id}`, { deadline: null })).status).toBe(200);
      expect((await as.admin.request('DELETE', `/api/classes/${otherClassId}/assignments/${a.body.id}`)).status).toBe(204);
      expect((await as.admin.request('DELETE', `/api/classes/${otherClassId}/students/${made.body.accounts[0].id}`)).status).toBe(204);
      expect((await as.admin.request('GET', `/api/classes/${otherClassId}/progress.csv`)).status).toBe(200);
      expect((await as.admin.request('GET', '/api/teaching/catalog')).status).toBe(200);
      expect((await as.admin.request('POST', `/api/classes/${otherClassId}/teachers`, { login: 'teacher' })).status).toBe(204);
      const teacherId = (await as.teacher.request<{ user: { id: string } }>('GET', '/api/me')).body.user.id;
      expect((await as.admin.request('DELETE', `/api/classes/${otherClassId}/teachers/${teacherId}`)).status).toBe(204);
    });

    it('answers 401 without a session and 404 for a class that does not exist', async () => {
      const anon = new Client(server.url);
      for (const [method, path, body] of routes(() => classId)) expect((await anon.request(method, path(), body)).status).toBe(401);
      for (const path of ['/api/classes', '/api/teaching/catalog', '/api/me/assignments']) expect((await anon.request('GET', path)).status).toBe(401);
      expect((await as.admin.request('GET', '/api/classes/999999/progress')).status).toBe(404);
    });

    it('lets only the class’s teachers and admins join its socket room', async () => {
      const join = async (who: Client, id: string) => {
        const live = who.socket();
        await live.connected();
        const ack = (await live.socket.emitWithAck('class:join', { classId: id })) as ClassJoinAck;
        live.close();
        return ack;
      };
      const student = await join(as.student1, classId);
      expect(student.ok).toBe(false);
      if (!student.ok) expect(student.error.code).toBe('forbidden');
      const other = await join(as.teacher2, classId);
      expect(other.ok).toBe(false);
      expect((await join(as.admin, classId)).ok).toBe(true);
      expect((await join(as.teacher2, otherClassId)).ok).toBe(true);
      const missing = await join(as.admin, '999999');
      expect(missing.ok).toBe(false);
    });
  });
});

describe.skipIf(!found.pg || !found.redis)('teaching live across processes: a worker process publishes, a server process delivers', () => {
  const cluster = new ScaledMode('teachscaled');
  let url = '';

  beforeAll(async () => {
    // REDIS_URL without JUDGE_IN_PROCESS: this server never judges; only the worker does.
    url = (await cluster.server()).url;
    await cluster.workers(1);
  });
  afterAll(() => cluster.stop());

  it('sends the judged row to the teacher through the Redis adapter', async () => {
    const teacher = new Client(url);
    await teacher.login('teacher', 'teacher-demo');
    const classes = await teacher.request<{ classes: ClassSummary[] }>('GET', '/api/classes');
    const demo = classes.body.classes.find((c) => c.joinCode === 'DEMO7A')!;
    const catalog = await teacher.request<{ courses: { id: string }[] }>('GET', '/api/teaching/catalog');
    expect((await teacher.request('POST', `/api/classes/${demo.id}/assignments`, { kind: 'course', courseId: catalog.body.courses[0].id })).status).toBe(201);
    const live = teacher.socket();
    await live.connected();
    const rows: ClassProgressEvent[] = [];
    live.socket.on('class:progress', (e) => rows.push(e));
    expect(((await live.socket.emitWithAck('class:join', { classId: demo.id })) as ClassJoinAck).ok).toBe(true);
    const student = new Client(url);
    await student.login('student1', 'student1-demo');
    const id = await student.submit('serial-hello', CORRECT);
    await live.until(() => rows.some((e) => e.row.cells.some((c) => c.bestSubmissionId === id)), 180_000, 'the row judged by the worker');
    const row = rows.find((e) => e.row.cells.some((c) => c.bestSubmissionId === id))!;
    expect(row.row.student.login).toBe('student1');
    expect(row.row.cells.find((c) => c.taskId === 'serial-hello')).toMatchObject({ status: 'solved', bestScore: 100, pending: false });
    live.close();
  }, 300_000);
});
