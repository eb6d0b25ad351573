/**
 * A cup round end to end, against the real server and Debian's Chromium: the host creates a short
 * round in the browser (times are minutes, fractions allowed, so it takes ~2 minutes of real time),
 * registers two participants and starts it; one participant solves the task in the browser, the
 * other submits over HTTP; the projector's board updates live, freezes near the end (a submission
 * during the freeze shows as pending to the public, solved to the jury), and after the end the host
 * reveals the last row and the projector shows the final result.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureClientBuilt, logIn, openBrowser, shot, startServer, typeSketch, type BrowserSession, type RunningServer } from './harness.ts';

// The round's length and freeze (minutes); the test waits for the real freeze and end.
const DURATION_MIN = Number(process.env.CONTEST_E2E_DURATION_MIN ?? 2);
const FREEZE_MIN = Number(process.env.CONTEST_E2E_FREEZE_MIN ?? 0.75);
/** The freeze begins this long after the start (the last FREEZE_MIN minutes are frozen). */
const FREEZE_AT_MS = (DURATION_MIN - FREEZE_MIN) * 60_000;
const JUDGE_TIMEOUT = 120_000;

const BLINK = `void setup() {
  pinMode(13, OUTPUT);
}

void loop() {
  digitalWrite(13, HIGH);
  delay(500);
  digitalWrite(13, LOW);
  delay(500);
}
`;
const BLINK_SLOW = BLINK.replace(/delay\(500\)/g, 'delay(1000)');

let server: RunningServer;
let hostSession: BrowserSession;
let studentSession: BrowserSession;
let host: Page;
let projector: Page;
let student: Page;
let contestId = '';
let startedAt = 0;

/** A participant over HTTP (the second one: a browser per participant is too heavy for CI). */
async function apiLogin(login: string, password: string): Promise<string> {
  const r = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  expect(r.status).toBe(200);
  return (r.headers.get('set-cookie') ?? '').split(';')[0];
}
async function apiSubmit(cookie: string, source: string): Promise<void> {
  const r = await fetch(`${server.url}/api/contests/${contestId}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ label: 'A', source }) });
  expect(r.status).toBe(201);
}

const row = (p: Page, login: string) => p.locator(`[data-testid="board-row"][data-login="${login}"]`);
const solved = (p: Page, login: string) => row(p, login).getByTestId('row-solved').textContent();
const untilMs = async (ms: number) => {
  const left = ms - Date.now();
  if (left > 0) await new Promise((r) => setTimeout(r, left));
};

describe('a cup round in the browser (host, two participants, projector)', () => {
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer();
    hostSession = await openBrowser();
    studentSession = await openBrowser();
    host = hostSession.page;
    student = studentSession.page;
  }, 300_000);

  afterAll(async () => {
    await studentSession?.close();
    await hostSession?.close();
    await server?.stop();
  });

  it('the host creates the round, registers participants and starts it', async () => {
    await logIn(host, server.url, { login: 'teacher', password: 'teacher-demo' });
    await host.goto(`${server.url}/contests`);
    const form = host.getByTestId('create-contest');
    await form.waitFor();
    await form.locator('input[name=title]').fill('Кубок Технолаба: e2e');
    await form.locator('select[name=scoring]').selectOption('icpc');
    await form.locator('input[name=duration]').fill(String(DURATION_MIN));
    await form.locator('input[name=freeze]').fill(String(FREEZE_MIN));
    await form.locator('textarea[name=tasks]').fill('A: blink');
    await form.getByRole('button', { name: 'Создать тур' }).click();
    await host.waitForURL(/\/contests\/\d+$/);
    contestId = /\/contests\/(\d+)$/.exec(host.url())![1];
    await host.getByRole('tab', { name: 'Участники' }).click();
    await host.getByTestId('logins').fill('student1 student2');
    await host.getByTestId('add-participants').click();
    await host.locator('li', { hasText: 'student2' }).waitFor();
    await host.getByRole('tab', { name: 'Время' }).click();
    await host.getByTestId('start-now').click();
    startedAt = Date.now();
    await expect.poll(() => host.getByTestId('contest-phase').getAttribute('data-phase')).toBe('running');
    await host.getByRole('tab', { name: 'Таблица результатов' }).click();
    projector = await hostSession.context.newPage();
    await projector.goto(`${server.url}/contests/${contestId}/projector`);
    await projector.getByTestId('projector').waitFor();
    await row(projector, 'student1').waitFor();
    await shot(projector, 'contest-01-projector-start');
  }, 120_000);

  it('a participant solves the task; the projector updates live', async () => {
    await logIn(student, server.url, { login: 'student1', password: 'student1-demo' });
    await student.goto(`${server.url}/contests/${contestId}`);
    await student.getByTestId('task-A').click();
    await typeSketch(student, BLINK);
    await student.getByTestId('submit').click();
    await expect.poll(() => student.getByTestId('judge-status').locator('[data-verdict]').getAttribute('data-verdict').catch(() => ''), { timeout: JUDGE_TIMEOUT }).toBe('accepted');
    await expect.poll(() => solved(projector, 'student1'), { timeout: 30_000 }).toBe('1');
    // The second participant's wrong try before the freeze shows too.
    const cookie = await apiLogin('student2', 'student2-demo');
    await apiSubmit(cookie, BLINK_SLOW);
    await expect.poll(() => row(projector, 'student2').locator('.cb-bad').textContent(), { timeout: JUDGE_TIMEOUT }).toContain('1');
    expect(Date.now() - startedAt, 'the pre-freeze part took too long: raise CONTEST_E2E_DURATION_MIN').toBeLessThan(FREEZE_AT_MS);
    await shot(projector, 'contest-02-projector-live');

    // The freeze: a right answer now is pending for the public, solved for the jury.
    await untilMs(startedAt + FREEZE_AT_MS + 1500);
    await expect.poll(() => projector.getByTestId('contest-phase').getAttribute('data-phase'), { timeout: 20_000 }).toBe('frozen');
    await apiSubmit(cookie, BLINK);
    await expect.poll(() => solved(host, 'student2'), { timeout: JUDGE_TIMEOUT }).toBe('1');
    await projector.getByTestId('frozen-note').waitFor({ timeout: 20_000 });
    await expect.poll(() => row(projector, 'student2').locator('.cb-pending').textContent(), { timeout: 20_000 }).toBe('?1');
    expect(await solved(projector, 'student2')).toBe('0');
    await shot(projector, 'contest-03-projector-frozen');
  }, 300_000);

  it('after the end the host reveals the hidden row; the projector shows the final board', async () => {
    await untilMs(startedAt + DURATION_MIN * 60_000 + 1500);
    await host.getByTestId('reveal-next').waitFor({ timeout: 30_000 });
    expect(await solved(projector, 'student2')).toBe('0');
    await host.getByTestId('reveal-next').click();
    await expect.poll(() => solved(projector, 'student2'), { timeout: 20_000 }).toBe('1');
    await expect.poll(() => projector.getByTestId('scoreboard').getAttribute('data-frozen'), { timeout: 20_000 }).toBe('0');
    // Both solved A; student2's wrong try cost 20 minutes and the accept came later: student1 stays first.
    const order = await projector.locator('[data-testid="board-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-login')));
    expect(order).toEqual(['student1', 'student2']);
    await shot(projector, 'contest-04-projector-revealed');
    // The participant's page shows the round as over, read-only.
    await student.goto(`${server.url}/contests/${contestId}`);
    await expect.poll(() => student.getByTestId('contest-phase').getAttribute('data-phase')).toBe('ended');
    expect(hostSession.errors.concat(studentSession.errors)).toEqual([]);
  }, 180_000);
});
