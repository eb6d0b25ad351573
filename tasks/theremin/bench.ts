import { defineBench, measureFrequency, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Терменвокс: a photoresistor on A0 (to 5V, 10 kΩ to GND: more light → higher reading) sets the
 * pitch of a passive buzzer on D8: tone(8, map(analogRead(A0), 0, 1023, 200, 2000)), all the time.
 * The expected pitch is worked out from the part's own voltage; ± 3 % + 10 Hz.
 */
const PIN = 'D8';
const parts = [
  { kind: 'photoresistor', id: 'ldr', pins: { out: 'A0' } },
  { kind: 'buzzer', id: 'buzzer', pins: { pin: PIN } },
] as const;
type T = TypedContext<typeof parts>;

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(2).replace('.', ',') : (ms / 1000).toFixed(2));

/** What analogRead(A0) gives for the light now. */
function reading(t: T): number {
  return Math.min(1023, Math.floor((t.part('ldr').volts() / 5) * 1024));
}

/** Sets the light, gives the sketch `settleMs`, then the pitch over the next 100 ms must match. */
async function lightAndCheck(t: T, lux: number, settleMs = 150): Promise<void> {
  t.part('ldr').setLux(lux);
  await t.runMs(settleMs);
  const from = t.nowMs;
  await t.runMs(100);
  const v = reading(t);
  const want = Math.round(200 + (v * 1800) / 1023);
  const hz = measureFrequency(t.signals, PIN, t.cycleAt(from), t.cycleAt(t.nowMs));
  const tol = want * 0.03 + 10;
  if (Math.abs(hz - want) <= tol) return;
  t.fail({
    ru: `Освещённость ${lux} лк, analogRead(A0) ≈ ${v}: с ${sec(from, 'ru')} с должно звучать ≈ ${want} Гц (± ${Math.round(tol)}), а ${hz === 0 ? 'пищалка молчит' : `звучит ${Math.round(hz)} Гц`}`,
    en: `Light ${lux} lx, analogRead(A0) ≈ ${v}: from ${sec(from, 'en')} s about ${want} Hz (± ${Math.round(tol)}) should sound, but ${hz === 0 ? 'the buzzer is silent' : `it sounds at ${Math.round(hz)} Hz`}`,
  });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'sounds',
      title: { ru: 'Комнатный свет — звучит нужная нота', en: 'Room light gives the right pitch' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await lightAndCheck(t, 10);
      },
    },
    {
      id: 'bright',
      title: { ru: 'Ярко — высокий звук', en: 'Bright light gives a high pitch' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await lightAndCheck(t, 1000);
      },
    },
    {
      id: 'dim',
      title: { ru: 'Сумрак — низкий звук', en: 'Dim light gives a low pitch' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await lightAndCheck(t, 1);
      },
    },
    {
      id: 'follows',
      title: { ru: 'Следит за светом: 5 изменений', en: 'Follows the light: 5 changes' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        for (const lux of [3, 30, 300, 0.5, 100]) await lightAndCheck(t, lux);
      },
    },
    {
      id: 'extremes',
      title: { ru: 'Полная темнота и прямое солнце', en: 'Total darkness and direct sunlight' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        await lightAndCheck(t, 0);
        await lightAndCheck(t, 100000);
        await lightAndCheck(t, 0);
      },
    },
    {
      id: 'waving',
      title: { ru: 'Рука машет над датчиком: 10 быстрых изменений', en: 'A hand waving over the sensor: 10 quick changes' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let i = 0; i < 10; i++) await lightAndCheck(t, Math.round(Math.pow(10, t.random.int(0, 30) / 10) * 10) / 10, 60);
      },
    },
  ],
});
