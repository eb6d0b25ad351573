import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type FieldData, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * Кубок, задача E «Спринт по линии» (timed): a 20 mm black line — a straight, a left curve, a
 * right curve, a straight — ends in a black finish bar across it. The robot follows the line from
 * the start and stops with its wheels in the finish zone (the bar under its sensors), within 15 s.
 * The finish time of the 'finish' test (when it got into the finish zone, then stopped) ranks the
 * contest (tasks/contests/cup-sample.yaml: measure finish-time, better lower).
 */
const FIELD: FieldData = {
  name: 'cup-sprint',
  title: { ru: 'Спринт: трасса с двумя поворотами и финишной чертой', en: 'Sprint: a track with two curves and a finish bar' },
  size: [2400, 1400],
  start: { x: 300, y: 300, heading: 0 },
  elements: [
    { type: 'line', points: [[150, 300], [900, 300]], width: 20 },
    { type: 'arc', center: [900, 600], radius: 300, from: -90, to: 0, width: 20 },
    { type: 'line', points: [[1200, 600], [1200, 800]], width: 20 },
    { type: 'arc', center: [1500, 800], radius: 300, from: 180, to: 90, width: 20 },
    { type: 'line', points: [[1500, 1100], [2100, 1100]], width: 20 },
    { type: 'line', id: 'finish-bar', points: [[2100, 1020], [2100, 1180]], width: 25 },
    { type: 'zone', id: 'start', role: 'start', rect: [200, 200, 200, 200] },
    { type: 'zone', id: 'curve', role: 'checkpoint', rect: [1100, 550, 200, 250] },
    { type: 'zone', id: 'finish', role: 'finish', rect: [1940, 1000, 120, 200] },
  ],
};

const FINISH = { ru: '«финиш»', en: '“finish”' };

/**
 * Races from `start` to the finish within `limitMs` and checks the stop. With `timed`, reports the
 * finish time: only the 'finish' test does, since the round ranks by the sum of a key over tests.
 */
async function race(t: TestContext, limitMs: number, start?: PlacePose, timed = false): Promise<void> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  const got = await t.runUntil(() => scene.inZone('finish'), { timeoutMs: limitMs });
  const at = t.nowMs;
  // Watch the stop: 2 s more in the zone.
  await t.runMs(got ? 2000 : 0);
  scene.expect.stayedOnLine({ tolerance: 60 });
  scene.expect.reachedZone('finish', { withinMs: limitMs, stop: true, name: FINISH });
  const before = scene.trajectory().find((p) => p[0] >= t.nowMs - 1000);
  if (before && Math.hypot(before[1] - scene.pose.x, before[2] - scene.pose.y) > 5) {
    t.fail({
      ru: 'На финишной черте робот должен остановиться и стоять, а он всё ещё едет.',
      en: 'At the finish bar the robot must stop and stand still, but it is still moving.',
    });
  }
  if (timed) t.measure('finish-time', Math.round(at) / 1000, 's', { ru: 'Время до финиша', en: 'Time to the finish' });
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: FIELD, robot: { lineSensors: KIT.twoLineSensors } },
  tests: [
    {
      id: 'first-curve', title: { ru: 'Проходит первый поворот', en: 'Takes the first curve' }, points: 15,
      async run(t) {
        const scene = t.scene as RobotScene;
        await t.runUntil(() => scene.inZone('curve'), { timeoutMs: 6000 });
        scene.expect.stayedOnLine({ tolerance: 60 });
        scene.expect.reachedZone('curve', { withinMs: 6000, name: { ru: '«после первого поворота»', en: '“after the first curve”' } });
      },
    },
    {
      id: 'finish', title: { ru: 'Доезжает до финиша за 15 с', en: 'Reaches the finish within 15 s' }, points: 25,
      async run(t) {
        await race(t, 15_000, undefined, true);
      },
    },
    {
      id: 'stops-on-bar', title: { ru: 'Останавливается на финишной черте', en: 'Stops at the finish bar' }, points: 20,
      async run(t) {
        await race(t, 15_000, { x: 1650, y: 1100, heading: 0 });
      },
    },
    {
      id: 'mid-start', title: { ru: 'Старт с середины трассы', en: 'A start halfway along the track' }, points: 20, hidden: true, seed: 12,
      async run(t) {
        await race(t, 12_000, { x: 1200, y: 620, heading: 90 });
      },
    },
    {
      id: 'skewed-start', title: { ru: 'Старт под углом к линии', en: 'A start at an angle to the line' }, points: 20, hidden: true, seed: 404,
      async run(t) {
        await race(t, 15_000, { x: 300, y: 290, heading: 8 });
      },
    },
  ],
});
