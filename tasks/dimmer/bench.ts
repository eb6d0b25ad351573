import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Светильник с регулятором: a potentiometer on A0 sets the brightness of the LED on D6 (PWM):
 * knob fully left → dark, fully right → full, in between in proportion —
 * analogWrite(6, map(analogRead(A0), 0, 1023, 0, 255)). Every test starts with the knob in the
 * middle and turns it only after 300 ms, so a sketch that reads the knob once in setup() is caught.
 */
const parts = [
  { kind: 'potentiometer', id: 'knob', pins: { wiper: 'A0' } },
  { kind: 'led', id: 'led', pins: { anode: 'D6' }, color: 'yellow' },
] as const;
type T = TypedContext<typeof parts>;

/** Turns the knob, gives the sketch 150 ms, and checks the brightness it should give. */
async function turnAndCheck(t: T, position: number, tolerance = 4): Promise<void> {
  t.part('knob').setPosition(position);
  await t.runMs(150);
  t.expect.pin('led').pwm(Math.round(position * 255), { tolerance });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'left',
      title: { ru: 'Ручка влево до упора — светодиод не горит', en: 'Knob fully left — the LED is off' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0);
      },
    },
    {
      id: 'right',
      title: { ru: 'Ручка вправо до упора — полная яркость', en: 'Knob fully right — full brightness' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 1);
      },
    },
    {
      id: 'middle',
      title: { ru: 'Ручка на четверти и посередине', en: 'Knob at a quarter and in the middle' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0.25);
        await turnAndCheck(t, 0.5);
      },
    },
    {
      id: 'quarters',
      title: { ru: 'Яркость пропорциональна повороту: ¾ и ¼', en: 'Brightness follows the knob: ¾ and ¼' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0.75);
        await turnAndCheck(t, 0.25);
      },
    },
    {
      id: 'follows',
      title: { ru: 'Следит за ручкой: 8 случайных поворотов', en: 'Follows the knob: 8 random turns' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let i = 0; i < 8; i++) await turnAndCheck(t, t.random.int(0, 100) / 100);
      },
    },
    {
      id: 'slow-turn',
      title: { ru: 'Плавный поворот от упора до упора', en: 'A slow turn from end to end' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let p = 0; p <= 1.0001; p += 0.05) await turnAndCheck(t, Math.min(1, p), 5);
        for (let p = 1; p >= -0.0001; p -= 0.1) await turnAndCheck(t, Math.max(0, p), 5);
      },
    },
  ],
});
