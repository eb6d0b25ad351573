import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «По линии»: two analog sensors 36 mm apart straddle a 20 mm line on the test oval. The robot
 * must stay on the line (judged as a competition judge does: the line still under the robot's
 * front, 6 cm) and keep going round: reaching the far checkpoint proves it follows, not crawls.
 */
async function follow(t: TestContext, ms: number, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  await t.runMs(ms);
  return scene;
}

function lap(t: TestContext, scene: RobotScene, withinMs: number): void {
  scene.expect.stayedOnLine({ tolerance: 60 });
  const at = scene.expect.reachedZone('far', { withinMs, name: { ru: '«дальняя прямая»', en: '“far straight”' } });
  t.measure('far-straight-ms', at, 'ms', { ru: 'До дальней прямой', en: 'To the far straight' });
}

/** Follows the oval until back at the start (after at least 3 s), within 15 s; reports the lap time. */
async function fullLap(t: TestContext, start: PlacePose | undefined, turn: number): Promise<void> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  const from = { ...scene.pose };
  const back = await t.runUntil(() => t.nowMs > 3000 && Math.hypot(scene.pose.x - from.x, scene.pose.y - from.y) < 80, { timeoutMs: 15_000 });
  scene.expect.stayedOnLine({ tolerance: 60 });
  if (!back) {
    t.fail({
      ru: 'За 15 с робот не вернулся к месту старта: он должен проехать полный круг по линии.',
      en: 'In 15 s the robot did not come back to where it started: it must drive a full lap along the line.',
    });
  }
  scene.expect.turnedBy(turn, { tolerance: 60 });
  t.measure('lap-ms', Math.round(t.nowMs), 'ms', { ru: 'Время круга', en: 'Lap time' });
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'test-track', robot: { lineSensors: KIT.twoLineSensors } },
  tests: [
    {
      id: 'starts-on-line', title: { ru: 'Едет вдоль прямой, не съезжая', en: 'Drives along the straight without leaving it' }, points: 2,
      async run(t) {
        const scene = await follow(t, 1500);
        scene.expect.stayedOnLine({ tolerance: 60 });
        const moved = Math.hypot(scene.pose.x - 800, scene.pose.y - 300);
        if (moved < 250) t.fail({ ru: `За 1,5 с робот проехал всего ${Math.round(moved / 10)} см — он должен ехать вдоль линии.`, en: `In 1.5 s the robot moved only ${Math.round(moved / 10)} cm — it must drive along the line.` });
      },
    },
    {
      id: 'first-curve', title: { ru: 'Проходит первый поворот', en: 'Takes the first curve' }, points: 2,
      async run(t) {
        const scene = await follow(t, 7000);
        lap(t, scene, 7000);
      },
    },
    {
      id: 'full-lap', title: { ru: 'Полный круг по овалу', en: 'A full lap of the oval' }, points: 2,
      async run(t) {
        await fullLap(t, undefined, 360);
      },
    },
    {
      id: 'other-way', title: { ru: 'С другого места', en: 'From another place' }, points: 2, hidden: true, seed: 99,
      async run(t) {
        await fullLap(t, { x: 1200, y: 1100, heading: 180 }, 360);
      },
    },
    {
      id: 'clockwise', title: { ru: 'По часовой стрелке', en: 'Clockwise' }, points: 2, hidden: true, seed: 5,
      async run(t) {
        await fullLap(t, { x: 1000, y: 1100, heading: 0 }, -360);
      },
    },
  ],
});
