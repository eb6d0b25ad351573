import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Кнопка: the LED on D13 is lit exactly while the button (D2 to GND, INPUT_PULLUP) is held.
 * The LED must follow within REACT ms; checks start REACT ms after each press or release.
 */
const REACT = 30;
const parts = [
  { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
  { kind: 'led', id: 'led', pins: { anode: 'D13' } },
] as const;
type T = TypedContext<typeof parts>;

/** Holds the button `holdMs`, then leaves it released `gapMs`; checks the LED over both. */
async function hold(t: T, holdMs: number, gapMs: number): Promise<void> {
  const pressed = t.nowMs;
  t.part('btn').press();
  await t.runMs(holdMs);
  t.expect.pin('led').staysHigh({ from: pressed + REACT, to: t.nowMs });
  const released = t.nowMs;
  t.part('btn').release();
  await t.runMs(gapMs);
  t.expect.pin('led').staysLow({ from: released + REACT, to: t.nowMs });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'setup',
      title: { ru: 'Кнопка — вход с подтяжкой, светодиод — выход', en: 'Button input with pull-up, LED output' },
      points: 10,
      async run(t) {
        await t.runMs(200);
        t.expect.pin('btn').isInputPullup();
        t.expect.pin('led').isOutput();
      },
    },
    {
      id: 'idle',
      title: { ru: 'Кнопку не трогают — светодиод не горит', en: 'Nobody touches the button — the LED is off' },
      points: 15,
      async run(t) {
        await t.runMs(1500);
        t.expect.pin('led').staysLow({ from: 50 });
      },
    },
    {
      id: 'press',
      title: { ru: 'Пока кнопку держат, светодиод горит', en: 'While the button is held, the LED is on' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        t.part('btn').press();
        await t.runMs(1000);
        t.expect.pin('led').staysHigh({ from: 300 + REACT });
      },
    },
    {
      id: 'release',
      title: { ru: 'Отпустили — светодиод гаснет', en: 'Released — the LED goes off' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await hold(t, 600, 800);
      },
    },
    {
      id: 'several',
      title: { ru: 'Несколько нажатий разной длины', en: 'Several presses of different length' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await hold(t, 300, 300);
        await hold(t, 800, 200);
        await hold(t, 150, 500);
      },
    },
    {
      id: 'quick',
      title: { ru: 'Быстрые короткие нажатия', en: 'Quick short presses' },
      points: 10,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let i = 0; i < 5; i++) await hold(t, t.random.int(70, 120), t.random.int(70, 120));
      },
    },
    {
      id: 'long-hold',
      title: { ru: 'Долгое удержание — 5 секунд', en: 'A long hold — 5 seconds' },
      points: 10,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        await hold(t, 5000, 500);
      },
    },
  ],
});
