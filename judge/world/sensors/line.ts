import type { Random } from '../../board/random.ts';
import type { Raster } from '../field/raster.ts';
import type { Pose, Vec } from '../geometry.ts';

/** Sample offsets within a unit spot: the centre and six points on a ring, an even cover of the disc. */
const SPOT: Vec[] = [[0, 0], ...Array.from({ length: 6 }, (_, i) => [0.6 * Math.cos((i * Math.PI) / 3), 0.6 * Math.sin((i * Math.PI) / 3)] as Vec)];

/**
 * What an analog line sensor sees: the field's reflectance (0 black … 1 white) averaged over its
 * spot, plus seeded noise. Off the field's edge the floor reads as black, like a table's edge.
 */
export function lineReflectance(raster: Raster, pose: Pose, at: Vec, spot: number, noise: number, random: Random): number {
  return withNoise(spotMean(raster, pose, at, spot), noise, random);
}

/** The noiseless part: the field's reflectance averaged over the sensor's spot. */
export function spotMean(raster: Raster, pose: Pose, at: Vec, spot: number): number {
  const c = Math.cos(pose.heading);
  const s = Math.sin(pose.heading);
  const x = pose.x + at[0] * c - at[1] * s;
  const y = pose.y + at[0] * s + at[1] * c;
  const r = spot / 2;
  let sum = 0;
  for (const [u, v] of SPOT) sum += raster.at(x + u * r, y + v * r);
  return sum / SPOT.length;
}

/** A spot mean with the sensor's seeded noise, clamped to 0…1. */
export function withNoise(mean: number, noise: number, random: Random): number {
  const value = mean + (noise > 0 ? noise * random.gaussian() : 0);
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
