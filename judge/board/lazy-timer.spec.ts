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
 * the scenario's writes, reads TCNT where asked, and records every cycle's TIFR and every pin
 * change of ports B and D: the whole observable behaviour of the timer.
 */
function run(Timer: typeof AVRTimer, config: AVRTimerConfig, writes: Write[], reads: Set<number>, cycles: number): string[] {
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
    if (cpu.data[config.TIFR] !== tifr) log.push(`${cpu.cycles} TIFR ${(tifr = cpu.data[config.TIFR])}`);
  }
  return log;
}

function scenario(config: AVRTimerConfig, random: Random, cycles: number): { writes: Write[]; reads: Set<number> } {
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
    const pick = random.int(0, 5);
    if (pick === 0) writes.push(write16(cycle, config.OCRA, ocr()));
    else if (pick === 1) writes.push(write16(cycle, config.OCRB, ocr()));
    else if (pick === 2) writes.push(write16(cycle, config.TCNT, ocr()));
    else if (pick === 3) writes.push({ cycle, addr: config.TIFR, value: 0xff }); // clear the flags
    else if (pick === 4) writes.push({ cycle, addr: config.TCCRB, value: ((wgm >> 2) << 3) | random.int(1, 3) });
    else writes.push({ cycle, addr: config.TCCRA, value: (random.int(0, 15) << 4) | (wgm & 3) });
  }
  for (let c = 0; c < cycles; c += 997) writes.push({ cycle: c, addr: config.TIFR, value: 0xff });
  writes.sort((a, b) => a.cycle - b.cycle);
  const reads = new Set<number>();
  for (let i = 0; i < 40; i++) reads.add(random.int(0, cycles - 1));
  return { writes, reads };
}

describe('LazyTimer', () => {
  for (const [name, config] of TIMERS) {
    it(`${name}: every flag, pin change and TCNT read on the same cycle as avr8js's per-tick timer, in every mode`, () => {
      const random = new Random(0x7e57 + config.TCNT);
      for (let i = 0; i < SCENARIOS; i++) {
        const cycles = 60_000;
        const { writes, reads } = scenario(config, random, cycles);
        const reference = run(AVRTimer, config, writes, reads, cycles);
        const lazy = run(LazyTimer, config, writes, reads, cycles);
        expect(reference.length).toBeGreaterThan(10);
        expect(lazy, `scenario ${i}: ${JSON.stringify(writes.slice(0, 5))}`).toEqual(reference);
      }
    });
  }

  it("wakes the CPU only at overflows and compare matches: Arduino's Timer0 setup costs 1 event per 256 ticks (the wrap), not 256", () => {
    const cpu = new CPU(new Uint16Array(0x4000), 2048);
    const timer = new LazyTimer(cpu, timer0Config);
    cpu.writeData(timer0Config.TCCRA, 0x03); // fast PWM, as Arduino's init()
    cpu.writeData(timer0Config.TCCRB, 0x03); // /64
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
});
