import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Кубок, задача A «Двоичный счётчик»: every press of the button on D2 (to GND, INPUT_PULLUP) adds
 * one; four LEDs on D8 (bit 0, the lowest) … D11 (bit 3) show the count in binary; after 15 comes
 * 0. Hidden tests switch the contact bounce on and press quickly.
 */
const LEDS = ['b0', 'b1', 'b2', 'b3'] as const;
const parts = [
  { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
  { kind: 'led', id: 'b0', pins: { anode: 'D8' } },
  { kind: 'led', id: 'b1', pins: { anode: 'D9' } },
  { kind: 'led', id: 'b2', pins: { anode: 'D10' } },
  { kind: 'led', id: 'b3', pins: { anode: 'D11' } },
] as const;
type T = TypedContext<typeof parts>;

/** The LEDs show `n` in binary, steadily over the last `ms`. */
function shows(t: T, n: number, ms = 100): void {
  const from = t.nowMs - ms;
  LEDS.forEach((id, bit) => {
    if ((n >> bit) & 1) t.expect.pin(id).staysHigh({ from });
    else t.expect.pin(id).staysLow({ from });
  });
}

/** `count` presses of `pressMs`, `gapMs` apart; checks the display after each when `every`. */
async function press(t: T, count: number, pressMs: number, gapMs: number, start: number, every = true): Promise<number> {
  let n = start;
  for (let i = 0; i < count; i++) {
    t.part('btn').press();
    await t.runMs(pressMs);
    t.part('btn').release();
    await t.runMs(gapMs);
    n = (n + 1) % 16;
    if (every) shows(t, n, Math.min(100, gapMs / 2));
  }
  return n;
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'start', title: { ru: 'Кнопка с подтяжкой, светодиоды — выходы, в начале 0000', en: 'Pull-up button, LED outputs, 0000 at the start' }, points: 10,
      async run(t) {
        await t.runMs(300);
        t.expect.pin('btn').isInputPullup();
        for (const id of LEDS) t.expect.pin(id).isOutput();
        shows(t, 0, 200);
      },
    },
    {
      id: 'one', title: { ru: 'Одно нажатие — 0001', en: 'One press — 0001' }, points: 15,
      async run(t) {
        await t.runMs(200);
        await press(t, 1, 150, 300, 0);
      },
    },
    {
      id: 'to-five', title: { ru: 'Пять нажатий: 1, 2, 3, 4, 5', en: 'Five presses: 1, 2, 3, 4, 5' }, points: 20,
      async run(t) {
        await t.runMs(200);
        await press(t, 5, 120, 250, 0);
      },
    },
    {
      id: 'hold', title: { ru: 'Долгое удержание — плюс один, не больше', en: 'A long hold adds one, no more' }, points: 15,
      async run(t) {
        await t.runMs(200);
        t.part('btn').press();
        await t.runMs(1500);
        shows(t, 1, 1000);
        t.part('btn').release();
        await t.runMs(300);
        shows(t, 1);
      },
    },
    {
      id: 'wrap', title: { ru: 'После 15 (1111) — снова 0000', en: 'After 15 (1111) comes 0000' }, points: 15, hidden: true,
      async run(t) {
        await t.runMs(200);
        const n = await press(t, 15, 60, 120, 0, false);
        shows(t, n);
        await press(t, 2, 60, 200, n);
      },
    },
    {
      id: 'bounce', title: { ru: 'Кнопка с дребезгом', en: 'A bouncing button' }, points: 25, hidden: true, seed: 606, parts: { btn: { bounce: true } },
      async run(t) {
        await t.runMs(200);
        await press(t, 6, 100, 200, 0);
      },
    },
  ],
});
