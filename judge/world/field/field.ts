import { z } from 'zod';
import { DEG, type Pose } from '../geometry.ts';
import { elementKind, elementTypes } from './registry.ts';
import { Painter, Raster } from './raster.ts';
import type { CanSpec, ElementKind, OpponentSpec, PaintContext, Ring, Wall, Zone } from './types.ts';
import '../elements/index.ts';

/**
 * A competition field as data (JSON under `tasks/fields/`, or inline in a task): size, background,
 * and a list of elements painted and built in order. Millimetres, y up, angles in degrees.
 */
export const fieldSchema = z.object({
  name: z.string().min(1),
  title: z.object({ ru: z.string(), en: z.string() }).optional(),
  /** Width and height, mm. */
  size: z.tuple([z.number().positive(), z.number().positive()]),
  /** Black lines on white (the usual) or white lines on black (inverted). */
  background: z.enum(['white', 'black']).default('white'),
  /** Raster cell for reflectance lookups, mm. */
  raster: z.number().positive().max(10).default(2),
  /** Default start pose: x, y mm; heading in degrees (0 = +x, 90 = up). */
  start: z.object({ x: z.number(), y: z.number(), heading: z.number().default(0) }).optional(),
  elements: z.array(z.object({ type: z.string() }).passthrough()).default([]),
});
export type FieldData = z.input<typeof fieldSchema>;

export interface Field {
  name: string;
  title?: { ru: string; en: string };
  width: number;
  height: number;
  paint: PaintContext;
  elements: { kind: ElementKind; el: unknown }[];
  raster: Raster;
  walls: Wall[];
  zones: Zone[];
  cans: CanSpec[];
  opponents: OpponentSpec[];
  rings: Ring[];
  start?: Pose;
}

/** A field file that does not follow the format; the message names the field, the element and the setting. */
export class FieldError extends Error {}

function describe(issues: z.core.$ZodIssue[], where: string): string {
  return issues.map((i) => `${where}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`).join('; ');
}

/** Validates field data and builds everything the world needs (raster, walls, zones, cans, rings). */
export function buildField(data: unknown, source = 'field'): Field {
  const top = fieldSchema.safeParse(data);
  if (!top.success) {
    const named = typeof (data as { name?: unknown })?.name === 'string' ? (data as { name: string }).name : source;
    throw new FieldError(`Field «${named}»: ${describe(top.error.issues, 'field')}`);
  }
  const f = top.data;
  const name = f.name;
  const background = f.background === 'white' ? 1 : 0;
  const paint: PaintContext = { background, ink: 1 - background };
  const raster = new Raster(f.size[0], f.size[1], f.raster, background);
  const painter = new Painter(raster);
  const field: Field = {
    name, title: f.title, width: f.size[0], height: f.size[1], paint, elements: [], raster,
    walls: [], zones: [], cans: [], opponents: [], rings: [],
    start: f.start && { x: f.start.x, y: f.start.y, heading: f.start.heading * DEG },
  };
  f.elements.forEach((raw, index) => {
    const label = `element #${index + 1} (${raw.type}${typeof raw.id === 'string' ? ` «${raw.id}»` : ''})`;
    const kind = elementKind(raw.type);
    if (!kind) {
      throw new FieldError(`Field «${name}», ${label}: unknown type "${raw.type}"; known types: ${elementTypes().join(', ')}`);
    }
    const parsed = kind.schema.safeParse(raw);
    if (!parsed.success) throw new FieldError(`Field «${name}», ${label}: ${describe(parsed.error.issues, raw.type)}`);
    const el = parsed.data;
    field.elements.push({ kind, el });
    kind.paint?.(el, painter, paint);
    field.walls.push(...(kind.walls?.(el) ?? []));
    field.zones.push(...(kind.zones?.(el) ?? []));
    field.cans.push(...(kind.cans?.(el) ?? []));
    field.opponents.push(...(kind.opponents?.(el) ?? []));
    field.rings.push(...(kind.rings?.(el) ?? []));
  });
  const ids = new Set<string>();
  for (const c of [...field.cans, ...field.opponents]) {
    if (ids.has(c.id)) throw new FieldError(`Field «${name}»: two cans or opponents share the id «${c.id}»`);
    ids.add(c.id);
  }
  return field;
}
