import { describe, expect, it } from 'vitest';
import {
  AVRIOPort, AVRTimer, CPU, portBConfig, portDConfig, timer0Config, timer1Config, timer2Config, type AVRTimerConfig,
} from 'avr8js';
import { LazyTimer } from './lazy-timer.ts';
import { Random } from './random.ts';

/** A register write the scenario makes at a given cycle (`high` first for 16-bit registers). */
interface Write {
  cycle: number;
  addr: number;
  value: number;
  high?: number;
}

const SCENARIOS = Number(process.env.LAZY_TIMER_SCENARIOS ?? 60);
const TIMERS: [string, AVRTimerConfig][] = [['Timer0', timer0Config], ['Timer1', timer1Config], ['Timer2', timer2Config]];

/**
 * Steps a CPU one cycle at a time (as a stream of 1-cycle NOPs would, with interrupts off), makes
 * the scenario's writes, reads TCNT where asked, and records TIFR (read as the CPU reads it, through
 * its hook) after every cycle — or, with `flagReads`, only at those cycles and at the end, so that a
 * dormant timer has long stretches to catch up — and every pin change of ports B and D: the whole
 * observable behaviour of the timer.
 */
function run(
  Timer: typeof AVRTimer, config: AVRTimerConfig, writes: Write[], reads: Set<number>, cycles: number, flagReads?: Set<number>,
): string[] {
  const cpu = new CPU(new Uint16Array(0x4000), 2048);
  const ports = [new AVRIOPort(cpu, portBConfig), new AVRIOPort(cpu, portDConfig)];
  new Timer(cpu, config);
  const log: string[] = [];
  ports.forEach((port, i) => port.addListener((value) => log.push(`${cpu.cycles} port${i} ${value}`)));
  cpu.writeData(portBConfig.DDR, 0xff);
  cpu.writeData(portDConfig.DDR, 0xff);
  let next = 0;
  let tifr = -1;
  for (let c = 0; c < cycles; c++) {
    while (next < writes.length && writes[next].cycle === c) {
      const w = writes[next++];
      if (w.high !== undefined) cpu.writeData(w.addr + 1, w.high);
      cpu.writeData(w.addr, w.value);
    }
    if (reads.has(c)) {
      const low = cpu.readData(config.TCNT);
      log.push(`${c} TCNT ${config.bits === 16 ? (cpu.data[config.TCNT + 1] << 8) | low : low}`);
    }
    cpu.cycles++;
    cpu.tick();
    if (!flagReads || flagReads.has(c) || c === cycles - 1) {
      const flags = cpu.readData(config.TIFR);
      if (flags !== tifr) log.push(`${cpu.cycles} TIFR ${(tifr = flags)}`);
    }
  }
  return log;
}

function scenario(config: AVRTimerConfig, random: Random, cycles: number): { writes: Write[]; reads: Set<number>; flagReads?: Set<number> } {
  const sixteen = config.bits === 16;
  const wgm = random.int(0, sixteen ? 15 : 7);
  const com = random.int(0, 15) << 4;
  const cs = random.int(1, 3); // /1, /8, /64 (Timer2: /1, /8, /32): many ticks in a short run
  const ocr = () => (sixteen ? random.int(0, random.next() < 0.5 ? 0x3ff : 0xffff) : random.int(0, 255));
  const write16 = (cycle: number, addr: number, v: number): Write => ({ cycle, addr, value: v & 0xff, high: sixteen ? v >> 8 : undefined });
  const writes: Write[] = [
    write16(0, config.OCRA, ocr()),
    write16(0, config.OCRB, ocr()),
    { cycle: 1, addr: config.TCCRA, value: com | (wgm & 3) },
    { cycle: 2, addr: config.TCCRB, value: ((wgm >> 2) << 3) | cs },
  ];
  if (sixteen) writes.push(write16(3, config.ICR, ocr()));
  for (let i = 0; i < 12; i++) {
    const cycle = random.int(10, cycles - 1);
    const pick = random.int(0, 6);
    if (pick === 0) writes.push(write16(cycle, config.OCRA, ocr()));
    else if (pick === 1) writes.push(write16(cycle, config.OCRB, ocr()));
    else if (pick === 2) writes.push(write16(cycle, config.TCNT, ocr()));
    else if (pick === 3) writes.push({ cycle, addr: config.TIFR, value: 0xff }); // clear the flags
    else if (pick === 4) writes.push({ cycle, addr: config.TCCRB, value: ((wgm >> 2) << 3) | random.int(1, 3) });
    else if (pick === 5) writes.push({ cycle, addr: config.TIMSK, value: random.next() < 0.5 ? 0 : random.int(0, 7) }); // wakes or lulls a dormant timer
    else writes.push({ cycle, addr: config.TCCRA, value: (random.int(0, 15) << 4) | (wgm & 3) });
  }
  // analogWrite() rewrites OCR and TCCRnA with the values they hold: the same write again, soon.
  for (const w of [...writes]) {
    if ((w.addr === config.OCRA || w.addr === config.OCRB || w.addr === config.TCCRA) && random.next() < 0.6) {
      writes.push({ ...w, cycle: Math.min(cycles - 1, w.cycle + random.int(1, 3000)) });
    }
  }
  for (let c = 0; c < cycles; c += 997) writes.push({ cycle: c, addr: config.TIFR, value: 0xff });
  writes.sort((a, b) => a.cycle - b.cycle);
  const reads = new Set<number>();
  for (let i = 0; i < 40; i++) reads.add(random.int(0, cycles - 1));
  // Half the scenarios look at the flags only now and then (a dormant timer catches up over laps).
  const flagReads = random.next() < 0.5 ? new Set(Array.from({ length: 20 }, () => random.int(0, cycles - 1))) : undefined;
  return { writes, reads, flagReads };
}

describe('LazyTimer', () => {
  for (const [name, config] of TIMERS) {
    it(`${name}: every flag, pin change and TCNT read on the same cycle as avr8js's per-tick timer, in every mode`, () => {
      const random = new Random(0x7e57 + config.TCNT);
      for (let i = 0; i < SCENARIOS; i++) {
        const cycles = 60_000;
        const { writes, reads, flagReads } = scenario(config, random, cycles);
        const reference = run(AVRTimer, config, writes, reads, cycles, flagReads);
        const lazy = run(LazyTimer, config, writes, reads, cycles, flagReads);
        expect(reference.length).toBeGreaterThan(10);
        expect(lazy, `scenario ${i}: ${JSON.stringify(process.env.ALL_WRITES ? writes : writes.slice(0, 5))}`).toEqual(reference);
      }
    });
  }

  it('takes a rewrite of the value OCR already holds as a no-op only when it is one (a buffered OCR, then a mode that updates at once)', () => {
    // Fast PWM buffers OCR0A until BOTTOM; switched to normal mode before it, the same value written
    // again takes effect at once in avr8js: the next compare match comes at 40, not at 200.
    const writes: Write[] = [
      { cycle: 0, addr: timer0Config.OCRA, value: 200 },
      { cycle: 1, addr: timer0Config.TCCRA, value: 0x03 }, // fast PWM
      { cycle: 2, addr: timer0Config.TCCRB, value: 0x01 }, // /1
      { cycle: 300, addr: timer0Config.OCRA, value: 40 }, // buffered: OCR0A stays 200 until BOTTOM
      { cycle: 310, addr: timer0Config.TCCRA, value: 0x00 }, // normal mode: OCR updates at once
      { cycle: 320, addr: timer0Config.OCRA, value: 40 }, // the same value again
      { cycle: 330, addr: timer0Config.TIFR, value: 0xff }, // clear the flags, to see the next match
    ];
    const reads = new Set([330, 380, 600]);
    const reference = run(AVRTimer, timer0Config, writes, reads, 2_000);
    expect(reference).toContain('555 TIFR 255'); // the lap from 515 matches at 40 (at 200 it would be 715)
    expect(run(LazyTimer, timer0Config, writes, reads, 2_000)).toEqual(reference);
  });

  it("wakes the CPU only at overflows and compare matches: Arduino's Timer0 setup costs 1 event per 256 ticks (the wrap), not 256", () => {
    const cpu = new CPU(new Uint16Array(0x4000), 2048);
    const timer = new LazyTimer(cpu, timer0Config);
    cpu.writeData(timer0Config.TCCRA, 0x03); // fast PWM, as Arduino's init()
    cpu.writeData(timer0Config.TCCRB, 0x03); // /64
    cpu.writeData(timer0Config.TIMSK, 0x01); // the overflow interrupt millis() counts with
    let wakes = 0;
    const count = timer.count;
    timer.count = (...args) => {
      if (args.length === 0) wakes++;
      count(...args);
    };
    cpu.clearClockEvent(count);
    cpu.addClockEvent(timer.count, 1);
    for (let c = 0; c < 64 * 256 * 10; c++) {
      cpu.cycles++;
      cpu.tick();
    }
    expect(wakes).toBeGreaterThanOrEqual(10);
    expect(wakes).toBeLessThanOrEqual(11);
  });

  it("sleeps while nothing can see it: Arduino's Timer1/Timer2 setup (phase-correct, no interrupt, no pin) queues no event, yet its flags read right", () => {
    for (const config of [timer1Config, timer2Config]) {
      const cpu = new CPU(new Uint16Array(0x4000), 2048);
      new LazyTimer(cpu, config);
      cpu.writeData(config.TCCRA, 0x01); // phase-correct PWM (8-bit), compare outputs off
      cpu.writeData(config.TCCRB, config === timer2Config ? 0x04 : 0x03); // /64
      const queue = cpu as unknown as { nextClockEvent: { cycles: number } | null };
      let events = 0;
      for (let c = 0; c < 64 * 510 * 10; c++) {
        cpu.cycles++;
        if (queue.nextClockEvent && queue.nextClockEvent.cycles <= cpu.cycles) events++;
        cpu.tick();
      }
      // Only the prescaler change's own events (applying it, the first tick) fire.
      expect(events).toBeLessThanOrEqual(2);
      expect(cpu.readData(config.TIFR) & 1).toBe(1); // TOV: BOTTOM was passed
      cpu.writeData(config.TIFR, 0xff); // clear
      expect(cpu.readData(config.TIFR) & 7).toBe(0);
      cpu.cycles += 64 * 510;
      expect(cpu.readData(config.TIFR) & 1).toBe(1); // a lap later, set again
      cpu.writeData(config.TIMSK, 0x01); // the overflow interrupt wakes it: one event per BOTTOM from now on
      expect(queue.nextClockEvent).not.toBeNull();
    }
  });
});
