import type { Vec } from '../geometry.ts';
import { pointSegmentDist2 } from '../geometry.ts';
import type { CanSpec } from '../field/types.ts';
import { signedDist2ToPolygon, type IndexedWall } from './collide.ts';

/** A can during a run. `fallen`: tipped over by a hard hit, or pushed off the table's edge. */
export interface CanState {
  id: string;
  x: number;
  y: number;
  r: number;
  color: 'black' | 'white';
  fallen: false | 'tipped' | 'off';
}

export function cansFrom(specs: readonly CanSpec[]): CanState[] {
  return specs.map((c) => ({ id: c.id, x: c.at[0], y: c.at[1], r: c.diameter / 2, color: c.color, fallen: false }));
}

export interface CanRules {
  /** Field bounds: a can whose centre leaves them falls off the table. */
  width: number;
  height: number;
  /** A push faster than this (mm/s) knocks a can over. */
  tipSpeed: number;
  dt: number;
}

/**
 * Moves cans out of the robot's body (cans are light: the robot pushes them without slowing), then
 * out of walls and of each other. Returns false when a can is wedged between the body and a wall,
 * in which case the caller keeps the robot where it was.
 */
export function pushCans(cans: CanState[], body: readonly Vec[], walls: readonly IndexedWall[], rules: CanRules): boolean {
  for (const can of cans) {
    if (can.fallen) continue;
    const push = separation([can.x, can.y], can.r, body);
    if (!push) continue;
    can.x += push[0];
    can.y += push[1];
    if (Math.hypot(push[0], push[1]) / rules.dt > rules.tipSpeed) can.fallen = 'tipped';
    for (const w of walls) outOfWall(can, w);
    for (const other of cans) {
      if (other === can || other.fallen) continue;
      const dx = other.x - can.x, dy = other.y - can.y;
      const d = Math.hypot(dx, dy);
      const overlap = can.r + other.r - d;
      if (overlap > 0 && d > 1e-9) {
        other.x += (dx / d) * overlap;
        other.y += (dy / d) * overlap;
        for (const w of walls) outOfWall(other, w);
      }
    }
    if (separation([can.x, can.y], can.r - 0.5, body)) return false;
    if (can.x < 0 || can.y < 0 || can.x > rules.width || can.y > rules.height) can.fallen = 'off';
  }
  return true;
}

/** Vector that moves a circle out of a polygon, or null if they do not overlap. */
function separation(c: Vec, r: number, poly: readonly Vec[]): [number, number] | null {
  const { d2, inside, closest } = signedDist2ToPolygon(c, poly);
  if (!inside && d2 >= r * r) return null;
  const d = Math.sqrt(d2);
  let nx = c[0] - closest[0];
  let ny = c[1] - closest[1];
  const len = Math.hypot(nx, ny) || 1;
  nx /= len;
  ny /= len;
  if (inside) return [-nx * (d + r), -ny * (d + r)];
  return [nx * (r - d), ny * (r - d)];
}

function outOfWall(can: CanState, w: IndexedWall): void {
  const reach = can.r + w.half;
  if (can.x < w.box[0] - can.r || can.x > w.box[2] + can.r || can.y < w.box[1] - can.r || can.y > w.box[3] + can.r) return;
  const d2 = pointSegmentDist2(can.x, can.y, w.a[0], w.a[1], w.b[0], w.b[1]);
  if (d2 >= reach * reach) return;
  const dx = w.b[0] - w.a[0], dy = w.b[1] - w.a[1];
  const len2 = dx * dx + dy * dy || 1e-12;
  const t = Math.max(0, Math.min(1, ((can.x - w.a[0]) * dx + (can.y - w.a[1]) * dy) / len2));
  const px = w.a[0] + t * dx, py = w.a[1] + t * dy;
  const d = Math.sqrt(d2) || 1e-9;
  can.x = px + ((can.x - px) / d) * reach;
  can.y = py + ((can.y - py) / d) * reach;
}
