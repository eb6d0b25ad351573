import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { LightChannel } from './light.ts';
import { Settler } from './settle.ts';
import { connect } from './wire.ts';

const settings = z.strictObject({
  /** "cathode": common leg to GND, a segment lights on HIGH; "anode": common to 5 V, lights on LOW. */
  common: z.enum(['cathode', 'anode']).default('cathode'),
  color: z.string().default('red'),
});
export type SevenSegmentSettings = z.output<typeof settings>;

export const SEGMENTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

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

/** A single-digit 7-segment display (segments a–g and the decimal point dp). */
export class SevenSegment implements Part {
  readonly kind = 'seven-segment';
  readonly id: string;
  private readonly segments: (LightChannel | null)[];
  private readonly settler: Settler;
  private readonly offs: (() => void)[] = [];
  private shown = '';

  constructor(
    spec: ValidSpec<SevenSegmentSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    const active = spec.settings.common === 'cathode' ? 1 : 0;
    this.settler = new Settler(ctx.board, 1, () => this.report());
    this.segments = [...SEGMENTS, 'dp'].map((name) => {
      const ref = spec.pins[name];
      if (!ref) return null;
      const wire = connect(ctx, ref);
      this.offs.push(wire.onChange(() => this.settler.poke()));
      return new LightChannel(ctx.board, wire, active);
    });
    this.shown = this.text();
  }

  /** Lit segments as a bit mask, bit 0 = a … bit 6 = g, bit 7 = dp. */
  mask(): number {
    return this.segments.reduce((m, s, i) => (s?.isLit() ? m | (1 << i) : m), 0);
  }
  /** Lit segment names, e.g. "abcdefg" for 8. */
  lit(): string {
    return [...SEGMENTS, 'dp'].filter((_, i) => (this.mask() >> i) & 1).join('');
  }
  /** The character shown ("0"–"9", "A"–"F", "-", " " …), or "?" for a pattern that is no character. */
  digit(): string {
    return GLYPHS[this.mask() & 0x7f] ?? '?';
  }
  /** The decimal point. */
  dp(): boolean {
    return (this.mask() & 0x80) !== 0;
  }
  /** digit() followed by "." when the point is lit. */
  text(): string {
    return this.digit() + (this.dp() ? '.' : '');
  }
  snapshot() {
    return { digit: this.digit(), dp: this.dp(), segments: this.lit(), mask: this.mask() };
  }
  detach(): void {
    for (const off of this.offs) off();
    for (const s of this.segments) s?.detach();
    this.settler.stop();
  }

  private report(): void {
    const t = this.text();
    if (t === this.shown) return;
    this.shown = t;
    this.ctx.emit('digit', t);
  }
}

definePart({
  kind: 'seven-segment',
  pins: [...SEGMENTS],
  optionalPins: ['dp'],
  settings,
  create: (spec, ctx) => new SevenSegment(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'seven-segment': SevenSegment;
  }
}
