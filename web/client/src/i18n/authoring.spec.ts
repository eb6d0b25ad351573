import { describe, expect, it } from 'vitest';
import { authoringRu } from './authoring.ru.ts';
import { authoringEn } from './authoring.en.ts';

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

describe('authoring strings', () => {
  const r = flatten(authoringRu as unknown as Tree);
  const e = flatten(authoringEn as unknown as Tree);
  it('have the same keys and placeholders in Russian and English', () => {
    expect([...e.keys()].sort()).toEqual([...r.keys()].sort());
    for (const [key, text] of r) expect(vars(e.get(key)!), key).toEqual(vars(text));
    for (const [key, text] of e) expect(/[а-яё]/i.test(text), `en ${key}`).toBe(false);
  });
});
