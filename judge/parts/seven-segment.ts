import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { GLOW_WINDOW_MS } from './light.ts';
import { Settler } from './settle.ts';
import { connect, type Wire } from './wire.ts';

const settings = z.strictObject({
  /**
   * "cathode": common legs to GND (or to a digit pin driven LOW), a segment lights on HIGH.
   * "anode": common legs to 5 V (or a digit pin driven HIGH), a segment lights on LOW.
   */
  common: z.enum(['cathode', 'anode']).default('cathode'),
  /** 1 (a single digit, common leg wired to the supply) or 2–4 (multiplexed, one pin per digit). */
  digits: z.number().int().min(1).max(4).default(1),
  color: z.string().default('red'),
});
export type SevenSegmentSettings = z.output<typeof settings>;

export const SEGMENTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
const SEGMENT_PINS = [...SEGMENTS, 'dp'] as const;
const DIGIT_PINS = ['dig1', 'dig2', 'dig3', 'dig4'] as const;

/**
 * Segment patterns (bit 0 = a … bit 6 = g) of the characters a 7-segment display can show, with the
 * usual variants (6 and 9 with or without their tail, 7 with or without f).
 */
const GLYPHS: Record<number, string> = {
  0x3f: '0', 0x06: '1', 0x5b: '2', 0x4f: '3', 0x66: '4', 0x6d: '5', 0x7d: '6', 0x07: '7', 0x27: '7', 0x7f: '8',
  0x6f: '9', 0x67: '9', 0x77: 'A', 0x7c: 'b', 0x39: 'C', 0x58: 'c', 0x5e: 'd', 0x79: 'E', 0x71: 'F', 0x3d: 'G',
  0x76: 'H', 0x74: 'h', 0x30: 'I', 0x1e: 'J', 0x38: 'L', 0x54: 'n', 0x5c: 'o', 0x73: 'P',
  0x50: 'r', 0x78: 't', 0x3e: 'U', 0x1c: 'u', 0x6e: 'y', 0x40: '-', 0x08: '_', 0x00: ' ',
};

/**
 * A 7-segment display: one digit, or 2–4 multiplexed digits sharing segment pins a–g, dp with one
 * common pin per digit (dig1 leftmost). A multiplexed digit shows the segments that were lit during
 * its last time slot, and goes dark when it has not been refreshed for 20 ms — as the eye sees it.
 */
export class SevenSegment implements Part {
  readonly kind = 'seven-segment';
  readonly id: string;
  readonly digits: number;
  private readonly segments: (Wire | null)[];
  private readonly selects: (Wire | null)[];
  private readonly segmentOn: 0 | 1;
  /** Per digit: segments seen during its last slot, and when it was last selected. */
  private readonly patterns: number[];
  private readonly lastSelected: number[];
  private readonly wasSelected: boolean[];
  private readonly persistence: number;
  private readonly settler: Settler;
  private readonly offs: (() => void)[] = [];
  private shown = '';

  constructor(
    spec: ValidSpec<SevenSegmentSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.digits = spec.settings.digits;
    this.segmentOn = spec.settings.common === 'cathode' ? 1 : 0;
    this.persistence = ctx.board.msToCycles(GLOW_WINDOW_MS);
    this.patterns = new Array<number>(this.digits).fill(0);
    this.lastSelected = new Array<number>(this.digits).fill(-Infinity);
    this.wasSelected = new Array<boolean>(this.digits).fill(false);
    this.settler = new Settler(ctx.board, 1, () => this.report());
    const wire = (name: string) => (spec.pins[name] ? connect(ctx, spec.pins[name]) : null);
    this.segments = SEGMENT_PINS.map(wire);
    this.selects = DIGIT_PINS.slice(0, this.digits).map(wire);
    for (const w of [...this.segments, ...this.selects]) if (w) this.offs.push(w.onChange((cycle) => this.update(cycle)));
    this.update(ctx.board.cycles);
    this.shown = this.text();
  }

  /** Lit segments of digit `i` (0 = leftmost) as a bit mask, bit 0 = a … bit 6 = g, bit 7 = dp. */
  mask(i = 0): number {
    if (this.isSelected(i)) return this.segmentMask();
    return this.ctx.board.cycles - this.lastSelected[i] <= this.persistence ? this.patterns[i] : 0;
  }
  /** Lit segment names of digit `i`, e.g. "abcdefg" for 8. */
  lit(i = 0): string {
    return SEGMENT_PINS.filter((_, s) => (this.mask(i) >> s) & 1).join('');
  }
  /** The character digit `i` shows ("0"–"9", "A"–"F", "-", " " …), or "?" for a pattern that is none. */
  digit(i = 0): string {
    return GLYPHS[this.mask(i) & 0x7f] ?? '?';
  }
  /** The decimal point of digit `i`. */
  dp(i = 0): boolean {
    return (this.mask(i) & 0x80) !== 0;
  }
  /** All digits, each followed by "." when its point is lit, e.g. "12.34". */
  text(): string {
    let s = '';
    for (let i = 0; i < this.digits; i++) s += this.digit(i) + (this.dp(i) ? '.' : '');
    return s;
  }
  snapshot() {
    const out: Record<string, string | number | boolean> = { text: this.text(), digit: this.digit(0), dp: this.dp(0) };
    for (let i = 0; i < this.digits; i++) {
      const m = this.mask(i);
      // Segment keys as the browser view reads them: "a" … "dp", or "0a" … "3dp" for several digits.
      SEGMENT_PINS.forEach((s, bit) => (out[this.digits > 1 ? `${i}${s}` : s] = ((m >> bit) & 1) === 1));
    }
    return out;
  }
  detach(): void {
    for (const off of this.offs) off();
    this.settler.stop();
  }

  private segmentMask(): number {
    return this.segments.reduce((m, w, i) => (w && w.driven() && w.level() === this.segmentOn ? m | (1 << i) : m), 0);
  }

  /** A digit is selected while its common pin sinks (cathode) or sources (anode) current. */
  private isSelected(i: number): boolean {
    const w = this.selects[i];
    if (!w) return this.digits === 1;
    return w.driven() && w.level() !== this.segmentOn;
  }

  private update(cycle: number): void {
    const segs = this.segmentMask();
    for (let i = 0; i < this.digits; i++) {
      const selected = this.isSelected(i);
      // Kept up to date while selected, so at the end of its slot it holds what the slot showed.
      if (selected) this.patterns[i] = segs;
      if (selected || this.wasSelected[i]) this.lastSelected[i] = cycle;
      this.wasSelected[i] = selected;
    }
    this.settler.poke();
  }

  private report(): void {
    const t = this.text();
    if (t === this.shown) return;
    this.shown = t;
    this.ctx.emit('text', t);
  }
}

definePart({
  kind: 'seven-segment',
  pins: [...SEGMENTS],
  optionalPins: ['dp', ...DIGIT_PINS],
  settings,
  check: ({ pins, settings: { digits } }) => {
    const problems: string[] = [];
    if (digits > 1) {
      for (const p of DIGIT_PINS.slice(0, digits)) if (!pins[p]) problems.push(`missing pin "${p}" for digits: ${digits} / не подключён вывод «${p}»`);
    }
    for (const p of DIGIT_PINS.slice(digits)) if (pins[p]) problems.push(`pin "${p}" but digits: ${digits} / вывод «${p}» лишний при digits: ${digits}`);
    return problems;
  },
  create: (spec, ctx) => new SevenSegment(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'seven-segment': SevenSegment;
  }
}
