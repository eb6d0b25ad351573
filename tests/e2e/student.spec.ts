import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, ensureClientBuilt, logIn, openBrowser, shot, startServer, typeSketch, type BrowserSession, type RunningServer } from './harness.ts';

/**
 * A student's whole path through the app, against the real server and Debian's Chromium: log in,
 * open «Маячок», run it and watch the LED, get a compile error underlined, submit a wrong and a right
 * sketch, switch to English, look at earlier attempts, drive the robot — and never touch another host.
 */
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
// "1 Hz means one second": on 1 s, off 1 s — a realistic mistake the tests must explain.
const BLINK_SLOW = BLINK.replace(/delay\(500\)/g, 'delay(1000)');
// Line 6 misses its semicolon; gcc reports it at the start of line 7.
const BLINK_TYPO = BLINK.replace('digitalWrite(13, HIGH);', 'digitalWrite(13, HIGH)');

let server: RunningServer;
let session: BrowserSession;
let page: Page;

async function ledStates(p: Page, ms: number): Promise<Set<boolean>> {
  const seen = new Set<boolean>();
  const end = Date.now() + ms;
  while (Date.now() < end) {
    for (const v of await p.locator('wokwi-led').evaluateAll((els) => els.map((e) => Boolean((e as unknown as { value: boolean }).value)))) seen.add(v);
    await p.waitForTimeout(100);
  }
  return seen;
}

/** The verdict shown in the judging panel now ('' while judging). */
async function verdictNow(p: Page): Promise<string> {
  const v = p.getByTestId('judge-status').locator('[data-verdict]');
  return (await v.count()) ? ((await v.getAttribute('data-verdict')) ?? '') : '';
}

// Judging takes about a second on an idle machine; CI machines shared by many jobs are far slower.
const JUDGE_TIMEOUT = 240_000;

describe('student in the browser (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer();
    session = await openBrowser();
    page = session.page;
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it('logs in as a demo student and sees the course with the blink task', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: 'Вход' }).waitFor();
    // A first visit is not an expired session: no error on the log-in page.
    expect(await page.locator('.note-error').count()).toBe(0);
    await shot(page, '01-login');
    await logIn(page, server.url);
    await page.getByRole('heading', { name: 'Мои курсы' }).waitFor();
    const blink = page.locator('a[href="/tasks/blink"]');
    await blink.waitFor();
    expect(await blink.textContent()).toContain('Маячок');
    await shot(page, '02-courses');
  });

  it('opens the blink task: statement, template and the LED, usable before Monaco has loaded', async () => {
    await page.locator('a[href="/tasks/blink"]').click();
    await page.getByRole('heading', { name: 'Маячок' }).first().waitFor();
    // Either the plain editor (Monaco still loading) or Monaco: there is always somewhere to type.
    await page.locator('[data-editor] textarea').first().waitFor();
    await page.locator('wokwi-led').waitFor();
    await page.locator('[data-editor="monaco"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.statement').textContent()).toContain('13');
    await shot(page, '03-task');
  });

  it('Run compiles on the server and the LED blinks in the simulator', async () => {
    await typeSketch(page, BLINK);
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('compile-note').textContent(), { timeout: 60_000 }).toContain('Скомпилировано');
    const seen = await ledStates(page, 2500);
    expect([...seen].sort()).toEqual([false, true]);
    // The worker's own policy allows it to compile AVR code: the browser runs the fast engine.
    expect(await page.locator('.sim-panel').getAttribute('data-engine')).toBe('fast');
    await shot(page, '04-run-led');
  });

  it('keeps the code of a task across a reload', async () => {
    await page.reload();
    await page.locator('[data-editor="monaco"] .monaco-editor').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => localStorage.getItem('technolab.sketch.blink'))).toBe(BLINK);
    expect((await page.locator('.monaco-editor .view-lines').textContent())!.replace(/\u00a0/g, ' ')).toContain('pinMode(13, OUTPUT);');
  });

  it('offers completion and hover help for the Arduino API in Russian', async () => {
    await typeSketch(page, 'void setup() {\n  Serial.begin(9600);\n}\n\nvoid loop() {\n  \n}\n');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type('Serial.pr', { delay: 150 });
    const item = page.locator('.monaco-editor .suggest-widget .monaco-list-row', { hasText: 'println' });
    // Suggestions open while typing; Ctrl+Space opens them too, as a child may press it.
    if (!(await item.isVisible().catch(() => false))) await page.keyboard.press('Control+Space');
    await item.first().waitFor({ timeout: 10_000 });
    await shot(page, '05a-completion');
    await page.keyboard.press('Escape');
    await page.locator('.view-line span', { hasText: 'begin' }).first().hover();
    await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'Включает порт' }).first().waitFor({ timeout: 10_000 });
    await shot(page, '05b-hover');
  });

  it('underlines a compile error at its line with the message (Ctrl+Enter runs)', async () => {
    await typeSketch(page, BLINK_TYPO);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('compile-note').textContent(), { timeout: 60_000 }).toContain('Ошибки компиляции');
    const squiggle = page.locator('.monaco-editor .squiggly-error').first();
    await squiggle.waitFor();
    // Monaco draws the squiggle in the overlay row of its line: 8 px padding + 22 px per line, so
    // line 6 (the statement) → 118 px, line 7 (where gcc notices) → 140 px.
    const top = await squiggle.evaluate((el) => (el.parentElement as HTMLElement).style.top);
    expect(['118px', '140px']).toContain(top);
    await shot(page, '05-compile-error');
  });

  it('submits a wrong sketch and shows the failed test with its message and pin timeline', async () => {
    await typeSketch(page, BLINK_SLOW);
    await page.keyboard.press('Control+Shift+Enter');
    await page.getByTestId('judge-panel').waitFor();
    await expect.poll(() => verdictNow(page), { timeout: JUDGE_TIMEOUT }).not.toBe('');
    expect(await verdictNow(page)).toBe('wrong');
    const failed = page.locator('[data-testid="test-row"]:has([data-verdict="wrong"])').first();
    await failed.waitFor();
    const message = page.locator('.test-details .test-message').first();
    await message.waitFor({ timeout: 30_000 });
    expect((await message.textContent())!.length).toBeGreaterThan(10);
    await page.locator('.timeline-svg').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.timeline-svg .tl-label').allTextContents()).toContain('D13');
    await shot(page, '06-submit-wrong');
    // The recorded trace downloads as a VCD made in the browser by the judge's own writer.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Скачать VCD/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.vcd$/);
    const vcd = readFileSync((await download.path())!, 'utf8');
    expect(vcd).toContain('$enddefinitions');
    expect(vcd).toContain('D13');
  }, 300_000);

  it('submits the right sketch and sees it accepted with full score', async () => {
    await typeSketch(page, BLINK);
    await page.getByTestId('submit').click();
    // The previous verdict stays until the new submission's state arrives: wait for the new one.
    await expect.poll(() => verdictNow(page), { timeout: JUDGE_TIMEOUT }).toBe('accepted');
    expect(await page.getByTestId('judge-score').textContent()).toMatch(/100 из 100/);
    await shot(page, '07-submit-accepted');
  }, 300_000);

  it('switches to English everywhere and remembers it', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(() => page.getByTestId('run').textContent()).toContain('Run');
    expect(await page.getByTestId('submit').textContent()).toContain('Submit');
    await page.getByRole('tab', { name: 'Statement' }).click();
    await page.getByRole('heading', { name: 'Beacon' }).first().waitFor();
    await shot(page, '08-english');
    await page.reload();
    await page.getByTestId('run').waitFor();
    expect(await page.getByTestId('run').textContent()).toContain('Run');
    await page.getByRole('button', { name: 'RU', exact: true }).click();
  });

  it('lists earlier attempts and opens one with its code and results', async () => {
    await page.getByRole('link', { name: 'Мои решения' }).click();
    await page.getByRole('heading', { name: 'Мои решения' }).waitFor();
    const rows = page.locator('table.table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    await shot(page, '09-submissions');
    await rows.first().click();
    await page.locator('.code-view').waitFor();
    expect(await page.locator('.code-view').textContent()).toContain('delay(500)');
    await shot(page, '10-submission');
  });

  it('runs the robot task and the robot moves on its field', async () => {
    const solution = readFileSync(join(ROOT, 'tasks/robot-square/solutions/accepted.ino'), 'utf8');
    await page.goto(`${server.url}/tasks/robot-square`);
    await page.getByTestId('robot-field').waitFor();
    await typeSketch(page, solution);
    await page.getByRole('button', { name: '×10' }).click();
    await page.getByTestId('run').click();
    const robot = page.getByTestId('robot');
    await robot.waitFor({ timeout: 60_000 });
    const pos = async () => `${await robot.getAttribute('data-x')},${await robot.getAttribute('data-y')}`;
    const start = await pos();
    await expect.poll(pos, { timeout: 20_000 }).not.toBe(start);
    await page.waitForTimeout(1500);
    await shot(page, '11-robot');
  });

  it('after the session ends, asks to log in again and returns to the task with the code kept', async () => {
    await page.goto(`${server.url}/tasks/blink`);
    await page.getByTestId('run').waitFor();
    await session.context.clearCookies();
    // The next API call finds the session gone: a click on Run, or the page's own loading of the
    // latest results if that comes first (then the button is already gone).
    await page.getByTestId('run').click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForURL(/\/login\?next=/);
    await page.getByText('Сессия закончилась').waitFor();
    await shot(page, '12-session-expired');
    await page.getByLabel('Логин').fill('student1');
    await page.getByLabel('Пароль').fill('student1-demo');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL(/\/tasks\/blink$/);
    await page.locator('[data-editor="monaco"] .monaco-editor').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => localStorage.getItem('technolab.sketch.blink'))).toBe(BLINK);
  });

  it('made no request to any other host', () => {
    const own = new URL(server.url);
    const foreign = session.requests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      const url = new URL(u);
      return url.hostname !== own.hostname || url.port !== own.port;
    });
    expect(foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  it('says in plain words that the server is down when it is', async () => {
    await server.stop();
    await page.getByTestId('run').click();
    await expect.poll(() => page.getByTestId('compile-note').textContent(), { timeout: 30_000 }).toContain('Нет связи с сервером');
    await shot(page, '13-server-down');
  });
});
