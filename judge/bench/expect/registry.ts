import type { PartSpec } from '../../parts/part.ts';
import type { Text } from '../../runner/events.ts';
import type { PinSubject } from './common.ts';
import type { Signals } from '../signals.ts';

/**
 * What every expectation family gets: the pin history, the serial log and the wiring, all read-only.
 * Times in expectation options are test milliseconds (0 = power-on); `nowMs` is the present.
 */
export interface ExpectContext {
  readonly signals: Signals;
  readonly nowMs: number;
  cycleAt(ms: number): number;
  msAt(cycle: number): number;
  /** Bytes the sketch printed, with the cycle of each. */
  serialOut(): { text: string; cycles: number[] };
  partSpec(id: string): PartSpec | undefined;
  /** Parts with a pin wired to this board pin. */
  partsOn(pin: string): PartSpec[];
  /** Throws ExpectationFailed (verdict 'wrong'). */
  fail(message: Text): never;
}

/**
 * The families of `t.expect`. Each family file adds its entry by declaration merging:
 *   declare module './registry.ts' { interface Expectations { pin(pin: string): PinExpectation } }
 *   registerExpectation('pin', (ctx, pin) => …);
 * so adding a family is one new file (and one import line in expect/index.ts), never a switch.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Expectations {}

export type Expect = Expectations;

type Factory = (ctx: ExpectContext, ...args: never[]) => unknown;
const families = new Map<string, Factory>();

export function registerExpectation<K extends keyof Expectations>(
  name: K,
  factory: (ctx: ExpectContext, ...args: Parameters<Expectations[K] extends (...a: never[]) => unknown ? Expectations[K] : never>) => unknown,
): void {
  families.set(name as string, factory as unknown as Factory);
}

/** Builds `t.expect` for one test: every registered family bound to that test's context. */
export function createExpect(ctx: ExpectContext): Expect {
  const expect: Record<string, unknown> = {};
  for (const [name, factory] of families) expect[name] = (...args: never[]) => factory(ctx, ...args);
  return expect as unknown as Expect;
}

/**
 * Checks on one pin (`t.expect.pin('D13').…`), spread over several family files the same way:
 * each adds its methods to PinChecks by declaration merging and registers them here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PinChecks {}

type PinCheck = (ctx: ExpectContext, subject: PinSubject, ...args: never[]) => void;
const pinChecks = new Map<string, PinCheck>();

export function registerPinCheck<K extends keyof PinChecks>(
  name: K,
  check: (ctx: ExpectContext, subject: PinSubject, ...args: Parameters<PinChecks[K] extends (...a: never[]) => unknown ? PinChecks[K] : never>) => void,
): void {
  pinChecks.set(name as string, check as unknown as PinCheck);
}

/** `t.expect.pin(ref)`: every registered pin check bound to one pin. */
export function pinChecksFor(ctx: ExpectContext, subject: PinSubject): PinChecks {
  const out: Record<string, unknown> = {};
  for (const [name, check] of pinChecks) out[name] = (...args: never[]) => check(ctx, subject, ...args);
  return out as unknown as PinChecks;
}
