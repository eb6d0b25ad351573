/**
 * Per-pin duty over one frame, from level changes in cycles. The LED brightness the eye sees is the
 * fraction of time a pin is high, so this is what the pins panel (and any LED without a part model)
 * shows.
 */
export class PinActivity {
  private readonly level = new Map<string, 0 | 1>();
  private readonly since = new Map<string, number>();
  private readonly high = new Map<string, number>();
  private frameStart: number;

  constructor(pins: readonly string[], levelOf: (pin: string) => 0 | 1, startCycle: number) {
    this.frameStart = startCycle;
    for (const pin of pins) {
      this.level.set(pin, levelOf(pin));
      this.since.set(pin, startCycle);
      this.high.set(pin, 0);
    }
  }

  change(pin: string, level: 0 | 1, cycle: number): void {
    const was = this.level.get(pin);
    if (was === undefined || was === level) return;
    if (was === 1) this.high.set(pin, (this.high.get(pin) ?? 0) + (cycle - (this.since.get(pin) ?? cycle)));
    this.level.set(pin, level);
    this.since.set(pin, cycle);
  }

  /** Duty of every pin since the last call, and starts a new frame at `cycle`. */
  frame(cycle: number): Record<string, number> {
    const span = Math.max(1, cycle - this.frameStart);
    const out: Record<string, number> = {};
    for (const [pin, level] of this.level) {
      let high = this.high.get(pin) ?? 0;
      if (level === 1) high += cycle - (this.since.get(pin) ?? cycle);
      out[pin] = Math.min(1, Math.max(0, high / span));
      this.high.set(pin, 0);
      this.since.set(pin, cycle);
    }
    this.frameStart = cycle;
    return out;
  }
}
