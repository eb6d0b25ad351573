import { z } from 'zod';
import { registerElement } from '../field/registry.ts';
import { f1, point } from './common.ts';

/** A wall along a polyline (corridor sides, a fence): stops the robot, echoes the sonar. */
registerElement({
  type: 'wall',
  schema: z.object({
    type: z.literal('wall'),
    id: z.string().optional(),
    points: z.array(point).min(2),
    thickness: z.number().positive().default(12),
  }),
  walls(el) {
    const out = [];
    for (let i = 1; i < el.points.length; i++) out.push({ a: el.points[i - 1], b: el.points[i], half: el.thickness / 2 });
    return out;
  },
  svg(el) {
    const d = el.points.map((p, i) => `${i ? 'L' : 'M'}${f1(p[0])} ${f1(p[1])}`).join('');
    return `<path class="wall" d="${d}" fill="none" stroke="#8d6e63" stroke-width="${el.thickness}" stroke-linecap="round" stroke-linejoin="round"/>`;
  },
});
