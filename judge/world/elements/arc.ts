import { z } from 'zod';
import type { Vec } from '../geometry.ts';
import { DEG } from '../geometry.ts';
import { registerElement } from '../field/registry.ts';
import { color, f1, fill, point, reflectance } from './common.ts';

const schema = z.object({
  type: z.literal('arc'),
  id: z.string().optional(),
  center: point,
  radius: z.number().positive(),
  /** Start and end angles, degrees, counter-clockwise from +x; `to` may be below `from` (clockwise). */
  from: z.number(),
  to: z.number(),
  width: z.number().positive().default(20),
  color,
});

/** Points along the arc, at most 4 mm apart, so painting and drawing agree. */
export function arcPoints(el: z.output<typeof schema>): Vec[] {
  const sweep = (el.to - el.from) * DEG;
  const n = Math.max(2, Math.ceil(Math.abs(sweep * el.radius) / 4));
  const out: Vec[] = [];
  for (let i = 0; i <= n; i++) {
    const a = el.from * DEG + (sweep * i) / n;
    out.push([el.center[0] + el.radius * Math.cos(a), el.center[1] + el.radius * Math.sin(a)]);
  }
  return out;
}

/** A painted circular arc (track curves; hardware.md: radius ≥ 75–100 mm in competitions). */
registerElement({
  type: 'arc',
  schema,
  paint(el, painter, ctx) {
    const v = reflectance(el.color, ctx.ink);
    const pts = arcPoints(el);
    for (let i = 1; i < pts.length; i++) painter.capsule(pts[i - 1], pts[i], el.width / 2, v);
  },
  svg(el, ctx) {
    const p = arcPoints(el);
    const a = p[0];
    const b = p[p.length - 1];
    const sweep = el.to - el.from;
    const full = Math.abs(sweep) >= 360;
    if (full) {
      return `<circle class="line" cx="${f1(el.center[0])}" cy="${f1(el.center[1])}" r="${f1(el.radius)}" fill="none" stroke="${fill(el.color, ctx.ink)}" stroke-width="${el.width}"/>`;
    }
    // y is flipped for the whole drawing, so the maths direction (CCW) stays the sweep flag 1.
    const large = Math.abs(sweep) > 180 ? 1 : 0;
    const dir = sweep > 0 ? 1 : 0;
    return `<path class="line" d="M${f1(a[0])} ${f1(a[1])}A${f1(el.radius)} ${f1(el.radius)} 0 ${large} ${dir} ${f1(b[0])} ${f1(b[1])}" fill="none" stroke="${fill(el.color, ctx.ink)}" stroke-width="${el.width}" stroke-linecap="round"/>`;
  },
});
