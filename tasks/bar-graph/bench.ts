import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Шкала уровня: a potentiometer on A0 and a 10-LED bar on D2…D11 (led1 on D2 … led10 on D11).
 * The knob turned by a fraction p lights the first n LEDs, n = map(analogRead(A0), 0, 1023, 0, 10)
 * (either neighbour of 10·p is accepted, so analogRead / 103 or * 11 / 1024 pass too), and the
 * rest are dark. Every test starts with the knob in the middle (5 lit) and turns it after 300 ms,
 * so a bar that never switches LEDs off, or that is read once in setup(), is caught. The tested
 * positions keep away from the exact tenths, where rounding could go either way. An LED counts as
 * lit when it is on for at least half of the last 20 ms.
 */
const parts = [
  { kind: 'potentiometer', id: 'knob', pins: { wiper: 'A0' } },
  {
    kind: 'led-bar', id: 'bar', color: 'green',
    pins: {
      led1: 'D2', led2: 'D3', led3: 'D4', led4: 'D5', led5: 'D6',
      led6: 'D7', led7: 'D8', led8: 'D9', led9: 'D10', led10: 'D11',
    },
  },
] as const;
type T = TypedContext<typeof parts>;

const bar = (n: number): string => '1'.repeat(n) + '0'.repeat(10 - n);

/** Turns the knob to `position`, waits 150 ms and checks that a bar of ⌊10·p⌋ or ⌈10·p⌉ LEDs is lit. */
async function turnAndCheck(t: T, position: number): Promise<void> {
  t.part('knob').setPosition(position);
  await t.runMs(150);
  const lo = Math.floor(position * 10);
  const hi = Math.ceil(position * 10);
  // Each LED's brightness over the last 20 ms, not its level right now: a sketch that switches
  // every LED off and then the first n back on flickers for microseconds, and must still pass.
  const got = Array.from({ length: 10 }, (_, i) => (t.part('bar').brightness(i + 1) >= 0.5 ? '1' : '0')).join('');
  if (got !== bar(lo) && got !== bar(hi)) {
    const want = lo === hi ? `${bar(lo)}` : `${bar(lo)} / ${bar(hi)}`;
    const n = lo === hi ? `${lo}` : `${lo}–${hi}`;
    const pct = Math.round(position * 100);
    t.fail({
      ru: `Ручка повёрнута на ${pct} %: должны гореть первые ${n} светодиодов шкалы (${want}), а горят ${got} (1 — горит, слева D2)`,
      en: `The knob is turned ${pct} %: the first ${n} LEDs of the bar should be lit (${want}), but the bar shows ${got} (1 = lit, D2 on the left)`,
    });
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'left',
      title: { ru: 'Ручка влево до упора — шкала погасла', en: 'Knob fully left — the bar is dark' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0);
      },
    },
    {
      id: 'right',
      title: { ru: 'Ручка вправо до упора — горят все 10', en: 'Knob fully right — all 10 are lit' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 1);
      },
    },
    {
      id: 'up',
      title: { ru: 'Поворот вправо: шкала растёт', en: 'Turning right: the bar grows' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0.55);
        await turnAndCheck(t, 0.75);
        await turnAndCheck(t, 0.95);
      },
    },
    {
      id: 'down',
      title: { ru: 'Поворот влево: шкала уменьшается', en: 'Turning left: the bar shrinks' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0.85);
        await turnAndCheck(t, 0.35);
        await turnAndCheck(t, 0.15);
      },
    },
    {
      id: 'random',
      title: { ru: 'Следит за ручкой: 10 случайных поворотов', en: 'Follows the knob: 10 random turns' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let i = 0; i < 10; i++) {
          const k = t.random.int(0, 9);
          await turnAndCheck(t, (k * 10 + t.random.int(2, 8)) / 100);
        }
      },
    },
    {
      id: 'sweep',
      title: { ru: 'Медленно от упора до упора и обратно', en: 'Slowly from end to end and back' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        await turnAndCheck(t, 0);
        for (let k = 0; k < 20; k++) await turnAndCheck(t, (k * 5 + 2.5) / 100);
        await turnAndCheck(t, 1);
        for (let k = 19; k >= 0; k--) await turnAndCheck(t, (k * 5 + 2.5) / 100);
        await turnAndCheck(t, 0);
      },
    },
  ],
});
