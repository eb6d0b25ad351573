import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Часы на I²C-дисплее: an LCD 16×2 behind a PCF8574 backpack at 0x27 (A4/A5). The top row is a clock
 * HH:MM:SS that reads 12:59:50 at power-on and counts with millis() (no drift); the bottom row reads
 * "Technolab". A line "HH:MM:SS" on Serial (9600) sets the time; hours wrap 23 → 00.
 * Every check is made in the middle of a second (…,5 s), so a redraw a few ms late never matters.
 */
const LCD = 'lcd';
const parts = [{ kind: 'lcd1602-i2c', id: 'lcd', pins: {} }] as const;
type T = TypedContext<typeof parts>;
const pad = (s: string) => s.padEnd(16, ' ');
const show = (s: string) => `«${s.replace(/ +$/, '')}»`;
const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(1).replace('.', ',') : (ms / 1000).toFixed(1));

/** "HH:MM:SS" for a number of seconds since midnight (wrapped to a day). */
function hms(total: number): string {
  const s = ((total % 86400) + 86400) % 86400;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}
const START = 12 * 3600 + 59 * 60 + 50;

/** Runs to `atMs` and expects `row` of the screen to read exactly `want` (from column 0, padded to 16). */
async function expectRow(t: T, atMs: number, row: 0 | 1, want: string, why?: { ru: string; en: string }): Promise<void> {
  if (t.nowMs < atMs) await t.runMs(atMs - t.nowMs);
  const [top, bottom] = t.part(LCD).lines();
  const got = row === 0 ? top : bottom;
  if (got === pad(want)) return;
  const where = { ru: row === 0 ? 'верхней' : 'нижней', en: row === 0 ? 'top' : 'bottom' };
  const gotText = {
    ru: got.trim() === '' ? 'пусто' : show(got),
    en: got.trim() === '' ? 'it is empty' : `it reads ${show(got)}`,
  };
  t.fail({
    ru: `На ${sec(atMs, 'ru')} с в ${where.ru} строке экрана должно быть ${show(want)}${why ? ` (${why.ru})` : ''}, а там ${gotText.ru} (весь экран: ${show(top)} / ${show(bottom)})`,
    en: `At ${sec(atMs, 'en')} s the ${where.en} row of the screen should read ${show(want)}${why ? ` (${why.en})` : ''}, but ${gotText.en} (the whole screen: ${show(top)} / ${show(bottom)})`,
  });
}

/** Expects the clock to read `startSec + k` at `fromMs + k·1000 + 500` for k = 0 … count − 1. */
async function expectTicks(t: T, fromMs: number, startSec: number, count: number, why?: { ru: string; en: string }): Promise<void> {
  for (let k = 0; k < count; k++) await expectRow(t, fromMs + k * 1000 + 500, 0, hms(startSec + k), why);
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'start',
      title: { ru: 'После включения — 12:59:50', en: '12:59:50 at power-on' },
      points: 15,
      async run(t) {
        await expectRow(t, 500, 0, '12:59:50');
      },
    },
    {
      id: 'technolab',
      title: { ru: 'Technolab во второй строке', en: 'Technolab on the second row' },
      points: 10,
      async run(t) {
        await expectRow(t, 500, 1, 'Technolab');
        await expectRow(t, 5500, 1, 'Technolab');
      },
    },
    {
      id: 'ticks',
      title: { ru: 'Секунды идут: 12:59:50 … 12:59:59', en: 'The seconds tick: 12:59:50 … 12:59:59' },
      points: 15,
      async run(t) {
        await expectTicks(t, 0, START, 10);
      },
    },
    {
      id: 'rollover',
      title: { ru: 'Переход на 13:00:00 с ведущими нулями', en: 'Rolling over to 13:00:00 with leading zeros' },
      points: 20,
      async run(t) {
        await expectTicks(t, 10_000, START + 10, 6, { ru: 'по две цифры в часах, минутах и секундах', en: 'two digits each for hours, minutes and seconds' });
      },
    },
    {
      id: 'set-time',
      title: { ru: 'Установка времени по Serial', en: 'Setting the time over Serial' },
      points: 10,
      async run(t) {
        await t.runMs(1000);
        t.serial.write('08:05:30\n');
        await expectTicks(t, 1000, 8 * 3600 + 5 * 60 + 30, 4, { ru: 'после строки 08:05:30 по Serial на 1,0 с', en: 'after the line 08:05:30 on Serial at 1.0 s' });
        await expectRow(t, t.nowMs, 1, 'Technolab');
      },
    },
    {
      id: 'minute',
      title: { ru: 'Часы не отстают за минуту', en: 'The clock keeps time over a minute' },
      points: 15,
      hidden: true,
      limitMs: 65_000,
      async run(t) {
        for (const at of [30_500, 45_500, 60_500]) {
          await expectRow(t, at, 0, hms(START + Math.floor(at / 1000)), {
            ru: 'время считают по millis(), а не сложением delay(1000)',
            en: 'time is counted with millis(), not by adding up delay(1000)',
          });
        }
      },
    },
    {
      id: 'midnight',
      title: { ru: 'После 23:59:59 — 00:00:00', en: '00:00:00 after 23:59:59' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(1000);
        t.serial.write('23:59:55\n');
        await expectTicks(t, 1000, 23 * 3600 + 59 * 60 + 55, 8, {
          ru: 'после строки 23:59:55 по Serial на 1,0 с; в сутках 24 часа',
          en: 'after the line 23:59:55 on Serial at 1.0 s; a day has 24 hours',
        });
      },
    },
  ],
});
