import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Выключатель: each press of the button (D2 to GND, INPUT_PULLUP) toggles the LED on D13. The
 * visible tests press a perfect button; the hidden ones switch the contact bounce on (1–10 ms of
 * chatter on every press and release, seeded), as a real button has.
 */
const parts = [
  { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
  { kind: 'led', id: 'led', pins: { anode: 'D13' } },
] as const;
type T = TypedContext<typeof parts>;

/** Clicks `count` times (press `pressMs`, then `gapMs` released) and checks the LED after each. */
async function clicks(t: T, count: number, pressMs: number, gapMs: number): Promise<void> {
  let lit = false;
  for (let i = 0; i < count; i++) {
    t.part('btn').press();
    await t.runMs(pressMs);
    t.part('btn').release();
    await t.runMs(gapMs);
    lit = !lit;
    const settled = { from: t.nowMs - gapMs / 2 };
    if (lit) t.expect.pin('led').staysHigh(settled);
    else t.expect.pin('led').staysLow(settled);
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'setup',
      title: { ru: 'Кнопка с подтяжкой, светодиод — выход, сначала не горит', en: 'Button with pull-up, LED output, off at start' },
      points: 10,
      async run(t) {
        await t.runMs(200);
        t.expect.pin('btn').isInputPullup();
        t.expect.pin('led').isOutput();
        t.expect.pin('led').staysLow({ from: 50 });
      },
    },
    {
      id: 'one-click',
      title: { ru: 'Одно нажатие включает', en: 'One press turns it on' },
      points: 20,
      async run(t) {
        await t.runMs(200);
        await clicks(t, 1, 150, 400);
      },
    },
    {
      id: 'two-clicks',
      title: { ru: 'Второе нажатие выключает', en: 'The second press turns it off' },
      points: 20,
      async run(t) {
        await t.runMs(200);
        await clicks(t, 2, 150, 400);
      },
    },
    {
      id: 'hold',
      title: { ru: 'Удержание кнопки — одно переключение', en: 'Holding the button toggles once' },
      points: 15,
      async run(t) {
        await t.runMs(200);
        t.part('btn').press();
        await t.runMs(2000);
        t.expect.pin('led').staysHigh({ from: 400 });
        t.part('btn').release();
        await t.runMs(500);
        t.expect.pin('led').staysHigh({ from: 400 });
      },
    },
    {
      id: 'bounce',
      title: { ru: 'Дребезг контактов: 5 нажатий', en: 'Contact bounce: 5 presses' },
      points: 20,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(200);
        await clicks(t, 5, 150, 350);
      },
    },
    {
      id: 'bounce-fast',
      title: { ru: 'Дребезг и быстрые нажатия', en: 'Bounce and quick presses' },
      points: 15,
      hidden: true,
      parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(200);
        await clicks(t, 6, 100, 200);
      },
    },
  ],
});
