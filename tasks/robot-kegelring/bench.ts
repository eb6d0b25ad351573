import { defineBench, type TestContext } from '../../judge/bench/index.ts';
import '../../judge/world/index.ts';
import { KIT, type RobotScene } from '../../judge/world/index.ts';

/**
 * «Кегельринг»: push the cans out of the 1 m ring with the body, without staying outside the
 * ring longer than 5 s (the rules). A can counts when it is entirely outside the ring's outer edge.
 * Cans out and the time to clear the ring are measured (contest ranking).
 */
type Cans = { id: string; at: [number, number] }[];

/** Cans on a circle of `radius` around the ring's centre, starting at `phase` degrees. */
function layout(n: number, radius: number, phase: number): Cans {
  return Array.from({ length: n }, (_, i) => {
    const a = ((phase + (360 / n) * i) * Math.PI) / 180;
    return { id: `can-${i + 1}`, at: [800 + radius * Math.cos(a), 800 + radius * Math.sin(a)] as [number, number] };
  });
}

async function clear(t: TestContext, limitMs: number, need: number, cans?: Cans): Promise<RobotScene> {
  const scene = t.scene as RobotScene;
  if (cans) scene.setCans(cans);
  const all = await t.runUntil(() => scene.cansOut().length >= scene.cans.length, { timeoutMs: limitMs });
  if (all) await t.runMs(500);
  scene.expect.stayedInRing({ maxOutsideMs: 5000 });
  const out = scene.expect.cansOut({ atLeast: need });
  t.measure('cans-out', out, undefined, { ru: 'Кеглей выбито', en: 'Cans out' });
  if (all) t.measure('clear-time', Math.round(t.nowMs) / 1000, 's', { ru: 'Время до последней кегли', en: 'Time to clear the ring' });
  return scene;
}

export default defineBench({
  parts: [],
  scene: { kind: 'robot', field: 'ring', robot: { lineSensors: KIT.twoLineSensors, sonar: KIT.sonar } },
  tests: [
    {
      id: 'first-can', title: { ru: 'Первая кегля за 15 с', en: 'The first can within 15 s' }, points: 2,
      async run(t) {
        await clear(t, 15_000, 1);
      },
    },
    {
      id: 'half', title: { ru: 'Три кегли за 30 с', en: 'Three cans within 30 s' }, points: 2,
      async run(t) {
        await clear(t, 30_000, 3);
      },
    },
    {
      id: 'all', title: { ru: 'Все шесть кеглей за 60 с', en: 'All six cans within 60 s' }, points: 3,
      async run(t) {
        await clear(t, 60_000, 6);
      },
    },
    {
      id: 'other-layout', title: { ru: 'Другая расстановка', en: 'Another layout' }, points: 3, hidden: true, seed: 5150,
      async run(t) {
        await clear(t, 60_000, 6, [...layout(3, 250, 20), ...layout(3, 340, 80).map((c, i) => ({ ...c, id: `can-${i + 4}` }))]);
      },
    },
    {
      id: 'four-cans', title: { ru: 'Четыре кегли ближе к краю', en: 'Four cans nearer the edge' }, points: 2, hidden: true, seed: 9,
      async run(t) {
        await clear(t, 45_000, 4, layout(4, 360, 45));
      },
    },
  ],
});
