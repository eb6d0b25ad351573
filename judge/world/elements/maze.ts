import { z } from 'zod';
import type { Vec } from '../geometry.ts';
import { registerElement } from '../field/registry.ts';
import type { Wall } from '../field/types.ts';
import { f1, point } from './common.ts';

/**
 * A wall maze drawn as text, as people sketch it on paper (30 cm cells by the rules):
 *
 *     "+--+--+"
 *     "|     |"      a cell is 3 characters wide: "|" or " " then two spaces;
 *     "+  +--+"      boundary rows use "--" for a wall and "  " for an opening.
 *     "|  |  |"
 *     "+--+--+"
 *
 * The first row is the top (largest y); `origin` is the lower-left corner.
 */
const schema = z
  .object({
    type: z.literal('maze'),
    id: z.string().optional(),
    origin: point.default([0, 0]),
    cell: z.number().positive().default(300),
    thickness: z.number().positive().default(12),
    rows: z.array(z.string()).min(3),
  })
  .superRefine((el, ctx) => {
    if (el.rows.length % 2 === 0) ctx.addIssue({ code: 'custom', path: ['rows'], message: 'needs an odd number of rows (boundary, cells, boundary …)' });
    const width = el.rows[0].length;
    if ((width - 1) % 3 !== 0) ctx.addIssue({ code: 'custom', path: ['rows', 0], message: `length ${width} is not 3·cells + 1` });
    el.rows.forEach((r, i) => {
      if (r.length !== width) ctx.addIssue({ code: 'custom', path: ['rows', i], message: `length ${r.length}, expected ${width} like row 0` });
      if (!/^[+|\- ]*$/.test(r)) ctx.addIssue({ code: 'custom', path: ['rows', i], message: 'only "+", "-", "|" and spaces are allowed' });
    });
  });

export type MazeElement = z.output<typeof schema>;

/** The maze's walls as segments (adjacent ones merged, so the sonar sees one long wall). */
export function mazeSegments(el: MazeElement): [Vec, Vec][] {
  const cells = (el.rows[0].length - 1) / 3;
  const nRows = (el.rows.length - 1) / 2;
  const [ox, oy] = el.origin;
  const y = (boundary: number): number => oy + (nRows - boundary) * el.cell;
  const out: [Vec, Vec][] = [];
  el.rows.forEach((row, k) => {
    if (k % 2 === 0) {
      let start = -1;
      for (let j = 0; j <= cells; j++) {
        const wall = j < cells && row[3 * j + 1] === '-';
        if (wall && start < 0) start = j;
        if (!wall && start >= 0) {
          out.push([[ox + start * el.cell, y(k / 2)], [ox + j * el.cell, y(k / 2)]]);
          start = -1;
        }
      }
    }
  });
  for (let j = 0; j <= cells; j++) {
    let start = -1;
    for (let m = 0; m <= nRows; m++) {
      const wall = m < nRows && el.rows[2 * m + 1][3 * j] === '|';
      if (wall && start < 0) start = m;
      if (!wall && start >= 0) {
        out.push([[ox + j * el.cell, y(start)], [ox + j * el.cell, y(m)]]);
        start = -1;
      }
    }
  }
  return out;
}

registerElement({
  type: 'maze',
  schema,
  walls: (el): Wall[] => mazeSegments(el).map(([a, b]) => ({ a, b, half: el.thickness / 2 })),
  svg(el) {
    const d = mazeSegments(el).map(([a, b]) => `M${f1(a[0])} ${f1(a[1])}L${f1(b[0])} ${f1(b[1])}`).join('');
    return `<path class="maze wall" d="${d}" fill="none" stroke="#8d6e63" stroke-width="${el.thickness}" stroke-linecap="square"/>`;
  },
});
