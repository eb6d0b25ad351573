import { z } from 'zod';
import type { PinName } from '../board/uno.ts';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { analogSource, dividerVolts, withNoise } from './analog.ts';
import { round3 } from './led.ts';

const settings = z.strictObject({
  /** Illuminance at the start, lux (a lit classroom ≈ 300). */
  lux: z.number().min(0).default(300),
  /** LDR resistance at 10 lux, Ω (GL5528 datasheet: 8–20 kΩ). */
  r10: z.number().positive().default(10_000),
  /** Slope of log R against log lux (GL5528: γ ≈ 0.7). */
  gamma: z.number().positive().default(0.7),
  /** Resistance in the dark, Ω (GL5528: ≥ 1 MΩ); also caps R at very low light. */
  rDark: z.number().positive().default(1_000_000),
  /** The fixed divider resistor, Ω. */
  rFixed: z.number().positive().default(10_000),
  /**
   * "ldr-to-vcc": 5 V — LDR — pin — resistor — GND, brighter → higher analogRead (the usual lesson).
   * "ldr-to-gnd": the other way round, brighter → lower (as on KY-018 style modules).
   */
  wiring: z.enum(['ldr-to-vcc', 'ldr-to-gnd']).default('ldr-to-vcc'),
  /** Seeded noise on each reading: standard deviation in analogRead steps (0 = exact). */
  noise: z.number().min(0).default(0),
});
export type PhotoresistorSettings = z.output<typeof settings>;

/**
 * A photoresistor (GL5528 type) in a voltage divider. Curve: R(lux) = r10 · (lux / 10)^−γ, capped at
 * rDark; V = 5 · R_low / (R_high + R_low). With the defaults: 1 lux → 0.83 V (≈ 170), 10 lux → 2.5 V
 * (≈ 512), 100 lux → 4.2 V (≈ 853), 1000 lux → 4.8 V (≈ 984).
 */
export class Photoresistor implements Part {
  readonly kind = 'photoresistor';
  readonly id: string;
  private illuminance: number;
  private readonly settings: PhotoresistorSettings;
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<PhotoresistorSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.illuminance = spec.settings.lux;
    const { noise } = spec.settings;
    this.off = analogSource(ctx.board, spec.pins.out as PinName, () => withNoise(this.volts(), noise, ctx.random));
  }

  setLux(lux: number): void {
    const l = Math.max(0, lux);
    if (l === this.illuminance) return;
    this.illuminance = l;
    this.ctx.emit('lux', round3(l));
  }
  lux(): number {
    return this.illuminance;
  }
  /** LDR resistance now, Ω. */
  resistance(): number {
    const { r10, gamma, rDark } = this.settings;
    if (this.illuminance <= 0) return rDark;
    return Math.min(rDark, r10 * Math.pow(this.illuminance / 10, -gamma));
  }
  /** Divider output, V. */
  volts(): number {
    const r = this.resistance();
    const { rFixed, wiring } = this.settings;
    return wiring === 'ldr-to-vcc' ? dividerVolts(r, rFixed) : dividerVolts(rFixed, r);
  }
  snapshot() {
    return { lux: round3(this.illuminance), volts: round3(this.volts()) };
  }
  detach(): void {
    this.off();
  }
}

definePart({
  kind: 'photoresistor',
  pins: ['out'],
  analogPins: ['out'],
  settings,
  create: (spec, ctx) => new Photoresistor(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    photoresistor: Photoresistor;
  }
}
