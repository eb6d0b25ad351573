import { defineBench, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Бегущий огонёк: six LEDs on D2…D7. Exactly one is lit at a time, each for STEP ms, from the
 * first (D2) to the sixth (D7), then again from the first: one pass takes 6 × STEP = 1200 ms.
 * Every slot is checked with a margin of MARGIN ms at each end.
 */
const STEP = 200;
const COUNT = 6;
const PASS = STEP * COUNT;
const MARGIN = 30;
const LEDS = ['led1', 'led2', 'led3', 'led4', 'led5', 'led6'] as const;

/** Slots `first`…`last` (0-based, may run past one pass) of the pass starting at `offset`. */
function checkSlots(t: CommonContext, first: number, last: number, offset = 0): void {
  for (let slot = first; slot <= last; slot++) {
    const from = offset + slot * STEP + MARGIN;
    const window = { from, to: offset + (slot + 1) * STEP - MARGIN };
    // The LED that should be lit first: its message says more than a neighbour's.
    t.expect.pin(LEDS[slot % COUNT]).staysHigh(window);
    LEDS.forEach((led, i) => {
      if (i !== slot % COUNT) t.expect.pin(led).staysLow(window);
    });
  }
}

export default defineBench({
  parts: LEDS.map((id, i) => ({ kind: 'led' as const, id, pins: { anode: `D${i + 2}` }, color: 'red' })),
  tests: [
    {
      id: 'outputs',
      title: { ru: 'Шесть выводов — выходы, первым горит D2', en: 'Six outputs, D2 is lit first' },
      points: 10,
      async run(t) {
        await t.runMs(150);
        for (const led of LEDS) t.expect.pin(led).isOutput();
        t.expect.pin('led1').staysHigh({ from: MARGIN, to: 150 });
        for (const led of LEDS.slice(1)) t.expect.pin(led).staysLow({ from: MARGIN, to: 150 });
      },
    },
    {
      id: 'first-pass',
      title: { ru: 'Огонёк пробегает от D2 до D7', en: 'The light runs from D2 to D7' },
      points: 30,
      async run(t) {
        await t.runMs(PASS + 100);
        checkSlots(t, 0, COUNT - 1);
      },
    },
    {
      id: 'each-200',
      title: { ru: 'Каждый светодиод горит 200 мс', en: 'Every LED is lit for 200 ms' },
      points: 15,
      async run(t) {
        await t.runMs(3 * PASS);
        for (const led of LEDS) t.expect.pin(led).pulsesHigh(STEP, { tolerance: 20, count: 2 });
      },
    },
    {
      id: 'again',
      title: { ru: 'После D7 огонёк снова начинается с D2', en: 'After D7 the light starts again at D2' },
      points: 25,
      async run(t) {
        await t.runMs(2 * PASS + 300);
        checkSlots(t, COUNT, 2 * COUNT);
      },
    },
    {
      id: 'long-run',
      title: { ru: 'Бежит ровно и через 10 секунд', en: 'Still running evenly after 10 seconds' },
      points: 20,
      hidden: true,
      async run(t) {
        await t.runMs(10 * PASS + 100);
        checkSlots(t, 0, COUNT - 1, 9 * PASS);
      },
    },
  ],
});
