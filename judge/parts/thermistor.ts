import { z } from 'zod';
import type { PinName } from '../board/uno.ts';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { analogSource, dividerVolts, withNoise } from './analog.ts';
import { round3 } from './led.ts';

const KELVIN = 273.15;

const settings = z.strictObject({
  /** Temperature at the start, °C. */
  celsius: z.number().min(-55).max(150).default(25),
  /** NTC resistance at 25 °C, Ω (the usual "10k" thermistor). */
  r25: z.number().positive().default(10_000),
  /** B constant, K (MF52 / NTC 3950: 3950). */
  beta: z.number().positive().default(3950),
  /** The fixed divider resistor, Ω. */
  rFixed: z.number().positive().default(10_000),
  /**
   * "ntc-to-gnd": 5 V — resistor — pin — NTC — GND, warmer → lower analogRead (the Adafruit lesson,
   * R = 10000 / (1023 / raw − 1)). "ntc-to-vcc": the other way round, warmer → higher (KY-013 style).
   */
  wiring: z.enum(['ntc-to-gnd', 'ntc-to-vcc']).default('ntc-to-gnd'),
  /** Seeded noise on each reading: standard deviation in analogRead steps (0 = exact). */
  noise: z.number().min(0).default(0),
});
export type ThermistorSettings = z.output<typeof settings>;

/**
 * An NTC thermistor in a voltage divider, following the B-parameter equation
 * R(T) = R25 · exp(B · (1/T − 1/298.15 K)).
 */
export class Thermistor implements Part {
  readonly kind = 'thermistor';
  readonly id: string;
  private temperature: number;
  private readonly settings: ThermistorSettings;
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<ThermistorSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.temperature = spec.settings.celsius;
    const { noise } = spec.settings;
    this.off = analogSource(ctx.board, spec.pins.out as PinName, () => withNoise(this.volts(), noise, ctx.random));
  }

  setCelsius(celsius: number): void {
    if (celsius === this.temperature) return;
    this.temperature = celsius;
    this.ctx.emit('celsius', round3(celsius));
  }
  celsius(): number {
    return this.temperature;
  }
  /** NTC resistance now, Ω. */
  resistance(): number {
    const { r25, beta } = this.settings;
    return r25 * Math.exp(beta * (1 / (this.temperature + KELVIN) - 1 / (25 + KELVIN)));
  }
  /** Divider output, V. */
  volts(): number {
    const r = this.resistance();
    const { rFixed, wiring } = this.settings;
    return wiring === 'ntc-to-gnd' ? dividerVolts(rFixed, r) : dividerVolts(r, rFixed);
  }
  snapshot() {
    return { celsius: round3(this.temperature), volts: round3(this.volts()) };
  }
  detach(): void {
    this.off();
  }
}

definePart({
  kind: 'thermistor',
  pins: ['out'],
  analogPins: ['out'],
  settings,
  create: (spec, ctx) => new Thermistor(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    thermistor: Thermistor;
  }
}
