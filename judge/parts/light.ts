import type { Uno } from '../board/uno.ts';
import { StateHistory } from './history.ts';
import type { Wire } from './wire.ts';

/** How long the eye (and our brightness) averages: a PWM period or more, as the issue asks. */
export const GLOW_WINDOW_MS = 20;

/**
 * One light-emitting element on a wire (an LED, one colour of an RGB LED, one segment): lit while
 * its driver actively drives the wire to the active level; brightness is the lit fraction over the
 * last whole PWM periods. Reports brightness changes through `report` (for the trace), at most once
 * per window while the pin is switching, and at once when a steady light switches.
 */
export class LightChannel {
  private readonly history: StateHistory;
  private readonly window: number;
  private pendingSample: (() => void) | null = null;
  private reported = -1;
  private switchedSinceSample = false;
  /** Last switch; at start the light has been steady "forever", so the first switch reports at once. */
  private lastSwitch = -Infinity;
  private readonly off: () => void;

  constructor(
    private readonly board: Uno,
    readonly wire: Wire,
    private readonly activeLevel: 0 | 1,
    private readonly report?: (brightness: number) => void,
  ) {
    this.window = board.msToCycles(GLOW_WINDOW_MS);
    this.history = new StateHistory(this.window, this.litNow() ? 1 : 0, board.cycles);
    this.off = wire.onChange((cycle) => this.onChange(cycle));
  }

  /** Lit at this instant. */
  isLit(): boolean {
    return this.history.current === 1;
  }

  /** 0..1: the PWM duty over the last whole periods, or the lit fraction of the last window. */
  brightness(): number {
    return this.history.occupancy(this.board.cycles, 2)[1];
  }

  detach(): void {
    this.off();
    this.pendingSample?.();
  }

  private litNow(): boolean {
    return this.wire.driven() && this.wire.level() === this.activeLevel;
  }

  private onChange(cycle: number): void {
    const lit = this.litNow() ? 1 : 0;
    if (lit === this.history.current) return;
    const quietBefore = cycle - this.lastSwitch >= this.window;
    this.lastSwitch = cycle;
    this.history.record(cycle, lit);
    this.switchedSinceSample = true;
    if (!this.report) return;
    if (quietBefore) this.emit(lit);
    if (!this.pendingSample) this.pendingSample = this.board.schedule(this.window, () => this.sample());
  }

  private sample(): void {
    this.pendingSample = null;
    this.emit(this.brightness());
    if (this.switchedSinceSample) {
      this.switchedSinceSample = false;
      this.pendingSample = this.board.schedule(this.window, () => this.sample());
    }
  }

  private emit(brightness: number): void {
    const b = Math.round(brightness * 1000) / 1000;
    // Tiny wobbles of a PWM average are not news; reaching fully on or off always is.
    if (b === this.reported || (Math.abs(b - this.reported) < 0.01 && b !== 0 && b !== 1)) return;
    this.reported = b;
    this.report?.(b);
  }
}
