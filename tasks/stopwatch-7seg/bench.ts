import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Секундомер: a single common-cathode 7-segment digit (a–g on D2–D8) shows the seconds since
 * power-on, 0…9, then 0 again: digit = (seconds) % 10. Sampled in the middle of each second; the
 * hidden tests check every segment mask, that the digit never goes dark, and drift after 30 s.
 */
const parts = [
  {
    kind: 'seven-segment',
    id: 'display',
    pins: { a: 'D2', b: 'D3', c: 'D4', d: 'D5', e: 'D6', f: 'D7', g: 'D8' },
    common: 'cathode',
  },
] as const;
type T = TypedContext<typeof parts>;

/** Segments a…g lit for each digit (as the part reports them). */
const SEGMENTS = ['abcdef', 'bc', 'abdeg', 'abcdg', 'bcfg', 'acdfg', 'acdefg', 'abc', 'abcdefg', 'abcdfg'];
const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));
const shown = (d: string, l: 'ru' | 'en') => (d === ' ' ? (l === 'ru' ? 'индикатор погашен' : 'the display is dark') : d === '?' ? (l === 'ru' ? 'непонятный символ' : 'a garbled symbol') : `«${d}»`);

/** At `atMs` the display must show `want`. */
async function expectDigit(t: T, atMs: number, want: number): Promise<void> {
  await t.runMs(atMs - t.nowMs);
  const d = t.part('display').digit();
  if (d === String(want)) return;
  t.fail({
    ru: `На ${sec(atMs, 'ru')} с после включения должна гореть цифра ${want}, а ${d === ' ' ? 'индикатор погашен' : `видно ${shown(d, 'ru')} (сегменты: ${t.part('display').lit() || 'нет'})`}`,
    en: `At ${sec(atMs, 'en')} s after power-on the digit ${want} should show, but ${d === ' ' ? 'the display is dark' : `it shows ${shown(d, 'en')} (segments: ${t.part('display').lit() || 'none'})`}`,
  });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'zero',
      title: { ru: 'После включения — 0', en: 'Shows 0 after power-on' },
      points: 10,
      async run(t) {
        await expectDigit(t, 500, 0);
      },
    },
    {
      id: 'counts',
      title: { ru: 'Считает секунды: 0, 1, 2, 3', en: 'Counts the seconds: 0, 1, 2, 3' },
      points: 20,
      async run(t) {
        for (let s = 0; s <= 3; s++) await expectDigit(t, s * 1000 + 500, s);
      },
    },
    {
      id: 'all-digits',
      title: { ru: 'Все цифры 0–9 нарисованы правильно', en: 'All digits 0–9 are drawn right' },
      points: 25,
      async run(t) {
        for (let s = 0; s <= 9; s++) {
          await t.runMs(s * 1000 + 500 - t.nowMs);
          const lit = t.part('display').lit();
          if (lit !== SEGMENTS[s]) {
            t.fail({
              ru: `На ${sec(t.nowMs, 'ru')} с цифра ${s} должна гореть сегментами ${SEGMENTS[s]}, а горят: ${lit || 'ни одного'}`,
              en: `At ${sec(t.nowMs, 'en')} s the digit ${s} should light segments ${SEGMENTS[s]}, but lit are: ${lit || 'none'}`,
            });
          }
        }
      },
    },
    {
      id: 'wraps',
      title: { ru: 'После 9 — снова 0, 1, 2', en: 'After 9 comes 0, 1, 2 again' },
      points: 15,
      async run(t) {
        await expectDigit(t, 9500, 9);
        for (let s = 10; s <= 12; s++) await expectDigit(t, s * 1000 + 500, s % 10);
      },
    },
    {
      id: 'steady',
      title: { ru: 'Цифра горит ровно, не мигает', en: 'The digit is steady, no blinking' },
      points: 15,
      hidden: true,
      async run(t) {
        for (let ms = 50; ms < 4000; ms += 10) {
          if (ms % 1000 < 40 || ms % 1000 > 960) continue;
          await expectDigit(t, ms, Math.floor(ms / 1000) % 10);
        }
      },
    },
    {
      id: 'no-drift',
      title: { ru: 'Не отстаёт: через 30 с ошибка меньше 0,05 с', en: 'No drift: under 0.05 s off after 30 s' },
      points: 15,
      hidden: true,
      async run(t) {
        await expectDigit(t, 29_900, 9);
        const changed = await t.runUntil(() => t.part('display').digit() === '0', { timeoutMs: 1000 });
        const at = t.nowMs;
        if (changed) t.measure('changeMs', Math.round(at), 'ms', { ru: 'Смена 9 → 0', en: 'The 9 → 0 change' });
        if (!changed || Math.abs(at - 30_000) > 50) {
          t.fail({
            ru: changed
              ? `Ровно через 30 с после включения 9 должна смениться на 0, а сменилась на ${sec(at, 'ru')} с — секундомер ${at > 30_000 ? 'отстаёт' : 'спешит'}`
              : `Ровно через 30 с после включения 9 должна смениться на 0, а до ${sec(at, 'ru')} с этого не случилось`,
            en: changed
              ? `Exactly 30 s after power-on the 9 should turn into 0, but it did at ${sec(at, 'en')} s — the stopwatch runs ${at > 30_000 ? 'slow' : 'fast'}`
              : `Exactly 30 s after power-on the 9 should turn into 0, but by ${sec(at, 'en')} s it had not`,
          });
        }
      },
    },
  ],
});
