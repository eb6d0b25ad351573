import type { CPU } from 'avr8js';
import { HeadBackOff } from './back-off.ts';
import { Abort, DECISION_FLIPS, PassInterpreter, replay, replayPlan, SREG_BIT, type ClockReader, type PassResult, type ReplayPlan, type Variants } from './wait-pass.ts';

/**
 * Exact fast-forward of loops that wait for the clock: `delay()` polling `micros()`, a `millis()`
 * state machine between changes, any loop whose only input from outside the CPU is one timer
 * counter read per pass (docs/fast-engine.md, "clock waits").
 *
 * At a loop head H, `PassInterpreter` proves, for a family of states and an interval T of clock
 * values, that every pass from H follows one path of L cycles back to H: the family is "the
 * current data space, with the cells V holding anything", where V are the cells the pass itself
 * changes (temporaries, the clock byte, SREG's flags) and nothing the path depends on. V is found
 * by iterating: interpret with V = ∅, add what changed, interpret again until nothing new changes.
 *
 * Then until the clock leaves T or the next clock event, every pass is that path. The engine
 * jumps n − d passes ahead without touching memory, so the cells of V keep the values of the pass
 * just run, and lets the last d passes run for real: d is how many passes it takes for values
 * computed from V's stale inputs to be overwritten by values computed from the rest (the
 * `SREG → r19 → SREG` save/restore in micros() takes 2). Those d passes end before the event, so
 * by the first instruction anything else can see, memory is exactly what stepping every pass
 * would have left.
 *
 * A proof is kept per head with the input cells it read (its footprint). The next window of the
 * same wait reuses it when the footprint is unchanged: after an event the wait does not look at
 * (Timer1, Timer2) as it is, and after the wait's parameters changed (a new millisecond: delay()'s
 * start; an overflow: Timer0's count) by replaying the proof's steps for their new values.
 */

interface Found {
  readonly proof: Proof;
  /** The clock interval for the state now. */
  readonly t0: number;
  readonly hi: number;
}

interface Proof {
  readonly pass: PassResult;
  /** Passes that must run for real after a jump before memory is exact again. */
  readonly settle: number;
  /** Footprint as [cell, mask, value] triples. */
  readonly inputs: Int32Array;
  /** The replay steps, prepared (null: the proof cannot be replayed). */
  readonly plan: ReplayPlan | null;
  /** The values of the plan's parameters at the last replay, and its clock interval. */
  readonly memo: { values: Uint8Array; t0: number; hi: number };
}

/** Proofs kept per loop head (the states a wait comes back in: each millisecond, each overflow). */
const PROOFS_PER_HEAD = 4;
/** Rounds of "interpret, add what changed to V". */
const ROUNDS = 4;
const MAX_SETTLE = 4;
/** Cycles to the next event below which no proof is tried. */
const MIN_WINDOW = 512;
const PAST = Symbol('past');

export class ClockWaits {
  private readonly proofs = new Map<number, Proof[]>();
  /** V that worked last time at each head: the first guess next time. */
  private readonly variants = new Map<number, Variants>();
  private readonly backOff: HeadBackOff;
  private readonly interpreter: PassInterpreter;
  skippedCycles = 0;
  /** The cycle at which the settling passes after the last jump end. */
  private settledAt = 0;
  /** Set when the wait at a head is about to change path: the engine should look at the next passes too (it clears it). */
  lookAgain = false;

  /** The board's hook set these proofs were made under (see EngineContext.hooksVersion). */
  private hooks = 0;

  constructor(
    private readonly cpu: CPU,
    private readonly readers: ReadonlyMap<number, ClockReader>,
    programWords: number,
    stackLimit: number,
    private readonly hooksVersion: () => number = () => 0,
  ) {
    this.interpreter = new PassInterpreter(cpu, readers, programWords, stackLimit);
    this.backOff = new HeadBackOff(programWords + 1);
  }

  /**
   * At loop head `head`, at `cycles`, nothing due before `dl`: the cycle to continue at (passes
   * skipped) or `cycles`.
   */
  skip(head: number, cycles: number, dl: number): number {
    if (!Number.isFinite(dl) || !this.backOff.ready(head)) return cycles;
    // Until the settling passes of the last jump have run, memory is not exact: nothing to prove on.
    if (cycles < this.settledAt) return cycles;
    // A pending interrupt (I clear now) would be taken as soon as a pass sets I: not a wait.
    if ((this.cpu as unknown as { nextInterrupt: number }).nextInterrupt >= 0) return cycles;
    // A window too short for a pass and its settling is not worth a proof.
    if (dl - cycles < MIN_WINDOW) return cycles;
    // A proof read some cells as plain memory; if a hook came or went since, it may not hold.
    if (this.hooksVersion() !== this.hooks) {
      this.hooks = this.hooksVersion();
      this.proofs.clear();
    }
    let found = this.lookup(head, cycles);
    if (found === PAST) {
      // The wait changes path at this pass (a millisecond is up): the next passes are worth a look.
      this.lookAgain = true;
      return cycles;
    }
    if (!found) {
      const proved = this.prove(head, cycles);
      if (proved === undefined || proved instanceof Abort) {
        if (!(proved instanceof Abort && proved.soft)) this.backOff.miss(head);
        return cycles;
      }
      found = { proof: proved, t0: proved.pass.t0, hi: proved.pass.hi };
      this.backOff.hit(head);
    }
    const proof = found.proof;
    const n = this.passes(proof.pass, found.t0, found.hi, cycles, dl);
    // Cut short by the clock rather than the deadline: the path changes a few passes after the jump.
    if (cycles + (n + 1) * proof.pass.length < dl) this.lookAgain = true;
    const jump = n - proof.settle;
    if (jump <= 0) return cycles;
    this.skippedCycles += jump * proof.pass.length;
    this.settledAt = cycles + n * proof.pass.length;
    return cycles + jump * proof.pass.length;
  }

  /**
   * A proof that holds for the state now, with its clock interval for the parameters' values now;
   * PAST if one would hold but a branch it relies on goes the other way at this clock value.
   */
  private lookup(head: number, cycles: number): Found | typeof PAST | undefined {
    const list = this.proofs.get(head);
    if (!list) return undefined;
    const data = this.cpu.data;
    for (const proof of list) {
      const inputs = proof.inputs;
      let ok = true;
      for (let i = 0; i < inputs.length && ok; i += 3) {
        const cell = inputs[i];
        const value = cell >= SREG_BIT ? (data[95] >> (cell - SREG_BIT)) & 1 : data[cell];
        ok = (value & inputs[i + 1]) === inputs[i + 2];
      }
      if (!ok) continue;
      const pass = proof.pass;
      if (pass.readAt < 0) return { proof, t0: 0, hi: 0 };
      const t = this.readers.get(pass.clock)!(cycles + pass.readAt);
      if (t === undefined) continue;
      const plan = proof.plan;
      if (plan) {
        // Same parameters and a clock value inside the last replay's interval: the same interval
        // (every step's bound is the end of a stretch that holds from any point inside it).
        const memo = proof.memo;
        if (memo.t0 <= t && t <= memo.hi && sameValues(plan.params, memo.values, data)) return { proof, t0: t, hi: memo.hi };
        const hi = replay(plan, data, t);
        if (hi === DECISION_FLIPS) return PAST;
        if (hi >= t) {
          for (let i = 0; i < plan.params.length; i++) memo.values[i] = data[plan.params[i]];
          memo.t0 = t;
          memo.hi = hi;
          return { proof, t0: t, hi };
        }
      } else {
        if (t > pass.hi) return PAST;
        if (t >= pass.t0) return { proof, t0: t, hi: pass.hi };
      }
    }
    return undefined;
  }

  private prove(head: number, cycles: number): Proof | Abort | undefined {
    const guess = this.variants.get(head);
    let proof = guess ? this.tryProve(head, cycles, new Map(guess), 1) : undefined;
    if (!(proof && !(proof instanceof Abort))) proof = this.tryProve(head, cycles, new Map(), ROUNDS);
    if (!proof || proof instanceof Abort) return proof;
    const list = this.proofs.get(head) ?? [];
    list.unshift(proof);
    if (list.length > PROOFS_PER_HEAD) list.pop();
    this.proofs.set(head, list);
    return proof;
  }

  private tryProve(head: number, cycles: number, v: Variants, rounds: number): Proof | Abort | undefined {
    for (let round = 0; round < rounds; round++) {
      let pass: PassResult;
      try {
        pass = this.interpreter.pass(head, cycles, v);
      } catch (e) {
        if (e instanceof Abort) return e;
        throw e;
      }
      let grew = false;
      for (const [cell, bits] of pass.changed) {
        const have = v.get(cell) ?? 0;
        if (bits & ~have) {
          v.set(cell, have | bits);
          grew = true;
        }
      }
      if (grew) continue;
      const settle = settling(v, pass.outDeps);
      if (settle < 0) return undefined;
      this.variants.set(head, v);
      const inputs: number[] = [];
      const data = this.cpu.data;
      for (const [cell, mask] of pass.footprint) {
        const value = cell >= SREG_BIT ? (data[95] >> (cell - SREG_BIT)) & 1 : data[cell];
        inputs.push(cell, mask, value & mask);
      }
      const plan = pass.steps ? replayPlan(pass.steps) : null;
      const memo = { values: new Uint8Array(plan?.params.length ?? 0), t0: 1, hi: 0 };
      return { pass, settle, inputs: Int32Array.from(inputs), plan, memo };
    }
    return undefined;
  }

  /** Whole passes from `cycles` that end before dl with the clock inside [t0, tHi]. */
  private passes(pass: PassResult, t0: number, tHi: number, cycles: number, dl: number): number {
    const length = pass.length;
    const n = Math.floor((dl - 1 - cycles) / length);
    if (n <= 0 || pass.readAt < 0) return Math.max(0, n);
    const reader = this.readers.get(pass.clock)!;
    const start = cycles + pass.readAt;
    if (!inside(reader(start), t0, tHi)) return 0;
    if (inside(reader(start + (n - 1) * length), t0, tHi)) return n;
    // The clock only counts up: the passes that fit are a prefix.
    let lo = 0; // fits
    let hi = n - 1; // does not fit
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (inside(reader(start + mid * length), t0, tHi)) lo = mid;
      else hi = mid;
    }
    return lo + 1;
  }

}

function sameValues(cells: Int32Array, values: Uint8Array, data: Uint8Array): boolean {
  for (let i = 0; i < cells.length; i++) if (data[cells[i]] !== values[i]) return false;
  return true;
}

const inside = (t: number | undefined, lo: number, hi: number): boolean => t !== undefined && t >= lo && t <= hi;

/**
 * How many real passes make memory exact again after a jump that left V's cells stale: the round
 * after which no cell of V still depends on a stale value. -1 if that never happens.
 */
function settling(v: Variants, outDeps: ReadonlyMap<number, number>): number {
  const cells = [...v.keys()];
  let stale = cells.length >= 31 ? -1 : (1 << cells.length) - 1;
  if (stale < 0) return -1;
  for (let round = 1; round <= MAX_SETTLE; round++) {
    let next = 0;
    cells.forEach((cell, i) => {
      const deps = outDeps.get(cell);
      if (deps === undefined || deps & stale) next |= 1 << i;
    });
    if (next === 0) return round;
    stale = next;
  }
  return -1;
}
