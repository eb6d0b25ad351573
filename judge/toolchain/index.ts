/**
 * PROVISIONAL first cut (to be replaced by the full toolchain: sandbox, diagnostics mapping,
 * arduino-cli backend, persistent cache). The exported signature `compile(request)` is the contract.
 */
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CompileRequest, CompileResult } from './types.ts';

export type { CompileRequest, CompileResult, Diagnostic } from './types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.cache', 'compile');
const memo = new Map<string, CompileResult>();

export async function compile(request: CompileRequest): Promise<CompileResult> {
  const key = createHash('sha256').update(JSON.stringify([request.source, request.files ?? {}])).digest('hex');
  const hit = memo.get(key);
  if (hit) return { ...hit, cached: true, durationMs: 0 };
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'tl-compile-'));
  const sketchDir = join(dir, 'sketch');
  await mkdir(sketchDir, { recursive: true });
  await mkdir(join(dir, 'build'));
  await mkdir(join(CACHE, 'core'), { recursive: true });
  await writeFile(join(sketchDir, 'sketch.ino'), request.source);
  for (const [name, text] of Object.entries(request.files ?? {})) await writeFile(join(sketchDir, name), text);
  const libs = join(ROOT, 'firmware-templates', 'libraries');
  const r = await execa('arduino-builder', [
    '-compile', '-hardware', '/usr/share/arduino/hardware', '-hardware', '/usr/share/arduino-builder',
    '-tools', '/usr/share/arduino-builder', ...(existsSync(libs) ? ['-libraries', libs] : []),
    '-fqbn', 'arduino:avr:uno', '-build-path', join(dir, 'build'), '-build-cache', join(CACHE, 'core'),
    '-prefs', 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9', join(sketchDir, 'sketch.ino'),
  ], { reject: false, all: true });
  const hexPath = join(dir, 'build', 'sketch.ino.hex');
  const ok = r.exitCode === 0 && existsSync(hexPath);
  const result: CompileResult = {
    ok,
    errors: ok ? [] : [{ file: 'sketch.ino', line: 1, column: 1, severity: 'error', message: r.all ?? '' }],
    warnings: [],
    cached: false,
    backend: 'arduino-builder',
    durationMs: performance.now() - started,
    ...(ok
      ? { hex: await readFile(hexPath, 'utf8'), elf: (await readFile(join(dir, 'build', 'sketch.ino.elf'))).toString('base64') }
      : { failure: 'compile-error' as const }),
  };
  if (ok) memo.set(key, result);
  return result;
}
