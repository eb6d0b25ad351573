import { z } from 'zod';
import { registerElement } from '../field/registry.ts';
import { f1, point } from './common.ts';

/** A can («кегля»): ⌀ 70 mm by the rules; pushed by the robot's body, seen by the sonar. */
registerElement({
  type: 'can',
  schema: z.object({
    type: z.literal('can'),
    id: z.string().min(1),
    at: point,
    diameter: z.number().positive().default(70),
    /** «Умный кегельринг» uses black and white cans. */
    color: z.enum(['black', 'white']).default('white'),
  }),
  cans: (el) => [{ id: el.id, at: el.at, diameter: el.diameter, color: el.color }],
  svg(el) {
    return `<circle class="can" data-id="${el.id}" cx="${f1(el.at[0])}" cy="${f1(el.at[1])}" r="${f1(el.diameter / 2)}" fill="${el.color === 'black' ? '#333' : '#eceff1'}" stroke="#607d8b" stroke-width="3"/>`;
  },
});
