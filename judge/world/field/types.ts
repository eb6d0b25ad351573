import type { z } from 'zod';
import type { Vec } from '../geometry.ts';
import type { Painter } from './raster.ts';

/**
 * A field element kind (line, arc, ring, wall, maze …): one file each under `elements/`, found by
 * the registry, so a new element never edits a switch. Each says what it paints (reflectance), what
 * stops the robot (walls), what the bench can test against (zones) and what it pushes (cans).
 */
export interface ElementKind<S extends z.ZodType = z.ZodType> {
  type: string;
  schema: S;
  paint?(el: z.output<S>, painter: Painter, ctx: PaintContext): void;
  walls?(el: z.output<S>): Wall[];
  zones?(el: z.output<S>): Zone[];
  cans?(el: z.output<S>): CanSpec[];
  opponents?(el: z.output<S>): OpponentSpec[];
  rings?(el: z.output<S>): Ring[];
  /** SVG markup in field coordinates (the renderer flips y once for the whole drawing). */
  svg(el: z.output<S>, ctx: PaintContext): string;
}

export interface PaintContext {
  /** Reflectance of the background, 0 black … 1 white. */
  background: number;
  /** Reflectance of lines when an element does not say: the contrast colour of the background. */
  ink: number;
}

/** A wall segment with thickness: a capsule (segment swept by a disc of radius thickness/2). */
export interface Wall {
  a: Vec;
  b: Vec;
  half: number;
}

export interface Zone {
  id: string;
  role: 'start' | 'finish' | 'checkpoint' | 'zone';
  /** Axis-aligned rectangle [x, y, w, h] or a circle. */
  rect?: [number, number, number, number];
  circle?: { center: Vec; radius: number };
}

export interface CanSpec {
  id: string;
  at: Vec;
  diameter: number;
  color: 'black' | 'white';
}

/** A mini-sumo opponent: a heavy square box the robot must push off the ring. */
export interface OpponentSpec {
  id: string;
  at: Vec;
  /** Side of the square, mm. */
  size: number;
  /** Degrees. */
  angle: number;
  /** 0 … < 1: share of the pushing robot's speed its weight takes away. */
  resistance: number;
}

export interface Ring {
  center: Vec;
  /** Outer diameter, mm (the border included). */
  diameter: number;
  border: number;
}

export function zoneContains(zone: Zone, x: number, y: number): boolean {
  if (zone.rect) {
    const [zx, zy, w, h] = zone.rect;
    return x >= zx && x <= zx + w && y >= zy && y <= zy + h;
  }
  if (zone.circle) return Math.hypot(x - zone.circle.center[0], y - zone.circle.center[1]) <= zone.circle.radius;
  return false;
}
