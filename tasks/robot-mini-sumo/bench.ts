import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Мини-сумо»: the black 77 cm ring with a 25 mm white border (field `sumo`), an opponent — a heavy
 * 10 × 10 cm box — somewhere in it. By the rules the robot waits 5 s after the start, then finds the
 * opponent with the sonar and pushes it off the ring (its centre past the outer edge) without
 * leaving the ring itself: a wheel beyond the outer edge loses the bout at once. The time from the
 * end of the wait to the push-out is measured for the contest table.
 */
const WAIT_MS = 5000;
const C = 600; // the ring's centre, mm

/** A point `r` mm from the centre in the direction `deg` (0 = right, 90 = up, the robot's start heading). */
const polar = (deg: number, r: number): [number, number] => [C + r * Math.cos((deg * Math.PI) / 180), C + r * Math.sin((deg * Math.PI) / 180)];

function travelled(scene: RobotScene, toMs: number): number {
  let d = 0;
  const p = scene.trajectory();
  for (let i = 1; i < p.length && p[i][0] <= toMs; i++) d += Math.hypot(p[i][1] - p[i - 1][1], p[i][2] - p[i - 1][2]) + Math.abs(p[i][3] - p[i - 1][3]) * 60;
  return d;
}

/** The bout: the opponent at `at` (turned by `angle`°), optionally the robot elsewhere; `limitMs` after the wait. */
async function bout(t: TestContext, limitMs: number, opponent?: { at: [number, number]; angle?: number }, start?: PlacePose): Promise<void> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  if (opponent) scene.setOpponents([opponent]);
  await t.runMs(WAIT_MS - 100);
  const early = travelled(scene, t.nowMs);
  if (early > 10) {
    t.fail({
      ru: `По правилам мини-сумо робот стоит 5 с после старта, а этот тронулся раньше (сдвинулся на ${Math.round(early)} мм за первые 4,9 с). Начните программу с delay(5000) в setup().`,
      en: `By the mini-sumo rules the robot stands still for 5 s after the start, but this one moved earlier (${Math.round(early)} mm in the first 4.9 s). Begin with delay(5000) in setup().`,
    });
  }
  const out = await t.runUntil(() => scene.opponentsOut().length === scene.opponents.length, { timeoutMs: limitMs + 100 });
  // After the push the robot must stop at the border: watch it a little longer.
  await t.runMs(out ? 1500 : 0);
  scene.expect.stayedInRing({ maxOutsideMs: 0 });
  const at = scene.expect.opponentOut({ withinMs: WAIT_MS + limitMs });
  t.measure('push-time', Math.round(at - WAIT_MS) / 1000, 's', { ru: 'Время до выталкивания', en: 'Time to push out' });
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'sumo', robot: { lineSensors: KIT.twoLineSensors, sonar: KIT.sonar } },
  tests: [
    {
      id: 'ahead', title: { ru: 'Соперник прямо впереди', en: 'The opponent straight ahead' }, points: 20,
      async run(t) {
        await bout(t, 8000);
      },
    },
    {
      id: 'left', title: { ru: 'Соперник слева', en: 'The opponent on the left' }, points: 20,
      async run(t) {
        await bout(t, 12_000, { at: polar(180, 230), angle: 30 });
      },
    },
    {
      id: 'behind', title: { ru: 'Соперник сзади, у края', en: 'The opponent behind, near the edge' }, points: 20,
      async run(t) {
        await bout(t, 12_000, { at: polar(-80, 290), angle: 10 });
      },
    },
    {
      id: 'near-edge-start', title: { ru: 'Старт у края, лицом к кайме', en: 'Start near the edge, facing the border' }, points: 20, hidden: true, seed: 31,
      async run(t) {
        await bout(t, 12_000, { at: polar(200, 200) }, { x: C + 170, y: C + 40, heading: 10 });
      },
    },
    {
      id: 'random-place', title: { ru: 'Соперник в случайном месте', en: 'The opponent at a random place' }, points: 20, hidden: true, seed: 2718,
      async run(t) {
        await bout(t, 12_000, { at: polar(t.random.int(0, 359), t.random.int(150, 280)), angle: t.random.int(0, 89) });
      },
    },
  ],
});
