import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type FieldData, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * Кубок, задача D «Стоп на N-й полосе»: five black stripes cross a 2 m white lane. The number N
 * (1–5) comes over Serial; the robot drives along the lane and stops with its line sensors
 * (their midpoint) within 5 cm of stripe N's centre, and stays there. Before the number comes it
 * stands still. Hidden tests: a late number, a skewed start, "\r\n" after the digit.
 */
/** Stripes' centre lines, mm from the lane's left end. */
const STRIPES = [500, 750, 1000, 1250, 1500];
const FIELD: FieldData = {
  name: 'cup-stripes',
  title: { ru: 'Дорожка 2 м с пятью полосами', en: 'A 2 m lane with five stripes' },
  size: [2000, 700],
  start: { x: 150, y: 350, heading: 0 },
  elements: [
    { type: 'zone', id: 'start', role: 'start', rect: [50, 250, 200, 200] },
    ...STRIPES.map((x, i) => ({ type: 'line', id: `stripe-${i + 1}`, points: [[x, 80], [x, 620]], width: 25 })),
  ],
};

const TOLERANCE = 50;

/** x of the point midway between the line sensors (100 mm ahead of the axle), field frame. */
const sensorsX = (pose: { x: number; heading: number }): number => pose.x + 100 * Math.cos(pose.heading);

/** Sends N after `sendAtMs`, runs `ms`, and checks where and how the robot stopped. */
async function stopAt(t: TestContext, n: number, opts: { sendAtMs?: number; start?: PlacePose; ending?: string; ms?: number } = {}): Promise<void> {
  const scene = t.scene as RobotScene;
  if (opts.start) scene.place(opts.start);
  const start = { ...scene.pose };
  await t.runMs(opts.sendAtMs ?? 300);
  const moved = Math.hypot(scene.pose.x - start.x, scene.pose.y - start.y);
  if (moved > 5) {
    t.fail({
      ru: `До того как придёт номер полосы, робот должен стоять, а он уже проехал ${Math.round(moved / 10)} см.`,
      en: `Until the stripe's number comes, the robot must stand still, but it has already moved ${Math.round(moved / 10)} cm.`,
    });
  }
  t.serial.write(`${n}${opts.ending ?? '\n'}`);
  await t.runMs((opts.ms ?? 9000) - 1000);
  const before = { ...scene.pose };
  await t.runMs(1000);
  const sx = sensorsX(scene.pose);
  const bx = sensorsX(before);
  const target = STRIPES[n - 1];
  const nearest = STRIPES.reduce((best, x, i) => (Math.abs(x - sx) < Math.abs(STRIPES[best] - sx) ? i : best), 0);
  const cm = (mm: number) => Math.round(mm / 10);
  if (Math.abs(sx - target) > TOLERANCE) {
    const where = Math.abs(STRIPES[nearest] - sx) <= TOLERANCE
      ? { ru: `у полосы ${nearest + 1}`, en: `at stripe ${nearest + 1}` }
      : sx < STRIPES[0] - TOLERANCE
        ? { ru: 'ещё до первой полосы', en: 'before the first stripe' }
        : { ru: `в ${cm(Math.abs(sx - target))} см от неё`, en: `${cm(Math.abs(sx - target))} cm from it` };
    t.fail({
      ru: `Нужно остановиться датчиками на полосе ${n} (± 5 см), а датчики робота — ${where.ru}.`,
      en: `The robot had to stop with its sensors on stripe ${n} (± 5 cm), but its sensors are ${where.en}.`,
    });
  }
  if (Math.abs(sx - bx) > 5) {
    t.fail({
      ru: `Робот должен остановиться у полосы ${n}, а он всё ещё едет (за последнюю секунду — ${cm(Math.abs(sx - bx))} см).`,
      en: `The robot should have stopped at stripe ${n}, but it is still moving (${cm(Math.abs(sx - bx))} cm in the last second).`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: FIELD, robot: { lineSensors: KIT.twoLineSensors } },
  tests: [
    {
      id: 'first', title: { ru: 'N = 1', en: 'N = 1' }, points: 15,
      async run(t) {
        await stopAt(t, 1);
      },
    },
    {
      id: 'third', title: { ru: 'N = 3', en: 'N = 3' }, points: 20,
      async run(t) {
        await stopAt(t, 3);
      },
    },
    {
      id: 'fifth', title: { ru: 'N = 5, последняя полоса', en: 'N = 5, the last stripe' }, points: 20,
      async run(t) {
        await stopAt(t, 5, { ms: 11_000 });
      },
    },
    {
      id: 'late-number', title: { ru: 'Номер приходит через 2 с — до этого стоять', en: 'The number comes after 2 s — stand still until then' }, points: 15, hidden: true,
      async run(t) {
        await stopAt(t, 2, { sendAtMs: 2000 });
      },
    },
    {
      id: 'skewed', title: { ru: 'Старт под углом 8°', en: 'A start turned by 8°' }, points: 15, hidden: true, seed: 88,
      async run(t) {
        await stopAt(t, 4, { start: { x: 150, y: 330, heading: 8 }, ms: 10_000 });
      },
    },
    {
      id: 'crlf', title: { ru: 'Номер с окончанием \\r\\n', en: 'The number followed by \\r\\n' }, points: 15, hidden: true, seed: 3,
      async run(t) {
        await stopAt(t, 3, { ending: '\r\n' });
      },
    },
  ],
});
