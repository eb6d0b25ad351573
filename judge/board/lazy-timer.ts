import { AVRTimer, type AVRTimerConfig, type CPU } from 'avr8js';

/**
 * avr8js's AVRTimer, but woken only at the ticks where something observable happens.
 *
 * avr8js schedules a clock event for every timer tick (`count` re-adds itself every `divider`
 * cycles). Arduino's `init()` runs all three timers at /64, so the CPU stops every ~21 cycles
 * for a tick that, 255 times out of 256, only increments TCNT — and no engine can run a long
 * stretch of code or skip an idle wait past it (docs/fast-engine.md).
 *
 * Here `count` computes how many ticks remain until the next tick that sets a flag, moves a
 * compare-output pin, reloads a double-buffered OCR or turns the counter round (overflow, TOP,
 * BOTTOM, a compare match), and sleeps until exactly that tick. TCNT is still computed from the
 * cycle count whenever it is read (avr8js's read hook already calls `count(false)`), and every
 * write that can move the next moment (OCRnA/B, ICR1, TCCRnA, TCNT) first brings the counter up to
 * date under the old settings, then reschedules. avr8js's own counting code runs unchanged —
 * its `count` already advances by `floor(elapsed / divider)` ticks at once — so each flag and each
 * pin change lands on the same cycle as with a per-tick event (`lazy-timer.spec.ts` compares the two).
 */
export class LazyTimer extends AVRTimer {
  /** `onHooksChanged`: called when the timer adds or removes a memory hook (its TIFR read hook). */
  constructor(cpu: CPU, config: AVRTimerConfig, onHooksChanged?: () => void) {
    super(cpu, config);
    if (cpu.readHooks[config.TIFR]) throw new Error('LazyTimer: TIFR already has a read hook'); // (avr8js sets none)
    const self = this as unknown as TimerInternals;
    // avr8js adds `externalClockPort` only when a prescaler write first selects a timer's clock pin
    // (never for Timer2): one more shape per timer, created mid-run. Present from the start (null is
    // what avr8js's truthiness checks read as "none"), all three timers keep one shape for good.
    if (!('externalClockPort' in this)) self.externalClockPort = null;
    // lastCycle is a cycle count: it outgrows a small integer in some runs and not in others, and
    // V8 then moves every timer to a new shape mid-run, throwing away the code optimised for the
    // old one (a "wrong map" deoptimisation per board). Stored as a double once here, it has the
    // general shape from the first board on.
    const lastCycle = self.lastCycle;
    self.lastCycle = 0.5;
    self.lastCycle = lastCycle;
    const avrCount = self.count;
    /**
     * avr8js's counting (called with reschedule = false only). A batch from BOTTOM that runs a whole
     * lap back to BOTTOM would look like no wrap to avr8js's compare logic ("new value below the
     * old"), so it is counted in two steps: up to TOP (where nothing happens, or TOP would have been
     * an event), then over the wrap.
     */
    const countTicks = (reschedule: boolean, external = false): void => {
      if (!external && self.tcnt === 0 && self.divider && !self.updateDivider && !self.tcntUpdated && self.TOP > 0) {
        const phasePwm = self.timerMode === PHASE_CORRECT || self.timerMode === PHASE_FREQUENCY_CORRECT;
        if (!phasePwm && Math.floor((cpu.cycles - self.lastCycle) / self.divider) > self.TOP) {
          const now = cpu.cycles;
          cpu.cycles = self.lastCycle + self.TOP * self.divider;
          avrCount(false);
          cpu.cycles = now;
        }
      }
      avrCount(reschedule, external);
    };
    const interruptMask = self.OVF.enableMask | self.OCFA.enableMask | self.OCFB.enableMask | (self.hasOCRC ? self.OCFC.enableMask : 0);
    /**
     * Nothing but this timer's own flags can see its next events: no interrupt of it is enabled and
     * no compare output drives a pin. Its events then only set TIFR bits and move TCNT, so none is
     * queued (Arduino's Timer1 and Timer2 would otherwise wake the CPU at every TOP and BOTTOM,
     * twice per 2 ms); whoever reads or writes its registers first brings it up to date (`catchUp`),
     * and the board does after every run.
     */
    const dormant = (): boolean =>
      !(cpu.data[config.TIMSK] & interruptMask) && !self.compA && !self.compB && !(self.hasOCRC && self.compC);
    /** Cycle of the next observable tick, counted from the timer's current state. */
    const nextEventCycle = (): number => self.lastCycle + ticksToNextEvent(self) * self.divider;
    /**
     * A dormant timer's flags are brought up to date when the CPU reads them. The read hook is
     * there only while it sleeps: an awake timer's TIFR is plain memory, which the clock-wait skip
     * can reason about (micros() reads TIFR0). `onHooksChanged` tells the engine its hooks changed.
     */
    const flagRead = (address: number): number => {
      this.catchUp();
      return cpu.data[address];
    };
    const sleep = (asleep: boolean): void => {
      if (asleep === this.asleep) return;
      this.asleep = asleep;
      if (asleep) cpu.readHooks[config.TIFR] = flagRead;
      else (cpu.readHooks as unknown as (((addr: number) => number) | undefined)[])[config.TIFR] = undefined;
      onHooksChanged?.();
    };
    /** Queues this timer's event for its next observable tick — or none while it is dormant. */
    const queueNext = (): void => {
      sleep(dormant());
      if (!this.asleep) cpu.addClockEvent(self.count, nextEventCycle() - cpu.cycles);
    };
    /**
     * Runs, one by one at their own cycles, the events a dormant timer did not queue, up to now:
     * exactly what their clock events would have done (each `count` at its cycle), so flags, TCNT,
     * direction and the OCR double buffers are as if it had been awake.
     */
    this.catchUp = (): void => {
      // (a pending TCNT write or prescaler change: its queued event counts, as in avr8js)
      if (!this.asleep || !self.divider || self.updateDivider || self.tcntUpdated) return;
      const now = cpu.cycles;
      for (let at = nextEventCycle(); at <= now; at = nextEventCycle()) {
        cpu.cycles = at;
        countTicks(false);
      }
      cpu.cycles = now;
    };

    // Invariant: at most one clock event of this timer is queued. `tick()` removes the event it
    // fires only after the callback returns, so the callback may add events but must never clear.
    self.count = (reschedule = true, external = false) => {
      this.catchUp(); // a TCNT read of a dormant timer
      const dividerChange = self.updateDivider;
      countTicks(false, external); // on a divider change avr8js queues the first tick itself
      if (reschedule) {
        // Fired by tick(); after a divider change, the tick avr8js queued does the rescheduling.
        if (self.divider && !dividerChange) queueNext();
      } else if (dividerChange) {
        // TCNT read right after a prescaler change, before its queued event: avr8js applied the
        // change now and queued a second event; keep exactly one.
        while (cpu.clearClockEvent(self.count));
        if (self.divider) queueNext();
      }
    };

    const resync = (): void => {
      if (!self.divider || self.updateDivider || self.tcntUpdated) return; // an event at 0 is queued
      cpu.clearClockEvent(self.count);
      queueNext();
    };
    const bringUpToDate = (): void => {
      this.catchUp();
      // (a pending TCNT write or prescaler change is applied by its queued event, as in avr8js)
      if (self.divider && !self.updateDivider && !self.tcntUpdated) countTicks(false);
    };
    /**
     * `unchanged(value, oldValue)`: the write would leave avr8js's timer state as it is, so neither
     * the counting up to now nor the queued event depends on it (analogWrite() rewrites OCR and
     * TCCRnA with the same values on every call). The memory cell is stored as avr8js would.
     */
    const wrapWrite = (addr: number, reschedule: boolean, after?: () => void, unchanged?: (value: number, oldValue: number) => boolean): void => {
      const original = cpu.writeHooks[addr];
      if (!original) return;
      cpu.writeHooks[addr] = (value, oldValue, address, mask) => {
        if (unchanged?.(value, oldValue)) return false;
        bringUpToDate();
        const swallowed = original(value, oldValue, address, mask);
        if (reschedule) resync();
        after?.();
        return swallowed;
      };
    };
    // avr8js's OCR hooks set nextOcr from the written byte (and the latched high byte), and ocr too
    // when the mode updates it at once; its TCCRnA hook stores the value and re-derives the mode,
    // which depends on nothing else that a write to TCCRnA could change.
    const sameOcr = (next: 'nextOcrA' | 'nextOcrB' | 'nextOcrC', now: 'ocrA' | 'ocrB' | 'ocrC') => (value: number) => {
      const written = (self.highByteTemp << 8) | value;
      return written === self[next] && (self.ocrUpdateMode !== OCR_IMMEDIATE || self[now] === written);
    };
    wrapWrite(config.OCRA, true, undefined, sameOcr('nextOcrA', 'ocrA'));
    wrapWrite(config.OCRB, true, undefined, sameOcr('nextOcrB', 'ocrB'));
    if (config.OCRC) wrapWrite(config.OCRC, true, undefined, sameOcr('nextOcrC', 'ocrC'));
    if (config.ICR) wrapWrite(config.ICR, true);
    wrapWrite(config.TCCRA, true, undefined, (value, oldValue) => value === oldValue);
    wrapWrite(config.TCNT, false, () => {
      // avr8js moves the timer's event to the next cycle to apply the new value; a dormant timer has
      // none to move, so it gets one.
      if (this.asleep) cpu.addClockEvent(self.count, 0);
      sleep(false);
    });
    // A dormant timer is brought up to date before its prescaler changes and before its flags are
    // cleared or its interrupts enabled (an awake one needs nothing: its events are queued).
    const catchUpFirst = (addr: number, after?: () => void): void => {
      const original = cpu.writeHooks[addr]!;
      cpu.writeHooks[addr] = (value, oldValue, address, mask) => {
        this.catchUp();
        const swallowed = original(value, oldValue, address, mask);
        if (after) {
          if (!swallowed) cpu.data[address] = value; // (avr8js stores it after the hook returns)
          after();
        }
        return swallowed;
      };
    };
    catchUpFirst(config.TCCRB, () => sleep(false)); // avr8js queues an event at 0 for the new prescaler
    catchUpFirst(config.TIFR);
    catchUpFirst(config.TIMSK, () => {
      // An interrupt enabled wakes the timer; all disabled lets it sleep.
      if (!self.divider || self.updateDivider || self.tcntUpdated || this.asleep === dormant()) return;
      if (!this.asleep) cpu.clearClockEvent(self.count);
      queueNext();
    });
    this.bits = config.bits;

    // avr8js counts phase-correct modes one tick per loop pass; a lazy timer hands it hundreds of
    // ticks at once. Runs of ticks that land on no special value (TOP going up, BOTTOM going down,
    // a compare value) only move TCNT by one each, so they are taken in one step.
    const stepwise = self.phasePwmCount.bind(this);
    self.phasePwmCount = (value: number, delta: number): number => {
      if (self.tcntUpdated || !self.TOP) return stepwise(value, delta); // avr8js's special cases
      while (delta > 0) {
        const plain = plainTicks(self, value);
        if (plain > 0) {
          const k = Math.min(plain, delta);
          value += self.countingUp ? k : -k;
          delta -= k;
          if (delta === 0) return value & self.MAX;
        }
        value = stepwise(value, 1);
        delta--;
      }
      return value & self.MAX;
    };
  }

  private readonly bits: number;
  /** No event of this timer is queued: it is dormant (see `dormant` above). */
  private asleep = false;
  /** Brings a dormant timer up to now (a no-op for an awake one); the board calls it after every run. */
  readonly catchUp: () => void;

  /**
   * What avr8js's TCNT read hook would return at `cycle` (≥ now), if no event of this timer comes
   * first: undefined unless the timer counts up (normal, CTC, fast PWM), has no pending TCNT write or
   * prescaler change, is 8 bits wide (a 16-bit read also latches the high byte) and does not reach
   * TOP + 1 by then. The clock-wait analysis reads the future with it, only before the next clock event.
   */
  tcntAt(cycle: number): number | undefined {
    const self = this as unknown as TimerInternals;
    if (this.bits !== 8 || !self.divider || self.updateDivider || self.tcntUpdated || !self.countingUp) return undefined;
    if (self.timerMode === PHASE_CORRECT || self.timerMode === PHASE_FREQUENCY_CORRECT) return undefined;
    // A dormant timer's unqueued events change no TCNT but may be due already (not caught up):
    // answer only up to the next of them.
    if (this.asleep && self.lastCycle + ticksToNextEvent(self) * self.divider <= cycle) return undefined;
    const value = self.tcnt + Math.floor((cycle - self.lastCycle) / self.divider);
    return value <= self.TOP && value <= 0xff ? value : undefined;
  }
}

/** The private state of avr8js's AVRTimer that the scheduling reads. */
interface TimerInternals {
  externalClockPort: unknown;
  count: (reschedule?: boolean, external?: boolean) => void;
  phasePwmCount: (value: number, delta: number) => number;
  readonly MAX: number;
  readonly TOP: number;
  lastCycle: number;
  divider: number;
  tcnt: number;
  tcntUpdated: boolean;
  updateDivider: boolean;
  countingUp: boolean;
  timerMode: number;
  ocrA: number;
  ocrB: number;
  ocrC: number;
  nextOcrA: number;
  nextOcrB: number;
  nextOcrC: number;
  highByteTemp: number;
  ocrUpdateMode: number;
  hasOCRC: boolean;
  compA: number;
  compB: number;
  compC: number;
  readonly OVF: { enableMask: number };
  readonly OCFA: { enableMask: number };
  readonly OCFB: { enableMask: number };
  readonly OCFC: { enableMask: number };
}

/**
 * Ticks from `value` that phase-correct counting takes without landing on TOP (counting up),
 * BOTTOM (counting down) or a compare value: each of them only moves TCNT by one.
 */
function plainTicks(t: TimerInternals, value: number): number {
  const specials = t.hasOCRC ? [t.TOP, t.ocrA, t.ocrB, t.ocrC] : [t.TOP, t.ocrA, t.ocrB];
  let next = Infinity;
  if (t.countingUp) {
    if (value >= t.TOP) return 0; // beyond TOP: avr8js's own stepping
    for (const s of specials) if (s > value && s - value < next) next = s - value;
  } else {
    if (value <= 0) return 0;
    next = value; // BOTTOM
    for (const s of specials) if (s < value && value - s < next) next = value - s;
  }
  return next - 1;
}

/** avr8js's OCRUpdateMode.Immediate: OCR writes take effect at once (normal and CTC modes). */
const OCR_IMMEDIATE = 0;
const PHASE_CORRECT = 1;
const PHASE_FREQUENCY_CORRECT = 4;

/**
 * Ticks from now to the next tick at which avr8js's counting does anything but increment TCNT.
 * Returns 1 (a per-tick event, as avr8js) in the odd states whose counting it would be unwise
 * to predict: TCNT beyond TOP, TOP = 0.
 */
function ticksToNextEvent(t: TimerInternals): number {
  const value = t.tcnt;
  const top = t.TOP;
  const c = t.hasOCRC ? t.ocrC : -1; // no OCRnC: a value no comparison below can match
  if (t.timerMode === PHASE_CORRECT || t.timerMode === PHASE_FREQUENCY_CORRECT) {
    if (top === 0 || (value === 0 && !t.countingUp)) return 1;
    if (t.countingUp) {
      if (value >= top) return 1;
      // Turning at TOP, or a compare match on the way up.
      return upTo(c, value, top - 1, upTo(t.ocrB, value, top - 1, upTo(t.ocrA, value, top - 1, top - value)));
    }
    // BOTTOM (overflow flag, turning), or a compare match on the way down.
    return downTo(c, value, downTo(t.ocrB, value, downTo(t.ocrA, value, value)));
  }
  if (value > top || top === 0) return 1;
  // Wrapping to BOTTOM (a whole lap from BOTTOM is counted in two steps, see countTicks).
  const wrap = top + 1 - value;
  return upTo(c, value, top, upTo(t.ocrB, value, top, upTo(t.ocrA, value, top, wrap)));
}

/** Fewer ticks if counting up from `value` meets `ocr` (≤ `last`) sooner. */
function upTo(ocr: number, value: number, last: number, ticks: number): number {
  return ocr > value && ocr <= last && ocr - value < ticks ? ocr - value : ticks;
}

/** Fewer ticks if counting down from `value` meets `ocr` sooner. */
function downTo(ocr: number, value: number, ticks: number): number {
  return ocr >= 0 && ocr < value && value - ocr < ticks ? value - ocr : ticks;
}
