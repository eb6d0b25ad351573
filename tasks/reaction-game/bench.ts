import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Игра «Реакция»: the LED on D13 lights up after a random wait of 1–3 s (counted with millis());
 * the player presses the button (D2 to GND, INPUT_PULLUP); the sketch switches the LED off and
 * prints the reaction time in ms on its own line (Serial, 9600), then starts the next round.
 * A press while the LED is still dark is a false start: the sketch prints EARLY at once and starts
 * the wait again. A sketch that waits with a blocking delay() cannot see the false start, and one
 * that polls the button only every 100 ms measures the reaction ± 100 ms (the tolerance is 10 ms).
 */
const parts = [
  { kind: 'button', id: 'btn', pins: { pin: 'D2' } },
  { kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'red' },
] as const;
type T = TypedContext<typeof parts>;

/** Waits (at most 3.5 s) for the LED to light up and returns when it did. */
async function waitForLed(t: T): Promise<number> {
  const lit = await t.runUntil(() => t.part('led').isOn(), { timeoutMs: 3500 });
  if (!lit) {
    t.fail({
      ru: 'Светодиод D13 должен загореться через 1–3 с, а он не загорелся за 3,5 с (не забыли pinMode(13, OUTPUT)?)',
      en: 'The LED on D13 should light up after 1–3 s, but it stayed dark for 3.5 s (forgot pinMode(13, OUTPUT)?)',
    });
  }
  return t.nowMs;
}

/** One round: wait for the LED, press after `reactionMs`, expect that number back and the LED off. */
async function round(t: T, reactionMs: number): Promise<number> {
  const litAt = await waitForLed(t);
  await t.runMs(reactionMs);
  t.part('btn').press();
  const what = { ru: `время реакции (нажали через ${reactionMs} мс)`, en: `the reaction time (pressed after ${reactionMs} ms)` };
  const line = await t.serial.waitForLine({ timeoutMs: 500, what });
  t.expect.line(line, what).isNumber(reactionMs, { tolerance: 10 });
  await t.runMs(50);
  t.part('btn').release();
  t.expect.pin('led').isLow();
  await t.runMs(50);
  return litAt;
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'lights',
      title: { ru: 'Светодиод загорается через 1–3 с', en: 'The LED lights up after 1–3 s' },
      points: 15,
      async run(t) {
        const litAt = await waitForLed(t);
        t.measure('wait', litAt, 'ms', { ru: 'Светодиод загорелся через', en: 'The LED lit up after' });
        if (litAt < 950 || litAt > 3100) {
          t.fail({
            ru: `Светодиод должен загореться через 1–3 с после запуска, а загорелся через ${litAt} мс`,
            en: `The LED should light up 1–3 s after start, but it lit after ${litAt} ms`,
          });
        }
      },
    },
    {
      id: 'reaction',
      title: { ru: 'Нажали через 250 мс — печатает 250', en: 'Pressed after 250 ms — prints 250' },
      points: 25,
      async run(t) {
        await round(t, 250);
      },
    },
    {
      id: 'rounds',
      title: { ru: 'Три раунда подряд', en: 'Three rounds in a row' },
      points: 20,
      async run(t) {
        await round(t, 180);
        await round(t, 420);
        await round(t, 333);
      },
    },
    {
      id: 'false-start',
      title: { ru: 'Фальстарт: нажали до вспышки — EARLY', en: 'False start: pressed before the flash — EARLY' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(500);
        t.part('btn').click(100);
        const what = { ru: 'строку EARLY после нажатия до вспышки', en: 'the line EARLY after a press before the flash' };
        const line = await t.serial.waitForLine({ timeoutMs: 300, what });
        t.expect.line(line, what).equals('EARLY');
        const from = t.nowMs;
        await t.runMs(800);
        t.expect.pin('led').staysLow({ from });
        await round(t, 300);
      },
    },
    {
      id: 'fast-slow',
      title: { ru: 'Очень быстрая и очень медленная реакция', en: 'A very fast and a very slow reaction' },
      points: 15,
      hidden: true,
      async run(t) {
        await round(t, t.random.int(60, 110));
        await round(t, t.random.int(1200, 1900));
        await round(t, t.random.int(130, 170));
      },
    },
    {
      id: 'random-wait',
      title: { ru: 'Пауза перед вспышкой каждый раз разная', en: 'The wait before the flash differs every time' },
      points: 10,
      hidden: true,
      async run(t) {
        const waits: number[] = [];
        let start = 0; // when the wait began: power-on, then each press
        for (let i = 0; i < 4; i++) {
          const litAt = await round(t, 200);
          waits.push(litAt - start);
          start = t.nowMs - 100;
        }
        const spread = Math.max(...waits) - Math.min(...waits);
        if (spread < 50) {
          t.fail({
            ru: `Пауза перед вспышкой должна быть случайной (random), а была почти одинаковой: ${waits.map((w) => `${w} мс`).join(', ')}`,
            en: `The wait before the flash should be random, but it was nearly the same: ${waits.map((w) => `${w} ms`).join(', ')}`,
          });
        }
      },
    },
  ],
});
