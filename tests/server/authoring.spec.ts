/**
 * Task authoring over HTTP and socket.io against a real server on SQLite: who may do what (student
 * forbidden, another teacher forbidden, admin allowed) on every route and the check room, «Check
 * task» with live events, zip export/import (and bad zips that change nothing), publishing versions,
 * students' submissions judged in the sandbox, and rejudging an old version (dry run, then apply).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../web/server/accounts/users.ts';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import type { AuthoredTaskDetail, AuthoredTaskSummary, AuthoringJoinAck, AuthoringLiveEvent, CheckJobState, RejudgeResponse, ValidateResponse } from '../../web/shared/authoring.ts';
import type { SubmissionView } from '../../web/shared/api.ts';
import { Client, dropRedisPrefix, dropSchema, PG_URL, REDIS_URL, services, tempDir, testConfig, uniqueName } from './helpers.ts';

const found = await services();
const data = tempDir();
const pgSchema = uniqueName('tl_authoring');
const redisPrefix = uniqueName('tl-authoring');
interface Target {
  name: string;
  env(): Record<string, string>;
  cleanup(): Promise<void>;
}
const targets: Target[] = [{ name: 'SQLite', env: () => ({ DATA_DIR: `${data.dir}/sqlite`, DEMO: '1' }), cleanup: async () => {} }];
if (found.pg && found.redis) {
  targets.push({
    name: 'PostgreSQL + Redis',
    env: () => ({ DATA_DIR: `${data.dir}/pg`, DEMO: '1', DATABASE_URL: PG_URL, DATABASE_SCHEMA: pgSchema, REDIS_URL, REDIS_PREFIX: redisPrefix, JUDGE_IN_PROCESS: '1', JUDGE_THREADS: '1' }),
    cleanup: async () => {
      await dropSchema(pgSchema);
      await dropRedisPrefix(redisPrefix);
    },
  });
}
let server: RunningServer;
const as: Record<string, Client> = {};
const ID = 'led-authored';

const ACCEPTED = 'void setup() {\n  pinMode(13, OUTPUT);\n  digitalWrite(13, HIGH);\n}\nvoid loop() {}\n';
const NO_PINMODE = 'void setup() {\n  digitalWrite(13, HIGH);\n}\nvoid loop() {}\n';

afterAll(() => data.remove());

async function zipRequest(client: Client, body: Uint8Array) {
  const res = await fetch(`${server.url}/api/authoring/import`, { method: 'POST', headers: { 'content-type': 'application/zip', cookie: client.cookie, 'accept-language': 'ru' }, body: Buffer.from(body) });
  return { status: res.status, body: (await res.json()) as AuthoredTaskDetail & { error: { code: string; message: string; text: { ru: string; en: string } } } };
}

async function waitJob(client: Client, jobId: string): Promise<CheckJobState> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const r = await client.request<CheckJobState>('GET', `/api/authoring/checks/${jobId}`);
    if (r.body.done) return r.body;
    if (Date.now() > deadline) throw new Error(`check did not finish: ${JSON.stringify(r.body.events.map((e) => e.type))}`);
    await new Promise((ok) => setTimeout(ok, 300));
  }
}

async function waitSubmission(client: Client, id: string): Promise<SubmissionView> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const r = await client.request<SubmissionView>('GET', `/api/submissions/${id}`);
    if (r.body.state === 'finished') return r.body;
    if (Date.now() > deadline) throw new Error(`submission ${id} did not finish: ${JSON.stringify(r.body)}`);
    await new Promise((ok) => setTimeout(ok, 300));
  }
}

describe.each(targets)('task authoring on $name', (target) => {
  beforeAll(async () => {
    server = await startServer(testConfig(target.env()), createLogger('warn', 'test'));
    await createUser(server.store.db, { login: 'teacher2', name: 'Другой учитель', role: 'teacher', password: 'teacher2-pw' });
    for (const [login, password] of [['teacher', 'teacher-demo'], ['teacher2', 'teacher2-pw'], ['student1', 'student1-demo'], ['admin', 'admin-test-password']] as const) {
      as[login] = new Client(server.url);
      await as[login].login(login, password);
    }
  });

  afterAll(async () => {
    await server?.close();
    await target.cleanup();
  });

  it('only teachers and admins reach the authoring routes; a teacher sees only their own tasks', async () => {
    expect((await as.student1.request('GET', '/api/authoring/tasks')).status).toBe(403);
    expect((await as.student1.request('POST', '/api/authoring/tasks', { id: 'x-task' })).status).toBe(403);
    expect((await zipRequest(as.student1, zipSync({ 'task.yaml': strToU8('id: x') }))).status).toBe(403);

    const made = await as.teacher.request<AuthoredTaskDetail>('POST', '/api/authoring/tasks', { id: ID });
    expect(made.status).toBe(201);
    expect(Object.keys(made.body.files)).toContain('bench.ts');
    expect(made.body.publishedNumber).toBeNull();
    // Ids are unique across built-in and authored tasks.
    expect((await as.teacher2.request('POST', '/api/authoring/tasks', { id: ID })).status).toBe(409);
    expect((await as.teacher2.request('POST', '/api/authoring/tasks', { id: 'blink' })).status).toBe(server.catalog.tasks.has('blink') ? 409 : 201);
    expect((await as.teacher.request('POST', '/api/authoring/tasks', { id: 'Bad Id!' })).status).toBe(400);

    const mine = await as.teacher.request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks');
    expect(mine.body.tasks.map((t) => t.id)).toEqual([ID]);
    const theirs = await as.teacher2.request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks');
    expect(theirs.body.tasks.map((t) => t.id)).not.toContain(ID);
    const all = await as.admin.request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks');
    expect(all.body.tasks.map((t) => t.id)).toContain(ID);

    // Every route of a task: the student and another teacher are refused, the admin is let in.
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/authoring/tasks/${ID}`],
      ['PUT', `/api/authoring/tasks/${ID}`, { files: made.body.files }],
      ['POST', `/api/authoring/tasks/${ID}/validate`],
      ['GET', `/api/authoring/tasks/${ID}/export`],
      ['GET', `/api/authoring/tasks/${ID}/assets/wiring.svg`],
      ['POST', `/api/authoring/tasks/${ID}/rejudge`, { apply: false }],
      ['POST', `/api/authoring/tasks/${ID}/publish`],
      ['POST', `/api/authoring/tasks/${ID}/check`],
    ];
    for (const [method, path, body] of routes) {
      expect((await as.student1.request(method, path, body)).status, `student ${method} ${path}`).toBe(403);
      const other = await as.teacher2.request<{ error: { code: string } }>(method, path, body);
      expect(other.status, `teacher2 ${method} ${path}`).toBe(403);
      expect(other.body.error.code).toBe('forbidden');
    }
    expect((await as.admin.request('GET', `/api/authoring/tasks/${ID}`)).status).toBe(200);
    expect((await as.admin.request('PUT', `/api/authoring/tasks/${ID}`, { files: made.body.files })).status).toBe(200);
    expect((await as.admin.request('POST', `/api/authoring/tasks/${ID}/validate`)).status).toBe(200);
    expect((await as.admin.request('GET', `/api/authoring/tasks/${ID}/export`)).status).toBe(200);
    // Not published yet: a clear 400, not a crash.
    expect((await as.admin.request('POST', `/api/authoring/tasks/${ID}/rejudge`, { apply: false })).status).toBe(400);
  });

  it('saves files (checked at the edge) and validates the package in the sandbox', async () => {
    const detail = (await as.teacher.request<AuthoredTaskDetail>('GET', `/api/authoring/tasks/${ID}`)).body;
    const bad = await as.teacher.request('PUT', `/api/authoring/tasks/${ID}`, { files: { ...detail.files, '../escape.ts': 'x' } });
    expect(bad.status).toBe(400);
    const badBench = { ...detail.files, 'bench.ts': `import { readFileSync } from 'node:fs';\nreadFileSync('/etc/passwd');\n${detail.files['bench.ts']!.split('\n').slice(1).join('\n')}` };
    expect((await as.teacher.request('PUT', `/api/authoring/tasks/${ID}`, { files: badBench })).status).toBe(200);
    const refused = await as.teacher.request<ValidateResponse>('POST', `/api/authoring/tasks/${ID}/validate`);
    expect(refused.body.ok).toBe(false);
    if (!refused.body.ok) expect(refused.body.problems.map((p) => p.message).join('\n')).toContain('importing "node:fs" is not allowed');

    expect((await as.teacher.request('PUT', `/api/authoring/tasks/${ID}`, { files: detail.files })).status).toBe(200);
    const ok = await as.teacher.request<ValidateResponse>('POST', `/api/authoring/tasks/${ID}/validate`);
    expect(ok.body.ok).toBe(true);
    if (ok.body.ok) {
      expect(ok.body.tests.map((t) => t.id)).toEqual(['on']);
      expect(ok.body.wiringSvg).toContain('<svg');
    }
    // The statement preview's picture: wiring.svg generated from the bench's parts.
    const picture = await as.teacher.request<string>('GET', `/api/authoring/tasks/${ID}/assets/wiring.svg`);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toContain('image/svg+xml');
    expect(String(picture.body)).toContain('<svg');
    expect((await as.teacher.request('GET', `/api/authoring/tasks/${ID}/assets/missing.svg`)).status).toBe(404);
    expect((await as.admin.request('GET', `/api/authoring/tasks/${ID}/assets/wiring.svg`)).status).toBe(200);
  });

  it('runs «Check task» with live events in a room only its author (and admins) may join', async () => {
    const started = await as.teacher.request<{ jobId: string }>('POST', `/api/authoring/tasks/${ID}/check`);
    expect(started.status).toBe(202);
    const { jobId } = started.body;
    const live = as.teacher.socket();
    const events: AuthoringLiveEvent[] = [];
    live.socket.on('authoring:event', (e) => events.push(e));
    await live.connected();
    const joined = (await live.socket.emitWithAck('authoring:join', { jobId })) as AuthoringJoinAck;
    expect(joined.ok).toBe(true);

    for (const who of ['teacher2', 'student1'] as const) {
      const s = as[who].socket();
      await s.connected();
      const ack = (await s.socket.emitWithAck('authoring:join', { jobId })) as AuthoringJoinAck;
      expect(ack.ok).toBe(false);
      if (!ack.ok) expect(ack.error.code).toBe('forbidden');
      s.close();
      expect((await as[who].request('GET', `/api/authoring/checks/${jobId}`)).status).toBe(403);
    }
    const adm = as.admin.socket();
    await adm.connected();
    expect(((await adm.socket.emitWithAck('authoring:join', { jobId })) as AuthoringJoinAck).ok).toBe(true);
    adm.close();

    const state = await waitJob(as.teacher, jobId);
    const finished = state.events.find((e) => e.type === 'finished');
    expect(finished, JSON.stringify(state.events)).toMatchObject({ type: 'finished', ok: true });
    const tests = state.events.filter((e) => e.type === 'test');
    expect(tests).toHaveLength(2); // one test × two solutions
    const solutions = state.events.filter((e) => e.type === 'solution');
    expect(solutions.map((s) => s.type === 'solution' && [s.file, s.got.verdict, s.ok])).toEqual([
      ['solutions/accepted.ino', 'accepted', true],
      ['solutions/wrong.ino', 'wrong', true],
    ]);
    // The room got the events as they happened (all of them, unless some came before joining).
    await new Promise((ok) => setTimeout(ok, 200));
    expect(events.some((e) => e.jobId === jobId && e.event.type === 'finished')).toBe(true);
    live.close();
  });

  it('a new check of the same author stops the one still running', async () => {
    const first = (await as.teacher.request<{ jobId: string }>('POST', `/api/authoring/tasks/${ID}/check`)).body.jobId;
    const second = (await as.teacher.request<{ jobId: string }>('POST', `/api/authoring/tasks/${ID}/check`)).body.jobId;
    const stopped = await waitJob(as.teacher, first);
    expect(stopped.events.at(-1)).toMatchObject({ type: 'error', message: { en: 'The check was stopped: a newer one was started.' } });
    const done = await waitJob(as.teacher, second);
    expect(done.events.at(-1)).toMatchObject({ type: 'finished', ok: true });
  });

  it('exports a zip in the tasks/<id>/ layout and imports it back; bad zips give clear errors and change nothing', async () => {
    const res = await fetch(`${server.url}/api/authoring/tasks/${ID}/export`, { headers: { cookie: as.teacher.cookie } });
    expect(res.headers.get('content-type')).toContain('application/zip');
    const zip = new Uint8Array(await res.arrayBuffer());
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toContain(`${ID}/task.yaml`);
    expect(Object.keys(entries)).toContain(`${ID}/solutions/accepted.ino`);

    // The same zip under another id: a new task with the same files.
    const copy: Record<string, Uint8Array> = {};
    for (const [name, body] of Object.entries(entries)) {
      const text = new TextDecoder().decode(body);
      copy[name.replace(`${ID}/`, 'led-copy/')] = strToU8(name.endsWith('task.yaml') ? text.replace(`id: ${ID}`, 'id: led-copy') : text);
    }
    const imported = await zipRequest(as.teacher, zipSync(copy));
    expect(imported.status).toBe(201);
    expect(imported.body.id).toBe('led-copy');
    const original = (await as.teacher.request<AuthoredTaskDetail>('GET', `/api/authoring/tasks/${ID}`)).body.files;
    expect(imported.body.files['bench.ts']).toBe(original['bench.ts']);
    expect(Object.keys(imported.body.files).sort()).toEqual(Object.keys(original).sort());
    // Importing the same id again updates my task; another teacher cannot take it over.
    expect((await zipRequest(as.teacher, zipSync(copy))).status).toBe(200);
    expect((await zipRequest(as.teacher2, zipSync(copy))).status).toBe(409);

    const before = (await as.admin.request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks')).body.tasks;
    const yaml = strToU8('id: zip-bad\ntitle: { ru: a, en: b }\n');
    const bad: [string, Uint8Array, RegExp][] = [
      ['zip-slip', zipSync({ 'task.yaml': yaml, '../../etc/evil.ts': strToU8('x') }), /Недопустимый путь/],
      ['absolute path', zipSync({ 'task.yaml': yaml, '/etc/evil.ts': strToU8('x') }), /Недопустимый путь/],
      ['huge file', zipSync({ 'task.yaml': yaml, 'bench.ts': new Uint8Array(600 * 1024).fill(32) }), /больше 256 КБ/],
      ['no task.yaml', zipSync({ 'bench.ts': strToU8('x') }), /нет task\.yaml/],
      ['invalid yaml', zipSync({ 'task.yaml': strToU8('id: [unclosed\n  : :') }), /task\.yaml — не YAML/],
      ['not a zip', strToU8('definitely not a zip'), /не zip-архив/],
      ['binary file', zipSync({ 'task.yaml': yaml, 'picture.png': new Uint8Array([137, 80, 78, 71]) }), /не подходит/],
    ];
    for (const [what, body, message] of bad) {
      const r = await zipRequest(as.teacher, body);
      expect(r.status, what).toBe(400);
      expect(r.body.error.message, what).toMatch(message);
      expect(r.body.error.text.en.length, what).toBeGreaterThan(10);
    }
    const after = (await as.admin.request<{ tasks: AuthoredTaskSummary[] }>('GET', '/api/authoring/tasks')).body.tasks;
    expect(after.map((t) => [t.id, t.updatedAt])).toEqual(before.map((t) => [t.id, t.updatedAt]));
  });

  it('publishes versions; submissions keep theirs; rejudging an old version shows what changes first, then applies', async () => {
    // Students do not see a draft.
    expect((await as.student1.request('GET', `/api/tasks/${ID}`)).status).toBe(404);
    const v1 = await as.teacher.request<{ number: number; version: string }>('POST', `/api/authoring/tasks/${ID}/publish`);
    expect(v1.status).toBe(200);
    expect(v1.body.number).toBe(1);
    const view = await as.student1.request<{ id: string; version: string; maxScore: number }>('GET', `/api/tasks/${ID}`);
    expect(view.status).toBe(200);
    expect(view.body.version).toBe(v1.body.version);
    // Assignable like a built-in task.
    const assignable = await as.teacher.request<{ tasks: { id: string }[] }>('GET', '/api/teaching/catalog');
    expect(assignable.body.tasks.map((t) => t.id)).toContain(ID);

    const good = await as.student1.submit(ID, ACCEPTED);
    const wrong = await as.student1.submit(ID, NO_PINMODE);
    const g = await waitSubmission(as.student1, good);
    const w = await waitSubmission(as.student1, wrong);
    expect([g.verdict, g.score]).toEqual(['accepted', 100]);
    expect(w.verdict).toBe('wrong');

    // Version 2 checks nothing any more (a teacher's slip): the no-pinMode sketch now passes.
    const detail = (await as.teacher.request<AuthoredTaskDetail>('GET', `/api/authoring/tasks/${ID}`)).body;
    const files: Record<string, string> = { ...detail.files, 'bench.ts': detail.files['bench.ts']!.replace("t.expect.pin('led').isOutput();\n", '').replace("t.expect.pin('led').isHigh();\n", '') };
    files['solutions.yaml'] = files['solutions.yaml']!.replace('expect: { verdict: wrong, score: 0 }', 'expect: { verdict: accepted, score: 100 }');
    files['solutions.yaml'] += '- file: solutions/dark.ino\n  expect: { verdict: wrong, score: 0 }\n  label: never lights it\n';
    files['solutions/dark.ino'] = 'void setup() {}\nvoid loop() {}\n';
    expect((await as.teacher.request('PUT', `/api/authoring/tasks/${ID}`, { files })).status).toBe(200);
    const v2 = await as.teacher.request<{ number: number; version: string }>('POST', `/api/authoring/tasks/${ID}/publish`);
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body.number).toBe(2);
    expect(v2.body.version).not.toBe(v1.body.version);
    const versions = (await as.teacher.request<AuthoredTaskDetail>('GET', `/api/authoring/tasks/${ID}`)).body.versions;
    expect(versions.map((v) => [v.number, v.submissions])).toEqual([[2, 0], [1, 2]]);

    const rows = await server.store.db.selectFrom('submissions').select(['id', 'task_version']).where('task_id', '=', ID).execute();
    expect(rows.every((r) => r.task_version === v1.body.version)).toBe(true);

    const dry = await as.teacher.request<RejudgeResponse>('POST', `/api/authoring/tasks/${ID}/rejudge`, { apply: false });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ version: 2, total: 2, changed: 1, applied: false });
    const changed = dry.body.items.find((i) => i.changed)!;
    expect(changed).toMatchObject({ id: wrong, fromVersion: 1, before: { verdict: 'wrong' }, after: { verdict: 'accepted', score: 100 } });
    // The dry run stored nothing.
    expect((await waitSubmission(as.student1, wrong)).verdict).toBe('wrong');

    const applied = await as.teacher.request<RejudgeResponse>('POST', `/api/authoring/tasks/${ID}/rejudge`, { apply: true });
    expect(applied.body.applied).toBe(true);
    const again = await waitSubmission(as.student1, wrong);
    expect([again.verdict, again.score]).toEqual(['accepted', 100]);
    const moved = await server.store.db.selectFrom('submissions').select('task_version').where('id', '=', Number(wrong)).executeTakeFirstOrThrow();
    expect(moved.task_version).toBe(v2.body.version);
  });

  it('serves published authored tasks again after a restart', async () => {
    const before = (await as.student1.request<{ version: string }>('GET', `/api/tasks/${ID}`)).body.version;
    await server.close();
    server = await startServer(testConfig(target.env()), createLogger('warn', 'test'));
    const student = new Client(server.url);
    await student.login('student1', 'student1-demo');
    const view = await student.request<{ version: string; tests: unknown[] }>('GET', `/api/tasks/${ID}`);
    expect(view.status).toBe(200);
    expect(view.body.version).toBe(before);
    // A draft never published stays out of the catalog.
    expect((await student.request('GET', '/api/tasks/led-copy')).status).toBe(404);
  });
});
