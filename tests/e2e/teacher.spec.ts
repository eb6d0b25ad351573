import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureClientBuilt, logIn, openBrowser, shot, startServer, typeSketch, type BrowserSession, type RunningServer } from './harness.ts';

/**
 * A teacher's lesson in the browser, against the real server and Debian's Chromium: create a class
 * from a pasted list, print the logins, assign the course; one of the new students logs in (in a
 * second browser) and solves «Маячок»; the teacher's matrix turns green without a reload; the CSV
 * export opens in Russian Excel (BOM, `;`, Cyrillic); the cell opens the student's submission.
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
const JUDGE_TIMEOUT = 240_000;

let server: RunningServer;
let teacher: BrowserSession;
let student: BrowserSession;
let page: Page;
let account = { login: '', password: '' };

describe('teacher in the browser (real server, Chromium)', () => {
  beforeAll(async () => {
    ensureClientBuilt();
    server = await startServer();
    teacher = await openBrowser();
    page = teacher.page;
    page.on('pageerror', (e) => console.log('[teacher page error]', page.url(), e.name, e.message, e.stack));
  }, 300_000);

  afterAll(async () => {
    await student?.close();
    await teacher?.close();
    await server?.stop();
  });

  it('creates a class and adds students from a pasted list, with a printable sheet', async () => {
    await logIn(page, server.url, { login: 'teacher', password: 'teacher-demo' });
    await page.getByRole('link', { name: 'Классы' }).click();
    await page.getByRole('heading', { name: 'Мои классы' }).waitFor();
    await page.getByLabel('Название класса').fill('8А Робототехника');
    await page.getByRole('button', { name: 'Создать класс' }).click();
    await page.getByTestId('class-name').filter({ hasText: '8А Робототехника' }).waitFor();
    expect(await page.getByTestId('join-code').textContent()).toMatch(/^[A-Z2-9]{6}$/);
    await page.getByRole('textbox', { name: 'Добавить учеников списком' }).fill('Фамилия Имя;Логин\nИванов Пётр\nСмирнова Анна;anna8a\nКузнецова Катя;Неверный логин\n');
    await page.getByRole('button', { name: 'Проверить список' }).click();
    const preview = page.getByTestId('roster-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Строка 4');
    await shot(page, 'teacher-01-preview');
    await page.getByTestId('create-accounts').click();
    await page.getByTestId('sheet').waitFor();
    await expect.poll(() => page.getByTestId('sheet-card').count()).toBe(2);
    expect(await page.getByTestId('sheet-login').allTextContents()).toEqual(['ivanov.petr', 'anna8a']);
    account = { login: 'ivanov.petr', password: (await page.getByTestId('sheet-password').first().textContent())!.trim() };
    expect(account.password).toMatch(/^[a-z]{8}\d{2}$/);
    await shot(page, 'teacher-02-sheet');
    // The same logins as a table for the teacher's own records.
    const [sheetFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sheet-csv').click()]);
    const sheetText = readFileSync((await sheetFile.path())!, 'utf8');
    expect(sheetText.startsWith('\uFEFF"Имя";"Логин";"Пароль"\r\n"Иванов Пётр";"ivanov.petr";')).toBe(true);
    // Printed, the sheet is the cards alone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByTestId('print').isVisible()).toBe(false);
    expect(await page.getByTestId('sheet-card').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('assigns the course and sees an empty matrix, connected live', async () => {
    await page.getByRole('link', { name: /Назад к классу/ }).click();
    await page.getByRole('tab', { name: 'Задания' }).click();
    await page.getByTestId('course-select').waitFor();
    await page.getByTestId('assign').click();
    await page.getByTestId('assignment').first().waitFor();
    await shot(page, 'teacher-03-assigned');
    await page.getByRole('tab', { name: 'Успеваемость' }).click();
    await page.getByTestId('matrix').waitFor();
    await expect.poll(() => page.getByTestId('live-state').getAttribute('data-live'), { timeout: 20_000 }).toBe('1');
    expect(await page.getByTestId('matrix-row').count()).toBe(2);
    const cell = page.locator('[data-testid="matrix-row"][data-login="ivanov.petr"] [data-testid="cell"][data-task="blink"]');
    expect(await cell.getAttribute('data-status')).toBe('none');
  });

  it('turns the student’s cell green live when their submission is accepted', async () => {
    student = await openBrowser();
    const sp = student.page;
    sp.on('pageerror', (e) => console.log('[student page error]', sp.url(), e.name, e.message, e.stack));
    await logIn(sp, server.url, account);
    // The course page says what the teacher assigned.
    await sp.getByTestId('my-assignments').filter({ hasText: 'Arduino и робототехника' }).waitFor();
    expect(await sp.getByTestId('my-assignments').textContent()).toContain('8А Робототехника');
    await shot(sp, 'teacher-student-assigned');
    await sp.goto(`${server.url}/tasks/blink`);
    await typeSketch(sp, BLINK);
    await sp.getByTestId('submit').click();
    await expect
      .poll(async () => {
        const v = sp.getByTestId('judge-status').locator('[data-verdict]');
        return (await v.count()) ? await v.getAttribute('data-verdict') : '';
      }, { timeout: JUDGE_TIMEOUT })
      .toBe('accepted');
    // The teacher's page was not reloaded: the row came over socket.io.
    const cell = page.locator('[data-testid="matrix-row"][data-login="ivanov.petr"] [data-testid="cell"][data-task="blink"]');
    await expect.poll(() => cell.getAttribute('data-status'), { timeout: 30_000 }).toBe('solved');
    expect(await cell.getAttribute('data-score')).toBe('100');
    expect(await page.locator('[data-testid="matrix-row"][data-login="ivanov.petr"] [data-testid="row-total"]').textContent()).toBe('100');
    await shot(page, 'teacher-04-matrix-live');
  }, 300_000);

  it('exports a CSV that Russian Excel opens with Cyrillic intact', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^8А Робототехника.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0].startsWith('"Ученик";"Логин";')).toBe(true);
    expect(lines[0]).toContain('Маячок');
    const petr = lines.find((l) => l.startsWith('"Иванов Пётр";"ivanov.petr";'));
    expect(petr).toBeDefined();
    expect(petr!.split(';')).toContain('100');
  });

  it('opens the student’s submission from the matrix: code and results', async () => {
    await page.locator('[data-testid="matrix-row"][data-login="ivanov.petr"] [data-testid="cell"][data-task="blink"] a').click();
    await page.locator('.code-view').waitFor();
    expect(await page.locator('.code-view').textContent()).toContain('delay(500)');
    await page.getByTestId('judge-panel').waitFor();
    await shot(page, 'teacher-05-submission');
  });

  it('resets a student’s password and shows the new one once, printable as a card', async () => {
    await page.goBack();
    await page.getByRole('tab', { name: 'Ученики' }).click();
    const row = page.getByTestId('students').locator('tr', { hasText: 'anna8a' });
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Новый пароль' }).click();
    const note = page.getByTestId('new-password');
    await note.waitFor();
    const password = (await note.getByTestId('reset-password').textContent())!.trim();
    expect(password).toMatch(/^[a-z]{8}\d{2}$/);
    await shot(page, 'teacher-06-reset');
    await note.getByRole('button', { name: 'Распечатать карточку' }).click();
    await expect.poll(() => page.getByTestId('sheet-password').allTextContents()).toEqual([password]);
  });

  it('shows the teacher pages in English', async () => {
    await page.goto(`${server.url}/teacher`);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'My classes' }).waitFor();
    await shot(page, 'teacher-07-classes-en');
    await page.getByTestId('class-card').filter({ hasText: '8А Робототехника' }).click();
    await page.getByRole('tab', { name: 'Progress' }).waitFor();
    await page.getByText('Download CSV (Excel)').waitFor();
    await page.getByRole('button', { name: 'RU', exact: true }).click();
  });

  it('never loads the teacher chunk for a student, and made no request to another host', () => {
    expect(student.requests.some((u) => /TeacherApp/.test(u))).toBe(false);
    expect(teacher.requests.some((u) => /TeacherApp/.test(u))).toBe(true);
    const own = new URL(server.url);
    for (const [who, s] of [['teacher', teacher], ['student', student]] as const) {
      const foreign = s.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).host !== own.host);
      expect(foreign, who).toEqual([]);
      expect(s.errors, who).toEqual([]);
    }
  });
});
