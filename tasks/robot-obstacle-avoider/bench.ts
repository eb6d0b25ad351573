import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Объезд»: roam a 1 m corridor with boxes in it using the forward ultrasonic rangefinder, and
 * never touch a wall or a box. The motors differ by ±2 % so straight runs are nearly straight.
 */
async function roam(t: TestContext, ms: number, start: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  scene.place(start);
  await t.runMs(ms);
  return scene;
}

function travelled(scene: RobotScene): number {
  const p = scene.trajectory();
  let d = 0;
  for (let i = 1; i < p.length; i++) d += Math.hypot(p[i][1] - p[i - 1][1], p[i][2] - p[i - 1][2]);
  return d;
}

function roamsSafely(t: TestContext, scene: RobotScene, metres: number): void {
  scene.expect.neverTouchedWall();
  const d = travelled(scene);
  t.measure('distance', Math.round(d / 10), 'cm', { ru: 'Проехал', en: 'Distance driven' });
  if (d < metres * 1000) {
    t.fail({
      ru: `Робот должен ездить, объезжая препятствия: нужно хотя бы ${metres} м, а он проехал ${(d / 1000).toFixed(1).replace('.', ',')} м. Если эха нет (pulseIn вернул 0), впереди пусто — это не «0 см».`,
      en: `The robot should keep driving round obstacles: at least ${metres} m, but it drove ${(d / 1000).toFixed(1)} m. No echo (pulseIn returned 0) means nothing ahead — not "0 cm".`,
    });
  }
}

export default defineBench({
  parts: [],
  // The corridor's walls are smooth painted boards: they echo a little more obliquely (65°) than
  // the ≈ 50° of rough surfaces, so a forward-looking sonar can keep off a wall it approaches aslant.
  scene: { kind: 'robot', field: 'corridor', robot: { sonar: { ...KIT.sonar, maxIncidence: 65 }, gainMismatch: 0.02 } },
  tests: [
    {
      id: 'drives', title: { ru: 'Едет вперёд, когда впереди пусто', en: 'Drives forward when the way is clear' }, points: 2,
      async run(t) {
        const scene = await roam(t, 1500, { x: 1150, y: 250, heading: 0 });
        if (scene.pose.x - 1150 < 250) t.fail({ ru: 'Впереди пусто, а робот за 1,5 с проехал меньше 25 см.', en: 'The way is clear, but the robot drove less than 25 cm in 1.5 s.' });
      },
    },
    {
      id: 'first-obstacle', title: { ru: 'Не врезается в первое препятствие', en: 'Does not hit the first obstacle' }, points: 2,
      async run(t) {
        const scene = await roam(t, 5000, { x: 250, y: 450, heading: 0 });
        scene.expect.neverTouchedWall();
        if (Math.abs(scene.pose.headingDeg) < 30) t.fail({ ru: 'Перед препятствием робот должен был отвернуть, а едет прежним курсом.', en: 'The robot had to turn away from the obstacle, but it kept its heading.' });
      },
    },
    {
      id: 'roams', title: { ru: '25 секунд без касаний', en: '25 seconds without a touch' }, points: 2,
      async run(t) {
        roamsSafely(t, await roam(t, 25_000, { x: 250, y: 600, heading: 0 }), 3);
      },
    },
    {
      id: 'angled-box', title: { ru: 'Препятствие под углом', en: 'An obstacle at an angle' }, points: 2, hidden: true, seed: 404,
      async run(t) {
        roamsSafely(t, await roam(t, 20_000, { x: 1950, y: 550, heading: -10 }), 2.5);
      },
    },
    {
      id: 'toward-wall', title: { ru: 'Прямо на стенку', en: 'Straight at a wall' }, points: 2, hidden: true, seed: 12,
      async run(t) {
        roamsSafely(t, await roam(t, 20_000, { x: 2000, y: 300, heading: 90 }), 2.5);
      },
    },
  ],
});
