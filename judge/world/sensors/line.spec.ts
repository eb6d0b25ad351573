import { describe, expect, it } from 'vitest';
import { Random } from '../../board/random.ts';
import { getField } from '../fields.ts';
import { KIT, parseRobot } from '../robot-spec.ts';
import { World } from '../world.ts';
import { lineReflectance } from './line.ts';

describe('line sensor reflectance', () => {
  it('reads, sample after sample and pose after pose, what the spot average with its seeded noise gives (the per-pose mean is only a cache)', () => {
    const options = { field: getField('test-track'), robot: parseRobot({ lineSensors: KIT.twoLineSensors }), start: { x: 300, y: 300, heading: 0.3 } };
    const world = new World({ ...options, random: new Random(7) });
    const noise = new Random(7).fork('sensor-noise'); // the world's own stream, drawn in the same order
    const readings: number[] = [];
    for (let step = 0; step < 400; step++) {
      world.commands = { left: { direction: 1, mode: 'drive', duty: 0.8 }, right: { direction: 1, mode: 'drive', duty: 0.5 } };
      for (let sample = 0; sample < 3; sample++) {
        if (step === 200 && sample === 1) world.pose.heading += 0.5; // turned in place: the cache must notice
        for (const [i, s] of world.robot.lineSensors.entries()) {
          const read = world.lineSensor(i);
          expect(read).toBe(lineReflectance(world.field.raster, world.pose, s.at, s.spot, s.noise, noise));
          readings.push(read);
        }
      }
      world.step();
    }
    expect(new Set(readings).size).toBeGreaterThan(3); // not one constant: noise, and the robot moved
    expect(world.pose.x).toBeGreaterThan(options.start.x + 20);
  });
});
