import { ExpectationFailed } from '../../bench/errors.ts';
import { segmentSegmentDist2 } from '../geometry.ts';
import { signedDist2ToPolygon } from '../physics/collide.ts';
import type { RobotScene } from '../robot-scene.ts';
import { registerRobotCheck } from './registry.ts';
import { cm, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * The robot is standing still (moved < 5 mm over the last `stillMs`, default 500) with a gap of
     * at most `within` mm (and at least `atLeast`, default 0) between its body and the nearest
     * wall, obstacle or can, without touching it. Returns the gap, mm.
     */
    stoppedNear(options: { within: number; atLeast?: number; stillMs?: number }): number;
  }
}

/** Gap between the body and the nearest wall or standing can, mm (0 when touching). */
export function gapToObstacle(scene: RobotScene): number {
  const body = scene.world.bodyAt(scene.world.pose);
  let gap = Infinity;
  for (const w of scene.world.walls) {
    for (let i = 0; i < body.length; i++) {
      const d = Math.sqrt(segmentSegmentDist2(body[i], body[(i + 1) % body.length], w.a, w.b)) - w.half;
      gap = Math.min(gap, d);
    }
  }
  for (const c of scene.cans) {
    if (c.fallen) continue;
    const { d2, inside } = signedDist2ToPolygon([c.x, c.y], body);
    gap = Math.min(gap, inside ? 0 : Math.sqrt(d2) - c.r);
  }
  return Math.max(0, gap);
}

registerRobotCheck('stoppedNear', (scene, options) => {
  const stillMs = options.stillMs ?? 500;
  const poses = scene.trajectory();
  const now = poses[poses.length - 1];
  const then = poses.find(([t]) => t >= now[0] - stillMs) ?? now;
  const moved = Math.hypot(now[1] - then[1], now[2] - then[2]);
  if (moved > 5) {
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? `Робот должен был остановиться перед препятствием, но к ${sec(now[0], l)} всё ещё ехал (за последние ${sec(stillMs, l)} проехал ${cm(moved, l)})`
      : `The robot had to stop in front of the obstacle, but at ${sec(now[0], l)} it was still moving (${cm(moved, l)} in the last ${sec(stillMs, l)})`));
  }
  const gap = gapToObstacle(scene);
  const min = options.atLeast ?? 0;
  if (gap <= 0.5 || scene.world.inContact) {
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? 'Робот упёрся в препятствие, а должен был остановиться, не касаясь его'
      : 'The robot ran into the obstacle; it had to stop without touching it'));
  }
  if (gap > options.within || gap < min) {
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? `Робот остановился в ${cm(gap, l)} от препятствия, а нужно ${min > 0 ? `от ${cm(min, l)} ` : ''}до ${cm(options.within, l)}`
      : `The robot stopped ${cm(gap, l)} from the obstacle; it should stop ${min > 0 ? `between ${cm(min, l)} and ${cm(options.within, l)}` : `within ${cm(options.within, l)}`}`));
  }
  return gap;
});
