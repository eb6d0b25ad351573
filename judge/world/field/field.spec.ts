import { describe, expect, it } from 'vitest';
import { buildField, FieldError } from './field.ts';
import { READY_FIELDS, getField } from '../fields.ts';
import { mazeSegments } from '../elements/maze.ts';

describe('field format', () => {
  it('builds every ready field', () => {
    for (const name of Object.keys(READY_FIELDS)) expect(getField(name).name).toBe(name);
  });

  it('names the field, the element and the setting when an element is wrong', () => {
    const bad = { name: 'demo', size: [1000, 1000], elements: [{ type: 'line', points: [[0, 0], [10, 10]] }, { type: 'line', points: [[0, 0]], width: -3 }] };
    expect(() => buildField(bad)).toThrow(FieldError);
    try {
      buildField(bad);
    } catch (e) {
      const m = (e as Error).message;
      expect(m).toContain('«demo»');
      expect(m).toContain('element #2 (line)');
      expect(m).toContain('line.points');
      expect(m).toContain('line.width');
    }
  });

  it('lists the known element types for an unknown one', () => {
    expect(() => buildField({ name: 'x', size: [100, 100], elements: [{ type: 'lava', id: 'pit' }] })).toThrow(/element #1 \(lava «pit»\): unknown type "lava"; known types: .*line.*ring/);
  });

  it('rejects a maze row of the wrong length, naming the row', () => {
    const maze = { type: 'maze', rows: ['+--+', '|  |', '+--'] };
    expect(() => buildField({ name: 'm', size: [400, 400], elements: [maze] })).toThrow(/maze\.rows\.2: length 3, expected 4/);
  });

  it('rejects a field without a size', () => {
    expect(() => buildField({ name: 'nosize', elements: [] })).toThrow(/Field «nosize»: field\.size/);
  });

  it('paints black lines on white and reads them back from the raster', () => {
    const f = buildField({ name: 't', size: [1000, 500], elements: [{ type: 'line', points: [[100, 250], [900, 250]], width: 20 }] });
    expect(f.raster.at(500, 250)).toBe(0);
    expect(f.raster.at(500, 275)).toBe(1);
    const inv = buildField({ name: 'i', size: [1000, 500], background: 'black', elements: [{ type: 'line', points: [[100, 250], [900, 250]] }] });
    expect(inv.raster.at(500, 250)).toBe(1);
    expect(inv.raster.at(500, 300)).toBe(0);
  });

  it('paints the ring: white inside, a 50 mm black border, and records it', () => {
    const f = getField('ring');
    expect(f.raster.at(800, 800)).toBe(1);
    expect(f.raster.at(800 + 475, 800)).toBe(0);
    expect(f.raster.at(800 + 430, 800)).toBe(1);
    expect(f.rings[0]).toMatchObject({ diameter: 1000, border: 50 });
    expect(f.cans).toHaveLength(6);
  });

  it('turns the maze drawing into walls, and every cell of the ready maze is reachable from the start', () => {
    const f = getField('maze');
    expect(f.walls.length).toBeGreaterThan(10);
    const el = f.elements.find((e) => e.kind.type === 'maze')!.el as Parameters<typeof mazeSegments>[0];
    // Walk the cells through the openings of the text drawing.
    const rows = el.rows;
    const n = (rows.length - 1) / 2, m = (rows[0].length - 1) / 3;
    const seen = new Set<string>(['0,0']);
    const queue: [number, number][] = [[0, 0]]; // [row from top, column]
    while (queue.length) {
      const [r, c] = queue.shift()!;
      const open = (dr: number, dc: number): boolean => {
        if (dr === -1) return rows[2 * r][3 * c + 1] !== '-';
        if (dr === 1) return rows[2 * r + 2][3 * c + 1] !== '-';
        if (dc === -1) return rows[2 * r + 1][3 * c] !== '|';
        return rows[2 * r + 1][3 * c + 3] !== '|';
      };
      for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
        const nr = r + dr, nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= n || nc >= m || !open(dr, dc) || seen.has(`${nr},${nc}`)) continue;
        seen.add(`${nr},${nc}`);
        queue.push([nr, nc]);
      }
    }
    expect(seen.size).toBe(n * m);
  });
});
