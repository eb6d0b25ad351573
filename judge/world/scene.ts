import { registerScene } from '../bench/scene.ts';
import { RobotScene, type RobotSceneSpec } from './robot-scene.ts';

/**
 * The 'robot' scene: `defineBench({ scene: { kind: 'robot', field: 'trajectory', robot: {...} } })`
 * gives each test a world on the board's clock and `t.scene` as a RobotScene.
 */
registerScene('robot', (spec, ctx) => {
  const scene = new RobotScene(spec as unknown as RobotSceneSpec, ctx.board, ctx.random, {
    emit: (id, what, value) => ctx.emit(`${id}.${what}`, value),
    pose: (x, y, h) => ctx.pose(Math.round(x * 10) / 10, Math.round(y * 10) / 10, Math.round(h * 1000) / 1000),
  });
  return { api: scene, detach: () => scene.detach() };
});

export { RobotScene };
export type { RobotSceneSpec };
