import { defineBench, type TypedContext } from '../../judge/bench/index.ts';

/**
 * Мотор через H-мост: one motor on channel A of an L298N (ENA D9 PWM, IN1 D7, IN2 D8) runs a 6 s
 * cycle over and over: forward at full speed 0–2 s, stop 2–3 s, reverse at half speed
 * (analogWrite 128) 3–5 s, stop 5–6 s. "Stop" may be a brake (IN1 = IN2) or a coast (EN low).
 * Samples are taken away from the phase edges (± 200 ms), so small timing slips are fine.
 */
const parts = [{ kind: 'l298n', id: 'motor', pins: { in1: 'D7', in2: 'D8', en: 'D9' } }] as const;
type T = TypedContext<typeof parts>;

type Phase = 'forward' | 'stop' | 'reverse';
const CYCLE = 6000;

/** What the motor should do at `ms` after power-on. */
function phaseAt(ms: number): Phase {
  const p = ms % CYCLE;
  return p < 2000 ? 'forward' : p < 3000 ? 'stop' : p < 5000 ? 'reverse' : 'stop';
}

const NAMES = {
  forward: { ru: 'вперёд на полной скорости (100 %)', en: 'run forward at full speed (100 %)' },
  reverse: { ru: 'назад на половине скорости (50 %)', en: 'run in reverse at half speed (50 %)' },
  stop: { ru: 'стоять', en: 'stand still' },
};

const sec = (ms: number, l: 'ru' | 'en') => (l === 'ru' ? (ms / 1000).toFixed(1).replace('.', ',') : (ms / 1000).toFixed(1));

/** Runs to `ms` and checks the motor does what the schedule says there. */
async function checkAt(t: T, ms: number): Promise<void> {
  if (ms > t.nowMs) await t.runMs(ms - t.nowMs);
  const want = phaseAt(ms);
  const c = t.part('motor').current;
  const pct = Math.round(c.duty * 100);
  const got =
    c.mode !== 'drive' || c.duty < 0.02
      ? { ru: 'стоял', en: 'stood still' }
      : c.direction === 'forward'
        ? { ru: `крутился вперёд на ${pct} %`, en: `ran forward at ${pct} %` }
        : { ru: `крутился назад на ${pct} %`, en: `ran in reverse at ${pct} %` };
  let ok: boolean;
  if (want === 'stop') ok = c.mode !== 'drive' || c.duty < 0.02;
  else if (want === 'forward') ok = c.mode === 'drive' && c.direction === 'forward' && c.duty >= 0.95;
  else ok = c.mode === 'drive' && c.direction === 'reverse' && Math.abs(c.duty - 128 / 255) <= 0.06;
  if (!ok) {
    t.fail({
      ru: `На ${sec(ms, 'ru')} с мотор должен ${NAMES[want].ru}, а он ${got.ru}`,
      en: `At ${sec(ms, 'en')} s the motor should ${NAMES[want].en}, but it ${got.en}`,
    });
  }
}

export default defineBench({
  parts: [...parts],
  tests: [
    {
      id: 'forward',
      title: { ru: 'Первые 2 с — вперёд на полной скорости', en: 'The first 2 s — forward at full speed' },
      points: 15,
      async run(t) {
        for (const ms of [300, 1000, 1800]) await checkAt(t, ms);
      },
    },
    {
      id: 'stop',
      title: { ru: 'С 2 до 3 с — стоп', en: 'From 2 to 3 s — stop' },
      points: 15,
      async run(t) {
        for (const ms of [2300, 2800]) await checkAt(t, ms);
      },
    },
    {
      id: 'reverse',
      title: { ru: 'С 3 до 5 с — назад на половине скорости', en: 'From 3 to 5 s — reverse at half speed' },
      points: 20,
      async run(t) {
        for (const ms of [3300, 4000, 4800]) await checkAt(t, ms);
      },
    },
    {
      id: 'stop-again',
      title: { ru: 'С 5 до 6 с — снова стоп', en: 'From 5 to 6 s — stop again' },
      points: 10,
      async run(t) {
        for (const ms of [5300, 5800]) await checkAt(t, ms);
      },
    },
    {
      id: 'repeats',
      title: { ru: 'Цикл повторяется: второй и третий круг', en: 'The cycle repeats: the second and third rounds' },
      points: 20,
      hidden: true,
      async run(t) {
        for (const ms of [6500, 7800, 8500, 9500, 10500, 11500, 12500, 15500]) await checkAt(t, ms);
      },
    },
    {
      id: 'whole-schedule',
      title: { ru: 'Всё расписание, каждые 100 мс', en: 'The whole schedule, every 100 ms' },
      points: 20,
      hidden: true,
      async run(t) {
        for (let ms = 100; ms < 12000; ms += 100) {
          const p = ms % 1000;
          if (p < 200 || p > 800) continue; // away from the phase edges
          await checkAt(t, ms);
        }
      },
    },
  ],
});
