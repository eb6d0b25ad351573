import { describe, expect, it } from 'vitest';
import { contestEn } from './contest.en.ts';
import { contestRu } from './contest.ru.ts';

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

describe('round page strings', () => {
  const r = flatten(contestRu as Tree);
  const e = flatten(contestEn as Tree);
  it('have the same keys and placeholders in Russian and English', () => {
    expect([...e.keys()].sort()).toEqual([...r.keys()].sort());
    for (const [k, v] of r) {
      expect(v.trim(), k).not.toBe('');
      expect(vars(e.get(k)!), k).toEqual(vars(v));
      expect(/[а-яё]/i.test(e.get(k)!), `en ${k}`).toBe(false);
    }
  });
});
