import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { LightChannel } from './light.ts';
import { connect } from './wire.ts';
import { round3 } from './led.ts';

const settings = z.strictObject({
  /**
   * "cathode": the common leg goes to GND, a colour lights on HIGH (analogWrite(pin, 255) = full).
   * "anode": the common leg goes to 5 V, a colour lights on LOW (analogWrite(pin, 0) = full).
   */
  common: z.enum(['cathode', 'anode']).default('cathode'),
});
export type RgbLedSettings = z.output<typeof settings>;

const COLOURS = ['r', 'g', 'b'] as const;
type Colour = (typeof COLOURS)[number];

/** A 4-leg RGB LED: three LEDs in one package, each with its own PWM brightness. */
export class RgbLed implements Part {
  readonly kind = 'rgb-led';
  readonly id: string;
  private readonly channels: Record<Colour, LightChannel>;

  constructor(spec: ValidSpec<RgbLedSettings>, ctx: PartContext) {
    this.id = spec.id;
    const active = spec.settings.common === 'cathode' ? 1 : 0;
    const make = (c: Colour) => new LightChannel(ctx.board, connect(ctx, spec.pins[c]), active, (b) => ctx.emit(c, b));
    this.channels = { r: make('r'), g: make('g'), b: make('b') };
  }

  /** Brightness of each colour, 0..1. */
  color(): { r: number; g: number; b: number } {
    return { r: this.channels.r.brightness(), g: this.channels.g.brightness(), b: this.channels.b.brightness() };
  }
  /** The colour as a CSS hex string, e.g. "#ff8000". */
  hex(): string {
    const c = this.color();
    return '#' + COLOURS.map((k) => Math.round(c[k] * 255).toString(16).padStart(2, '0')).join('');
  }
  isOn(): boolean {
    return COLOURS.some((k) => this.channels[k].isLit());
  }
  snapshot() {
    const c = this.color();
    return { r: round3(c.r), g: round3(c.g), b: round3(c.b), hex: this.hex(), on: this.isOn() };
  }
  detach(): void {
    for (const k of COLOURS) this.channels[k].detach();
  }
}

definePart({
  kind: 'rgb-led',
  pins: ['r', 'g', 'b'],
  settings,
  create: (spec, ctx) => new RgbLed(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'rgb-led': RgbLed;
  }
}
