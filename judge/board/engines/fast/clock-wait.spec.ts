import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSketch } from '../../../../tests/equivalence/harness.ts';
import { Random } from '../../random.ts';
import { Uno } from '../../uno.ts';
import { ClockWaits } from './clock-wait.ts';
import { PassInterpreter, SREG_BIT, type PassResult, type Variants } from './wait-pass.ts';

/** A jump the engine made: the state at the loop head and what the proof (or its replay) claimed. */
interface Jump {
  head: number;
  cycles: number;
  data: Uint8Array;
  v: Variants;
  clock: number;
  t0: number;
  hi: number;
  length: number;
}

const CORPUS = join(import.meta.dirname, '../../../../tests/equivalence/corpus');

/** Runs the sketch on the fast engine and keeps a sample of the jumps it made (first ones, then every 40th). */
async function jumpsOf(sketch: string, ms: number): Promise<{ uno: Uno; jumps: Jump[]; words: number }> {
  const program = await compileSketch(readFileSync(join(CORPUS, sketch), 'utf8'));
  const jumps: Jump[] = [];
  const proto = ClockWaits.prototype as unknown as {
    passes(this: ClockWaitsInternals, pass: PassResult, t0: number, hi: number, cycles: number, dl: number): number;
  };
  const passes = proto.passes;
  let seen = 0;
  proto.passes = function (pass, t0, hi, cycles, dl) {
    const n = passes.call(this, pass, t0, hi, cycles, dl);
    if (n > 0 && (seen++ < 12 || seen % 40 === 0)) {
      const head = this.cpu.pc;
      jumps.push({ head, cycles, data: this.cpu.data.slice(), v: new Map(this.variants.get(head)), clock: pass.clock, t0, hi, length: pass.length });
    }
    return n;
  };
  try {
    const uno = new Uno(program.program, { engine: 'fast', stackLimit: program.stackLimit });
    uno.runUntil(uno.msToCycles(ms));
    return { uno, jumps, words: program.program.length };
  } finally {
    proto.passes = passes;
  }
}

interface ClockWaitsInternals {
  readonly cpu: { pc: number; data: Uint8Array };
  readonly variants: Map<number, Variants>;
}

/** The state with every varying cell (bits of V) set at random, as another member of the family. */
function randomMember(data: Uint8Array, v: Variants, random: Random): Uint8Array {
  const out = data.slice();
  for (const [cell, bits] of v) {
    const noise = random.int(0, 255) & bits;
    if (cell >= SREG_BIT) {
      const bit = 1 << (cell - SREG_BIT);
      if (noise & 1) out[95] ^= bit;
    } else out[cell] = (out[cell] & ~bits) | noise;
  }
  return out;
}

describe('clock waits', () => {
  for (const [sketch, ms] of [['bench_blink.ino', 1200], ['clock_waits.ino', 60]] as const) {
    it(`${sketch}: every jump's proof holds for each clock value in its interval and for other states of its family`, async () => {
      const { jumps, words } = await jumpsOf(sketch, ms);
      expect(jumps.length).toBeGreaterThan(5);
      const random = new Random(7);
      const program = (await compileSketch(readFileSync(join(CORPUS, sketch), 'utf8'))).program;
      let checked = 0;
      for (const jump of jumps) {
        // A fresh chip with the same peripherals (so the same hooked addresses), set to the jump's state.
        const chip = new Uno(program, { engine: 'reference' });
        const path = (data: Uint8Array, t: number): { path: number[]; length: number } => {
          chip.cpu.data.set(data);
          const concrete = new PassInterpreter(chip.cpu, new Map([[jump.clock, () => t]]), words, 0, 512, true);
          const result = concrete.pass(jump.head, jump.cycles, new Map());
          return { path: concrete.path, length: result.length };
        };
        const proven = path(jump.data, jump.t0);
        expect(proven.length).toBe(jump.length);
        for (let t = jump.t0; t <= jump.hi; t++) {
          for (let member = 0; member < 3; member++) {
            const data = member === 0 ? jump.data : randomMember(jump.data, jump.v, random);
            const got = path(data, t);
            expect(got.length).toBe(jump.length);
            expect(got.path).toEqual(proven.path);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    }, 120_000);
  }

  it('after a jump, memory is exact wherever the run stops: both engines stopped every 9 973 cycles agree on all of it', async () => {
    // A jump leaves the cells of V stale until `settle` passes have run; a stop (the run's end is
    // part of the deadline) must never fall before that.
    for (const sketch of ['bench_blink.ino', 'clock_waits.ino']) {
      const program = await compileSketch(readFileSync(join(CORPUS, sketch), 'utf8'));
      const fast = new Uno(program.program, { engine: 'fast', stackLimit: program.stackLimit });
      const reference = new Uno(program.program, { engine: 'reference', stackLimit: program.stackLimit });
      for (let cycle = 9_973; cycle < 16_000 * 250; cycle += 9_973) {
        fast.runUntil(cycle);
        reference.runUntil(cycle);
        expect(fast.cycles).toBe(reference.cycles);
        expect(fast.cpu.pc).toBe(reference.cpu.pc);
        expect(Buffer.from(fast.cpu.data).equals(Buffer.from(reference.cpu.data))).toBe(true);
      }
      expect((fast.engine as unknown as { clockWaitCycles: number }).clockWaitCycles).toBeGreaterThan(16_000 * 100);
    }
  }, 120_000);

  /** Hand-assembled programs (word address → opcode) that once broke the proof (review findings). */
  const assembled = (words: Record<number, number>): Uint16Array => {
    const program = new Uint16Array(0x4000);
    for (const [at, word] of Object.entries(words)) program[Number(at)] = word;
    return program;
  };
  const lockstep = (program: Uint16Array, cycles: number, every: number): number => {
    const fast = new Uno(program, { engine: 'fast' });
    const reference = new Uno(program, { engine: 'reference' });
    for (let cycle = every; cycle < cycles; cycle += every) {
      fast.runUntil(cycle);
      reference.runUntil(cycle);
      expect(fast.cycles).toBe(reference.cycles);
      expect(fast.cpu.pc).toBe(reference.cpu.pc);
      expect(Buffer.from(fast.cpu.data).equals(Buffer.from(reference.cpu.data))).toBe(true);
    }
    return (fast.engine as unknown as { clockWaitCycles: number }).clockWaitCycles;
  };

  it('takes a pending interrupt where the reference loop does, though I was clear at the head', () => {
    // Timer0 /64 with its overflow interrupt on; the loop `sei; cli; in r24, TCNT0` lets a pending
    // overflow in at its SEI. (The proof itself holds: the pass sets I only to clear it again.)
    const program = assembled({
      0x00: 0xc03f, // rjmp main
      0x20: 0xc02f, // TIMER0_OVF: rjmp isr
      0x40: 0xe003, 0x41: 0xbd05, // ldi r16, 3; out TCCR0B, r16
      0x42: 0xe001, 0x43: 0x9300, 0x44: 0x006e, // ldi r16, 1; sts TIMSK0, r16
      0x45: 0x94f8, // cli
      0x46: 0x9478, 0x47: 0x94f8, 0x48: 0xb586, 0x49: 0xcffc, // loop: sei; cli; in r24, TCNT0; rjmp loop
      0x50: 0x9543, 0x51: 0xb556, 0x52: 0x9518, // isr: inc r20; in r21, TCNT0; reti
    });
    lockstep(program, 400_000, 997);
  });

  it('does not reuse a proof for a state that differs in a cell the pass reads before it writes it', () => {
    // Path A copies r3 to r2 and sets r3 = 5; path B (TCNT0 ≥ 128) sets r3 = 9. A proof of A made
    // with r3 = 5 must not be replayed when A is entered again with r3 = 9.
    const program = assembled({
      0x00: 0xc03f, // rjmp main
      0x40: 0xe003, 0x41: 0xbd05, 0x42: 0x94f8, // ldi r16, 3; out TCCR0B, r16; cli
      0x43: 0xb586, 0x44: 0x3880, 0x45: 0xf420, // head: in r24, TCNT0; cpi r24, 128; brsh B
      0x46: 0x2c23, 0x47: 0xe005, 0x48: 0x2e30, 0x49: 0xcff9, // mov r2, r3; ldi r16, 5; mov r3, r16; rjmp head
      0x4a: 0xe009, 0x4b: 0x2e30, 0x4c: 0x0000, 0x4d: 0xcff5, // B: ldi r16, 9; mov r3, r16; nop; rjmp head
    });
    expect(lockstep(program, 600_000, 1_009)).toBeGreaterThan(100_000);
  });

  it('a pass that counts (a loop counter in the state) is not a wait: no proof, nothing skipped', async () => {
    // bench_compute's arithmetic loop changes its counter every pass; Timer0 interrupts it.
    const program = await compileSketch(readFileSync(join(CORPUS, 'bench_compute.ino'), 'utf8'));
    const uno = new Uno(program.program, { engine: 'fast', stackLimit: program.stackLimit });
    uno.runUntil(uno.msToCycles(50));
    const engine = uno.engine as unknown as { clockWaitCycles: number };
    expect(engine.clockWaitCycles).toBe(0);
  });
});
