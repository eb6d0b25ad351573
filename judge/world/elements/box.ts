import { z } from 'zod';
import { DEG, type Vec } from '../geometry.ts';
import { registerElement } from '../field/registry.ts';
import { f1, point } from './common.ts';

const schema = z.object({
  type: z.literal('box'),
  id: z.string().optional(),
  center: point,
  /** Width (along x before rotation) and depth, mm. */
  size: z.tuple([z.number().positive(), z.number().positive()]),
  angle: z.number().default(0),
});

function corners(el: z.output<typeof schema>): Vec[] {
  const c = Math.cos(el.angle * DEG);
  const s = Math.sin(el.angle * DEG);
  const w = el.size[0] / 2;
  const h = el.size[1] / 2;
  return ([[-w, -h], [w, -h], [w, h], [-w, h]] as const).map(([x, y]) => [el.center[0] + x * c - y * s, el.center[1] + x * s + y * c] as Vec);
}

/** A solid obstacle (a brick, a box on the corridor): its four sides are walls. */
registerElement({
  type: 'box',
  schema,
  walls(el) {
    const p = corners(el);
    return p.map((a, i) => ({ a, b: p[(i + 1) % 4], half: 1 }));
  },
  svg(el) {
    const p = corners(el).map((q) => `${f1(q[0])},${f1(q[1])}`).join(' ');
    return `<polygon class="box" points="${p}" fill="#a1887f" stroke="#5d4037" stroke-width="3"/>`;
  },
});
