import { defineBench, servoPulses, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Кубок, задача C «Шлагбаум»: an HC-SR04 (TRIG D11, ECHO D12) watches the lane; a servo on D9 is
 * the barrier: 0° closed, 90° open. A car nearer than 20 cm opens it within 0.5 s; it stays open
 * while the car is there and closes 2 s (± 0.3 s) after the car has gone; a car coming back
 * during those 2 s keeps it open, and the 2 s start again when it leaves.
 */
const parts = [
  { kind: 'hc-sr04', id: 'sonar', pins: { trig: 'D11', echo: 'D12' } },
  { kind: 'servo', id: 'barrier', pins: { signal: 'D9' } },
] as const;
type T = TypedContext<typeof parts>;
const CLOSED = 0, OPEN = 90;

/** The barrier never left `deg` (± 10°) between `from` and `to` ms. */
function stays(t: T, deg: number, from: number, to: number): void {
  const pulses = servoPulses(t.signals, 'D9', t.cycleAt(from), t.cycleAt(to));
  const off = pulses.find((p) => Math.abs(p.degrees - deg) > 10);
  const name = (l: 'ru' | 'en') => (deg === OPEN ? (l === 'ru' ? 'открыт (90°)' : 'open (90°)') : l === 'ru' ? 'закрыт (0°)' : 'closed (0°)');
  const span = (l: 'ru' | 'en') => (l === 'ru' ? `с ${(from / 1000).toFixed(2).replace('.', ',')} до ${(to / 1000).toFixed(2).replace('.', ',')} с` : `from ${(from / 1000).toFixed(2)} to ${(to / 1000).toFixed(2)} s`);
  if (pulses.length === 0) {
    t.fail({ ru: `Шлагбаум должен быть ${name('ru')} ${span('ru')}, но на сервопривод D9 не приходят импульсы (servo.attach(9)?)`, en: `The barrier should be ${name('en')} ${span('en')}, but the servo on D9 gets no pulses (servo.attach(9)?)` });
  }
  if (off) {
    const at = (off.cycle / 16_000 / 1000).toFixed(2);
    t.fail({
      ru: `Шлагбаум должен быть ${name('ru')} ${span('ru')}, а на ${at.replace('.', ',')} с стоял на ${Math.round(off.degrees)}°`,
      en: `The barrier should be ${name('en')} ${span('en')}, but at ${at} s it was at ${Math.round(off.degrees)}°`,
    });
  }
}

async function car(t: T, cm: number | null, ms: number): Promise<number> {
  t.part('sonar').setDistanceCm(cm);
  const at = t.nowMs;
  await t.runMs(ms);
  return at;
}

/** The lane is empty for 1 s, then a car stops at 10 cm: open within 0.5 s. Returns when it came. */
async function arrive(t: T, cm = 10): Promise<number> {
  await car(t, null, 1000);
  stays(t, CLOSED, 300, 1000);
  const came = await car(t, cm, 500);
  t.expect.servo('barrier').reaches(OPEN, { from: came, to: came + 500, tolerance: 5 });
  return came;
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'closed', title: { ru: 'Без машины шлагбаум закрыт', en: 'No car: the barrier is closed' }, points: 10,
      async run(t) {
        await car(t, null, 1500);
        stays(t, CLOSED, 300, 1500);
      },
    },
    {
      id: 'opens', title: { ru: 'Машина ближе 20 см — открыт за 0,5 с', en: 'A car nearer than 20 cm: open within 0.5 s' }, points: 20,
      async run(t) {
        const came = await arrive(t);
        await t.runMs(1500);
        stays(t, OPEN, came + 500, t.nowMs);
      },
    },
    {
      id: 'closes-after-2s', title: { ru: 'Закрывается через 2 с после отъезда', en: 'Closes 2 s after the car leaves' }, points: 20,
      async run(t) {
        await arrive(t);
        await t.runMs(1000);
        const left = await car(t, 80, 3000);
        stays(t, OPEN, left, left + 1700);
        stays(t, CLOSED, left + 2300, t.nowMs);
      },
    },
    {
      id: 'far-car', title: { ru: 'Машина в 35 см — не открывается', en: 'A car at 35 cm does not open it' }, points: 15,
      async run(t) {
        await car(t, null, 500);
        await car(t, 35, 2000);
        stays(t, CLOSED, 300, t.nowMs);
      },
    },
    {
      id: 'comes-back', title: { ru: 'Машина вернулась, пока шлагбаум ждал', en: 'The car comes back while the barrier waits' }, points: 20, hidden: true,
      async run(t) {
        await arrive(t);
        await t.runMs(500);
        const left = await car(t, null, 1000);
        await car(t, 12, 1000);
        const leftAgain = await car(t, null, 3000);
        stays(t, OPEN, left, leftAgain + 1700);
        stays(t, CLOSED, leftAgain + 2300, t.nowMs);
      },
    },
    {
      id: 'threshold', title: { ru: 'Граница: 18 см открывает, 23 см — нет', en: 'The limit: 18 cm opens, 23 cm does not' }, points: 15, hidden: true,
      async run(t) {
        await car(t, 23, 1500);
        stays(t, CLOSED, 300, t.nowMs);
        const came = await car(t, 18, 1000);
        t.expect.servo('barrier').reaches(OPEN, { from: came, to: came + 500, tolerance: 5 });
      },
    },
  ],
});
