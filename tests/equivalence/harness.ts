import { compile } from '../../judge/toolchain/index.ts';
import { readElf, stackLimitOf } from '../../judge/board/elf.ts';
import { loadHex } from '../../judge/board/hex.ts';
import { Uno, type Drive } from '../../judge/board/uno.ts';
import type { EngineName } from '../../judge/board/engine.ts';
import { isFastEngine } from '../../judge/board/engines/fast.ts';

/** Something done to the board from outside at a simulated cycle (a part, a terminal, a sensor). */
export type Stimulus =
  | { at: number; drive: string; level: Drive }
  | { at: number; serial: string }
  | { at: number; analog: string; volts: number };

export interface Scenario {
  /** Simulated time to run, in cycles. */
  cycles: number;
  stimuli?: Stimulus[];
  /** Run in slices of this many cycles (exercises engines stopping and resuming mid-program). */
  slice?: number;
  eeprom?: Uint8Array;
}

export interface Program {
  program: Uint16Array;
  stackLimit?: number;
}

/** Everything observable from outside the chip, in order, stamped with the cycle. */
export interface Trace {
  events: string[];
  finalCycle: number;
  crash: string | null;
  watchdogResets: number;
  /** Hash of the final data space (registers, I/O, SRAM) and pc: the engines must agree on state too. */
  state: string;
  /** Fast engine only: cycles it jumped over in waits for the clock (not part of the comparison). */
  clockWaitCycles?: number;
}

export async function compileSketch(source: string): Promise<Program> {
  const result = await compile({ source });
  if (!result.ok || !result.hex) {
    throw new Error(`compile failed: ${result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  }
  const stackLimit =
    result.stackLimit ?? (result.elf ? stackLimitOf(readElf(Buffer.from(result.elf, 'base64')).symbols) : undefined);
  return { program: loadHex(result.hex), stackLimit };
}

export function newBoard(p: Program, engine: EngineName, eeprom?: Uint8Array): Uno {
  return new Uno(p.program, { engine, stackLimit: p.stackLimit, ...(eeprom ? { eeprom } : {}) });
}

export function runTrace(p: Program, engine: EngineName, scenario: Scenario): Trace {
  const uno = newBoard(p, engine, scenario.eeprom);
  const events: string[] = [];
  uno.onAnyPinChange((pin, level, cycle) => events.push(`${cycle} ${pin}=${level}`));
  uno.onSerialTransmit((byte, cycle) => events.push(`${cycle} tx ${byte}`));
  uno.onSerialReceive((byte, cycle) => events.push(`${cycle} rx ${byte}`));
  for (const s of scenario.stimuli ?? []) {
    uno.schedule(s.at, () => {
      if ('drive' in s) uno.drive(s.drive, s.level);
      else if ('serial' in s) uno.serialWrite(s.serial);
      else uno.setAnalogVolts(s.analog, s.volts);
    });
  }
  const slice = scenario.slice ?? scenario.cycles;
  while (!uno.halted && uno.cycles < scenario.cycles) uno.runUntil(Math.min(scenario.cycles, uno.cycles + slice));
  return {
    events,
    finalCycle: uno.cycles,
    crash: uno.crash ? `${uno.crash.kind} @${uno.crash.address} cycle ${uno.crash.cycle}` : null,
    watchdogResets: uno.watchdogResets,
    state: `${hash(uno.cpu.data)} pc=${uno.cpu.pc}`,
    ...(isFastEngine(uno.engine) ? { clockWaitCycles: uno.engine.clockWaitCycles } : {}),
  };
}

function hash(bytes: Uint8Array): string {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16);
}

/** First difference between two traces, described for a failing test; null when identical. */
export function firstDifference(a: Trace, b: Trace): string | null {
  const n = Math.max(a.events.length, b.events.length);
  for (let i = 0; i < n; i++) {
    if (a.events[i] !== b.events[i]) return `event #${i}: reference "${a.events[i]}" vs fast "${b.events[i]}"`;
  }
  for (const key of ['finalCycle', 'crash', 'watchdogResets', 'state'] as const) {
    if (a[key] !== b[key]) return `${key}: reference ${a[key]} vs fast ${b[key]}`;
  }
  return null;
}
