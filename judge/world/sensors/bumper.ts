import { pointSegmentDist2, segmentSegmentDist2, type Vec } from '../geometry.ts';
import { touchingWall, type IndexedWall } from '../physics/collide.ts';
import type { CanState } from '../physics/cans.ts';
import { opponentOutline, type OpponentState } from '../physics/opponent.ts';

/** How close (mm) a surface must come to the strip for the micro-switch to close. */
export const BUMPER_REACH = 3;

/** A bumper closes when its strip (field frame) comes within reach of a wall, a standing can or an opponent. */
export function bumperPressed(a: Vec, b: Vec, walls: readonly IndexedWall[], cans: readonly CanState[], opponents: readonly OpponentState[] = []): boolean {
  if (touchingWall([a, b], walls, BUMPER_REACH)) return true;
  for (const o of opponents) {
    if (o.outAtMs !== null) continue;
    const p = opponentOutline(o);
    for (let k = 0; k < 4; k++) if (segmentSegmentDist2(a, b, p[k], p[(k + 1) % 4]) <= BUMPER_REACH * BUMPER_REACH) return true;
  }
  for (const c of cans) {
    if (c.fallen) continue;
    const r = c.r + BUMPER_REACH;
    if (pointSegmentDist2(c.x, c.y, a[0], a[1], b[0], b[1]) <= r * r) return true;
  }
  return false;
}
