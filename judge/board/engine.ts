import type { CPU } from 'avr8js';

/**
 * An execution engine advances the CPU until `cpu.cycles >= untilCycle`, or earlier when the board
 * halts (crash, stop request). Engines must be observably identical: the same pin changes at the same
 * cycle, the same serial bytes, the same final cycle count (see tests/equivalence).
 */
export interface ExecutionEngine {
  readonly name: EngineName;
  run(untilCycle: number): void;
}

export type EngineName = 'fast' | 'reference';

/** What an engine may consult besides the CPU: the guard detects crashes after each instruction. */
export interface EngineContext {
  readonly cpu: CPU;
  /** Number of flash words that hold the program; executing beyond it is a crash. */
  readonly programWords: number;
  /** True once the board has halted (crash or stop); engines return promptly. */
  halted(): boolean;
  /** Called by engines after an instruction that left the CPU in a suspicious state. */
  guard: CrashGuard;
  /**
   * Timer counters an engine may predict: address → the value a read at a given cycle would return
   * (undefined when that cannot be known without running up to it). The fast engine's clock-wait
   * skip uses them; they never change the machine.
   */
  readonly clockReaders?: ReadonlyMap<number, (cycle: number) => number | undefined>;
  /**
   * Changes whenever a peripheral adds or removes a memory hook while running (a dormant timer's
   * TIFR read hook): what an engine proved about plain memory may no longer hold.
   */
  readonly hooksVersion?: () => number;
}

export interface CrashGuard {
  /** Lowest legal stack pointer value (end of .data/.bss), or 0 when unknown. */
  readonly stackLimit: number;
  /** Reports a crash; the board halts. */
  crash(kind: CrashKind, pc: number): void;
}

export type CrashKind = 'invalid-opcode' | 'stack-overflow' | 'pc-out-of-program' | 'unexpected-reset';

export type EngineFactory = (ctx: EngineContext) => ExecutionEngine;

const factories = new Map<EngineName, EngineFactory>();

/** Engines register themselves by name (DMOJ-style registry: adding one never edits a switch). */
export function registerEngine(name: EngineName, factory: EngineFactory): void {
  factories.set(name, factory);
}

export function createEngine(name: EngineName, ctx: EngineContext): ExecutionEngine {
  const factory = factories.get(name) ?? factories.get('reference');
  if (!factory) throw new Error(`No execution engine "${name}" registered`);
  return factory(ctx);
}

export function hasEngine(name: EngineName): boolean {
  return factories.has(name);
}
