import { z } from 'zod';
import { registerElement } from '../field/registry.ts';
import { f1, point } from './common.ts';

/**
 * The «кегельринг» ring: a white disc with a black border (1 m across, 50 mm border by the rules),
 * or inverted. Painted, so line sensors see the border; the bench's ring expectations use it.
 */
registerElement({
  type: 'ring',
  schema: z.object({
    type: z.literal('ring'),
    id: z.string().optional(),
    center: point,
    diameter: z.number().positive().default(1000),
    border: z.number().positive().default(50),
    inverted: z.boolean().default(false),
  }),
  paint(el, painter) {
    const r = el.diameter / 2;
    const inside = el.inverted ? 0 : 1;
    painter.annulus(el.center, 0, r - el.border, inside);
    painter.annulus(el.center, r - el.border, r, 1 - inside);
  },
  rings: (el) => [{ center: el.center, diameter: el.diameter, border: el.border }],
  svg(el) {
    const r = el.diameter / 2;
    const [inside, edge] = el.inverted ? ['#1b1b1b', '#ffffff'] : ['#ffffff', '#1b1b1b'];
    return `<circle class="ring" cx="${f1(el.center[0])}" cy="${f1(el.center[1])}" r="${f1(r - el.border / 2)}" fill="${inside}" stroke="${edge}" stroke-width="${el.border}"/>`;
  },
});
