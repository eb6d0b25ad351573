import { describe, expect, it } from 'vitest';
import { teacherEn } from './teacher.en.ts';
import { teacherRu } from './teacher.ru.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('teacher UI strings', () => {
  const r = flatten(teacherRu as Tree);
  const e = flatten(teacherEn as Tree);
  it('have the same keys and placeholders in both languages, never empty', () => {
    expect([...e.keys()].sort()).toEqual([...r.keys()].sort());
    for (const [key, text] of r) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(e.get(key)!), key).toEqual(vars(text));
    }
  });
  it('are Russian in ru and not Russian in en', () => {
    for (const [key, text] of e) expect(/[а-яё]/i.test(text), `en ${key}`).toBe(false);
    for (const [key, text] of r) if (!/^[✓←⏰\s·{}\w.]*$/.test(text)) expect(/[а-яё]/i.test(text), `ru ${key}`).toBe(true);
  });
});
