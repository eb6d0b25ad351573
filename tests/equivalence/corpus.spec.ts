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

describe('waits for the clock are jumped over, not stepped', () => {
  // The skip must be exact (the traces above) and must actually happen: these sketches spend most
  // of their time in delay(), micros()/millis() deadlines and TCNT0 polls.
  for (const [name, cycles, share] of [['clock_waits', 16_000 * 400, 0.5], ['bench_blink', 16_000 * 3000, 0.9]] as const) {
    it(`${name}: over ${share * 100}% of the cycles in clock waits, trace identical`, async () => {
      const program = await compileSketch(readFileSync(join(import.meta.dirname, 'corpus', `${name}.ino`), 'utf8'));
      const scenario = { ...(SCENARIOS[name] ?? defaultScenario()), cycles };
      const reference = runTrace(program, 'reference', scenario);
      const fast = runTrace(program, 'fast', scenario);
      expect(firstDifference(reference, fast)).toBeNull();
      expect(fast.clockWaitCycles! / fast.finalCycle).toBeGreaterThan(share);
    }, 180_000);
  }
});
