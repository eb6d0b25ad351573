import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Ночник: a photoresistor divider on A0 (LDR to 5 V, so brighter → higher analogRead) and a lamp
 * LED on D8. The lamp turns ON when analogRead(A0) drops below 400 and OFF when it rises above 600;
 * in between it keeps what it was doing (hysteresis), so it never flickers at dusk.
 * With the default GL5528 curve: 1 lux ≈ 170, 5.3 lux ≈ 400, 10 lux ≈ 512, 16.5 lux ≈ 600,
 * 100 lux ≈ 853, 300 lux (a lit classroom) ≈ 935.
 */
const parts = [
  { kind: 'photoresistor', id: 'ldr', pins: { out: 'A0' } },
  { kind: 'led', id: 'lamp', pins: { anode: 'D8' }, color: 'yellow' },
] as const;
type T = TypedContext<typeof parts>;

const DAY = 300;
const NIGHT = 1;
/** Between the thresholds: analogRead ≈ 512. */
const TWILIGHT = 10;

/** Light changes; 300 ms later the lamp must be on/off and stay so for `holdMs`. */
async function light(t: T, lux: number, lampOn: boolean, holdMs = 700): Promise<void> {
  t.part('ldr').setLux(lux);
  await t.runMs(300);
  const from = t.nowMs;
  await t.runMs(holdMs);
  if (lampOn) t.expect.pin('lamp').staysHigh({ from });
  else t.expect.pin('lamp').staysLow({ from });
}

/** Lux changing smoothly (exponentially) from a to b over ms, in 20 ms steps. */
async function glide(t: T, a: number, b: number, ms: number): Promise<void> {
  const steps = ms / 20;
  for (let i = 1; i <= steps; i++) {
    t.part('ldr').setLux(a * Math.pow(b / a, i / steps));
    await t.runMs(20);
  }
}

function switches(t: T, fromMs: number) {
  return t.signals.edges('D8', t.cycleAt(fromMs), t.cycleAt(t.nowMs));
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'day',
      title: { ru: 'Днём ночник не горит', en: 'In daylight the lamp is off' },
      points: 10,
      async run(t) {
        await t.runMs(300);
        t.expect.pin('lamp').isOutput();
        await light(t, DAY, false, 1000);
      },
    },
    {
      id: 'night',
      title: { ru: 'В темноте включается', en: 'In the dark it turns on' },
      points: 20,
      async run(t) {
        await t.runMs(500);
        await light(t, NIGHT, true);
      },
    },
    {
      id: 'morning',
      title: { ru: 'Утром выключается', en: 'In the morning it turns off' },
      points: 15,
      async run(t) {
        await t.runMs(500);
        await light(t, NIGHT, true);
        await light(t, 100, false);
      },
    },
    {
      id: 'twilight',
      title: { ru: 'В сумерках помнит, что делал (гистерезис)', en: 'At twilight it keeps its state (hysteresis)' },
      points: 20,
      async run(t) {
        await t.runMs(500);
        await light(t, TWILIGHT, false); // evening, not dark enough yet: still off
        await light(t, NIGHT, true);
        await light(t, TWILIGHT, true); // dawn, not light enough yet: still on
        await light(t, DAY, false);
      },
    },
    {
      id: 'thresholds',
      title: { ru: 'Включается ниже 400, выключается выше 600', en: 'On below 400, off above 600' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(500);
        // Evening: from 30 lux (≈ 690) down to 2 lux (≈ 255) in 4 s — it must switch on once, near 400.
        for (const [a, b, on, from, to] of [
          [30, 2, true, 350, 450],
          [2, 30, false, 550, 650],
        ] as const) {
          const start = t.nowMs;
          let at = -1;
          const steps = 4000 / 20;
          for (let i = 1; i <= steps; i++) {
            const lux = a * Math.pow(b / a, i / steps);
            t.part('ldr').setLux(lux);
            await t.runMs(20);
            if (at < 0 && t.part('lamp').isOn() === on) {
              // what analogRead(A0) gives now (within one 20 ms step of the switch)
              const v = t.part('ldr').volts();
              at = Math.round((v / 5) * 1023);
            }
          }
          const n = switches(t, start).length;
          if (at < 0 || n !== 1) {
            return t.fail({
              ru: `Когда свет плавно ${on ? 'гаснет' : 'разгорается'}, ночник должен ${on ? 'включиться' : 'выключиться'} ровно один раз, а переключился ${n} раз`,
              en: `As the light slowly ${on ? 'fades' : 'comes up'}, the lamp should turn ${on ? 'on' : 'off'} exactly once, but it switched ${n} times`,
            });
          }
          t.measure(on ? 'onAt' : 'offAt', at, '', { ru: on ? 'Включился при analogRead' : 'Выключился при analogRead', en: on ? 'Turned on at analogRead' : 'Turned off at analogRead' });
          if (at < from || at > to) {
            return t.fail({
              ru: `Ночник должен ${on ? 'включаться, когда analogRead(A0) опускается ниже 400' : 'выключаться, когда analogRead(A0) поднимается выше 600'}, а ${on ? 'включился' : 'выключился'} при ${at}`,
              en: `The lamp should turn ${on ? 'on when analogRead(A0) drops below 400' : 'off when analogRead(A0) rises above 600'}, but it turned ${on ? 'on' : 'off'} at ${at}`,
            });
          }
        }
      },
    },
    {
      id: 'no-flicker',
      title: { ru: 'Не мигает в сумерках с помехами', en: 'No flicker at a noisy dusk' },
      points: 20,
      hidden: true,
      parts: { ldr: { noise: 25 } },
      async run(t) {
        await t.runMs(500);
        // Dusk: the light fades to ≈ 500 (right between the thresholds), lingers there 4 s, then it gets dark.
        const start = t.nowMs;
        await glide(t, 40, 9.5, 2000);
        await glide(t, 9.5, 9.5, 4000);
        await glide(t, 9.5, 1.5, 2000);
        await t.runMs(500);
        const down = switches(t, start).length;
        t.expect.pin('lamp').isHigh();
        // Dawn: the same the other way.
        const mid = t.nowMs;
        await glide(t, 1.5, 9.5, 2000);
        await glide(t, 9.5, 9.5, 4000);
        await glide(t, 9.5, 40, 2000);
        await t.runMs(500);
        const up = switches(t, mid).length;
        t.expect.pin('lamp').isLow();
        if (down !== 1 || up !== 1) {
          t.fail({
            ru: `Вечером ночник должен включиться один раз, а утром один раз выключиться. А он переключился ${down} раз вечером и ${up} раз утром — мигает, когда показания датчика дрожат около порога (нужен гистерезис: включать ниже 400, выключать выше 600)`,
            en: `At dusk the lamp should turn on once, and at dawn turn off once. It switched ${down} times at dusk and ${up} times at dawn — it flickers while the sensor readings jitter around the threshold (it needs hysteresis: on below 400, off above 600)`,
          });
        }
      },
    },
  ],
});
