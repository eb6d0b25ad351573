import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Бампер» (bump-and-go) in the fenced 2×2 m arena: drive, bump, back off, turn away, go on. The
 * robot must keep exploring (several separate bumps, metres driven) and never stay pushing a wall.
 */
const STUCK_MS = 1500;

async function roam(t: TestContext, ms: number, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  await t.runMs(ms);
  return scene;
}

function distance(scene: RobotScene): number {
  let d = 0;
  const p = scene.trajectory();
  for (let i = 1; i < p.length; i++) d += Math.hypot(p[i][1] - p[i - 1][1], p[i][2] - p[i - 1][2]);
  return d;
}

function notStuck(t: TestContext, scene: RobotScene): void {
  for (const [from, , , until] of scene.run().contacts) {
    if (until - from > STUCK_MS) {
      t.fail({
        ru: `На ${(from / 1000).toFixed(1).replace('.', ',')} с робот упёрся в стенку и давил на неё ${((until - from) / 1000).toFixed(1).replace('.', ',')} с. Наткнувшись, он должен отъехать назад и отвернуть.`,
        en: `At ${(from / 1000).toFixed(1)} s the robot ran into the wall and kept pushing it for ${((until - from) / 1000).toFixed(1)} s. After a bump it must back off and turn away.`,
      });
    }
  }
}

function explores(t: TestContext, scene: RobotScene, bumps: number, metres: number): void {
  notStuck(t, scene);
  const n = scene.run().contacts.length;
  const d = distance(scene);
  t.measure('bumps', n, undefined, { ru: 'Столкновений', en: 'Bumps' });
  t.measure('distance', Math.round(d / 10), 'cm', { ru: 'Проехал', en: 'Distance driven' });
  if (n < bumps || d < metres * 1000) {
    t.fail({
      ru: `За время теста робот должен объездить арену: хотя бы ${bumps} столкновения со стенками и ${metres} м пути, а у него ${n} столкновений и ${(d / 1000).toFixed(1).replace('.', ',')} м.`,
      en: `During the test the robot should roam the arena: at least ${bumps} bumps into the walls and ${metres} m driven, but it made ${n} bumps and ${(d / 1000).toFixed(1)} m.`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'arena', robot: { bumpers: KIT.bumpers }, start: { x: 1000, y: 1000, heading: 0 } },
  tests: [
    {
      id: 'drives-forward', title: { ru: 'Сначала едет вперёд', en: 'First drives forward' }, points: 2,
      async run(t) {
        const scene = await roam(t, 1200);
        if (scene.pose.x - 1000 < 300) {
          t.fail({
            ru: `Пока ничего не нажато, робот должен ехать вперёд; за 1,2 с он проехал ${Math.round((scene.pose.x - 1000) / 10)} см. Проверьте INPUT_PULLUP у бамперов: без подтяжки вход «висит» и читается как нажатый.`,
            en: `While nothing is pressed the robot should drive forward; in 1.2 s it went ${Math.round((scene.pose.x - 1000) / 10)} cm. Check INPUT_PULLUP on the bumpers: without the pull-up the input floats and reads as pressed.`,
          });
        }
      },
    },
    {
      id: 'backs-off', title: { ru: 'Наткнувшись, отъезжает от стенки', en: 'Backs off after a bump' }, points: 2,
      async run(t) {
        const scene = await roam(t, 5000);
        if (scene.run().contacts.length === 0) t.fail({ ru: 'Робот так и не доехал до стенки.', en: 'The robot never reached the wall.' });
        notStuck(t, scene);
      },
    },
    {
      id: 'roams', title: { ru: 'Объезжает арену 20 с', en: 'Roams the arena for 20 s' }, points: 2,
      async run(t) {
        explores(t, await roam(t, 20_000), 4, 5);
      },
    },
    {
      id: 'corner', title: { ru: 'Выбирается из угла', en: 'Gets out of a corner' }, points: 2, hidden: true, seed: 31,
      async run(t) {
        explores(t, await roam(t, 20_000, { x: 1600, y: 1600, heading: 45 }), 4, 5);
      },
    },
    {
      id: 'glancing', title: { ru: 'Стенка сбоку, под углом', en: 'A wall met at an angle' }, points: 2, hidden: true, seed: 8,
      async run(t) {
        explores(t, await roam(t, 20_000, { x: 400, y: 1000, heading: 110 }), 4, 5);
      },
    },
  ],
});
