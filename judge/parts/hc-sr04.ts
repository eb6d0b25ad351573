import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { connect, type Wire } from './wire.ts';

const settings = z.strictObject({
  /** Distance to the obstacle (cm) until the bench sets another or plugs in a distanceSource. */
  distanceCm: z.number().nullable().default(100),
  /** hardware.md: range 2–400 cm. Nearer reads as the minimum; farther gets no echo. */
  minCm: z.number().positive().default(2),
  maxCm: z.number().positive().default(400),
  /** µs of echo per cm of distance (sound there and back, hardware.md: 58). */
  usPerCm: z.number().positive().default(58),
  /** No echo: the module gives up and drops ECHO after ≈ 38 ms. */
  noEchoMs: z.number().positive().default(38),
  /** A trigger sooner than this after the previous measurement started is ignored (hardware.md: 60). */
  minIntervalMs: z.number().min(0).default(60),
  /** From the end of the trigger to the echo rising: the 8-cycle 40 kHz burst (200 µs) and the module's own latency. */
  echoDelayUs: z.number().min(0).default(250),
  /** Shortest trigger pulse the module reacts to, µs (datasheet: 10). */
  minTriggerUs: z.number().min(0).default(10),
  /** Standard deviation of the seeded distance noise, cm (0 = exact). */
  noiseCm: z.number().min(0).default(0),
});
export type HcSr04Settings = z.output<typeof settings>;

/**
 * HC-SR04 ultrasonic rangefinder. A HIGH pulse of ≥ 10 µs on TRIG starts a measurement when it ends;
 * ECHO then goes HIGH for 58 µs per cm. Timing follows hardware.md; the distance comes from
 * `distanceSource` (the robot world's rays) or `setDistanceCm`, read when the burst leaves.
 */
export class HcSr04 implements Part {
  readonly kind = 'hc-sr04';
  readonly id: string;
  /** Where the distance comes from (cm, or null for "nothing in range"); null → setDistanceCm's value. */
  distanceSource: (() => number | null) | null = null;
  private distance: number | null;
  private readonly trig: Wire;
  private readonly echo: string;
  private readonly settings: HcSr04Settings;
  private triggerRise = -1;
  private lastStart = -Infinity;
  private busy = false;
  private lastEchoUs = 0;
  private measurements = 0;
  private readonly cancels = new Set<() => void>();
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<HcSr04Settings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.distance = spec.settings.distanceCm;
    this.echo = spec.pins.echo;
    this.trig = connect(ctx, spec.pins.trig);
    ctx.board.drive(this.echo, 0);
    this.off = this.trig.onChange((cycle) => this.onTrigger(cycle));
  }

  setDistanceCm(cm: number | null): void {
    this.distance = cm;
  }
  /** The distance the next measurement will see, cm (null: nothing in range). */
  distanceCm(): number | null {
    return this.distanceSource ? this.distanceSource() : this.distance;
  }
  /** True while a measurement is in progress (burst out, echo pending or HIGH). */
  get measuring(): boolean {
    return this.busy;
  }
  /** Completed or started measurements so far. */
  get count(): number {
    return this.measurements;
  }
  snapshot() {
    const d = this.distanceCm();
    return { distanceCm: d ?? -1, measuring: this.busy, lastEchoUs: this.lastEchoUs, measurements: this.measurements };
  }
  detach(): void {
    this.off();
    for (const c of this.cancels) c();
    this.ctx.board.drive(this.echo, 'float');
  }

  private onTrigger(cycle: number): void {
    const { board } = this.ctx;
    const high = this.trig.level() === 1;
    if (high) {
      this.triggerRise = cycle;
      return;
    }
    if (this.triggerRise < 0) return;
    const widthUs = (cycle - this.triggerRise) / (board.frequency / 1e6);
    this.triggerRise = -1;
    if (widthUs < this.settings.minTriggerUs) return this.ignore('short-trigger');
    if (this.busy) return this.ignore('busy');
    if (cycle - this.lastStart < board.msToCycles(this.settings.minIntervalMs)) return this.ignore('too-soon');
    this.start(cycle);
  }

  private start(cycle: number): void {
    const { board, random } = this.ctx;
    const { minCm, maxCm, usPerCm, noEchoMs, echoDelayUs, noiseCm } = this.settings;
    this.busy = true;
    this.lastStart = cycle;
    this.measurements++;
    let d = this.distanceCm();
    if (d !== null && noiseCm > 0) d += random.gaussian() * noiseCm;
    const inRange = d !== null && Number.isFinite(d) && d <= maxCm;
    const echoUs = inRange ? Math.max(d!, minCm) * usPerCm : noEchoMs * 1000;
    this.ctx.emit('distance', inRange ? Math.round(Math.max(d!, minCm) * 10) / 10 : 'none');
    this.later(board.usToCycles(echoDelayUs), () => {
      board.drive(this.echo, 1);
      this.later(board.usToCycles(echoUs), () => {
        board.drive(this.echo, 0);
        this.lastEchoUs = echoUs;
        this.busy = false;
      });
    });
  }

  private ignore(why: string): void {
    this.ctx.emit('ignored', why);
  }

  private later(cycles: number, fn: () => void): void {
    const cancel = this.ctx.board.schedule(cycles, () => {
      this.cancels.delete(cancel);
      fn();
    });
    this.cancels.add(cancel);
  }
}

definePart({
  kind: 'hc-sr04',
  pins: ['trig', 'echo'],
  drivenPins: ['echo'],
  settings,
  create: (spec, ctx) => new HcSr04(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    'hc-sr04': HcSr04;
  }
}
