import { describe, expect, it } from 'vitest';
import { arcStep } from './kinematics.ts';
import type { Pose } from './geometry.ts';

describe('arcStep (exact ICC integration)', () => {
  it('keeps a robot with unequal wheel speeds on the known circle, R = L/2 · (vR+vL)/(vR−vL)', () => {
    const track = 120;
    const vl = 100, vr = 300;
    const R = (track / 2) * (vr + vl) / (vr - vl); // 120 mm
    let pose: Pose = { x: 0, y: 0, heading: 0 };
    // The centre lies to the left of the start (heading +x, turning CCW).
    const cx = 0, cy = R;
    let maxErr = 0;
    for (let i = 0; i < 5000; i++) {
      pose = arcStep(pose, vl, vr, track, 0.001);
      maxErr = Math.max(maxErr, Math.abs(Math.hypot(pose.x - cx, pose.y - cy) - R));
    }
    expect(maxErr).toBeLessThan(1e-6);
  });

  it('closes a full circle after one period 2π/ω', () => {
    const track = 120, vl = 50, vr = 250;
    const w = (vr - vl) / track;
    const steps = Math.round(((2 * Math.PI) / w) / 0.001);
    let pose: Pose = { x: 10, y: 20, heading: 0.3 };
    for (let i = 0; i < steps; i++) pose = arcStep(pose, vl, vr, track, 0.001);
    // 1 ms of rounding in the step count is the only error left.
    expect(Math.hypot(pose.x - 10, pose.y - 20)).toBeLessThan(0.2);
  });

  it('goes straight with equal speeds and spins in place with opposite ones', () => {
    const straight = arcStep({ x: 0, y: 0, heading: Math.PI / 2 }, 200, 200, 120, 0.5);
    expect(straight.x).toBeCloseTo(0, 9);
    expect(straight.y).toBeCloseTo(100, 9);
    const spin = arcStep({ x: 5, y: 5, heading: 0 }, -60, 60, 120, 0.5);
    expect(spin.x).toBeCloseTo(5, 9);
    expect(spin.y).toBeCloseTo(5, 9);
    expect(spin.heading).toBeCloseTo(0.5, 9);
  });
});
