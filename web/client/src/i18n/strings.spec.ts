import { describe, expect, it } from 'vitest';
import { ru } from './ru.ts';
import { en } from './en.ts';
import { teacherRu } from './teacher.ru.ts';
import { teacherEn } from './teacher.en.ts';
import { contestRu } from './contest.ru.ts';
import { contestEn } from './contest.en.ts';
import { authoringRu } from './authoring.ru.ts';
import { authoringEn } from './authoring.en.ts';

type Tree = { [key: string]: string | Tree };

/** Each bundle of UI strings (the student's app and the lazy teacher, contest and authoring pages). */
const BUNDLES: [name: string, ru: unknown, en: unknown][] = [
  ['student app', ru, en],
  ['teacher pages', teacherRu, teacherEn],
  ['contest pages', contestRu, contestEn],
  ['task authoring', authoringRu, authoringEn],
];

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

for (const [name, ruTree, enTree] of BUNDLES) {
  describe(`UI strings: ${name}`, () => {
    const r = flatten(ruTree as Tree);
    const e = flatten(enTree as Tree);

    it('exist in both languages with the same keys', () => {
      expect([...e.keys()].sort()).toEqual([...r.keys()].sort());
    });

    it('are never empty and use the same placeholders in both languages', () => {
      for (const [key, text] of r) {
        expect(text.trim(), key).not.toBe('');
        expect(e.get(key)!.trim(), key).not.toBe('');
        expect(vars(e.get(key)!), key).toEqual(vars(text));
      }
    });

    it('are Russian in ru (except names and symbols) and not Russian in en', () => {
      for (const [key, text] of e) expect(/[а-яё]/i.test(text), `en ${key}`).toBe(false);
      const cyrillic = [...r.values()].filter((t) => /[а-яё]/i.test(t)).length;
      expect(cyrillic / r.size).toBeGreaterThan(0.9);
    });
  });
}
