import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSketch, firstDifference, runTrace } from './harness.ts';
import { SCENARIOS, defaultScenario } from './scenarios.ts';

const ROOT = join(import.meta.dirname, '../..');

function sketches(): string[] {
  const corpus = readdirSync(join(import.meta.dirname, 'corpus'))
    .filter((f) => f.endsWith('.ino'))
    .map((f) => join(import.meta.dirname, 'corpus', f));
  return [...corpus, ...taskSolutions(join(ROOT, 'tasks'))].sort();
}

/** tasks/**\/solutions/*.ino: every reference (and wrong) solution the curriculum ships. */
function taskSolutions(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...taskSolutions(path));
    else if (entry.name.endsWith('.ino') && basename(dir) === 'solutions') out.push(path);
  }
  return out;
}

describe('fast engine ≡ reference loop on whole sketches (every pin change, serial byte, cycle, crash)', () => {
  for (const file of sketches()) {
    const name = basename(file, '.ino');
    const scenario = file.includes('/corpus/') ? (SCENARIOS[name] ?? defaultScenario()) : defaultScenario();
    it(relative(ROOT, file), async () => {
      const source = readFileSync(file, 'utf8');
      // A solution that does not compile (a compile-error sample) has nothing to simulate.
      const program = await compileSketch(source).catch((error: Error) => error);
      if (program instanceof Error) {
        expect(file.includes('/corpus/'), program.message).toBe(false);
        return;
      }
      const reference = runTrace(program, 'reference', scenario);
      // The fast engine runs in odd slices, so stopping and resuming mid-program is proven too.
      const fast = runTrace(program, 'fast', { ...scenario, slice: 123_457 });
      expect(firstDifference(reference, fast)).toBeNull();
      expect(fast.events.length + (fast.crash ? 1 : 0)).toBeGreaterThan(0);
    }, 180_000);
  }
});
