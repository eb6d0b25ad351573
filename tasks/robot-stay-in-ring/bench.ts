import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type PlacePose, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Не выезжай из круга»: the robot roams inside the 1 m «кегельринг» ring (no cans) for up to 30 s,
 * using its two line sensors to see the black border: back up, turn, go on. A wheel beyond the
 * border's outer edge counts as outside; the robot may not stay outside longer than OUT_MS at a
 * stretch (a sensor-less robot leaves for good, a forward turn on the border carries it over).
 * It must also keep moving: metres driven in total and in the last part of the run.
 */
const OUT_MS = 300;

async function roam(t: TestContext, ms: number, start?: PlacePose): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (start) scene.place(start);
  await t.runMs(ms);
  return scene;
}

function distance(scene: RobotScene, fromMs = 0): number {
  let d = 0;
  const p = scene.trajectory();
  for (let i = 1; i < p.length; i++) {
    if (p[i][0] < fromMs) continue;
    d += Math.hypot(p[i][1] - p[i - 1][1], p[i][2] - p[i - 1][2]);
  }
  return d;
}

const m = (mm: number, l: 'ru' | 'en') => (l === 'ru' ? (mm / 1000).toFixed(1).replace('.', ',') : (mm / 1000).toFixed(1));

/** Stayed in the ring, drove at least `metres`, and still drove `lastMetres` in the last `lastMs`. */
function patrols(t: TestContext, scene: RobotScene, metres: number, lastMs: number, lastMetres: number): void {
  scene.expect.stayedInRing({ maxOutsideMs: OUT_MS });
  const d = distance(scene);
  const late = distance(scene, t.nowMs - lastMs);
  t.measure('distance', Math.round(d / 10), 'cm', { ru: 'Проехал', en: 'Distance driven' });
  if (d < metres * 1000) {
    t.fail({
      ru: `Робот должен всё время ездить по кругу: хотя бы ${m(metres * 1000, 'ru')} м за тест, а он проехал ${m(d, 'ru')} м.`,
      en: `The robot must keep driving around the ring: at least ${m(metres * 1000, 'en')} m during the test, but it drove ${m(d, 'en')} m.`,
    });
  }
  if (late < lastMetres * 1000) {
    t.fail({
      ru: `За последние ${lastMs / 1000} с робот проехал всего ${m(late, 'ru')} м — похоже, он остановился. После каймы нужно отъехать, повернуть и ехать дальше.`,
      en: `In the last ${lastMs / 1000} s the robot drove only ${m(late, 'en')} m — it seems to have stopped. After the border it must back up, turn and drive on.`,
    });
  }
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'ring', cans: [], robot: { lineSensors: KIT.twoLineSensors } },
  tests: [
    {
      id: 'drives', title: { ru: 'Сразу едет вперёд', en: 'Drives off at once' }, points: 15,
      async run(t) {
        const scene = await roam(t, 1500);
        const d = distance(scene);
        if (d < 200) {
          t.fail({
            ru: `В начале робот должен поехать вперёд; за 1,5 с он проехал ${Math.round(d / 10)} см.`,
            en: `At the start the robot should drive forward; in 1.5 s it went ${Math.round(d / 10)} cm.`,
          });
        }
      },
    },
    {
      id: 'first-border', title: { ru: 'Не выезжает за кайму в первый раз', en: 'Stays in at the first border' }, points: 20,
      async run(t) {
        const scene = await roam(t, 6000);
        scene.expect.stayedInRing({ maxOutsideMs: OUT_MS });
      },
    },
    {
      id: 'patrol', title: { ru: 'Ездит в круге 30 с', en: 'Roams inside the ring for 30 s' }, points: 25,
      async run(t) {
        patrols(t, await roam(t, 30_000), 5, 10_000, 1);
      },
    },
    {
      id: 'near-edge', title: { ru: 'Старт у края, лицом к кайме', en: 'Starts near the edge, facing the border' }, points: 20, hidden: true, seed: 4242,
      async run(t) {
        patrols(t, await roam(t, 30_000, { x: 1080, y: 820, heading: 10 }), 5, 10_000, 1);
      },
    },
    {
      id: 'glancing', title: { ru: 'Кайма под острым углом', en: 'The border met at a shallow angle' }, points: 20, hidden: true, seed: 77,
      async run(t) {
        patrols(t, await roam(t, 30_000, { x: 800, y: 500, heading: 165 }), 5, 10_000, 1);
      },
    },
  ],
});
