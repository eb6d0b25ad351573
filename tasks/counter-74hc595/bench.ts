import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Счётчик на сдвиговом регистре: a common-cathode 7-segment digit behind a 74HC595 (DS = D11,
 * SH_CP = D12, ST_CP = D8, Q0…Q6 = segments a…g) shows a counter; every press of the button on D2
 * (to GND, INPUT_PULLUP) adds one, 9 → 0. Holding the button counts once; the hidden tests switch
 * contact bounce on and press fast enough to wrap around 9 → 0.
 */
const parts = [
  { kind: '74hc595', id: 'sr', pins: { data: 'D11', clock: 'D12', latch: 'D8' } },
  {
    kind: 'seven-segment',
    id: 'display',
    pins: { a: 'sr.Q0', b: 'sr.Q1', c: 'sr.Q2', d: 'sr.Q3', e: 'sr.Q4', f: 'sr.Q5', g: 'sr.Q6' },
    common: 'cathode',
  },
  { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
] as const;
type T = TypedContext<typeof parts>;
type Lang = 'ru' | 'en';

/** Segments a…g lit for each digit (as the part reports them). */
const SEGMENTS = ['abcdef', 'bc', 'abdeg', 'abcdg', 'bcfg', 'acdfg', 'acdefg', 'abc', 'abcdefg', 'abcdfg'];

/** What the display shows, in words, plus the raw 595 byte — it tells bit-order and latch mistakes apart. */
function seen(t: T, l: Lang): string {
  const d = t.part('display').digit();
  const lit = t.part('display').lit();
  const q = t.part('sr').outputs();
  const shifted = t.part('sr').shifted();
  const bits = (b: number) => b.toString(2).padStart(8, '0');
  if (d === ' ') {
    if (q === 0 && shifted !== 0) {
      return l === 'ru'
        ? `индикатор погашен: в регистр задвинуто ${bits(shifted)}, но на выходы Q0–Q7 не попало — защёлку ST_CP (D8) не дёрнули`
        : `the display is dark: ${bits(shifted)} was shifted in but never reached Q0–Q7 — the ST_CP latch (D8) was never pulsed`;
    }
    return l === 'ru' ? 'индикатор погашен' : 'the display is dark';
  }
  const what = d === '?' ? (l === 'ru' ? 'непонятный символ' : 'a garbled symbol') : l === 'ru' ? `«${d}»` : `"${d}"`;
  return l === 'ru'
    ? `видно ${what} (сегменты: ${lit || 'нет'}; выходы Q7…Q0 = ${bits(q)})`
    : `it shows ${what} (segments: ${lit || 'none'}; outputs Q7…Q0 = ${bits(q)})`;
}

/** The byte (bit 0 = a) that draws `digit`. */
const maskOf = (digit: number) => [...SEGMENTS[digit]].reduce((m, s) => m | (1 << 'abcdefg'.indexOf(s)), 0);
/** The byte with its bits in the opposite order — what the other shiftOut bit order makes of it. */
const reversed = (b: number) => parseInt(b.toString(2).padStart(8, '0').split('').reverse().join(''), 2);

/** The display must show `want`, drawn with exactly the right segments. */
function expectDigit(t: T, want: number, when: Record<Lang, string>): void {
  if (t.part('display').lit() === SEGMENTS[want]) return;
  const flipped = reversed(t.part('sr').outputs()) === maskOf(want);
  t.fail({
    ru: `${when.ru} должна гореть цифра ${want} (сегменты ${SEGMENTS[want]}), а ${seen(t, 'ru')}${flipped ? ' — биты пришли в обратном порядке: проверьте MSBFIRST/LSBFIRST' : ''}`,
    en: `${when.en} the digit ${want} should show (segments ${SEGMENTS[want]}), but ${seen(t, 'en')}${flipped ? ' — the bits arrived in reverse order: check MSBFIRST/LSBFIRST' : ''}`,
  });
}

/** `count` clicks (pressed `pressMs`, then released `gapMs`), checking the digit after each. */
async function clicks(t: T, count: number, pressMs: number, gapMs: number, already = 0): Promise<void> {
  for (let i = 1; i <= count; i++) {
    t.part('btn').press();
    await t.runMs(pressMs);
    t.part('btn').release();
    await t.runMs(gapMs);
    const n = already + i;
    expectDigit(t, n % 10, { ru: `После ${n}-го нажатия`, en: `After press number ${n}` });
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'zero',
      title: { ru: 'После включения — 0', en: 'Shows 0 after power-on' },
      points: 10,
      async run(t) {
        await t.runMs(300);
        t.expect.pin('btn').isInputPullup();
        expectDigit(t, 0, { ru: 'Сразу после включения', en: 'Right after power-on' });
        await t.runMs(1500);
        expectDigit(t, 0, { ru: 'Без нажатий через 1,8 с', en: 'With no presses, at 1.8 s' });
      },
    },
    {
      id: 'one-press',
      title: { ru: 'Одно нажатие — 1', en: 'One press shows 1' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await clicks(t, 1, 150, 400);
        await t.runMs(1000);
        expectDigit(t, 1, { ru: 'Через секунду после нажатия', en: 'A second after the press' });
      },
    },
    {
      id: 'all-digits',
      title: { ru: 'Нажатия 1–9: все цифры нарисованы правильно', en: 'Presses 1–9: every digit is drawn right' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        expectDigit(t, 0, { ru: 'До первого нажатия', en: 'Before the first press' });
        await clicks(t, 9, 150, 350);
      },
    },
    {
      id: 'wraps',
      title: { ru: 'После 9 — снова 0, 1, 2', en: 'After 9 comes 0, 1, 2 again' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await clicks(t, 12, 150, 300);
      },
    },
    {
      id: 'hold',
      title: { ru: 'Долгое удержание считается один раз', en: 'A long hold counts once' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        t.part('btn').press();
        await t.runMs(300);
        expectDigit(t, 1, { ru: 'Через 0,3 с после нажатия', en: '0.3 s after the press' });
        await t.runMs(1700);
        expectDigit(t, 1, { ru: 'Пока кнопку держат 2 секунды,', en: 'While the button is held for 2 seconds' });
        t.part('btn').release();
        await t.runMs(500);
        expectDigit(t, 1, { ru: 'После отпускания', en: 'After the release' });
        await clicks(t, 1, 150, 400, 1);
      },
    },
    {
      id: 'bounce',
      title: { ru: 'Дребезг контактов: 6 нажатий', en: 'Contact bounce: 6 presses' },
      points: 15,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(300);
        await clicks(t, 6, 150, 350);
      },
    },
    {
      id: 'bounce-fast',
      title: { ru: 'Дребезг и 13 быстрых нажатий через 9 → 0', en: 'Bounce and 13 quick presses through 9 → 0' },
      points: 10,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(300);
        await clicks(t, 13, 90, 130);
      },
    },
  ],
});
