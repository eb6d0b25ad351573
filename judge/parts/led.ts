import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { LightChannel } from './light.ts';
import { connect } from './wire.ts';

const settings = z.strictObject({
  /** For the picture and the UI only. */
  color: z.string().default('red'),
  /**
   * false: anode on the pin, cathode (through the resistor) to GND — lights on HIGH.
   * true: anode to VCC, cathode on the pin — lights on LOW (as some kits wire their LEDs).
   */
  activeLow: z.boolean().default(false),
});
export type LedSettings = z.output<typeof settings>;

/**
 * A single LED with its resistor. Lit only while the pin is an OUTPUT at the active level (a pin
 * left as INPUT with the pull-up on would barely glow on hardware; we call that dark). Brightness
 * follows the PWM duty of `analogWrite`.
 */
export class Led implements Part {
  readonly kind = 'led';
  readonly id: string;
  readonly color: string;
  private readonly light: LightChannel;

  constructor(spec: ValidSpec<LedSettings>, ctx: PartContext) {
    this.id = spec.id;
    this.color = spec.settings.color;
    this.light = new LightChannel(ctx.board, connect(ctx, spec.pins.anode), spec.settings.activeLow ? 0 : 1, (b) =>
      ctx.emit('brightness', b),
    );
  }

  /** Lit at this instant. */
  isOn(): boolean {
    return this.light.isLit();
  }
  /** 0..1, the PWM duty over the last whole periods (about the last 20 ms). */
  brightness(): number {
    return this.light.brightness();
  }
  snapshot() {
    return { on: this.isOn(), brightness: round3(this.brightness()), color: this.color };
  }
  detach(): void {
    this.light.detach();
  }
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

definePart({
  kind: 'led',
  pins: ['anode'],
  settings,
  create: (spec, ctx) => new Led(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    led: Led;
  }
}
