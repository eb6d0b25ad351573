import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule (docs/architecture.md): board, parts, world and bench are "common" code that runs
 * in the judge's worker threads and in the browser's Web Worker. Bundling every one of their files
 * for the browser proves none of them reaches for Node (node:*, fs, child processes, execa …).
 */
const ROOT = join(import.meta.dirname, '..');
const COMMON = ['judge/board', 'judge/parts', 'judge/world', 'judge/bench'];

function sources(dir: string): string[] {
  const abs = join(ROOT, dir);
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(abs);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(join(dir, name)));
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

describe('common code (board, parts, world, bench)', () => {
  it('bundles for the browser without any Node-only import', async () => {
    const entryPoints = COMMON.flatMap(sources);
    expect(entryPoints.length).toBeGreaterThan(5);
    const result = await build({
      entryPoints,
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      outdir: '/tmp/technolab-layers',
      logLevel: 'silent',
    }).catch((error: { errors?: { text: string; location?: { file: string } | null }[] }) => error);
    const errors = 'errors' in result && result.errors ? result.errors : [];
    const described = errors.map((e) => `${e.location?.file ? relative(ROOT, e.location.file) : '?'}: ${e.text}`);
    expect(described).toEqual([]);
  });
});
