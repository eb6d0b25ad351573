import type { Scenario, Stimulus } from './harness.ts';

const ms = (x: number): number => Math.round(x * 16000);

/** What each corpus sketch is run for and what the outside world does to it meanwhile. */
export const SCENARIOS: Record<string, Scenario> = {
  blink: { cycles: ms(2600) },
  compute: { cycles: ms(6000) },
  servo_pulses: { cycles: ms(500) },
  serial_echo: {
    cycles: ms(80),
    stimuli: [
      { at: ms(5), serial: 'hello\n' },
      { at: ms(31.3), serial: 'Abc xyz\n' },
    ],
  },
  analog_pwm: {
    cycles: ms(100),
    stimuli: [
      { at: 1, analog: 'A0', volts: 0.4 },
      { at: ms(10), analog: 'A0', volts: 1.2 },
      { at: ms(40), analog: 'A0', volts: 4.9 },
      { at: ms(70.01), analog: 'A0', volts: 0 },
    ],
  },
  tone: { cycles: ms(300) },
  millis_state: {
    cycles: ms(1000),
    stimuli: [
      { at: ms(300), drive: 'D4', level: 0 },
      { at: ms(600.5), drive: 'D4', level: 'float' },
    ],
  },
  attach_interrupt: { cycles: ms(50), stimuli: edges(['D2', 'D3'], 40, ms(1), ms(45), 0x5eed) },
  eeprom: { cycles: ms(60) },
  watchdog: { cycles: ms(400) },
  pulsein: {
    cycles: ms(90),
    stimuli: [
      { at: ms(2), drive: 'D7', level: 1 },
      { at: ms(2.5), drive: 'D7', level: 0 },
      { at: ms(10), drive: 'D7', level: 1 },
      { at: ms(11.3), drive: 'D7', level: 0 },
      { at: ms(12), drive: 'D7', level: 1 },
      { at: ms(12.01), drive: 'D7', level: 0 },
      { at: ms(60), drive: 'D7', level: 1 },
      { at: ms(67), drive: 'D7', level: 0 },
    ],
  },
  flag_wait: { cycles: ms(500) },
  clock_waits: {
    cycles: ms(400),
    stimuli: [
      { at: ms(101.3), drive: 'D4', level: 0 },
      { at: ms(203.7), drive: 'D4', level: 'float' },
    ],
  },
  serial_heavy: { cycles: ms(200) },
  crash_stack: { cycles: ms(100) },
  crash_null: { cycles: ms(50) },
  // The benchmark programs end themselves (D12 high, then cli + sleep) within these spans.
  bench_compute: { cycles: ms(6000) },
  bench_blink: { cycles: ms(10100) },
  bench_servo: { cycles: ms(3200) },
  bench_serial: { cycles: ms(2100), stimuli: [{ at: 1, analog: 'A0', volts: 3.3 }] },
  empty_loop: { cycles: ms(1000), stimuli: [{ at: ms(500), serial: 'x' }] },
};

/** For sketches without a scenario of their own (task solutions): a bit of everything a bench does. */
export function defaultScenario(): Scenario {
  return {
    cycles: ms(1500),
    stimuli: [
      { at: 1, analog: 'A0', volts: 2.5 },
      { at: ms(100), serial: '5\n' },
      { at: ms(400), analog: 'A0', volts: 4 },
      { at: ms(700), serial: 'hello 42\n' },
      ...edges(['D2', 'D3', 'D4', 'D7'], 24, ms(50), ms(1400), 0xbeef),
    ],
  };
}

/** Seeded pseudo-random edges on input pins (a button being pressed, a sensor flickering). */
function edges(pins: string[], count: number, from: number, to: number, seed: number): Stimulus[] {
  const out: Stimulus[] = [];
  const level = new Map<string, 0 | 1>();
  for (let i = 0; i < count; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const pin = pins[seed % pins.length];
    const at = from + Math.floor(((seed >>> 8) / 0xffffff) * (to - from));
    const next: 0 | 1 = level.get(pin) === 0 ? 1 : 0;
    level.set(pin, next);
    out.push({ at, drive: pin, level: next });
  }
  return out.sort((a, b) => a.at - b.at);
}
