import { describe, expect, it } from 'vitest';
import { Uno } from '../../uno.ts';
import { isFastEngine } from '../fast.ts';
import { regionSource } from './compile.ts';
import type { EngineName } from '../../engine.ts';

/** A tiny assembler for the loops below: appends words, knows its pc, branches backwards to a label. */
class Asm {
  readonly words: number[] = [];
  get pc(): number {
    return this.words.length;
  }
  private w(...words: number[]): this {
    this.words.push(...words);
    return this;
  }
  ldi(d: number, k: number) {
    return this.w(0xe000 | ((k & 0xf0) << 4) | ((d - 16) << 4) | (k & 0xf));
  }
  lds(d: number, address: number) {
    return this.w(0x9000 | (d << 4), address);
  }
  sts(address: number, r: number) {
    return this.w(0x9200 | (r << 4), address);
  }
  sbrc(r: number, bit: number) {
    return this.w(0xfc00 | (r << 4) | bit);
  }
  and(d: number, r: number) {
    return this.w(0x2000 | ((r & 0x10) << 5) | (d << 4) | (r & 0xf));
  }
  mov(d: number, r: number) {
    return this.w(0x2c00 | ((r & 0x10) << 5) | (d << 4) | (r & 0xf));
  }
  inc(d: number) {
    return this.w(0x9403 | (d << 4));
  }
  out(io: number, r: number) {
    return this.w(0xb800 | ((io & 0x30) << 5) | (r << 4) | (io & 0xf));
  }
  sei() {
    return this.w(0x9478);
  }
  reti() {
    return this.w(0x9518);
  }
  rjmp(to: number) {
    return this.w(0xc000 | ((to - this.pc - 1) & 0xfff));
  }
  breq(to: number) {
    return this.w(0xf001 | (((to - this.pc - 1) & 0x7f) << 3));
  }
  jmp(to: number) {
    return this.w(0x940c, to);
  }
}

const ADCSRA = 0x7a;
const ADCL = 0x78;
const ADCH = 0x79;
const FLAG = 0x100;

/** analogRead()'s shape: start a conversion, spin on ADSC, read the result, count, again. */
function adcProgram(): { program: Uint16Array; head: number } {
  const a = new Asm();
  a.ldi(16, 0xc7); // ADEN | ADSC | prescaler 128
  const start = a.pc;
  a.sts(ADCSRA, 16);
  const head = a.pc;
  a.lds(24, ADCSRA).sbrc(24, 6).rjmp(head); // while (ADCSRA & (1 << ADSC));
  a.lds(18, ADCL).lds(19, ADCH).inc(20).rjmp(start);
  const program = new Uint16Array(0x4000).fill(0xffff);
  program.set(a.words);
  return { program, head };
}

/** Flash with the reset vector jumping to 0x40 and Timer0's overflow ISR setting FLAG from r17. */
function withFlagIsr(): Uint16Array {
  const program = new Uint16Array(0x4000).fill(0xffff);
  const vector = new Asm();
  vector.jmp(0x40);
  program.set(vector.words);
  const isr = new Asm();
  isr.sts(FLAG, 17).reti();
  program.set(isr.words, 0x20); // TIMER0_OVF
  return program;
}

/** `while (!flag);` on a flag Timer0's overflow interrupt sets, then clear it, count, again. */
function flagProgram(): { program: Uint16Array; head: number } {
  const program = withFlagIsr();
  const a = new Asm();
  const base = 0x40;
  a.ldi(16, 2).out(0x25, 16); // TCCR0B: clk/8
  a.ldi(16, 1).sts(0x6e, 16); // TIMSK0: overflow interrupt
  a.ldi(17, 1).ldi(18, 0).sei();
  const head = a.pc;
  a.lds(24, FLAG).and(24, 24).breq(head); // while (!flag);
  a.sts(FLAG, 18).inc(20).rjmp(head);
  program.set(a.words, base);
  return { program, head: base + head };
}

function run(program: Uint16Array, engine: EngineName, cycles: number) {
  const uno = new Uno(program, { engine });
  uno.setAnalogVolts('A0', 2.5);
  uno.runUntil(cycles);
  const skipped = isFastEngine(uno.engine) ? uno.engine.skippedCycles : 0;
  return { state: { cycles: uno.cycles, pc: uno.cpu.pc, data: Array.from(uno.cpu.data) }, skipped };
}

function sourceAt(program: Uint16Array, head: number): string {
  const uno = new Uno(program, { engine: 'fast' });
  return regionSource({ cpu: uno.cpu, programWords: 0x100, stackLimit: 0, last: new Int32Array(1), compiled: () => false }, head);
}

describe('poll loops', () => {
  it("jumps over analogRead()'s ADSC spin and stops wherever the reference loop would, memory and cycle exact", () => {
    const { program, head } = adcProgram();
    expect(sourceAt(program, head)).toContain(`poll loop at ${head}`);
    for (const cycles of [1_000, 1_665, 10_007, 123_457, 400_000]) {
      const reference = run(program, 'reference', cycles);
      const fast = run(program, 'fast', cycles);
      expect({ until: cycles, ...fast.state }).toEqual({ until: cycles, ...reference.state });
    }
    const long = run(program, 'fast', 2_000_000);
    expect(long.state.data[20]).toBeGreaterThan(100); // conversions completed and were counted
    expect(long.skipped).toBeGreaterThan(1_500_000); // most of the time is the spin, jumped over
  });

  it('jumps over `while (!flag);` until the interrupt that sets the flag, and takes it on the same cycle', () => {
    const { program, head } = flagProgram();
    expect(sourceAt(program, head)).toContain(`poll loop at ${head}`);
    for (const cycles of [3_001, 20_480, 65_537, 300_011]) {
      const reference = run(program, 'reference', cycles);
      const fast = run(program, 'fast', cycles);
      expect({ until: cycles, ...fast.state }).toEqual({ until: cycles, ...reference.state });
    }
    const long = run(program, 'fast', 500_000);
    expect(long.state.data[20]).toBe(Math.floor(500_000 / 2048)); // an overflow every 2 048 cycles, each seen
    expect(long.skipped).toBeGreaterThan(450_000);
  });

  it('handles a path that comes back to its head by falling into it', () => {
    const program = withFlagIsr();
    const a = new Asm();
    const base = 0x40;
    a.ldi(16, 2).out(0x25, 16).ldi(16, 1).sts(0x6e, 16).ldi(17, 1).ldi(18, 0).sei();
    const jump = a.pc;
    a.rjmp(0); // patched below: to the head
    const x = a.pc;
    a.mov(25, 24); // falls into the head
    const head = a.pc;
    a.lds(24, FLAG).and(24, 24).breq(x);
    a.sts(FLAG, 18).inc(20).rjmp(head);
    a.words[jump] = 0xc000 | ((head - jump - 1) & 0xfff);
    program.set(a.words, base);
    const source = sourceAt(program, base + head);
    expect(source).toContain(`poll loop at ${base + head}`);
    for (const cycles of [4_099, 65_537, 300_011]) {
      const reference = run(program, 'reference', cycles);
      const fast = run(program, 'fast', cycles);
      expect({ until: cycles, ...fast.state }).toEqual({ until: cycles, ...reference.state });
    }
    expect(run(program, 'fast', 500_000).state.data[20]).toBe(Math.floor(500_000 / 2048));
  });

  it('leaves alone a loop whose pass reads what it wrote the pass before (it counts, or carries a value around)', () => {
    const counting = new Asm();
    const h1 = counting.pc;
    counting.inc(21).lds(24, ADCSRA).sbrc(24, 6).rjmp(h1); // r21 grows every pass
    const carrying = new Asm();
    carrying.ldi(16, 0);
    const h2 = carrying.pc;
    carrying.lds(24, FLAG).and(24, 25).mov(25, 24).breq(h2); // r25 read, then written from the load
    for (const [words, head] of [[counting.words, h1], [carrying.words, h2]] as const) {
      const program = new Uint16Array(0x4000).fill(0xffff);
      program.set(words);
      expect(sourceAt(program, head)).not.toContain('poll loop');
    }
  });

  it('does not jump over a loop that reads a register with a read hook (TCNT0): the hook runs every pass', () => {
    const a = new Asm();
    a.ldi(16, 2).out(0x25, 16); // Timer0 at clk/8
    const head = a.pc;
    a.lds(24, 0x46).sbrc(24, 7).rjmp(head); // while (TCNT0 & 0x80);
    a.inc(20).rjmp(head);
    const program = new Uint16Array(0x4000).fill(0xffff);
    program.set(a.words);
    expect(sourceAt(program, head)).toContain(`readHooks[${0x46}] === undefined`);
    for (const cycles of [5_003, 77_777]) {
      const reference = run(program, 'reference', cycles);
      const fast = run(program, 'fast', cycles);
      expect({ until: cycles, ...fast.state }).toEqual({ until: cycles, ...reference.state });
    }
  });
});
