import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { StateHistory } from './history.ts';
import { connect, type Wire } from './wire.ts';

const settings = z.strictObject({
  /**
   * "passive": a piezo or speaker; sounds at the rate the pin toggles (`tone()`), silent when the
   * pin is idle. "active": has its own oscillator; sounds at `activeHz` while the pin is HIGH.
   */
  type: z.enum(['passive', 'active']).default('passive'),
  activeHz: z.number().positive().default(2300),
});
export type BuzzerSettings = z.output<typeof settings>;

/** Long enough for two periods of tone()'s lowest note (31 Hz). */
const WINDOW_MS = 100;
/** How often the pitch is re-measured for `tone` events while sounding. */
const TICK_MS = 5;

/** A buzzer; `frequency()` is measured from the pin, 0 once it has been idle for 1.5 periods. */
export class Buzzer implements Part {
  readonly kind = 'buzzer';
  readonly id: string;
  private readonly wire: Wire;
  private readonly history: StateHistory;
  private readonly settings: BuzzerSettings;
  private reported = 0;
  private ticking: (() => void) | null = null;
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<BuzzerSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.wire = connect(ctx, spec.pins.pin);
    this.history = new StateHistory(ctx.board.msToCycles(WINDOW_MS), this.high(), ctx.board.cycles);
    this.off = this.wire.onChange((cycle) => {
      this.history.record(cycle, this.high());
      if (this.settings.type === 'active') this.report();
      else if (!this.ticking) this.tick();
    });
  }

  /** Pitch now, Hz (0 = silent). */
  frequency(): number {
    if (this.settings.type === 'active') return this.history.current ? this.settings.activeHz : 0;
    return this.history.rate(this.ctx.board.cycles) * this.ctx.board.frequency;
  }
  isSounding(): boolean {
    return this.frequency() > 0;
  }
  snapshot() {
    const f = this.frequency();
    return { frequency: Math.round(f * 10) / 10, sounding: f > 0 };
  }
  detach(): void {
    this.off();
    this.ticking?.();
  }

  private high(): number {
    return this.wire.driven() && this.wire.level() === 1 ? 1 : 0;
  }

  private tick(): void {
    const { board } = this.ctx;
    this.ticking = board.schedule(board.msToCycles(TICK_MS), () => {
      this.ticking = null;
      this.report();
      if (this.reported > 0) this.tick();
    });
  }

  /** Emits 'tone' when the pitch moved by 0.5 Hz (0.1 % for high notes) or started / stopped. */
  private report(): void {
    const f = Math.round(this.frequency() * 10) / 10;
    const changed =
      f === 0 || this.reported === 0 ? f !== this.reported : Math.abs(f - this.reported) >= Math.max(0.5, this.reported * 0.001);
    if (!changed) return;
    this.reported = f;
    this.ctx.emit('tone', f);
  }
}

definePart({
  kind: 'buzzer',
  pins: ['pin'],
  settings,
  create: (spec, ctx) => new Buzzer(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    buzzer: Buzzer;
  }
}
