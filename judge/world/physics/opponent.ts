import { DEG, type Vec } from '../geometry.ts';
import type { OpponentSpec, Ring } from '../field/types.ts';
import { touchingWall, type IndexedWall } from './collide.ts';

/**
 * A mini-sumo opponent during a run: a heavy square box (a robot that does not drive back) standing
 * on the ring. Unlike a can it resists: the robot pushing it only keeps `1 − resistance` of its
 * speed. It slides without turning; once its centre is past the ring's outer edge it falls off the
 * dohyo (`outAtMs`) and no longer takes part (no pushing, no echo).
 */
export interface OpponentState {
  id: string;
  x: number;
  y: number;
  /** Side of the square, mm (mini-sumo rules: 100). */
  size: number;
  /** Radians. */
  angle: number;
  /** 0 … < 1: share of the pushing robot's speed the opponent's weight and grip take away. */
  resistance: number;
  /** Simulated ms when it fell off the ring, or null while it stands on it. */
  outAtMs: number | null;
}

export function opponentsFrom(specs: readonly OpponentSpec[]): OpponentState[] {
  return specs.map((o) => ({ id: o.id, x: o.at[0], y: o.at[1], size: o.size, angle: o.angle * DEG, resistance: o.resistance, outAtMs: null }));
}

/** The opponent's four corners, field frame (counter-clockwise). */
export function opponentOutline(o: Pick<OpponentState, 'x' | 'y' | 'size' | 'angle'>): Vec[] {
  const c = Math.cos(o.angle), s = Math.sin(o.angle), h = o.size / 2;
  return ([[-h, -h], [h, -h], [h, h], [-h, h]] as const).map(([x, y]) => [o.x + x * c - y * s, o.y + x * s + y * c] as Vec);
}

/**
 * Separating-axis test of two convex polygons: the shortest vector that moves `b` out of `a`, or
 * null when they do not overlap. (The kit's body and the opponent are both convex.)
 */
export function convexSeparation(a: readonly Vec[], b: readonly Vec[]): [number, number] | null {
  let best = Infinity;
  let axis: [number, number] = [0, 0];
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i], q = poly[(i + 1) % poly.length];
      let nx = q[1] - p[1], ny = p[0] - q[0];
      const len = Math.hypot(nx, ny);
      if (len < 1e-9) continue;
      nx /= len;
      ny /= len;
      const [a0, a1] = project(a, nx, ny);
      const [b0, b1] = project(b, nx, ny);
      const overlap = Math.min(a1, b1) - Math.max(a0, b0);
      if (overlap <= 0) return null;
      if (overlap < best) {
        best = overlap;
        // Point the axis from a towards b, so b moves away from a.
        axis = (b0 + b1) / 2 >= (a0 + a1) / 2 ? [nx, ny] : [-nx, -ny];
      }
    }
  }
  return [axis[0] * best, axis[1] * best];
}

function project(poly: readonly Vec[], nx: number, ny: number): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const [x, y] of poly) {
    const d = x * nx + y * ny;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  return [lo, hi];
}

/** The first standing opponent the body overlaps, or null. */
export function touchedOpponent(body: readonly Vec[], opponents: readonly OpponentState[]): OpponentState | null {
  return opponents.find((o) => o.outAtMs === null && convexSeparation(body, opponentOutline(o)) !== null) ?? null;
}

/**
 * Pushes every standing opponent out of the body. Returns false (nothing moved) when an opponent
 * would be pushed into a wall: the caller keeps the robot where it was. An opponent whose centre
 * passes the ring's outer edge falls off at `nowMs`.
 */
export function pushOpponents(opponents: OpponentState[], body: readonly Vec[], walls: readonly IndexedWall[], ring: Ring | undefined, nowMs: number): boolean {
  const moved: [OpponentState, number, number][] = [];
  for (const o of opponents) {
    if (o.outAtMs !== null) continue;
    const push = convexSeparation(body, opponentOutline(o));
    if (!push) continue;
    moved.push([o, o.x, o.y]);
    o.x += push[0];
    o.y += push[1];
    if (touchingWall(opponentOutline(o), walls)) {
      for (const [m, x, y] of moved) [m.x, m.y] = [x, y];
      return false;
    }
  }
  if (ring) {
    for (const [o] of moved) {
      if (Math.hypot(o.x - ring.center[0], o.y - ring.center[1]) > ring.diameter / 2) o.outAtMs = nowMs;
    }
  }
  return true;
}
