import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { analogSource, rawToVolts } from './analog.ts';
import { round3 } from './led.ts';
import type { PinName } from '../board/uno.ts';

const raw = z.number().min(0).max(1023);
const settings = z.strictObject({
  /** analogRead over white (hardware.md: ≈ 50–150; TCRT5000 / QTR-A: white reflects → low). */
  white: raw.default(100),
  /** analogRead over black (≈ 800–1000). Swap the two for a sensor with the opposite polarity. */
  black: raw.default(900),
  /** Standard deviation of the seeded noise, as a fraction of |black − white| ("a few percent"). */
  noise: z.number().min(0).max(1).default(0.03),
  /** Starting reflectance: 0 = black … 1 = white. */
  reflectance: z.number().min(0).max(1).default(1),
  /** Reflectance at which the digital output (module pin DO, comparator) switches. */
  threshold: z.number().min(0).max(1).default(0.5),
  /** How often the digital output re-reads the surface, ms (a comparator has no clock; we poll). */
  pollMs: z.number().positive().default(1),
});
export type LineSensorSettings = z.output<typeof settings>;

/**
 * An analog reflectance sensor (TCRT5000 module / QTR-A): IR LED + phototransistor looking at the
 * floor. The reading is taken when the sketch's ADC samples, from `reflectanceSource` (the robot
 * world plugs in the average over the sensor's spot) or from `setReflectance`. The module's DO pin
 * (optional) is HIGH over black, LOW over white, as the comparator on common modules gives.
 */
export class LineSensor implements Part {
  readonly kind = 'line-sensor';
  readonly id: string;
  /** Where the reflectance comes from (0 = black … 1 = white); null → the value of setReflectance. */
  reflectanceSource: (() => number) | null = null;
  private value: number;
  private lastRaw = 0;
  private readonly offs: (() => void)[] = [];
  private readonly settings: LineSensorSettings;

  constructor(
    spec: ValidSpec<LineSensorSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.value = spec.settings.reflectance;
    if (spec.pins.ao) this.offs.push(analogSource(ctx.board, spec.pins.ao as PinName, () => rawToVolts(this.sample())));
    if (spec.pins.do) this.pollDigital(spec.pins.do);
  }

  setReflectance(r: number): void {
    this.value = clamp01(r);
  }
  /** The surface under the sensor now, 0 = black … 1 = white. */
  reflectance(): number {
    return clamp01(this.reflectanceSource ? this.reflectanceSource() : this.value);
  }
  /** The noiseless analogRead value for the surface now. */
  expectedRaw(): number {
    const { white, black } = this.settings;
    return black + (white - black) * this.reflectance();
  }
  snapshot() {
    return { reflectance: round3(this.reflectance()), raw: this.lastRaw };
  }
  detach(): void {
    for (const off of this.offs) off();
  }

  /** One noisy reading (what the ADC converts). */
  private sample(): number {
    const { white, black, noise } = this.settings;
    const noisy = this.expectedRaw() + this.ctx.random.gaussian() * noise * Math.abs(black - white);
    this.lastRaw = Math.max(0, Math.min(1023, Math.round(noisy)));
    return this.lastRaw;
  }

  private pollDigital(pin: string): void {
    const { board } = this.ctx;
    const period = board.msToCycles(this.settings.pollMs);
    const update = () => board.drive(pin, this.reflectance() < this.settings.threshold ? 1 : 0);
    update();
    let cancel = board.schedule(period, function tick() {
      update();
      cancel = board.schedule(period, tick);
    });
    this.offs.push(() => cancel());
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
}

definePart({
  kind: 'line-sensor',
  pins: [],
  optionalPins: ['ao', 'do'],
  analogPins: ['ao'],
  drivenPins: ['do'],
  settings,
  check: (spec) => (spec.pins.ao || spec.pins.do ? [] : ['wire "ao" (analog) or "do" (digital) / подключите «ao» или «do»']),
  create: (spec, ctx) => new LineSensor(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'line-sensor': LineSensor;
  }
}
