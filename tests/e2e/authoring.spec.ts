import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ensureClientBuilt, logIn, openBrowser, shot, startServer, type BrowserSession, type RunningServer } from './harness.ts';

/**
 * A teacher authors a small LED task in the browser, against the real server and Debian's Chromium:
 * statement with live preview, a bench with 5 tests in Monaco, an accepted and two wrong solutions
 * with their labels and scores, then «Проверить задачу» — judged in the sandbox, results live — passes.
 */
const BENCH = `import { defineBench } from '../../judge/bench/index.ts';

export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'green' }],
  tests: [
    { id: 'output', title: { ru: 'D13 — выход', en: 'D13 is an output' }, points: 20, async run(t) { await t.runMs(100); t.expect.pin('led').isOutput(); } },
    { id: 'on', title: { ru: 'Сначала горит', en: 'On first' }, points: 20, async run(t) { await t.runMs(200); t.expect.pin('led').isOutput(); t.expect.pin('led').isHigh(); } },
    { id: 'off', title: { ru: 'Через 0,5 с гаснет', en: 'Off after 0.5 s' }, points: 20, async run(t) { await t.runMs(700); t.expect.pin('led').isOutput(); t.expect.pin('led').isLow(); } },
    { id: 'toggles', title: { ru: 'Мигает каждые 500 мс', en: 'Toggles every 500 ms' }, points: 20, async run(t) { await t.runMs(2500); t.expect.pin('led').isOutput(); t.expect.pin('led').togglesEvery(500, { tolerance: 20 }); } },
    { id: 'steady', title: { ru: 'Мигает и потом', en: 'Still blinking later' }, points: 20, hidden: true, async run(t) { await t.runMs(2900); t.expect.pin('led').isOutput(); t.expect.pin('led').togglesEvery(500, { tolerance: 20, from: 2000 }); } },
  ],
});
`;
const ACCEPTED = 'void setup() {\n  pinMode(13, OUTPUT);\n}\n\nvoid loop() {\n  digitalWrite(13, HIGH);\n  delay(500);\n  digitalWrite(13, LOW);\n  delay(500);\n}\n';
const NO_PINMODE = ACCEPTED.replace('  pinMode(13, OUTPUT);\n', '');
const ALWAYS_ON = 'void setup() {\n  pinMode(13, OUTPUT);\n  digitalWrite(13, HIGH);\n}\n\nvoid loop() {\n}\n';

let server: RunningServer;
let session: BrowserSession;
let page: Page;

/** Replaces the text of the Monaco editor inside `testId` as a paste (typing would auto-indent). */
async function paste(testId: string, code: string): Promise<void> {
  const editor = page.locator(`[data-testid="${testId}"][data-editor="monaco"] .monaco-editor`);
  await editor.waitFor({ timeout: 60_000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  await page.waitForTimeout(300);
}

beforeAll(async () => {
  ensureClientBuilt();
  server = await startServer();
  session = await openBrowser();
  page = session.page;
}, 400_000);

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('task authoring in the browser', () => {
  it('a teacher writes an LED task and «Проверить задачу» passes', async () => {
    await logIn(page, server.url, { login: 'teacher', password: 'teacher-demo' });
    await page.getByRole('link', { name: 'Мои задачи' }).click();
    await page.getByLabel('id новой задачи').fill('led-e2e');
    await page.getByRole('button', { name: 'Создать задачу' }).click();
    await page.waitForURL('**/authoring/tasks/led-e2e');

    // Statement with live preview.
    await page.getByTestId('statement-ru').fill('# Мигалка\n\nМигайте светодиодом на **D13**: 500 мс горит, 500 мс не горит.\n');
    await expect.poll(() => page.getByTestId('statement-preview').locator('h1').textContent()).toBe('Мигалка');
    await page.getByRole('tab', { name: 'По-английски' }).click();
    await page.getByTestId('statement-en').fill('# Blinker\n\nBlink the LED on **D13**: 500 ms on, 500 ms off.\n');

    // The bench in Monaco.
    await page.getByRole('tab', { name: 'Стенд' }).click();
    await paste('bench-editor', BENCH);

    // Solutions: the starter's two rows get real sketches, a third one is added.
    await page.getByRole('tab', { name: 'Решения' }).click();
    const rows = page.getByTestId('solution-row');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.nth(0).getByLabel('Пометка').fill('blinks 500/500');
    await paste('solution-editor', ACCEPTED);
    await rows.nth(1).getByLabel('Пометка').click();
    await rows.nth(1).getByLabel('Пометка').fill('forgot pinMode');
    await paste('solution-editor', NO_PINMODE);
    await page.getByRole('button', { name: 'Добавить решение' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await rows.nth(2).getByLabel('Файл').fill('solutions/always-on.ino');
    await rows.nth(2).getByLabel('Вердикт').selectOption('wrong');
    await rows.nth(2).getByLabel('Баллы').fill('40');
    await rows.nth(2).getByLabel('Пометка').fill('never turns the LED off');
    await paste('solution-editor', ALWAYS_ON);
    await shot(page, 'authoring-solutions');

    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Сохранено');

    // «Check task»: live results per solution and test, then the verdict.
    await page.getByRole('button', { name: 'Проверить задачу' }).click();
    const verdict = page.getByTestId('check-verdict');
    await verdict.waitFor({ timeout: 300_000 });
    await shot(page, 'authoring-check');
    const text = await page.getByTestId('check-results').textContent();
    expect(await verdict.textContent(), text ?? '').toContain('Задача в порядке.');
    expect(await page.getByTestId('check-solution').count()).toBe(3);
    expect(text).toContain('solutions/always-on.ino');
    expect(text).toContain('40/100');

    // Publishing makes version 1, which students then find by its id.
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Опубликована версия 1.');
    await page.getByRole('tab', { name: 'Версии' }).click();
    await expect.poll(() => page.locator('.authoring-table').first().textContent()).toContain('1 (текущая)');
    // The statement preview shows the wiring generated from the bench's parts.
    await page.getByRole('tab', { name: 'Условие' }).click();
    await page.getByTestId('statement-ru').fill('# Мигалка\n\n![Схема](wiring.svg)\n');
    await expect.poll(() => page.getByTestId('statement-preview').locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.goto(`${server.url}/tasks/led-e2e`);
    await page.getByRole('heading', { name: 'Мигалка' }).waitFor({ timeout: 30_000 });
    expect(session.errors).toEqual([]);
  });
});
