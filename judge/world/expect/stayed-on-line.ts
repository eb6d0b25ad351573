import { ExpectationFailed } from '../../bench/errors.ts';
import { distanceToLine } from '../field/ink-distance.ts';
import { toField, type Vec } from '../geometry.ts';
import { registerRobotCheck } from './registry.ts';
import { at, cm, sec, text } from './words.ts';

declare module './registry.ts' {
  interface RobotChecks {
    /**
     * The robot never left the line: at every recorded moment in [fromMs, toMs] the line was
     * within `tolerance` mm (default 60: the line still under the body, as judges count it) of
     * the robot's sensor point (the middle of its line sensors, or `point` in the robot frame).
     */
    stayedOnLine(options?: { tolerance?: number; fromMs?: number; toMs?: number; point?: Vec }): void;
  }
}

registerRobotCheck('stayedOnLine', (scene, options = {}) => {
  const tolerance = options.tolerance ?? 60;
  const sensors = scene.world.robot.lineSensors;
  const point: Vec = options.point ?? (sensors.length
    ? [sensors.reduce((s, x) => s + x.at[0], 0) / sensors.length, sensors.reduce((s, x) => s + x.at[1], 0) / sensors.length]
    : [0, 0]);
  for (const [t, x, y, h] of scene.trajectory()) {
    if (t < (options.fromMs ?? 0) || t > (options.toMs ?? Infinity)) continue;
    const [px, py] = toField({ x, y, heading: h }, point);
    const d = distanceToLine(scene.field, px, py);
    if (d > tolerance) {
      throw new ExpectationFailed(text((l) => l === 'ru'
        ? `Робот сошёл с линии на ${sec(t, l)} ${at(px, py, l)}: линия оказалась в ${cm(d, l)} от датчиков (допускается ${cm(tolerance, l)})`
        : `The robot left the line at ${sec(t, l)} ${at(px, py, l)}: the line was ${cm(d, l)} from its sensors (${cm(tolerance, l)} allowed)`));
    }
  }
});
