import type { z } from 'zod';
import type { ElementKind } from './types.ts';

const kinds = new Map<string, ElementKind>();

/** Registers a field element kind (called by each file in `elements/`). */
export function registerElement<S extends z.ZodType>(kind: ElementKind<S>): void {
  kinds.set(kind.type, kind as unknown as ElementKind);
}

export function elementKind(type: string): ElementKind | undefined {
  return kinds.get(type);
}

export function elementTypes(): string[] {
  return [...kinds.keys()].sort();
}
