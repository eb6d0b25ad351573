import { defineBench, servoPulses, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Ручка-руль: a potentiometer on A0 steers the servo on D9: knob fully left (0) → 0°, the middle
 * → 90°, fully right (1) → 180°, linearly (map(analogRead(A0), 0, 1023, 0, 180)). The servo must
 * follow a turn of the knob within 200 ms and stand still while the knob does.
 */
const SERVO = 'servo';
const POT = 'pot';
const parts = [
  { kind: 'potentiometer', id: 'pot', pins: { wiper: 'A0' } },
  { kind: 'servo', id: 'servo', pins: { signal: 'D9' } },
] as const;
type T = TypedContext<typeof parts>;

/** Turns the knob to `position` (0..1) and expects the servo at `degrees` 200 ms later. */
async function knob(t: T, position: number, degrees: number, tolerance = 4): Promise<void> {
  t.part(POT).setPosition(position);
  await t.runMs(200);
  t.expect.servo(SERVO).angle(degrees, { tolerance });
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'middle',
      title: { ru: 'Ручка посередине — 90°', en: 'Knob in the middle gives 90°' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await knob(t, 0.5, 90);
      },
    },
    {
      id: 'ends',
      title: { ru: 'Крайние положения — 0° и 180°', en: 'The ends give 0° and 180°' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await knob(t, 0, 0);
        await knob(t, 1, 180);
      },
    },
    {
      id: 'quarters',
      title: { ru: 'Четверть оборота — 45°, три четверти — 135°', en: 'A quarter gives 45°, three quarters 135°' },
      points: 20,
      async run(t) {
        await t.runMs(300);
        await knob(t, 0.25, 45);
        await knob(t, 0.75, 135);
      },
    },
    {
      id: 'direction',
      title: { ru: 'Поворот ручки вправо поворачивает сервопривод к 180°', en: 'Turning the knob right turns the servo towards 180°' },
      points: 15,
      async run(t) {
        await t.runMs(300);
        await knob(t, 0.1, 18);
        await knob(t, 0.9, 162);
        await knob(t, 0.6, 108);
      },
    },
    {
      id: 'random',
      title: { ru: 'Любое положение ручки', en: 'Any knob position' },
      points: 15,
      hidden: true,
      async run(t) {
        await t.runMs(300);
        for (let i = 0; i < 6; i++) {
          const position = t.random.range(0, 1);
          await knob(t, position, (Math.floor(position * 1023) * 180) / 1023);
        }
      },
    },
    {
      id: 'steady',
      title: { ru: 'Не дёргается, пока ручку не трогают', en: 'Stays still while the knob is left alone' },
      points: 15,
      hidden: true,
      parts: { pot: { noise: 1 } },
      async run(t) {
        await t.runMs(300);
        await knob(t, 0.3, 54);
        const from = t.nowMs;
        await t.runMs(1500);
        const pulses = servoPulses(t.signals, 'D9', t.cycleAt(from), t.cycleAt(t.nowMs));
        if (pulses.length < 50) {
          t.fail({
            ru: `Сервопривод должен всё время получать импульсы управления, а за 1,5 с их пришло только ${pulses.length}`,
            en: `The servo should keep getting control pulses, but only ${pulses.length} came in 1.5 s`,
          });
        }
        for (const p of pulses) {
          if (Math.abs(p.degrees - 54) > 4) {
            const at = (p.cycle / 16e6).toFixed(2);
            t.fail({
              ru: `Ручка стоит на 30 % — сервопривод должен стоять на 54° ± 4°, а на ${at.replace('.', ',')} с он повернулся на ${Math.round(p.degrees)}°`,
              en: `The knob stays at 30 % — the servo should stay at 54° ± 4°, but at ${at} s it turned to ${Math.round(p.degrees)}°`,
            });
          }
        }
      },
    },
  ],
});
