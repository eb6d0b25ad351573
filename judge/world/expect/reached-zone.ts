import { ExpectationFailed } from '../../bench/errors.ts';
import type { Text } from '../../runner/events.ts';
import { zoneContains } from '../field/types.ts';
import { registerRobotCheck } from './registry.ts';
import { cm, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * The robot's axle centre entered the zone within `withinMs` (from `fromMs`); with `stop`,
     * it is also in the zone now (it stopped there). Returns the time it got there, ms.
     */
    reachedZone(id: string, options?: { withinMs?: number; fromMs?: number; stop?: boolean; name?: Text }): number;
  }
}

registerRobotCheck('reachedZone', (scene, id, options = {}) => {
  const zone = scene.zone(id);
  const name = options.name ?? { ru: `«${id}»`, en: `“${id}”` };
  const from = options.fromMs ?? 0;
  const within = options.withinMs ?? Infinity;
  const t = scene.zoneReachedAt(id, from);
  if (t === null || t - from > within) {
    // How near it came helps the student see whether it was lost or just slow.
    let nearest = Infinity;
    const [cx, cy] = zone.rect ? [zone.rect[0] + zone.rect[2] / 2, zone.rect[1] + zone.rect[3] / 2] : zone.circle!.center;
    for (const [, x, y] of scene.trajectory()) nearest = Math.min(nearest, Math.hypot(x - cx, y - cy));
    throw new ExpectationFailed(text((l) => {
      const limit = Number.isFinite(within) ? (l === 'ru' ? ` за ${sec(within, l)}` : ` within ${sec(within, l)}`) : '';
      const late = t !== null ? (l === 'ru' ? `, а доехал только через ${sec(t - from, l)}` : `, but got there only after ${sec(t - from, l)}`) : '';
      const near = t === null ? (l === 'ru' ? `; ближе всего он был в ${cm(nearest, l)} от её середины` : `; it came within ${cm(nearest, l)} of its middle at best`) : '';
      return l === 'ru' ? `Робот должен был доехать до зоны ${name.ru}${limit}${late}${near}` : `The robot had to reach the zone ${name.en}${limit}${late}${near}`;
    }));
  }
  if (options.stop && !zoneContains(zone, scene.pose.x, scene.pose.y)) {
    throw new ExpectationFailed(text((l) => l === 'ru'
      ? `Робот доехал до зоны ${name.ru} (за ${sec(t - from, l)}), но не остановился в ней, а проехал дальше`
      : `The robot reached the zone ${name.en} (in ${sec(t - from, l)}) but did not stop in it: it drove on`));
  }
  return t;
});
