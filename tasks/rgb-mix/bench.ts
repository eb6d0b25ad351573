import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Смешиваем цвета: an RGB LED (common cathode; R on D9, G on D10, B on D11 — all PWM) shows the
 * seven colours of the rainbow, 1 s each, over and over (a 7 s cycle). Colours are read from the
 * LED itself: each channel's PWM duty over the last 20 ms, on the 0–255 scale of analogWrite.
 */
const parts = [{ kind: 'rgb-led', id: 'rgb', pins: { r: 'D9', g: 'D10', b: 'D11' } }] as const;
type T = TypedContext<typeof parts>;

interface Colour {
  ru: string;
  en: string;
  rgb: [number, number, number];
}

const RAINBOW: Colour[] = [
  { ru: 'красный', en: 'red', rgb: [255, 0, 0] },
  { ru: 'оранжевый', en: 'orange', rgb: [255, 128, 0] },
  { ru: 'жёлтый', en: 'yellow', rgb: [255, 255, 0] },
  { ru: 'зелёный', en: 'green', rgb: [0, 255, 0] },
  { ru: 'голубой', en: 'cyan', rgb: [0, 255, 255] },
  { ru: 'синий', en: 'blue', rgb: [0, 0, 255] },
  { ru: 'фиолетовый', en: 'violet', rgb: [128, 0, 255] },
];
const TOLERANCE = 12;

const s2 = (ms: number, l: 'ru' | 'en') => (ms / 1000).toFixed(2).replace('.', l === 'ru' ? ',' : '.');
const triple = (c: number[]) => `(${c.map((x) => Math.round(x)).join(', ')})`;

/** Runs to `atMs` and checks that colour number `i` (of the rainbow) is shown. */
async function expectColour(t: T, atMs: number, i: number): Promise<void> {
  await t.runMs(atMs - t.nowMs);
  const want = RAINBOW[i % RAINBOW.length];
  const c = t.part('rgb').color();
  const got = [c.r * 255, c.g * 255, c.b * 255];
  if (got.every((v, k) => Math.abs(v - want.rgb[k]) <= TOLERANCE)) return;
  t.fail({
    ru: `На ${s2(atMs, 'ru')} с светодиод должен светиться цветом «${want.ru}» — (R, G, B) = ${triple(want.rgb)} ± ${TOLERANCE}, а светится ${triple(got)}`,
    en: `At ${s2(atMs, 'en')} s the LED should be ${want.en} — (R, G, B) = ${triple(want.rgb)} ± ${TOLERANCE}, but it is ${triple(got)}`,
  });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'red',
      title: { ru: 'Сначала красный', en: 'Red first' },
      points: 10,
      async run(t) {
        await expectColour(t, 500, 0);
      },
    },
    {
      id: 'warm',
      title: { ru: 'Оранжевый и жёлтый', en: 'Orange and yellow' },
      points: 20,
      async run(t) {
        await expectColour(t, 1500, 1);
        await expectColour(t, 2500, 2);
      },
    },
    {
      id: 'cold',
      title: { ru: 'Зелёный, голубой, синий', en: 'Green, cyan, blue' },
      points: 20,
      async run(t) {
        await expectColour(t, 3500, 3);
        await expectColour(t, 4500, 4);
        await expectColour(t, 5500, 5);
      },
    },
    {
      id: 'violet',
      title: { ru: 'Фиолетовый', en: 'Violet' },
      points: 15,
      async run(t) {
        await expectColour(t, 6500, 6);
      },
    },
    {
      id: 'timing',
      title: { ru: 'Каждый цвет горит ровно секунду', en: 'Each colour lasts exactly one second' },
      points: 20,
      hidden: true,
      async run(t) {
        for (let i = 0; i < 7; i++) {
          await expectColour(t, i * 1000 + 100, i);
          await expectColour(t, i * 1000 + 900, i);
        }
      },
    },
    {
      id: 'repeat',
      title: { ru: 'Радуга повторяется по кругу', en: 'The rainbow goes round and round' },
      points: 15,
      hidden: true,
      async run(t) {
        for (let i = 7; i < 21; i++) await expectColour(t, i * 1000 + 500, i);
      },
    },
  ],
});
