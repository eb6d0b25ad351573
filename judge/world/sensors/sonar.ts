import { rayCircle, raySegment, type Vec } from '../geometry.ts';
import type { IndexedWall } from '../physics/collide.ts';
import type { CanState } from '../physics/cans.ts';
import { opponentOutline, type OpponentState } from '../physics/opponent.ts';

export interface SonarGeometry {
  /** Cone width and the farthest-from-normal angle that still echoes, radians. */
  cone: number;
  rays: number;
  maxIncidence: number;
  minRange: number;
  maxRange: number;
}

/**
 * What an HC-SR04 hears: several rays over its cone, the nearest echo wins; a ray meeting a surface
 * further than `maxIncidence` from its normal is lost (it glances off, as real sonar does), and
 * so is anything beyond the range. Returns the distance in mm and the hit point, or null (no echo).
 */
export function sonarEcho(
  origin: Vec,
  direction: number,
  g: SonarGeometry,
  walls: readonly IndexedWall[],
  cans: readonly CanState[],
  opponents: readonly OpponentState[] = [],
): { distance: number; hit: Vec } | null {
  const minCos = Math.cos(g.maxIncidence);
  let best = Infinity;
  let bestU: Vec = [1, 0];
  for (let i = 0; i < g.rays; i++) {
    const a = g.rays === 1 ? direction : direction - g.cone / 2 + (g.cone * i) / (g.rays - 1);
    const u: Vec = [Math.cos(a), Math.sin(a)];
    for (const w of walls) {
      const h = raySegment(origin, u, w.a, w.b);
      if (!h || h.cosIncidence < minCos) continue;
      // The wall's face is `half` nearer than its centre line.
      const t = h.t - w.half / Math.max(h.cosIncidence, 1e-3);
      if (t < best && t >= 0) {
        best = t;
        bestU = u;
      }
    }
    for (const c of cans) {
      if (c.fallen) continue;
      const h = rayCircle(origin, u, [c.x, c.y], c.r);
      if (!h || h.cosIncidence < minCos) continue;
      if (h.t < best) {
        best = h.t;
        bestU = u;
      }
    }
    for (const o of opponents) {
      if (o.outAtMs !== null) continue;
      const p = opponentOutline(o);
      for (let k = 0; k < 4; k++) {
        const h = raySegment(origin, u, p[k], p[(k + 1) % 4]);
        if (!h || h.cosIncidence < minCos) continue;
        if (h.t < best) {
          best = h.t;
          bestU = u;
        }
      }
    }
  }
  if (best > g.maxRange) return null;
  const distance = Math.max(best, g.minRange);
  return { distance, hit: [origin[0] + bestU[0] * best, origin[1] + bestU[1] * best] };
}
