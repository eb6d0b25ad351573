/**
 * The «done when» script in the embedded mode: log in over HTTP, submit a correct and a wrong
 * sketch, receive the live events in order and the right verdicts over socket.io; a client that
 * joins late gets the full state first.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import { Client, CORRECT, tempDir, testConfig, WRONG } from './helpers.ts';

let server: RunningServer;
const data = tempDir();

beforeAll(async () => {
  // One submission at a time, so the second one is still queued when we join its room.
  server = await startServer(testConfig({ DATA_DIR: data.dir, DEMO: '1', JUDGE_CONCURRENCY: '1' }), createLogger('warn', 'test'));
});
afterAll(async () => {
  await server?.close();
  data.remove();
});

it('judges a correct and a wrong sketch with live events over socket.io', async () => {
  const student = new Client(server.url);
  await student.login('student1', 'student1-demo');
  const live = student.socket();
  await live.connected();

  const correct = await student.submit('serial-hello', CORRECT);
  const wrong = await student.submit('serial-hello', WRONG);
  const joined = await live.join(wrong);
  expect(joined.ok).toBe(true);
  if (joined.ok) expect(['queued', 'compiling']).toContain(joined.state.state);
  const first = await live.join(correct);
  expect(first.ok).toBe(true);

  await live.until(() => !!live.finished(correct) && !!live.finished(wrong), 120_000, 'both verdicts');
  expect(live.finished(correct)).toMatchObject({ verdict: 'accepted', score: 100, maxScore: 100 });
  expect(live.finished(wrong)).toMatchObject({ verdict: 'wrong', score: 40, maxScore: 100 });

  // The wrong one was watched from the queue on: every step arrived, in the promised order.
  const types: string[] = live.eventsOf(wrong).map((e) => e.type);
  const order = ['compiling', 'compiled', 'tests', 'test-started', 'test-finished', 'finished'];
  const firsts = order.map((t) => types.indexOf(t));
  expect(firsts.every((i) => i >= 0)).toBe(true);
  expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  expect(types.filter((t) => t === 'test-finished')).toHaveLength(2);
  expect(types.at(-1)).toBe('finished');
  if (joined.ok && joined.state.state === 'queued') expect(joined.state.queuePosition).toBeGreaterThanOrEqual(1);

  const results = live.eventsOf(wrong).flatMap((e) => (e.type === 'test-finished' ? [e.result] : []));
  const hello = results.find((r) => r.id === 'hello')!;
  expect(hello).toMatchObject({ verdict: 'wrong', points: 0, hidden: false, hasTrace: true });
  expect(hello.message.ru).toContain('«Hi»');
  const hidden = results.find((r) => r.hidden)!;
  expect(hidden.id).toBe('answer');
  expect(hidden.verdict).toBe('accepted');
  const compiled = live.eventsOf(wrong).find((e) => e.type === 'compiled');
  expect(compiled).toMatchObject({ ok: true });
  if (compiled?.type === 'compiled') expect(compiled.flashBytes).toBeGreaterThan(0);

  // A client joining after the end gets the whole state at once.
  const late = student.socket();
  await late.connected();
  const state = await late.join(wrong);
  expect(state.ok).toBe(true);
  if (state.ok) {
    expect(state.state).toMatchObject({ state: 'finished', verdict: 'wrong', score: 40 });
    expect(state.state.results).toHaveLength(2);
    expect(state.state.tests.find((t) => t.hidden)?.title.en).toMatch(/^Hidden test/);
  }
  await late.until(() => late.states.length > 0, 5000, 'submission:state');
  late.close();
  live.close();

  const history = await student.request<{ submissions: { id: string; verdict: string }[] }>('GET', '/api/submissions?taskId=serial-hello');
  expect(history.body.submissions.map((s) => [s.id, s.verdict])).toEqual([
    [wrong, 'wrong'],
    [correct, 'accepted'],
  ]);
});

it('compiles for the browser simulator: HEX, or diagnostics at the student\'s line', async () => {
  const student = new Client(server.url);
  await student.login('student2', 'student2-demo');
  const ok = await student.request<{ ok: boolean; hex: string; flashBytes: number }>('POST', '/api/compile', { source: CORRECT });
  expect(ok.status).toBe(200);
  expect(ok.body.ok).toBe(true);
  expect(ok.body.hex).toMatch(/^:/);
  const bad = await student.request<{ ok: boolean; errors: { line: number }[] }>('POST', '/api/compile', { source: 'void setup() {\n  pinMode(13, OUTPUT)\n}\nvoid loop() {}\n' });
  expect(bad.body.ok).toBe(false);
  expect(bad.body.errors.length).toBeGreaterThan(0);
  expect(bad.body.errors[0].line).toBeGreaterThanOrEqual(2);
  expect(bad.body.errors[0].line).toBeLessThanOrEqual(3);
});

it('serves security headers with a strict Content-Security-Policy', async () => {
  const r = await fetch(`${server.url}/api/openapi.json`);
  const csp = r.headers.get('content-security-policy')!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain('worker-src');
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
});
