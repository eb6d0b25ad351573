/**
 * Who may do what: anonymous users can only log in; a student never reads another student's
 * submission, a hidden test's details or a teacher route; a teacher sees their class's students
 * only; errors are JSON in the requested language; bad input never loses stored data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createUser } from '../../web/server/accounts/users.ts';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import type { SubmissionView } from '../../web/shared/api.ts';
import { Client, CORRECT, tempDir, testConfig, WRONG } from './helpers.ts';

let server: RunningServer;
const data = tempDir();
const clients: Record<string, Client> = {};

beforeAll(async () => {
  server = await startServer(testConfig({ DATA_DIR: data.dir, DEMO: '1', LOGIN_PER_MIN: '5' }), createLogger('warn', 'test'));
  const db = server.store.db;
  // An outsider student and a teacher of another class.
  await createUser(db, { login: 'outsider', name: 'Outsider', role: 'student', password: 'outsider-pw' });
  const other = await createUser(db, { login: 'teacher2', name: 'Other teacher', role: 'teacher', password: 'teacher2-pw' });
  const cls = await db.insertInto('classes').values({ name: '8Б', join_code: 'OTHER8B', created_by: other.id, created_at: new Date().toISOString() }).returning('id').executeTakeFirstOrThrow();
  await addMember(db, cls.id, other.id, 'teacher');
  for (const [login, password] of [['student1', 'student1-demo'], ['student2', 'student2-demo'], ['teacher', 'teacher-demo'], ['teacher2', 'teacher2-pw'], ['outsider', 'outsider-pw'], ['admin', 'admin-test-password']]) {
    clients[login] = new Client(server.url);
    await clients[login].login(login, password);
  }
});

afterAll(async () => {
  await server?.close();
  data.remove();
});

async function finished(client: Client, id: string): Promise<SubmissionView> {
  for (let i = 0; i < 240; i++) {
    const r = await client.request<SubmissionView>('GET', `/api/submissions/${id}`);
    if (r.body.state === 'finished') return r.body;
    await new Promise((res) => setTimeout(res, 250));
  }
  throw new Error('not judged in time');
}

describe('anonymous', () => {
  const anon = () => new Client(server.url);
  it.each([
    ['GET', '/api/me'],
    ['GET', '/api/courses'],
    ['GET', '/api/tasks/serial-hello'],
    ['GET', '/api/tasks/serial-hello/assets/wiring.svg'],
    ['POST', '/api/compile'],
    ['POST', '/api/submissions'],
    ['GET', '/api/submissions'],
    ['GET', '/api/submissions/1'],
    ['GET', '/api/submissions/1/traces/hello'],
    ['POST', '/api/classes/join'],
    ['GET', '/api/classes/1'],
  ])('gets 401 on %s %s', async (method, path) => {
    const r = await anon().request<{ error: { code: string } }>(method, path, method === 'POST' ? { taskId: 'serial-hello', source: 'x', code: 'DEMO7A' } : undefined);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('cannot open a socket', async () => {
    const live = anon().socket();
    await expect(live.connected()).rejects.toThrow(/unauthenticated/);
    live.close();
  });

  it('is told about a wrong password in Russian by default and in English when asked', async () => {
    const ru = await anon().request<{ error: { code: string; message: string } }>('POST', '/api/session', { login: 'student3', password: 'nope' });
    expect(ru.status).toBe(401);
    expect(ru.body.error).toMatchObject({ code: 'bad-credentials', message: 'Неверный логин или пароль.' });
    const en = await anon().request<{ error: { message: string } }>('POST', '/api/session?lang=en', { login: 'student3', password: 'nope' });
    expect(en.body.error.message).toBe('Wrong login or password.');
    const header = await anon().request<{ error: { message: string } }>('POST', '/api/session', { login: 'student3', password: 'nope' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(header.body.error.message).toBe('Wrong login or password.');
  });

  it('is rate limited after too many log-in tries', async () => {
    const c = anon();
    let last = 0;
    let retry: string | null = null;
    for (let i = 0; i < 7; i++) {
      const r = await c.request('POST', '/api/session', { login: 'student2', password: 'bad' });
      last = r.status;
      retry = r.headers.get('retry-after');
    }
    expect(last).toBe(429);
    expect(Number(retry)).toBeGreaterThan(0);
  });

  it('gets a JSON 400 listing the wrong fields for malformed input', async () => {
    const r = await anon().request<{ error: { code: string; issues: { path: string }[] } }>('POST', '/api/session', { login: '' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i) => i.path)).toContain('password');
    const broken = await anon().request<{ error: { code: string } }>('POST', '/api/session', '{not json');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('bad-request');
  });

  it('can read the OpenAPI document', async () => {
    const r = await anon().request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/session', '/api/submissions', '/api/submissions/{id}', '/api/compile']));
  });
});

describe('students and teachers', () => {
  let wrongId = '';
  beforeAll(async () => {
    wrongId = await clients.student1.submit('serial-hello', WRONG);
    await finished(clients.student1, wrongId);
  });

  it('shows a student their own submission with the hidden test redacted', async () => {
    const r = await clients.student1.request<SubmissionView>('GET', `/api/submissions/${wrongId}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'finished', verdict: 'wrong', score: 40, maxScore: 100 });
    const hidden = r.body.tests.find((t) => t.hidden)!;
    expect(hidden.title.en).toMatch(/^Hidden test/);
    const visible = r.body.results.find((x) => !x.hidden)!;
    expect(visible.message.en).toContain('"Hi"');
    const traceOfVisible = await clients.student1.request('GET', `/api/submissions/${wrongId}/traces/${visible.id}`);
    expect(traceOfVisible.status).toBe(200);
    const traceOfHidden = await clients.student1.request('GET', `/api/submissions/${wrongId}/traces/${hidden.id}`);
    expect(traceOfHidden.status).toBe(404);
  });

  it('never shows a task page hidden tests, the bench or solutions', async () => {
    const r = await clients.student1.request<Record<string, unknown>>('GET', '/api/tasks/serial-hello');
    const text = JSON.stringify(r.body);
    expect(r.body.hiddenTests).toBe(1);
    expect(text).not.toContain('answer');
    expect(text).not.toContain('Prints 42');
    expect(text).not.toContain('solutions');
    expect(text).not.toContain('bench');
  });

  it('hides one student\'s submission from another (as if it did not exist)', async () => {
    for (const who of ['student2', 'outsider']) {
      const r = await clients[who].request<{ error: { code: string } }>('GET', `/api/submissions/${wrongId}`);
      expect(r.status).toBe(404);
      expect((await clients[who].request('GET', `/api/submissions/${wrongId}/traces/hello`)).status).toBe(404);
      const list = await clients[who].request<{ submissions: unknown[] }>('GET', '/api/submissions');
      expect(list.body.submissions).toEqual([]);
      const live = clients[who].socket();
      await live.connected();
      const ack = await live.join(wrongId);
      expect(ack.ok).toBe(false);
      live.close();
    }
  });

  it('shows the teacher of the class everything, and the teacher of another class nothing', async () => {
    const mine = await clients.teacher.request<SubmissionView>('GET', `/api/submissions/${wrongId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.tests.find((t) => t.hidden)!.title.en).toBe('Prints 42 on the second line');
    expect((await clients.admin.request('GET', `/api/submissions/${wrongId}`)).status).toBe(200);
    expect((await clients.teacher2.request('GET', `/api/submissions/${wrongId}`)).status).toBe(404);
  });

  it('keeps teacher routes from students, and other classes from teachers', async () => {
    const classId = (await clients.teacher.request<{ user: { classes: { id: string }[] } }>('GET', '/api/me')).body.user.classes[0].id;
    expect((await clients.student1.request('GET', `/api/classes/${classId}`)).status).toBe(403);
    const own = await clients.teacher.request<{ joinCode: string }>('GET', `/api/classes/${classId}`);
    expect(own.status).toBe(200);
    expect(own.body.joinCode).toBe('DEMO7A');
    expect((await clients.teacher2.request('GET', `/api/classes/${classId}`)).status).toBe(403);
    expect((await clients.admin.request('GET', `/api/classes/${classId}`)).status).toBe(200);
  });

  it('lets a student join a class by code, after which its teacher sees their work', async () => {
    const id = await clients.outsider.submit('serial-hello', CORRECT);
    expect((await clients.teacher.request('GET', `/api/submissions/${id}`)).status).toBe(404);
    const bad = await clients.outsider.request<{ error: { code: string } }>('POST', '/api/classes/join', { code: 'NOPE42' });
    expect(bad.status).toBe(404);
    const ok = await clients.outsider.request<{ class: { name: string } }>('POST', '/api/classes/join', { code: 'demo7a' });
    expect(ok.status).toBe(200);
    expect(ok.body.class.name).toBe('Демо-класс 7А');
    expect((await clients.teacher.request('GET', `/api/submissions/${id}`)).status).toBe(200);
    await finished(clients.outsider, id);
  });

  it('reports course progress per user, and bad input changes nothing', async () => {
    const before = await clients.student1.request<{ courses: { modules: { tasks: { id: string; status: string; bestScore: number; attempts: number }[] }[] }[] }>('GET', '/api/courses');
    const task = before.body.courses[0].modules[0].tasks[0];
    expect(task).toMatchObject({ id: 'serial-hello', status: 'tried', bestScore: 40, attempts: 1 });
    expect((await clients.student1.request('POST', '/api/submissions', { taskId: 'serial-hello' })).status).toBe(400);
    expect((await clients.student1.request('POST', '/api/submissions', { taskId: 'no-such-task', source: 'x' })).status).toBe(404);
    expect((await clients.student1.request('POST', '/api/submissions', { taskId: 'serial-hello', source: 'x'.repeat(300_000) })).status).toBe(413);
    const after = await clients.student1.request<{ submissions: unknown[] }>('GET', '/api/submissions?taskId=serial-hello');
    expect(after.body.submissions).toHaveLength(1);
    expect((await clients.student2.request('GET', '/api/courses')).body).toMatchObject({ courses: [{ modules: [{ tasks: [{ status: 'none', bestScore: null }] }] }] });
  });

  it('logs out: the cookie stops working', async () => {
    const c = new Client(server.url);
    await c.login('student3', 'student3-demo');
    expect((await c.request('GET', '/api/me')).status).toBe(200);
    const cookie = c.cookie;
    expect((await c.request('DELETE', '/api/session')).status).toBe(204);
    c.cookie = cookie;
    expect((await c.request('GET', '/api/me')).status).toBe(401);
  });
});
