/**
 * Each judge thread is a V8 isolate of its own: its first test runs the engine's code (the fast
 * engine, the peripherals, the clock-wait proofs) before V8 has optimised any of it, and its second
 * test pays again where board 0's closures made TurboFan's code too narrow. `npm run bench:sim`
 * shows the cost: a program's first board in a fresh process ("cold") against one in a process that
 * has run other sketches first ("primed") — Blink 46× → 71× real time, the line follower 14× → 16×
 * (2026-12-04). So a server's threads run a few task solutions when they start, before their first
 * student: what V8 learns from them is about the engine, not about any one program.
 *
 * Node only: it compiles with the real toolchain. The worker runs the programs (worker.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../toolchain/index.ts';
import type { WorkerPool } from './pool.ts';
import type { WarmUpProgram } from './protocol.ts';

const TASKS = join(import.meta.dirname, '../../tasks');

/** Analog input and PWM, a sonar and a buzzer, serial in and out: most of what the parts touch. */
export const WARM_UP_SKETCHES = ['dimmer', 'parktronic', 'serial-echo'].map((t) => join(TASKS, t, 'solutions/accepted.ino'));

/** The warm-up sketches compiled (from the compile cache after the first start); failures are skipped. */
export async function warmUpPrograms(sketches = WARM_UP_SKETCHES): Promise<WarmUpProgram[]> {
  const programs: WarmUpProgram[] = [];
  for (const path of sketches) {
    if (!existsSync(path)) continue;
    const r = await compile({ source: readFileSync(path, 'utf8') });
    if (r.ok && r.hex) programs.push({ hex: r.hex, ...(r.stackLimit !== undefined ? { stackLimit: r.stackLimit } : {}) });
  }
  return programs;
}

/** Compiles the warm-up programs and hands them to the pool, in the background (start-up does not wait). */
export function warmUpInBackground(pool: WorkerPool, onError: (error: unknown) => void = () => {}): void {
  warmUpPrograms().then((programs) => pool.warmUp(programs), onError);
}
