/**
 * Compile and submit are rate limited per user (COMPILE_PER_MIN, SUBMIT_PER_MIN): one student
 * clicking «Отправить» in a loop must not fill the judge queue for the whole class. A refused
 * request answers 429 with Retry-After and a message in the user's language, and loses nothing
 * already stored; another student is not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import { Client, CORRECT, tempDir, testConfig } from './helpers.ts';

let server: RunningServer;
const data = tempDir();
let s1: Client;
let s2: Client;

beforeAll(async () => {
  server = await startServer(testConfig({ DATA_DIR: data.dir, DEMO: '1', COMPILE_PER_MIN: '2', SUBMIT_PER_MIN: '2' }), createLogger('warn', 'test'));
  s1 = new Client(server.url);
  await s1.login('student1', 'student1-demo');
  s2 = new Client(server.url);
  await s2.login('student2', 'student2-demo');
});

afterAll(async () => {
  await server?.close();
  data.remove();
});

describe('rate limits on compile and submit', () => {
  it('refuses the third compile in a minute with 429, Retry-After and a message in Russian or English', async () => {
    for (let i = 0; i < 2; i++) expect((await s1.request('POST', '/api/compile', { source: CORRECT })).status).toBe(200);
    const ru = await s1.request<{ error: { message: string } }>('POST', '/api/compile', { source: CORRECT });
    expect(ru.status).toBe(429);
    expect(Number(ru.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(ru.body.error.message).toMatch(/Слишком часто/);
    const en = await s1.request<{ error: { message: string } }>('POST', '/api/compile?lang=en', { source: CORRECT });
    expect(en.body.error.message).toMatch(/Too many/);
    // Another student compiles as usual.
    expect((await s2.request('POST', '/api/compile', { source: CORRECT })).status).toBe(200);
  });

  it('refuses the third submission in a minute and keeps the two stored', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await s1.request<{ id: string }>('POST', '/api/submissions', { taskId: 'serial-hello', source: CORRECT });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    const refused = await s1.request('POST', '/api/submissions', { taskId: 'serial-hello', source: CORRECT });
    expect(refused.status).toBe(429);
    const mine = await s1.request<{ submissions: { id: string }[] }>('GET', '/api/submissions');
    expect(mine.body.submissions.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect((await s2.request('POST', '/api/submissions', { taskId: 'serial-hello', source: CORRECT })).status).toBe(201);
  });
});
