import { ExpectationFailed } from '../../bench/errors.ts';
import { DEG, wrapAngle } from '../geometry.ts';
import { registerRobotCheck } from './registry.ts';
import { deg, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * Between `fromMs` (default 0) and `toMs` (default now) the robot turned by `angle` degrees
     * (left positive) within `tolerance` (default 15°), counting whole turns. Returns the turn, degrees.
     */
    turnedBy(angle: number, options?: { tolerance?: number; fromMs?: number; toMs?: number }): number;
  }
}

registerRobotCheck('turnedBy', (scene, angle, options = {}) => {
  const tolerance = options.tolerance ?? 15;
  const from = options.fromMs ?? 0;
  const to = options.toMs ?? Infinity;
  let total = 0;
  let prev: number | null = null;
  for (const [t, , , h] of scene.trajectory()) {
    if (t < from || t > to) continue;
    if (prev !== null) total += wrapAngle(h - prev);
    prev = h;
  }
  const turned = total / DEG;
  if (Math.abs(turned - angle) > tolerance) {
    const end = Math.min(to, scene.timeMs);
    throw new ExpectationFailed(text((l) => {
      const dir = (a: number) => (l === 'ru' ? (a >= 0 ? 'налево' : 'направо') : a >= 0 ? 'left' : 'right');
      return l === 'ru'
        ? `С ${sec(from, l)} до ${sec(end, l)} робот должен был повернуть ${dir(angle)} на ${deg(Math.abs(angle), l)} (±${deg(tolerance, l)}), а повернул ${dir(turned)} на ${deg(Math.abs(Math.round(turned)), l)}`
        : `From ${sec(from, l)} to ${sec(end, l)} the robot had to turn ${dir(angle)} by ${deg(Math.abs(angle), l)} (±${deg(tolerance, l)}), but it turned ${dir(turned)} by ${deg(Math.abs(Math.round(turned)), l)}`;
    }));
  }
  return turned;
});
