import { ExpectationFailed } from '../../bench/errors.ts';
import { registerRobotCheck } from './registry.ts';
import { sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * The robot never stayed outside the ring (a wheel beyond its outer edge) longer than
     * `maxOutsideMs` at a stretch (the «кегельринг» rule: 5 s). Returns the longest stretch, ms.
     */
    stayedInRing(options?: { maxOutsideMs?: number }): number;
  }
}

registerRobotCheck('stayedInRing', (scene, options = {}) => {
  const limit = options.maxOutsideMs ?? 5000;
  let since = -1;
  let longest = 0;
  let longestFrom = 0;
  const poses = scene.trajectory();
  for (const [t, x, y, heading] of poses) {
    if (scene.outsideRing({ x, y, heading })) {
      if (since < 0) since = t;
      if (t - since > longest) [longest, longestFrom] = [t - since, since];
    } else since = -1;
  }
  if (longest > limit) {
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? `Робот выехал за пределы круга на ${sec(longestFrom, l)} и не вернулся за ${sec(limit, l)} (был снаружи ${sec(longest, l)}); по правилам больше ${sec(limit, l)} вне круга нельзя`
      : `The robot left the ring at ${sec(longestFrom, l)} and did not come back within ${sec(limit, l)} (it was out for ${sec(longest, l)}); the rules allow at most ${sec(limit, l)} outside`));
  }
  return longest;
});
