import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { Hd44780 } from './hd44780.ts';
import { connect, type Wire } from './wire.ts';

export const lcdSettings = z.strictObject({
  /** Drop bytes that arrive while the controller is still busy (too-short delays), as hardware may. */
  enforceBusy: z.boolean().default(true),
});
export type LcdSettings = z.output<typeof lcdSettings>;

/** What both 16×2 displays offer a bench. */
export abstract class LcdBase implements Part {
  abstract readonly kind: string;
  readonly id: string;
  protected readonly hd: Hd44780;

  constructor(id: string, ctx: PartContext, settings: LcdSettings) {
    this.id = id;
    this.hd = new Hd44780(() => ctx.board.cycles, ctx.board.frequency / 1e6, settings.enforceBusy, (what, value) =>
      ctx.emit(what, value),
    );
  }

  /** The two lines of 16 characters, as shown (blank while the display is off). */
  lines(): [string, string] {
    return this.hd.lines();
  }
  /** Both lines joined by "\n". */
  text(): string {
    return this.lines().join('\n');
  }
  /** Cursor position (row 0–1, column 0–15 of the visible window). */
  cursor(): { row: number; col: number } {
    return this.hd.cursor();
  }
  get displayOn(): boolean {
    return this.hd.displayOn;
  }
  /** Bytes the controller lost because the sketch did not wait long enough. */
  get lost(): number {
    return this.hd.lost;
  }
  /** Custom character n (0–7) as 8 rows of 5 bits. */
  customChar(n: number): number[] {
    return [...this.hd.cgram.subarray((n & 7) * 8, (n & 7) * 8 + 8)];
  }
  snapshot(): Record<string, string | number | boolean> {
    const [line0, line1] = this.lines();
    const c = this.cursor();
    return {
      text: `${line0}\n${line1}`,
      line0,
      line1,
      displayOn: this.hd.displayOn,
      cursor: this.hd.cursorOn,
      blink: this.hd.blinkOn,
      cursorRow: c.row,
      cursorCol: c.col,
    };
  }
  abstract detach(): void;
}

/**
 * LCD 16×2 with an HD44780 on the parallel bus: 4-bit mode (RS, E, D4–D7), or 8-bit mode when D0–D3
 * are wired too (LiquidCrystal's 11-pin form). RW tied to GND or wired; R/W high means the sketch
 * reads, which we do not model. Data is taken on E's falling edge.
 */
export class Lcd1602 extends LcdBase {
  readonly kind = 'lcd1602';
  private readonly rs: Wire;
  private readonly rw: Wire | null;
  private readonly data: Wire[];
  private readonly low: Wire[];
  private readonly off: () => void;

  constructor(spec: ValidSpec<LcdSettings>, ctx: PartContext) {
    super(spec.id, ctx, spec.settings);
    this.rs = connect(ctx, spec.pins.rs);
    this.rw = spec.pins.rw ? connect(ctx, spec.pins.rw) : null;
    this.data = ['d4', 'd5', 'd6', 'd7'].map((p) => connect(ctx, spec.pins[p]));
    this.low = ['d0', 'd1', 'd2', 'd3'].flatMap((p) => (spec.pins[p] ? [connect(ctx, spec.pins[p])] : []));
    const e = connect(ctx, spec.pins.e);
    let last = e.level();
    this.off = e.onChange(() => {
      const now = e.level();
      if (last === 1 && now === 0 && (!this.rw || this.rw.level() === 0)) this.strobe();
      last = now;
    });
  }

  detach(): void {
    this.off();
  }

  private strobe(): void {
    const nibble = (wires: Wire[]) => wires.reduce((n, w, i) => n | (w.level() << i), 0);
    this.hd.strobe(this.rs.level(), nibble(this.data), nibble(this.low));
  }
}

definePart({
  kind: 'lcd1602',
  pins: ['rs', 'e', 'd4', 'd5', 'd6', 'd7'],
  optionalPins: ['rw', 'd0', 'd1', 'd2', 'd3'],
  settings: lcdSettings,
  check: ({ pins }) => {
    const wired = ['d0', 'd1', 'd2', 'd3'].filter((p) => pins[p]).length;
    return wired === 0 || wired === 4 ? [] : ['wire all of d0–d3 (8-bit mode) or none (4-bit mode) / подключите все d0–d3 или ни одного'];
  },
  create: (spec, ctx) => new Lcd1602(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    lcd1602: Lcd1602;
  }
}
