import { describe, expect, it } from 'vitest';
import { Uno } from '../uno.ts';
import { isValidOpcode } from '../opcodes.ts';
import { TEMPLATES } from './fast/templates.gen.ts';
import { regionParts, regionSource, templateFor } from './fast/compile.ts';
import { isFastEngine } from './fast.ts';
import { readFileSync } from 'node:fs';
import { OUTPUT, generate } from '../../../tests/equivalence/generate-templates.ts';
import type { EngineName } from '../engine.ts';

/** Small deterministic PRNG (mulberry32) so a failing seed can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID: number[] = [];
for (let op = 0; op < 0x10000; op++) if (isValidOpcode(op)) VALID.push(op);
const byFamily = new Map<string, number[]>();
for (const op of VALID) {
  const name = templateFor(op).name;
  byFamily.set(name, [...(byFamily.get(name) ?? []), op]);
}
const FAMILIES = [...byFamily.keys()];

/**
 * A random program: every instruction family equally likely, operands random. Pointer registers and
 * I/O operands land all over the data space, so memory hooks (timers, USART, ports, EEPROM, watchdog)
 * fire, interrupts get enabled and flags toggled — the engines must agree on all of it.
 */
function randomProgram(random: () => number, words: number): Uint16Array {
  const program = new Uint16Array(0x4000).fill(0xffff);
  for (let i = 0; i < words; i++) {
    const family = byFamily.get(FAMILIES[Math.floor(random() * FAMILIES.length)])!;
    program[i] = family[Math.floor(random() * family.length)];
  }
  return program;
}

function runBoard(program: Uint16Array, engine: EngineName, seed: number, cycles: number, stackLimit?: number) {
  const uno = new Uno(program, { engine, programWords: 0x4000, ...(stackLimit ? { stackLimit } : {}) });
  const random = rng(seed);
  // Random registers (pointers into RAM and I/O), SP in RAM, interrupts maybe enabled.
  for (let r = 0; r < 32; r++) uno.cpu.data[r] = Math.floor(random() * 256);
  for (const p of [26, 28, 30]) uno.cpu.data[p + 1] = Math.floor(random() * 9);
  uno.cpu.data[95] = Math.floor(random() * 256);
  const trace: string[] = [];
  uno.onAnyPinChange((pin, level, cycle) => trace.push(`${cycle} ${pin}=${level}`));
  uno.onSerialTransmit((b, cycle) => trace.push(`${cycle} tx ${b}`));
  uno.runUntil(cycles);
  return {
    trace,
    cycles: uno.cycles,
    pc: uno.cpu.pc,
    crash: uno.crash && `${uno.crash.kind}@${uno.crash.address}/${uno.crash.cycle}`,
    data: Array.from(uno.cpu.data),
  };
}

describe('fast engine', () => {
  it('runs the instruction semantics of the installed avr8js (templates.gen.ts is regenerated from it)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generate());
  });

  it('has a template for every opcode the board accepts (generated from avr8js, first match wins)', () => {
    expect(TEMPLATES.length).toBeGreaterThan(90);
    for (const op of VALID) expect(() => templateFor(op)).not.toThrow();
  });

  it('matches the reference loop on random programs of every instruction family: state, cycles, crashes, pins', () => {
    let reached = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const random = rng(seed);
      const words = 16 + Math.floor(random() * 400);
      const program = randomProgram(random, words);
      const limit = seed % 3 === 0 ? 0x100 + Math.floor(random() * 0x700) : undefined;
      const a = runBoard(program, 'reference', seed, 20000, limit);
      const b = runBoard(program, 'fast', seed, 20000, limit);
      expect({ seed, ...b }).toEqual({ seed, ...a });
      reached += a.cycles;
    }
    // Most random programs crash soon; make sure the corpus still runs a fair amount of code.
    expect(reached / 300).toBeGreaterThan(200);
  });

  it('matches the reference loop on straight-line ALU code of every family (long blocks, no early crash)', () => {
    const alu = FAMILIES.filter((f) => !/^(BR|CALL|RCALL|ICALL|EICALL|IJMP|EIJMP|JMP|RJMP|RET|CPSE|SB[RI][CS]|WDR|SLEEP|SPM|PUSH|POP|ST|LD|LA|XCH|OUT|IN|SBI|CBI|ELPM|LPM)/.test(f));
    for (let seed = 1000; seed < 1100; seed++) {
      const random = rng(seed);
      const program = new Uint16Array(0x4000).fill(0xffff);
      let i = 0;
      for (; i < 500; i++) {
        const family = byFamily.get(alu[Math.floor(random() * alu.length)])!;
        program[i] = family[Math.floor(random() * family.length)];
      }
      program[i] = 0xcfff; // rjmp .-2 (self loop)
      const a = runBoard(program, 'reference', seed, 5000);
      const b = runBoard(program, 'fast', seed, 5000);
      expect({ seed, ...b }).toEqual({ seed, ...a });
    }
  });

  it('skips the cycles of a provably idle loop and still lands on the same cycle and state', () => {
    // cli-free `rjmp .-2` with no events pending except Arduino-less timers: nothing can change.
    const program = new Uint16Array(0x4000).fill(0xffff);
    program[0] = 0x0000; // nop
    program[1] = 0xcfff; // rjmp .-2 (to itself)
    const a = runBoard(program, 'reference', 7, 1_000_000);
    const b = runBoard(program, 'fast', 7, 1_000_000);
    expect(b).toEqual(a);
    const uno = new Uno(program, { engine: 'fast', programWords: 2 });
    uno.runUntil(50_000_000);
    expect(uno.cycles - 50_000_000).toBeLessThan(3); // the last pass (3 cycles) may overshoot, as stepping does
    expect(isFastEngine(uno.engine) && uno.engine.skippedCycles).toBeGreaterThan(49_000_000);
  });

  it('runs a self-loop in locals and leaves it at the same cycle as the reference loop when Timer0 interrupts it', () => {
    // Timer0 /8 with its overflow interrupt: deadlines and interrupts land inside the shift loop.
    const program = new Uint16Array(0x4000).fill(0xffff);
    const main = [
      0xe002, // ldi r16, 2
      0xbd05, // out TCCR0B, r16 (clk/8)
      0xe001, // ldi r16, 1
      0x9300, 0x006e, // sts TIMSK0, r16
      0x9478, // sei
      0xe228, // ldi r18, 40          <- outer (word 0x46)
      0x9596, // lsr r25              <- inner (word 0x47)
      0x9587, // ror r24
      0x0fa8, // add r26, r24
      0x1fb9, // adc r27, r25
      0x952a, // dec r18
      0xf7d1, // brne inner (-6)
      0x9543, // inc r20
      0xcff7, // rjmp outer (-9)
    ];
    program.set([0x940c, 0x0040]); // jmp main
    program.set([0x9553, 0x9518], 0x20); // TIMER0_OVF: inc r21; reti
    program.set(main, 0x40);
    for (let seed = 1; seed <= 20; seed++) {
      const a = runBoard(program, 'reference', seed, 200_000);
      const b = runBoard(program, 'fast', seed, 200_000 + seed); // odd ends: a pass cut short
      const a2 = runBoard(program, 'reference', seed, 200_000 + seed);
      expect(b).toEqual(a2);
      expect(a.data[21]).toBeGreaterThan(0); // the interrupt did fire
    }
    const uno = new Uno(program, { engine: 'fast' });
    const source = regionSource({ cpu: uno.cpu, programWords: 0x4f, stackLimit: 0, last: new Int32Array(1), compiled: () => false }, 0x47);
    expect(source).toMatch(/for \(;;\) \{\n\/\/ LSR/); // the inner loop's own loop on locals
    expect(source).toContain('g95');
  });

  it('compiles a loop into one region: its blocks become cases of a switch', () => {
    const program = new Uint16Array(0x4000).fill(0xffff);
    program.set([0xe081, 0x0f88, 0xcffd]); // ldi r24,1; add r24,r24; rjmp .-6
    const uno = new Uno(program, { engine: 'fast', programWords: 3 });
    const source = regionSource({ cpu: uno.cpu, programWords: 3, stackLimit: 0, last: new Int32Array(1), compiled: () => false }, 0);
    expect(source).toContain('LDI');
    expect(source).toContain('ADD');
    expect(source).toContain('RJMP');
    expect(source).toContain('case 0:');
  });

  it('keeps a block\'s inner instructions out of the fast function: they are cases of the slow one only', () => {
    const program = new Uint16Array(0x4000).fill(0xffff);
    // ldi r24,1; add r24,r24; inc r25; eor r26,r24; rjmp .-10 (a four-instruction block and its jump)
    program.set([0xe081, 0x0f88, 0x9593, 0x27a8, 0xcffb]);
    const uno = new Uno(program, { engine: 'fast', programWords: 5 });
    const parts = regionParts({ cpu: uno.cpu, programWords: 5, stackLimit: 0, last: new Int32Array(1), compiled: () => false }, 0);
    expect(parts.starts).toEqual([0]);
    expect(parts.inner).toEqual([1, 2, 3, 4]);
    expect(parts.fast).not.toMatch(/case [1-4]:/);
    expect(parts.fast).toContain('return slow(dl);'); // the deadline too near for the fast path
    for (const at of parts.inner) expect(parts.slow).toContain(`case ${at}:`);
    // The slow function hands back at a block start whose fast path fits.
    expect(parts.slow).toMatch(/if \(c < dl - \d+\) \{ cpu\.pc = 0;[^}]*return 0; \}/);
    // And the engine stops inside the block exactly where the reference loop does.
    for (const until of [101, 102, 103, 1001]) {
      const ref = new Uno(program, { engine: 'reference', programWords: 5 });
      ref.runUntil(until);
      const fast = new Uno(program, { engine: 'fast', programWords: 5 });
      fast.runUntil(until);
      expect([fast.cpu.pc, fast.cycles, [...fast.cpu.data.slice(24, 27)]]).toEqual([ref.cpu.pc, ref.cycles, [...ref.cpu.data.slice(24, 27)]]);
    }
  });
});
