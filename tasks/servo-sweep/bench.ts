import { defineBench, servoPulses, type CommonContext } from '../../judge/bench/index.ts';

/**
 * Сервопривод: the servo on D9 sweeps 0° → 180° → 0° in 1° steps every 15 ms (the classic Sweep
 * example): about 2.7 s each way, forever. Angles are read from the control pulses on the wire.
 */
const SERVO = 'servo';

function pulses(t: CommonContext, from: number, to = t.nowMs) {
  return servoPulses(t.signals, 'D9', t.cycleAt(from), t.cycleAt(to));
}

export default defineBench({
  parts: [{ kind: 'servo', id: SERVO, pins: { signal: 'D9' } }],
  tests: [
    {
      id: 'start',
      title: { ru: 'Сервопривод подключён к D9 и начинает с 0°', en: 'The servo is on D9 and starts at 0°' },
      points: 10,
      async run(t) {
        await t.runMs(300);
        t.expect.servo(SERVO).reaches(0, { tolerance: 5 });
      },
    },
    {
      id: 'up',
      title: { ru: 'Доходит до 180°', en: 'Reaches 180°' },
      points: 20,
      async run(t) {
        await t.runMs(3200);
        t.expect.servo(SERVO).reaches(180, { tolerance: 3 });
      },
    },
    {
      id: 'down',
      title: { ru: 'Возвращается к 0°', en: 'Comes back to 0°' },
      points: 20,
      async run(t) {
        await t.runMs(6000);
        t.expect.servo(SERVO).reaches(0, { tolerance: 3, from: 3000 });
      },
    },
    {
      id: 'speed',
      title: { ru: 'Проход 0° → 180° за 2,7 с', en: 'A 0° → 180° sweep takes 2.7 s' },
      points: 20,
      async run(t) {
        await t.runMs(3500);
        const all = pulses(t, 0);
        const start = all.find((p) => p.degrees <= 2);
        const end = start && all.find((p) => p.cycle > start.cycle && p.degrees >= 178);
        if (!start || !end) {
          return t.fail({ ru: 'Сервопривод не прошёл от 0° до 180° за 3,5 с', en: 'The servo did not sweep from 0° to 180° within 3.5 s' });
        }
        const ms = (end.cycle - start.cycle) / 16000;
        t.measure('sweepMs', Math.round(ms), 'ms', { ru: 'Проход 0° → 180°', en: '0° → 180° sweep' });
        if (Math.abs(ms - 2700) > 300) {
          t.fail({
            ru: `Проход от 0° до 180° должен занимать около 2,7 с (шаг 1° каждые 15 мс), а занял ${(ms / 1000).toFixed(2).replace('.', ',')} с`,
            en: `A sweep from 0° to 180° should take about 2.7 s (1° every 15 ms), but it took ${(ms / 1000).toFixed(2)} s`,
          });
        }
      },
    },
    {
      id: 'smooth',
      title: { ru: 'Поворачивается плавно, без скачков', en: 'Turns smoothly, without jumps' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(6000);
        const all = pulses(t, 0);
        // A servo that gets no pulses does not move at all: that is not "smooth".
        if (all.length < 200) {
          t.fail({
            ru: `Сервопривод должен плавно качаться, но за 6 с на вывод 9 пришло только ${all.length} импульсов управления (servo.attach(9) сделан?)`,
            en: `The servo should sweep smoothly, but in 6 s pin 9 got only ${all.length} control pulses (did you call servo.attach(9)?)`,
          });
        }
        for (let i = 1; i < all.length; i++) {
          const jump = Math.abs(all[i].degrees - all[i - 1].degrees);
          if (jump > 3) {
            const at = (all[i].cycle / 16e6).toFixed(2);
            const a = Math.round(all[i - 1].degrees);
            const b = Math.round(all[i].degrees);
            t.fail({
              ru: `Сервопривод должен поворачиваться плавно (не больше 3° за 20 мс), а на ${at.replace('.', ',')} с он прыгнул с ${a}° на ${b}°`,
              en: `The servo should turn smoothly (at most 3° per 20 ms), but at ${at} s it jumped from ${a}° to ${b}°`,
            });
          }
        }
      },
    },
    {
      id: 'forever',
      title: { ru: 'Качается без остановки', en: 'Keeps sweeping' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(11_500);
        t.expect.servo(SERVO).reaches(180, { tolerance: 3, from: 6000, to: 9000 });
        t.expect.servo(SERVO).reaches(0, { tolerance: 3, from: 8500 });
      },
    },
  ],
});
