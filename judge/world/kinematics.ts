import type { Pose } from './geometry.ts';

/**
 * Differential drive, integrated exactly along the arc around the instantaneous centre of
 * curvature (hardware.md): v = (vR + vL)/2, ω = (vR − vL)/L. For constant wheel speeds over the
 * step this is exact, so small fixed steps only approximate the motors' changing speed, never
 * the geometry (a robot told to circle closes its circle).
 *
 * @param vl,vr wheel rim speeds, mm/s; @param track wheel distance L, mm; @param dt seconds.
 */
export function arcStep(pose: Pose, vl: number, vr: number, track: number, dt: number): Pose {
  const v = (vr + vl) / 2;
  const w = (vr - vl) / track;
  const dth = w * dt;
  if (Math.abs(dth) < 1e-9) {
    // Straight line (the arc's radius is infinite): the ICC formula would divide by ~0.
    return { x: pose.x + v * dt * Math.cos(pose.heading), y: pose.y + v * dt * Math.sin(pose.heading), heading: pose.heading };
  }
  const r = v / w;
  const h1 = pose.heading + dth;
  return {
    x: pose.x + r * (Math.sin(h1) - Math.sin(pose.heading)),
    y: pose.y - r * (Math.cos(h1) - Math.cos(pose.heading)),
    heading: h1,
  };
}
