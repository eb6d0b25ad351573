/**
 * Plane geometry for the robot world. Units: millimetres and radians; x to the right, y up (the
 * field's maths frame; SVG flips y when drawing). Plain tuples keep hot loops allocation-light.
 */
export type Vec = readonly [number, number];

/** A pose on the field: position of the wheel axle's midpoint and heading (0 = +x, CCW positive). */
export interface Pose {
  x: number;
  y: number;
  heading: number;
}

export const DEG = Math.PI / 180;

/** Wraps an angle to (−π, π]. */
export function wrapAngle(a: number): number {
  a = a % (2 * Math.PI);
  if (a > Math.PI) a -= 2 * Math.PI;
  else if (a <= -Math.PI) a += 2 * Math.PI;
  return a;
}

/** A point given in the robot's frame (x forward, y left) → field frame. */
export function toField(pose: Pose, local: Vec): [number, number] {
  const c = Math.cos(pose.heading);
  const s = Math.sin(pose.heading);
  return [pose.x + local[0] * c - local[1] * s, pose.y + local[0] * s + local[1] * c];
}

/** Squared distance from point p to segment ab. */
export function pointSegmentDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Closest point on segment ab to p. */
export function closestOnSegment(p: Vec, a: Vec, b: Vec): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  return [a[0] + t * dx, a[1] + t * dy];
}

/** Do segments ab and cd cross (touching counts)? */
export function segmentsIntersect(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0 ? overlaps1d(a, b, c, d) : false;
}
function cross(o: Vec, a: Vec, b: Vec): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}
function overlaps1d(a: Vec, b: Vec, c: Vec, d: Vec): boolean {
  return Math.max(a[0], b[0]) >= Math.min(c[0], d[0]) && Math.max(c[0], d[0]) >= Math.min(a[0], b[0]) &&
    Math.max(a[1], b[1]) >= Math.min(c[1], d[1]) && Math.max(c[1], d[1]) >= Math.min(a[1], b[1]);
}

/** Squared distance between segments ab and cd (0 when they cross). */
export function segmentSegmentDist2(a: Vec, b: Vec, c: Vec, d: Vec): number {
  if (segmentsIntersect(a, b, c, d)) return 0;
  return Math.min(
    pointSegmentDist2(a[0], a[1], c[0], c[1], d[0], d[1]),
    pointSegmentDist2(b[0], b[1], c[0], c[1], d[0], d[1]),
    pointSegmentDist2(c[0], c[1], a[0], a[1], b[0], b[1]),
    pointSegmentDist2(d[0], d[1], a[0], a[1], b[0], b[1]),
  );
}

/** Even-odd point-in-polygon test. */
export function pointInPolygon(p: Vec, poly: readonly Vec[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Distance along a ray (origin o, unit direction u) to segment ab, or null if it misses. Also
 * returns the cosine between the ray and the segment's normal, so sonar can drop oblique echoes.
 */
export function raySegment(o: Vec, u: Vec, a: Vec, b: Vec): { t: number; cosIncidence: number } | null {
  const ex = b[0] - a[0];
  const ey = b[1] - a[1];
  const denom = u[0] * ey - u[1] * ex;
  if (Math.abs(denom) < 1e-12) return null;
  const wx = a[0] - o[0];
  const wy = a[1] - o[1];
  const t = (wx * ey - wy * ex) / denom;
  const s = (wx * u[1] - wy * u[0]) / denom;
  if (t < 0 || s < 0 || s > 1) return null;
  const len = Math.hypot(ex, ey);
  return { t, cosIncidence: Math.abs(denom) / len };
}

/** Distance along a ray to a circle (centre c, radius r), or null. Incidence is head-on at the centre line. */
export function rayCircle(o: Vec, u: Vec, c: Vec, r: number): { t: number; cosIncidence: number } | null {
  const fx = o[0] - c[0];
  const fy = o[1] - c[1];
  const b = fx * u[0] + fy * u[1];
  const cc = fx * fx + fy * fy - r * r;
  const disc = b * b - cc;
  if (disc < 0) return null;
  const t = -b - Math.sqrt(disc);
  if (t < 0) return null;
  const hx = o[0] + u[0] * t - c[0];
  const hy = o[1] + u[1] * t - c[1];
  return { t, cosIncidence: Math.abs(hx * u[0] + hy * u[1]) / r };
}

/** Axis-aligned bounding box of points, [minX, minY, maxX, maxY]. */
export function bounds(points: readonly Vec[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}
