import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Вдоль стены»: a straight 3 m corridor; the right wall is at y = 100 (inner face y = 106).
 * A rangefinder on the front right corner [85, -60] looks right and 30° forward (that look-ahead damps the swing); 15 cm from it to the wall means the robot's
 * centre is at y ≈ 106 + 150 + 60 = 316. Follow the wall to the finish without touching it.
 */
const WALL_FACE = 106;
const SIDE_AT_Y = 60;
const TARGET_Y = WALL_FACE + 150 + SIDE_AT_Y;

const FIELD = {
  name: 'wall-corridor',
  title: { ru: 'Коридор вдоль стены', en: 'A corridor along a wall' },
  size: [3400, 900],
  background: 'white',
  start: { x: 250, y: TARGET_Y, heading: 0 },
  elements: [
    { type: 'wall', id: 'right-wall', points: [[0, 100], [3400, 100]], thickness: 12 },
    { type: 'wall', id: 'left-wall', points: [[0, 850], [3400, 850]], thickness: 12 },
    { type: 'wall', id: 'back', points: [[0, 100], [0, 850]], thickness: 12 },
    { type: 'zone', id: 'start', role: 'start', rect: [100, 150, 300, 400] },
    { type: 'zone', id: 'finish', role: 'finish', rect: [3000, 100, 400, 750] },
  ],
};

const SIDE = { id: 'side', trig: 'D12', echo: 'D13', at: [85, -SIDE_AT_Y] as [number, number], angle: -60, maxIncidence: 60 };

async function follow(t: TestContext, ms: number, start: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  scene.place(start);
  await t.runUntil(() => scene.inZone('finish'), { timeoutMs: ms });
  return scene;
}

/** Mean distance (cm, side sensor to wall face) over the part of the run past x = from. */
function meanGapCm(scene: RobotScene, from: number): number | null {
  const pts = scene.trajectory().filter((p) => p[1] > from && p[1] < 3000);
  if (pts.length < 10) return null;
  const mean = pts.reduce((s, p) => s + p[2], 0) / pts.length;
  return (mean - WALL_FACE - SIDE_AT_Y) / 10;
}

function finishes(t: TestContext, scene: RobotScene, withinMs: number): void {
  scene.expect.neverTouchedWall();
  const at = scene.expect.reachedZone('finish', { withinMs, name: { ru: '«Финиш»', en: '“Finish”' } });
  t.measure('finish-time', at / 1000, 's', { ru: 'Время до финиша', en: 'Time to the finish' });
}

function keepsGap(t: TestContext, scene: RobotScene, from: number): void {
  const gap = meanGapCm(scene, from);
  if (gap === null) {
    t.fail({ ru: 'Робот не доехал до середины коридора.', en: 'The robot did not reach the middle of the corridor.' });
    return;
  }
  t.measure('gap', Math.round(gap * 10) / 10, 'cm', { ru: 'Среднее расстояние до стены', en: 'Mean distance to the wall' });
  if (Math.abs(gap - 15) > 4) {
    t.fail({
      ru: `Робот должен держаться примерно в 15 см от правой стены (±4 см), а в среднем был в ${gap.toFixed(1).replace('.', ',')} см.`,
      en: `The robot should keep about 15 cm from the right wall (±4 cm), but on average it was ${gap.toFixed(1)} cm away.`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: FIELD, robot: { sonars: [SIDE], gainMismatch: 0.05 } },
  tests: [
    {
      id: 'straight', title: { ru: 'Старт на 15 см: доехать до финиша', en: 'Start at 15 cm: reach the finish' }, points: 20, limitMs: 32_000,
      async run(t) {
        const scene = await follow(t, 30_000, { x: 250, y: TARGET_Y, heading: 0 });
        finishes(t, scene, 30_000);
      },
    },
    {
      id: 'keeps-gap', title: { ru: 'Держит 15 см от стены', en: 'Keeps 15 cm from the wall' }, points: 20, limitMs: 32_000,
      async run(t) {
        const scene = await follow(t, 30_000, { x: 250, y: TARGET_Y, heading: 0 });
        scene.expect.neverTouchedWall();
        keepsGap(t, scene, 1200);
      },
    },
    {
      id: 'far', title: { ru: 'Старт дальше от стены (25 см)', en: 'Start further from the wall (25 cm)' }, points: 20, limitMs: 32_000,
      async run(t) {
        const scene = await follow(t, 30_000, { x: 250, y: TARGET_Y + 100, heading: 0 });
        finishes(t, scene, 30_000);
        keepsGap(t, scene, 1500);
      },
    },
    {
      id: 'near-angled', title: { ru: 'Старт близко, носом к стене', en: 'Start close, nose toward the wall' }, points: 20, hidden: true, seed: 77, limitMs: 32_000,
      async run(t) {
        const scene = await follow(t, 30_000, { x: 250, y: TARGET_Y - 40, heading: -5 });
        finishes(t, scene, 30_000);
        keepsGap(t, scene, 1500);
      },
    },
    {
      id: 'away-angled', title: { ru: 'Старт носом от стены', en: 'Start nose away from the wall' }, points: 20, hidden: true, seed: 2024, limitMs: 32_000,
      async run(t) {
        const scene = await follow(t, 30_000, { x: 300, y: TARGET_Y + 60, heading: 12 });
        finishes(t, scene, 30_000);
        keepsGap(t, scene, 1500);
      },
    },
  ],
});
