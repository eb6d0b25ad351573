import { pointSegmentDist2, type Vec } from '../geometry.ts';
import { touchingWall, type IndexedWall } from '../physics/collide.ts';
import type { CanState } from '../physics/cans.ts';

/** How close (mm) a surface must come to the strip for the micro-switch to close. */
export const BUMPER_REACH = 3;

/** A bumper closes when its strip (field frame) comes within reach of a wall or a standing can. */
export function bumperPressed(a: Vec, b: Vec, walls: readonly IndexedWall[], cans: readonly CanState[]): boolean {
  if (touchingWall([a, b], walls, BUMPER_REACH)) return true;
  for (const c of cans) {
    if (c.fallen) continue;
    const r = c.r + BUMPER_REACH;
    if (pointSegmentDist2(c.x, c.y, a[0], a[1], b[0], b[1]) <= r * r) return true;
  }
  return false;
}
