import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { LightChannel } from './light.ts';
import { Settler } from './settle.ts';
import { connect } from './wire.ts';

const settings = z.strictObject({
  /** true: anodes to 5 V, each LED lights on LOW. */
  activeLow: z.boolean().default(false),
  color: z.string().default('green'),
});
export type LedBarSettings = z.output<typeof settings>;

/** Anodes 1–10 of a 10-segment bar graph (DC-10 type); unwired segments stay dark. */
export const BAR_PINS = ['led1', 'led2', 'led3', 'led4', 'led5', 'led6', 'led7', 'led8', 'led9', 'led10'] as const;

/** A 10-LED bar graph: ten LEDs in one package, each with its own pin and PWM brightness. */
export class LedBar implements Part {
  readonly kind = 'led-bar';
  readonly id: string;
  private readonly leds: (LightChannel | null)[];
  private readonly settler: Settler;
  private readonly offs: (() => void)[] = [];
  private shown: string;

  constructor(
    spec: ValidSpec<LedBarSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settler = new Settler(ctx.board, 1, () => this.report());
    this.leds = BAR_PINS.map((name) => {
      const ref = spec.pins[name];
      if (!ref) return null;
      const wire = connect(ctx, ref);
      this.offs.push(wire.onChange(() => this.settler.poke()));
      return new LightChannel(ctx.board, wire, spec.settings.activeLow ? 0 : 1);
    });
    this.shown = this.pattern();
  }

  /** Which LEDs are lit now, led1 first. */
  lit(): boolean[] {
    return this.leds.map((l) => l?.isLit() ?? false);
  }
  /** "1110000000": led1 first. */
  pattern(): string {
    return this.lit()
      .map((on) => (on ? '1' : '0'))
      .join('');
  }
  /** Number of lit LEDs. */
  count(): number {
    return this.lit().filter(Boolean).length;
  }
  /** Brightness of one LED (1–10), 0..1. */
  brightness(n: number): number {
    return this.leds[n - 1]?.brightness() ?? 0;
  }
  snapshot() {
    return { pattern: this.pattern(), count: this.count() };
  }
  detach(): void {
    for (const off of this.offs) off();
    for (const l of this.leds) l?.detach();
    this.settler.stop();
  }

  private report(): void {
    const p = this.pattern();
    if (p === this.shown) return;
    this.shown = p;
    this.ctx.emit('pattern', p);
  }
}

definePart({
  kind: 'led-bar',
  pins: [],
  optionalPins: BAR_PINS,
  settings,
  check: (spec) => (Object.keys(spec.pins).length ? [] : ['wire at least one of led1…led10 / подключите хотя бы один из led1…led10']),
  create: (spec, ctx) => new LedBar(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'led-bar': LedBar;
  }
}
