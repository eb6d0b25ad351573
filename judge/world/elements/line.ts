import { z } from 'zod';
import { registerElement } from '../field/registry.ts';
import { color, f1, fill, point, reflectance } from './common.ts';

/** A painted line along a polyline (the track of «Траектория», a stop line, a cross). */
registerElement({
  type: 'line',
  schema: z.object({
    type: z.literal('line'),
    id: z.string().optional(),
    points: z.array(point).min(2),
    /** Competition lines are 15–25 mm wide (hardware.md). */
    width: z.number().positive().default(20),
    closed: z.boolean().default(false),
    color,
  }),
  paint(el, painter, ctx) {
    const v = reflectance(el.color, ctx.ink);
    const pts = el.closed ? [...el.points, el.points[0]] : el.points;
    for (let i = 1; i < pts.length; i++) painter.capsule(pts[i - 1], pts[i], el.width / 2, v);
  },
  svg(el, ctx) {
    const d = el.points.map((p, i) => `${i ? 'L' : 'M'}${f1(p[0])} ${f1(p[1])}`).join('') + (el.closed ? 'Z' : '');
    return `<path class="line" d="${d}" fill="none" stroke="${fill(el.color, ctx.ink)}" stroke-width="${el.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
  },
});
