import type { PartSpec } from '../api/types.ts';

/**
 * Sensors a child sets by hand in the simulator: which part method takes the value, its range and
 * unit, and where the current value is in the part's snapshot. Data, so a new sensor is one entry.
 */
export interface SensorControl {
  action: string;
  min: number;
  max: number;
  /** Slider moves on a log scale (light spans 1–10 000 lux). */
  log?: boolean;
  unit: string;
  icon: string;
  /** Snapshot key holding the current value. */
  key: string;
  initial: (spec: PartSpec) => number;
  /** Shown value → value for the part (e.g. percent → 0..1). */
  scale?: number;
}

const setting = (name: string, fallback: number) => (spec: PartSpec) => (typeof spec[name] === 'number' ? (spec[name] as number) : fallback);

export const SENSORS: Record<string, SensorControl> = {
  photoresistor: { action: 'setLux', min: 1, max: 10000, log: true, unit: 'lx', icon: '☀', key: 'lux', initial: setting('lux', 300) },
  thermistor: { action: 'setCelsius', min: -20, max: 60, unit: '°C', icon: 't°', key: 'celsius', initial: setting('celsius', 22) },
  'hc-sr04': { action: 'setDistanceCm', min: 2, max: 400, unit: 'cm', icon: '↔', key: 'distanceCm', initial: setting('distanceCm', 100) },
  'line-sensor': { action: 'setReflectance', min: 0, max: 100, unit: '%', icon: '◐', key: 'reflectance', initial: (s) => setting('reflectance', 0.8)(s) * 100, scale: 0.01 },
};

/** Slider position 0..1000 ↔ value. */
export function toSlider(c: SensorControl, value: number): number {
  const v = Math.min(c.max, Math.max(c.min, value));
  return c.log ? (1000 * Math.log(v / c.min)) / Math.log(c.max / c.min) : (1000 * (v - c.min)) / (c.max - c.min);
}
export function fromSlider(c: SensorControl, position: number): number {
  const t = position / 1000;
  return c.log ? c.min * Math.pow(c.max / c.min, t) : c.min + t * (c.max - c.min);
}
