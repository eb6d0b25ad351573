import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Табло: an LCD 16×2 on LiquidCrystal lcd(12, 11, 5, 4, 3, 2). For 2 s it shows "Hello, Technolab"
 * on top and "Arduino" from column 4 below; then "Countdown:" on top and 10, 9, … 1 below, one a
 * second (the screen cleared so 9 does not show as "90"); then "GO!" below, for good.
 */
const LCD = 'lcd';
const parts = [{ kind: 'lcd1602', id: 'lcd', pins: { rs: 'D12', e: 'D11', d4: 'D5', d5: 'D4', d6: 'D3', d7: 'D2' } }] as const;
type T = TypedContext<typeof parts>;
const pad = (s: string) => s.padEnd(16, ' ');
const show = (s: string) => `«${s.replace(/ +$/, '')}»`;
const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(1).replace('.', ',') : (ms / 1000).toFixed(1));

/** Runs to `atMs` and expects `row` of the screen to read exactly `want` (padded with spaces to 16). */
async function expectRow(t: T, atMs: number, row: 0 | 1, want: string): Promise<void> {
  if (t.nowMs < atMs) await t.runMs(atMs - t.nowMs);
  const got = t.part(LCD).lines()[row];
  if (got === pad(want)) return;
  const where = { ru: row === 0 ? 'верхней' : 'нижней', en: row === 0 ? 'top' : 'bottom' };
  const lead = want.startsWith(' ')
    ? { ru: ` (с ${want.length - want.trimStart().length}-й колонки)`, en: ` (from column ${want.length - want.trimStart().length})` }
    : { ru: '', en: '' };
  const gotLead = got.trim() !== '' && got.startsWith(' ')
    ? { ru: ` с ${got.length - got.trimStart().length}-й колонки`, en: ` from column ${got.length - got.trimStart().length}` }
    : { ru: '', en: '' };
  t.fail({
    ru: `На ${sec(atMs, 'ru')} с в ${where.ru} строке экрана должно быть ${show(want.trimStart())}${lead.ru}, а там ${got.trim() === '' ? 'пусто' : show(got.trimStart()) + gotLead.ru} (весь экран: ${show(t.part(LCD).lines()[0])} / ${show(t.part(LCD).lines()[1])})`,
    en: `At ${sec(atMs, 'en')} s the ${where.en} row of the screen should read ${show(want.trimStart())}${lead.en}, but it ${got.trim() === '' ? 'is empty' : 'reads ' + show(got.trimStart()) + gotLead.en} (the whole screen: ${show(t.part(LCD).lines()[0])} / ${show(t.part(LCD).lines()[1])})`,
  });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'hello',
      title: { ru: 'Приветствие в верхней строке', en: 'The greeting on the top row' },
      points: 20,
      async run(t) {
        await expectRow(t, 1000, 0, 'Hello, Technolab');
      },
    },
    {
      id: 'position',
      title: { ru: 'Arduino в нижней строке с 4-й колонки', en: 'Arduino on the bottom row from column 4' },
      points: 15,
      async run(t) {
        await expectRow(t, 1000, 1, '    Arduino');
      },
    },
    {
      id: 'countdown-start',
      title: { ru: 'Через 2 с — Countdown: и 10', en: 'After 2 s — Countdown: and 10' },
      points: 15,
      async run(t) {
        await expectRow(t, 2500, 0, 'Countdown:');
        await expectRow(t, 2500, 1, '10');
      },
    },
    {
      id: 'countdown',
      title: { ru: 'Обратный отсчёт 10 … 1 раз в секунду', en: 'Counting down 10 … 1 once a second' },
      points: 20,
      async run(t) {
        for (let n = 10; n >= 1; n--) {
          await expectRow(t, 2500 + (10 - n) * 1000, 1, String(n));
          await expectRow(t, 2500 + (10 - n) * 1000, 0, 'Countdown:');
        }
      },
    },
    {
      id: 'go',
      title: { ru: 'После отсчёта — GO!', en: 'GO! after the countdown' },
      points: 10,
      async run(t) {
        await expectRow(t, 12_500, 1, 'GO!');
      },
    },
    {
      id: 'timing',
      title: { ru: 'Числа сменяются ровно через 1 с', en: 'The numbers change exactly 1 s apart' },
      points: 10,
      hidden: true,
      async run(t) {
        const lcd = t.part(LCD);
        const changes: number[] = [];
        let last = lcd.lines()[1];
        await t.runMs(1500);
        last = lcd.lines()[1];
        // Every change of the bottom row from 1.5 s to 12.5 s (a clear and a reprint count once).
        while (t.nowMs < 12_500) {
          const ok = await t.runUntil(() => lcd.lines()[1] !== last, { timeoutMs: 12_500 - t.nowMs });
          if (!ok) break;
          const at = t.nowMs;
          await t.runMs(30);
          last = lcd.lines()[1];
          if (last.trim() !== '') changes.push(at);
        }
        if (changes.length < 11) {
          return t.fail({
            ru: `С 1,5 до 12,5 с нижняя строка должна смениться 11 раз (10, 9, … 1, GO!), а сменилась ${changes.length} раз`,
            en: `From 1.5 to 12.5 s the bottom row should change 11 times (10, 9, … 1, GO!), but it changed ${changes.length} times`,
          });
        }
        for (let i = 1; i < changes.length; i++) {
          const gap = changes[i] - changes[i - 1];
          if (Math.abs(gap - 1000) > 100) {
            t.fail({
              ru: `Числа должны сменяться раз в секунду (1000 ± 100 мс), а на ${sec(changes[i], 'ru')} с между сменами прошло ${Math.round(gap)} мс`,
              en: `The numbers should change once a second (1000 ± 100 ms), but at ${sec(changes[i], 'en')} s ${Math.round(gap)} ms passed between changes`,
            });
          }
        }
      },
    },
    {
      id: 'stays',
      title: { ru: 'GO! остаётся на экране', en: 'GO! stays on the screen' },
      points: 10,
      hidden: true,
      async run(t) {
        for (let at = 13_000; at <= 18_000; at += 500) {
          await expectRow(t, at, 1, 'GO!');
          await expectRow(t, at, 0, 'Countdown:');
        }
      },
    },
  ],
});
