import { z } from 'zod';
import type { PinName } from '../board/uno.ts';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { analogSource, withNoise } from './analog.ts';
import { round3 } from './led.ts';

const settings = z.strictObject({
  /** Where the knob starts, 0 (fully counter-clockwise, 0 V) … 1 (fully clockwise, 5 V). */
  position: z.number().min(0).max(1).default(0.5),
  /** The outer legs' voltages; swap them to model a pot wired the other way round. */
  lowVolts: z.number().min(0).max(5).default(0),
  highVolts: z.number().min(0).max(5).default(5),
  /** Seeded noise on each reading: standard deviation in analogRead steps (0 = exact). */
  noise: z.number().min(0).default(0),
});
export type PotentiometerSettings = z.output<typeof settings>;

/** A linear potentiometer between GND and 5 V, its wiper on an analog pin. */
export class Potentiometer implements Part {
  readonly kind = 'potentiometer';
  readonly id: string;
  private pos: number;
  private readonly low: number;
  private readonly high: number;
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<PotentiometerSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.pos = spec.settings.position;
    this.low = spec.settings.lowVolts;
    this.high = spec.settings.highVolts;
    const { noise } = spec.settings;
    this.off = analogSource(ctx.board, spec.pins.wiper as PinName, () => withNoise(this.volts(), noise, ctx.random));
  }

  /** Wiper voltage now. */
  volts(): number {
    return this.low + (this.high - this.low) * this.pos;
  }

  /** Turns the knob: 0 … 1 of its travel. */
  setPosition(position: number): void {
    const p = Math.max(0, Math.min(1, position));
    if (p === this.pos) return;
    this.pos = p;
    this.ctx.emit('position', round3(p));
  }
  position(): number {
    return this.pos;
  }
  snapshot() {
    return { position: round3(this.pos), volts: round3(this.volts()) };
  }
  detach(): void {
    this.off();
  }
}

definePart({
  kind: 'potentiometer',
  pins: ['wiper'],
  analogPins: ['wiper'],
  settings,
  create: (spec, ctx) => new Potentiometer(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    potentiometer: Potentiometer;
  }
}
