import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Лабиринт»: a 5×5 wall maze of 30 cm cells; reach the finish cell (top right) by the right-hand
 * rule. Four rangefinders: forward, two on the right (their difference gives the angle to the
 * wall) and one on the left. Touching a wall is allowed; the rules stop a run when the robot is
 * stuck (20 s); we fail it after 10 s pressed against a wall, which no working robot comes near.
 */
/** Two rangefinders on the right side (front and back): their difference tells the angle to the wall. */
const RIGHT_FRONT = { id: 'rightFront', trig: 'D9', echo: 'D10', at: [45, -53] as [number, number], angle: -90 };
const RIGHT_BACK = { id: 'rightBack', trig: 'A3', echo: 'A2', at: [-35, -53] as [number, number], angle: -90 };
const LEFT = { id: 'left', trig: 'D2', echo: 'D3', at: [5, 53] as [number, number], angle: 90 };

const STUCK_MS = 10_000;

async function solve(t: TestContext, limitMs: number, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  await t.runUntil(() => scene.inZone('finish'), { timeoutMs: limitMs });
  return scene;
}

function notStuck(t: TestContext, scene: RobotScene): void {
  const stuck = scene.run().contacts.find(([from, , , until]) => until - from > STUCK_MS);
  if (stuck) {
    t.fail({
      ru: `На ${(stuck[0] / 1000).toFixed(1).replace('.', ',')} с робот застрял, упёршись в стенку. Держите правую стенку на расстоянии и останавливайтесь перед передней.`,
      en: `At ${(stuck[0] / 1000).toFixed(1)} s the robot got stuck against a wall. Keep the right wall at a distance and stop before the wall ahead.`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'maze', start: { x: 250, y: 250, heading: 0 }, robot: {
    // A compact maze robot (11 × 11 cm): it can turn on the spot in a 30 cm cell.
    body: [[65, -55], [65, 55], [-45, 55], [-45, -55]],
    sonar: { ...KIT.sonar, id: 'front', at: [65, 0] }, sonars: [RIGHT_FRONT, RIGHT_BACK, LEFT], gainMismatch: 0.02,
  } },
  tests: [
    {
      id: 'first-corridor', title: { ru: 'Первый коридор: направо и вдоль нижней стенки', en: 'The first corridor: right and along the bottom wall' }, points: 2,
      async run(t) {
        const scene = await solve(t, 8000);
        notStuck(t, scene);
        if (scene.pose.x < 1000) t.fail({ ru: 'За 8 с робот должен был по правилу правой руки уехать по нижнему коридору вправо.', en: 'In 8 s the right-hand rule should have taken the robot along the bottom corridor to the right.' });
      },
    },
    {
      id: 'finish', title: { ru: 'Доехать до финиша', en: 'Reach the finish' }, points: 4, limitMs: 125_000,
      async run(t) {
        const scene = await solve(t, 120_000);
        notStuck(t, scene);
        const at = scene.expect.reachedZone('finish', { withinMs: 120_000, name: { ru: '«Финиш»', en: '“Finish”' } });
        t.measure('finish-time', at / 1000, 's', { ru: 'Время в лабиринте', en: 'Time in the maze' });
      },
    },
    {
      id: 'finish-other-robot', title: { ru: 'Финиш: другой экземпляр робота', en: 'Finish: another robot of the kit' }, points: 4, hidden: true, seed: 606, limitMs: 125_000,
      async run(t) {
        const scene = await solve(t, 120_000, { x: 255, y: 245, heading: 2 });
        notStuck(t, scene);
        scene.expect.reachedZone('finish', { withinMs: 120_000, name: { ru: '«Финиш»', en: '“Finish”' } });
      },
    },
    {
      id: 'finish-third-robot', title: { ru: 'Финиш: ещё один робот', en: 'Finish: yet another robot' }, points: 3, hidden: true, seed: 31337, limitMs: 125_000,
      async run(t) {
        const scene = await solve(t, 120_000, { x: 245, y: 256, heading: -3 });
        notStuck(t, scene);
        scene.expect.reachedZone('finish', { withinMs: 120_000, name: { ru: '«Финиш»', en: '“Finish”' } });
      },
    },
    {
      id: 'finish-fourth-robot', title: { ru: 'Финиш: четвёртый робот', en: 'Finish: a fourth robot' }, points: 3, hidden: true, seed: 8080, limitMs: 125_000,
      async run(t) {
        const scene = await solve(t, 120_000, { x: 258, y: 248, heading: 1 });
        notStuck(t, scene);
        scene.expect.reachedZone('finish', { withinMs: 120_000, name: { ru: '«Финиш»', en: '“Finish”' } });
      },
    },
  ],
});
