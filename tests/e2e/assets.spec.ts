import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureClientBuilt } from './harness.ts';

/**
 * Offline school LANs: the built app must not reference any other host for anything it loads.
 * (Documentation links inside Monaco's strings are fine; fetchable references are not.)
 */
const DIST = join(ROOT, 'web/client/dist');
const CDN = /(jsdelivr|unpkg\.com|cdnjs|googleapis|gstatic|fonts\.com|typekit|bootstrapcdn|esm\.sh|skypack)/i;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('built web app', () => {
  beforeAll(() => ensureClientBuilt(), 300_000);

  it('loads nothing from another host: no absolute URLs in HTML and CSS, no CDN in scripts', () => {
    const all = files(DIST);
    for (const f of all.filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
    for (const f of all.filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(f, 'utf8');
      expect(css, f).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(css, f).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    }
    for (const f of all.filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(f, 'utf8');
      expect(CDN.exec(js)?.[0] ?? null, f).toBeNull();
      // Dynamic imports and workers only of our own chunks.
      expect(/import\(\s*["'`]https?:/.test(js), f).toBe(false);
      expect(/new Worker\(\s*["'`]https?:/.test(js), f).toBe(false);
    }
  });

  it('bundles Monaco, its worker and its icon font', () => {
    const names = readdirSync(join(DIST, 'assets'));
    expect(names.some((n) => n.startsWith('editor.worker'))).toBe(true);
    expect(names.some((n) => n.endsWith('.ttf'))).toBe(true);
  });
});
