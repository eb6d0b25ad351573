import { pointInPolygon, pointSegmentDist2, segmentSegmentDist2, type Vec } from '../geometry.ts';
import type { Wall } from '../field/types.ts';

/** A wall with its bounding box, so most walls are ruled out by four comparisons. */
export interface IndexedWall extends Wall {
  box: [number, number, number, number];
}

export function indexWalls(walls: readonly Wall[]): IndexedWall[] {
  return walls.map((w) => ({
    ...w,
    box: [Math.min(w.a[0], w.b[0]) - w.half, Math.min(w.a[1], w.b[1]) - w.half, Math.max(w.a[0], w.b[0]) + w.half, Math.max(w.a[1], w.b[1]) + w.half],
  }));
}

/**
 * The first wall the polygon (the robot's body, field frame) touches or overlaps, or null.
 * `margin` widens the walls (used by bumpers to feel a wall a few mm before it).
 */
export function touchingWall(poly: readonly Vec[], walls: readonly IndexedWall[], margin = 0): IndexedWall | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of poly) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  for (const w of walls) {
    if (w.box[0] - margin > x1 || w.box[2] + margin < x0 || w.box[1] - margin > y1 || w.box[3] + margin < y0) continue;
    const r = w.half + margin;
    const r2 = r * r;
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i];
      const b = poly[(i + 1) % poly.length];
      if (segmentSegmentDist2(a, b, w.a, w.b) <= r2) return w;
    }
    // A short wall entirely under the body (e.g. a thin post).
    if (pointInPolygon(w.a, poly)) return w;
  }
  return null;
}

/** Squared distance from a point to a closed polygon's outline; negative sign when inside. */
export function signedDist2ToPolygon(p: Vec, poly: readonly Vec[]): { d2: number; inside: boolean; closest: Vec } {
  let best = Infinity;
  let closest: Vec = poly[0];
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    const d2 = pointSegmentDist2(p[0], p[1], a[0], a[1], b[0], b[1]);
    if (d2 < best) {
      best = d2;
      const dx = b[0] - a[0], dy = b[1] - a[1];
      const len2 = dx * dx + dy * dy || 1e-12;
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
      closest = [a[0] + t * dx, a[1] + t * dy];
    }
  }
  return { d2: best, inside: pointInPolygon(p, poly), closest };
}
