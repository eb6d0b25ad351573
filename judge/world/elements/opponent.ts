import { z } from 'zod';
import { DEG } from '../geometry.ts';
import { registerElement } from '../field/registry.ts';
import { opponentOutline } from '../physics/opponent.ts';
import { f1, point } from './common.ts';

/**
 * A mini-sumo opponent: a 10 × 10 cm robot (the rules' size) standing still on the ring, heavy
 * enough to slow the robot that pushes it. Seen by the sonar and the bumpers, pushed by the body.
 */
registerElement({
  type: 'opponent',
  schema: z.object({
    type: z.literal('opponent'),
    id: z.string().min(1).default('opponent'),
    at: point,
    size: z.number().positive().default(100),
    angle: z.number().default(0),
    resistance: z.number().min(0).max(0.9).default(0.5),
  }),
  opponents: (el) => [{ id: el.id, at: el.at, size: el.size, angle: el.angle, resistance: el.resistance }],
  svg(el) {
    const p = opponentOutline({ x: el.at[0], y: el.at[1], size: el.size, angle: el.angle * DEG }).map((q) => `${f1(q[0])},${f1(q[1])}`).join(' ');
    return `<polygon class="opponent" data-id="${el.id}" points="${p}" fill="#ef6c00" stroke="#bf360c" stroke-width="4"/>`;
  },
});
