import { z } from 'zod';

/** Schema pieces shared by element files. */
export const point = z.tuple([z.number(), z.number()]);
/** Paint colour; left out, a line takes the contrast colour of the background. */
export const color = z.enum(['black', 'white']).optional();

export function reflectance(c: 'black' | 'white' | undefined, ink: number): number {
  return c === undefined ? ink : c === 'white' ? 1 : 0;
}
export function fill(c: 'black' | 'white' | undefined, ink: number): string {
  return reflectance(c, ink) > 0.5 ? '#ffffff' : '#1b1b1b';
}
export const f1 = (n: number): string => (Math.round(n * 10) / 10).toString();
