import { z } from 'zod';
import { registerElement } from '../field/registry.ts';
import { color, f1, fill, point, reflectance } from './common.ts';

/**
 * A zone the bench tests against: start, finish, checkpoint or any named area. It may also be
 * painted (a finish stripe across the track), otherwise it is only drawn as an outline.
 */
registerElement({
  type: 'zone',
  schema: z
    .object({
      type: z.literal('zone'),
      id: z.string().min(1),
      role: z.enum(['start', 'finish', 'checkpoint', 'zone']).default('zone'),
      /** [x, y, width, height], mm, x/y the lower-left corner. */
      rect: z.tuple([z.number(), z.number(), z.number().positive(), z.number().positive()]).optional(),
      circle: z.object({ center: point, radius: z.number().positive() }).optional(),
      paint: color,
    })
    .refine((z) => (z.rect ? 1 : 0) + (z.circle ? 1 : 0) === 1, { message: 'give exactly one of rect or circle' }),
  paint(el, painter, ctx) {
    if (!el.paint) return;
    const v = reflectance(el.paint, ctx.ink);
    if (el.rect) painter.rect(el.rect[0], el.rect[1], el.rect[2], el.rect[3], v);
    else if (el.circle) painter.annulus(el.circle.center, 0, el.circle.radius, v);
  },
  zones: (el) => [{ id: el.id, role: el.role, rect: el.rect, circle: el.circle }],
  svg(el, ctx) {
    const stroke = { start: '#2e7d32', finish: '#c62828', checkpoint: '#f9a825', zone: '#1565c0' }[el.role];
    const fillAttr = el.paint ? fill(el.paint, ctx.ink) : 'none';
    const common = `class="zone zone-${el.role}" data-id="${el.id}" fill="${fillAttr}" stroke="${stroke}" stroke-width="4" stroke-dasharray="12 8"`;
    if (el.rect) return `<rect ${common} x="${f1(el.rect[0])}" y="${f1(el.rect[1])}" width="${f1(el.rect[2])}" height="${f1(el.rect[3])}"/>`;
    const c = el.circle!;
    return `<circle ${common} cx="${f1(c.center[0])}" cy="${f1(c.center[1])}" r="${f1(c.radius)}"/>`;
  },
});
