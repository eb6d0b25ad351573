import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import type { PlacePose, RobotScene } from '../../judge/world/index.ts';

/**
 * «Квадрат»: open loop by time. The motors' gains differ by up to ±2 % per seed (a calmer robot
 * than the kit's ±5 %, so a well-timed square closes), so tolerances are those a teacher would
 * accept with a real robot on the classroom floor.
 */
const RUN_MS = 12_000;

async function drive(t: TestContext, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  await t.runMs(RUN_MS);
  return scene;
}

function checkForwardFirst(t: TestContext, scene: RobotScene): void {
  const poses = scene.trajectory();
  const [, x0, y0, h0] = poses[0];
  const at = poses.find(([ms]) => ms >= 1000)!;
  const ahead = (at[1] - x0) * Math.cos(h0) + (at[2] - y0) * Math.sin(h0);
  if (ahead < 200) {
    t.fail({
      ru: `За первую секунду робот должен проехать вперёд хотя бы 20 см, а проехал ${Math.round(ahead / 10)} см. Проверьте, что оба мотора крутятся вперёд (IN1 = HIGH, IN2 = LOW) и пины указаны верно.`,
      en: `In its first second the robot should drive at least 20 cm forward, but it went ${Math.round(ahead / 10)} cm. Check that both motors turn forward (IN1 = HIGH, IN2 = LOW) and that the pins are right.`,
    });
  }
}

function checkSquare(t: TestContext, scene: RobotScene): void {
  const poses = scene.trajectory();
  const [, x0, y0] = poses[0];
  const far = Math.max(...poses.map(([, x, y]) => Math.hypot(x - x0, y - y0)));
  if (far < 450 || far > 1000) {
    t.fail({
      ru: `Квадрат со стороной 50 см: дальний угол должен быть примерно в 71 см от старта, а робот отъехал самое большее на ${Math.round(far / 10)} см.`,
      en: `A square with 50 cm sides: the far corner is about 71 cm from the start, but the robot got at most ${Math.round(far / 10)} cm away.`,
    });
  }
  const end = poses[poses.length - 1];
  const miss = Math.hypot(end[1] - x0, end[2] - y0);
  t.measure('closing-error', Math.round(miss / 10), 'cm', { ru: 'Промах мимо старта', en: 'Missed the start by' });
  if (miss > 250) {
    t.fail({
      ru: `После квадрата робот должен вернуться к старту (допускается 25 см), а оказался в ${Math.round(miss / 10)} см от него.`,
      en: `After the square the robot should be back at the start (25 cm allowed), but it ended up ${Math.round(miss / 10)} cm away.`,
    });
  }
  const before = poses.find(([ms]) => ms >= end[0] - 1000)!;
  if (Math.hypot(end[1] - before[1], end[2] - before[2]) > 5) {
    t.fail({ ru: 'Объехав квадрат, робот должен остановиться, а он всё ещё едет.', en: 'After the square the robot must stop, but it is still moving.' });
  }
}

const square = (t: TestContext, scene: RobotScene): void => {
  checkForwardFirst(t, scene);
  scene.expect.turnedBy(360, { tolerance: 60 });
  checkSquare(t, scene);
};

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'arena', robot: { gainMismatch: 0.02 }, start: { x: 700, y: 700, heading: 0 } },
  tests: [
    {
      id: 'forward-first', title: { ru: 'Сначала робот едет вперёд', en: 'The robot first drives forward' }, points: 2, seed: 11,
      async run(t) {
        checkForwardFirst(t, await drive(t));
      },
    },
    {
      id: 'four-left-turns', title: { ru: 'Четыре поворота налево, всего 360°', en: 'Four left turns, 360° in all' }, points: 2, seed: 11,
      async run(t) {
        (await drive(t)).expect.turnedBy(360, { tolerance: 60 });
      },
    },
    {
      id: 'square-closes', title: { ru: 'Квадрат замыкается, робот останавливается', en: 'The square closes and the robot stops' }, points: 2, seed: 11,
      async run(t) {
        checkSquare(t, await drive(t));
      },
    },
    {
      id: 'other-robot', title: { ru: 'Другой экземпляр робота', en: 'Another robot of the kit' }, points: 2, seed: 4242, hidden: true,
      async run(t) {
        square(t, await drive(t, { x: 600, y: 800, heading: 90 }));
      },
    },
    {
      id: 'third-robot', title: { ru: 'Ещё один экземпляр робота', en: 'Yet another robot of the kit' }, points: 2, seed: 777, hidden: true,
      async run(t) {
        square(t, await drive(t, { x: 1300, y: 1300, heading: 180 }));
      },
    },
  ],
});
