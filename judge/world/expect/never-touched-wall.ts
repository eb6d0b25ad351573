import { ExpectationFailed } from '../../bench/errors.ts';
import { registerRobotCheck } from './registry.ts';
import { at, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /** The body never touched a wall or an obstacle (since `fromMs`). */
    neverTouchedWall(options?: { fromMs?: number }): void;
  }
}

registerRobotCheck('neverTouchedWall', (scene, options = {}) => {
  const hit = scene.run().contacts.find(([t]) => t >= (options.fromMs ?? 0));
  if (!hit) return;
  const [t, x, y] = hit;
  const total = scene.run().contacts.length;
  throw new ExpectationFailed(text((l) => l === 'ru'
    ? `Робот врезался в стенку на ${sec(t, l)} ${at(x, y, l)}${total > 1 ? ` (всего касаний: ${total})` : ''}; он должен объезжать препятствия, не касаясь их`
    : `The robot hit a wall at ${sec(t, l)} ${at(x, y, l)}${total > 1 ? ` (${total} contacts in all)` : ''}; it must get round obstacles without touching them`));
});
