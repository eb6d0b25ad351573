import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Траектория» against the clock: follow the line through four crossings and stop at the finish
 * line (the fifth). The finishing time is measured (a contest ranks by it); leaving the line is a
 * fault, as in the competition rules.
 */
const LIMIT_MS = 40_000;

async function race(t: TestContext, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  // Until the robot has stood in the finish zone for 1.5 s (or the time is up).
  let since = -1;
  await t.runUntil(() => {
    if (!scene.inZone('finish')) since = -1;
    else if (since < 0) since = t.nowMs;
    return since >= 0 && t.nowMs - since > 1500;
  }, { timeoutMs: LIMIT_MS });
  return scene;
}

function finish(t: TestContext, scene: RobotScene): void {
  scene.expect.stayedOnLine({ tolerance: 60 });
  const at = scene.expect.reachedZone('finish', { withinMs: LIMIT_MS, stop: true, name: { ru: '«Финиш»', en: '“Finish”' } });
  t.measure('finish-time', at / 1000, 's', { ru: 'Время на трассе', en: 'Finishing time' });
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'trajectory', robot: { lineSensors: KIT.twoLineSensors } },
  tests: [
    {
      id: 'first-straight', title: { ru: 'Первая прямая и перекрёсток', en: 'The first straight and crossing' }, points: 2,
      async run(t) {
        const scene = t.scene as RobotScene;
        await t.runMs(5000);
        scene.expect.stayedOnLine({ tolerance: 60 });
        if (scene.pose.x < 1000) t.fail({ ru: 'За 5 с робот не проехал первый перекрёсток: проезжайте поперечные линии прямо.', en: 'In 5 s the robot did not get past the first crossing: drive straight over crossing lines.' });
      },
    },
    {
      id: 'curves', title: { ru: 'Повороты до второго перекрёстка', en: 'Curves up to the second crossing' }, points: 2,
      async run(t) {
        const scene = t.scene as RobotScene;
        await t.runUntil(() => scene.inZone('cp-1'), { timeoutMs: 15_000 });
        scene.expect.reachedZone('cp-1', { withinMs: 15_000, name: { ru: '«второй перекрёсток»', en: '“second crossing”' } });
        scene.expect.stayedOnLine({ tolerance: 60 });
      },
    },
    {
      id: 'finish', title: { ru: 'Финиш на время', en: 'To the finish against the clock' }, points: 3,
      async run(t) {
        finish(t, await race(t));
      },
    },
    {
      id: 'finish-other-robot', title: { ru: 'Финиш: другой экземпляр робота', en: 'Finish: another robot of the kit' }, points: 3, hidden: true, seed: 2024,
      async run(t) {
        finish(t, await race(t, { x: 330, y: 305, heading: 4 }));
      },
    },
    {
      id: 'finish-third-robot', title: { ru: 'Финиш: ещё один робот', en: 'Finish: yet another robot' }, points: 3, hidden: true, seed: 77,
      async run(t) {
        finish(t, await race(t, { x: 300, y: 296, heading: -3 }));
      },
    },
  ],
});
