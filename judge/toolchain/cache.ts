/**
 * Compile results by content: the same sketch (and tabs) with the same backend, board and toolchain
 * version is never compiled twice. A small in-memory LRU answers repeats in microseconds; the disk
 * layer (shared by every worker process) survives restarts. Files are written to a temporary name
 * and renamed, so concurrent workers never see half a result.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheRoot } from './layout.ts';
import type { CompileResult } from './types.ts';

const MEMORY_ENTRIES = 256;
const memory = new Map<string, CompileResult>();

export function cacheKey(parts: { version: string; fqbn: string; source: string; files: Record<string, string> }): string {
  const files = Object.keys(parts.files).sort().map((k) => [k, parts.files[k]]);
  return createHash('sha256').update(JSON.stringify([parts.version, parts.fqbn, parts.source, files])).digest('hex');
}

function diskPath(key: string): string {
  return join(cacheRoot(), 'results', key.slice(0, 2), `${key}.json`);
}

/** Disk writes still under way: a lookup of the same key waits for its write. */
const writing = new Map<string, Promise<void>>();

export async function cacheGet(key: string): Promise<CompileResult | undefined> {
  const hit = memory.get(key);
  if (hit) {
    memory.delete(key);
    memory.set(key, hit);
    return hit;
  }
  await writing.get(key);
  try {
    // Synchronous: a miss (every new sketch) is one failed open, cheaper than a thread-pool round trip.
    const stored = JSON.parse(readFileSync(diskPath(key), 'utf8')) as CompileResult;
    remember(key, stored);
    return stored;
  } catch {
    return undefined;
  }
}

function remember(key: string, result: CompileResult): void {
  memory.set(key, result);
  if (memory.size > MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
}

/**
 * Stores a result. The memory layer has it at once; the disk write goes on after this returns (three
 * file-system round trips, ≈ 1 ms of a warm compile's ≈ 70), and a lookup of the key waits for it.
 */
export function cachePut(key: string, result: CompileResult): void {
  remember(key, result);
  const path = diskPath(key);
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  const write = (async () => {
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(tmp, JSON.stringify(result));
      await rename(tmp, path);
    } catch {
      // A read-only or full disk only costs speed, never a result.
    }
  })();
  writing.set(key, write);
  void write.then(() => {
    if (writing.get(key) === write) writing.delete(key);
  });
}

/** Forget the in-memory layer (tests and benchmarks measure the disk layer with it). */
export function clearMemoryCache(): void {
  memory.clear();
}
