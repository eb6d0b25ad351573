/**
 * Guessing a sketch's prototype section before the preprocessor and ctags have run, so compiling
 * can start at once (on the other core) instead of after them. The guess is what the same
 * "skeleton" produced last time: the sketch with function bodies blanked (line breaks kept), plus
 * its tabs. Editing inside a function — the usual step while debugging — keeps the skeleton. A guess
 * is only ever used after checking it against the real result, so a wrong guess costs time, never
 * correctness.
 */
import { createHash } from 'node:crypto';
import type { Library } from './direct-commands.ts';
import type { Prototype } from './prototypes.ts';

export interface Guess {
  prototypes: Prototype[];
  line: number;
  used: Library[];
}

const MAX = 256;
const memory = new Map<string, Guess>();

/** Text outside braces, with bodies reduced to their line breaks (comments and strings are not parsed: a rough key is enough). */
export function skeleton(source: string): string {
  let depth = 0;
  let out = '';
  for (const ch of source) {
    if (ch === '{') depth++;
    if (depth === 0 || ch === '\n') out += ch;
    if (ch === '}' && depth > 0) depth--;
  }
  return out;
}

export function skeletonKey(source: string, tabs: Record<string, string>): string {
  const h = createHash('sha256').update(skeleton(source));
  for (const name of Object.keys(tabs).sort()) h.update('\0').update(name).update('\0').update(tabs[name]);
  return h.digest('hex');
}

export function remember(key: string, guess: Guess): void {
  memory.delete(key);
  memory.set(key, guess);
  if (memory.size > MAX) memory.delete(memory.keys().next().value as string);
}

export function recall(key: string): Guess | undefined {
  return memory.get(key);
}
