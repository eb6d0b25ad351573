/**
 * The recent history of a small discrete signal (a pin level, or the combined inputs of a motor
 * driver), kept for a sliding window of board cycles. It answers "what fraction of the time was the
 * signal in each state" and "how often does it repeat" — PWM duty and tone frequency.
 *
 * A PWM signal repeats exactly, so averaging over whole periods (from one transition to the last
 * transition of the same kind) gives the exact duty, with no error from a window edge cutting a
 * period in half. When the signal stops repeating, it falls back to plain averaging over the window,
 * which fades the old duty out within one window, like the eye's persistence does.
 */
export class StateHistory {
  private times: number[] = [];
  private states: number[] = [];
  private head = 0;

  constructor(
    private readonly windowCycles: number,
    initialState: number,
    startCycle: number,
  ) {
    this.times.push(startCycle);
    this.states.push(initialState);
  }

  get current(): number {
    return this.states[this.states.length - 1];
  }

  /** Time of the last transition (or of the start). */
  get lastChange(): number {
    return this.times[this.times.length - 1];
  }

  record(cycle: number, state: number): void {
    if (state === this.current) return;
    this.times.push(cycle);
    this.states.push(state);
    this.prune(cycle);
  }

  /** Fraction of time spent in each state (index = state), averaged as described above. */
  occupancy(now: number, states: number): number[] {
    this.prune(now);
    const out = new Array<number>(states).fill(0);
    const period = this.periodicSpan(now);
    const from = period ? period.from : Math.max(now - this.windowCycles, this.times[this.head]);
    const to = period ? period.to : now;
    if (to <= from) {
      out[this.current] = 1;
      return out;
    }
    for (let i = this.head; i < this.times.length; i++) {
      const start = Math.max(this.times[i], from);
      const end = Math.min(i + 1 < this.times.length ? this.times[i + 1] : now, to);
      if (end > start) out[this.states[i]] += (end - start) / (to - from);
    }
    return out;
  }

  /** Repetitions per cycle of the signal's pattern (0 when it does not repeat now). */
  rate(now: number): number {
    this.prune(now);
    const period = this.periodicSpan(now);
    return period ? period.count / (period.to - period.from) : 0;
  }

  /**
   * The longest span inside the window made of whole, equal periods: from the earliest transition of
   * the same kind (same state after, same state before) as the last transition, to the last one. The
   * walk back stops at a period that differs from the latest one, so a melody's new note or a PWM
   * whose frequency changed is measured on its own. Null if the signal does not repeat, or has not
   * repeated for 1.5 of its periods (it has stopped).
   */
  private periodicSpan(now: number): { from: number; to: number; count: number } | null {
    const last = this.times.length - 1;
    if (last - this.head < 2) return null;
    const s = this.states[last];
    const before = this.states[last - 1];
    const to = this.times[last];
    let earliest = last;
    let period = 0;
    let count = 0;
    for (let i = last - 1; i > this.head; i--) {
      if (this.states[i] !== s || this.states[i - 1] !== before) continue;
      const interval = this.times[earliest] - this.times[i];
      if (period === 0) period = interval;
      // Jitter allowance: software-timed signals wobble by a few cycles per period.
      else if (Math.abs(interval - period) > period * 0.03 + 32) break;
      earliest = i;
      count++;
    }
    if (count === 0) return null;
    if (now - to > 1.5 * period) return null;
    return { from: this.times[earliest], to, count };
  }

  /** Drops transitions older than the window, keeping one before it (the state at its start). */
  private prune(now: number): void {
    const limit = now - this.windowCycles;
    while (this.head + 1 < this.times.length && this.times[this.head + 1] <= limit) this.head++;
    if (this.head > 256 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.states = this.states.slice(this.head);
      this.head = 0;
    }
  }
}
