import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { connect, type Wire } from './wire.ts';
import { round3 } from './led.ts';

const settings = z.strictObject({
  /** Pulse widths for 0° and 180° (Servo library: 544 and 2400 µs, hardware.md). */
  minUs: z.number().positive().default(544),
  maxUs: z.number().positive().default(2400),
  /**
   * Pulse width for 90°; the mapping is linear from minUs to midUs and from midUs to maxUs. By
   * default the middle of minUs..maxUs (1472 µs), so `Servo.write(a)` (which maps 0–180 onto
   * 544–2400 µs) turns the horn to exactly a°; then 1500 µs reads 92.7°. hardware.md's
   * "1500 µs = middle" is the other convention: set midUs: 1500 for it.
   */
  midUs: z.number().positive().optional(),
  /** Pulses outside this range are glitches: the servo ignores them and holds its angle. */
  validUs: z.tuple([z.number().min(0), z.number().positive()]).default([400, 2600]),
  /** Starting angle (a servo rests wherever it was left). */
  angle: z.number().min(0).max(180).default(90),
  /** How fast the horn turns, °/s (SG90: 0.1 s / 60° ≈ 600); 0 = jumps at once. */
  degPerSecond: z.number().min(0).default(0),
  /** Continuous-rotation servo: 1500 µs stops, further from 1500 µs turns faster. */
  continuous: z.boolean().default(false),
  /** Continuous: pulse width offset from 1500 µs that gives full speed. */
  fullSpeedUs: z.number().positive().default(500),
  /** Continuous: offsets within this of 1500 µs stop the servo (its dead band). */
  deadBandUs: z.number().min(0).default(10),
  /** No pulse for this long → the servo is no longer driven (it holds its angle, limp). */
  timeoutMs: z.number().positive().default(100),
});
export type ServoSettings = z.output<typeof settings>;

/**
 * A hobby servo on one signal wire: it measures each HIGH pulse (every ~20 ms from the Servo
 * library) and turns to the angle that width maps to; a continuous-rotation servo turns the width
 * into a speed instead.
 */
export class Servo implements Part {
  readonly kind = 'servo';
  readonly id: string;
  private readonly wire: Wire;
  private readonly settings: ServoSettings;
  private rise = -1;
  private lastPulseAt = -Infinity;
  private pulse = 0;
  private target: number;
  /** Where the horn was at `movedAt`, moving toward `target` at degPerSecond since then. */
  private from: number;
  private movedAt = 0;
  private reported = NaN;
  private speedValue = 0;
  private readonly off: () => void;

  constructor(
    spec: ValidSpec<ServoSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.settings = spec.settings;
    this.target = this.from = spec.settings.angle;
    this.wire = connect(ctx, spec.pins.signal);
    this.off = this.wire.onChange((cycle) => this.onEdge(cycle));
  }

  /** The horn's angle now, degrees 0..180 (positional servo). */
  angle(): number {
    const { degPerSecond } = this.settings;
    if (degPerSecond === 0) return this.target;
    const elapsed = (this.ctx.board.cycles - this.movedAt) / this.ctx.board.frequency;
    const step = degPerSecond * elapsed;
    return this.target > this.from ? Math.min(this.target, this.from + step) : Math.max(this.target, this.from - step);
  }
  /** The angle the last valid pulse asked for. */
  targetAngle(): number {
    return this.target;
  }
  /** Continuous-rotation speed, −1..1 (positive = the direction of longer pulses); 0 if not driven. */
  speed(): number {
    return this.settings.continuous && this.isDriven() ? this.speedValue : 0;
  }
  /** Width of the last valid pulse, µs (0 before the first). */
  pulseUs(): number {
    return this.pulse;
  }
  /** True while pulses keep arriving. */
  isDriven(): boolean {
    return this.ctx.board.cycles - this.lastPulseAt <= this.ctx.board.msToCycles(this.settings.timeoutMs);
  }
  snapshot() {
    return { angle: round3(this.angle()), speed: round3(this.speed()), pulseUs: round3(this.pulse), driven: this.isDriven() };
  }
  detach(): void {
    this.off();
  }

  private onEdge(cycle: number): void {
    const high = this.wire.driven() && this.wire.level() === 1;
    if (high) {
      this.rise = cycle;
      return;
    }
    if (this.rise < 0) return;
    const us = (cycle - this.rise) / (this.ctx.board.frequency / 1e6);
    this.rise = -1;
    const [lo, hi] = this.settings.validUs;
    if (us < lo || us > hi) return;
    this.pulse = us;
    this.lastPulseAt = cycle;
    if (this.settings.continuous) this.setSpeed(this.speedFor(us));
    else this.turnTo(this.angleFor(us));
  }

  private angleFor(us: number): number {
    const { minUs, maxUs } = this.settings;
    const midUs = this.settings.midUs ?? (minUs + maxUs) / 2;
    const clamped = Math.max(minUs, Math.min(maxUs, us));
    return clamped <= midUs ? ((clamped - minUs) / (midUs - minUs)) * 90 : 90 + ((clamped - midUs) / (maxUs - midUs)) * 90;
  }

  private speedFor(us: number): number {
    const { fullSpeedUs, deadBandUs } = this.settings;
    const offset = us - 1500;
    if (Math.abs(offset) <= deadBandUs) return 0;
    return Math.max(-1, Math.min(1, offset / fullSpeedUs));
  }

  private turnTo(angle: number): void {
    if (angle !== this.target) {
      this.from = this.angle();
      this.movedAt = this.ctx.board.cycles;
      this.target = angle;
    }
    this.report('angle', Math.round(angle));
  }

  private setSpeed(speed: number): void {
    this.speedValue = speed;
    this.report('speed', Math.round(speed * 100) / 100);
  }

  /** Whole degrees (or hundredths of speed): a pulse train wobbling by a few cycles is not news. */
  private report(what: 'angle' | 'speed', shown: number): void {
    if (shown === this.reported) return;
    this.reported = shown;
    this.ctx.emit(what, shown);
  }
}

definePart({
  kind: 'servo',
  pins: ['signal'],
  settings,
  check: ({ settings: { minUs, maxUs, midUs } }) =>
    minUs < (midUs ?? minUs + 1) && (midUs ?? maxUs - 1) < maxUs && minUs < maxUs
      ? []
      : [`pulse widths must grow: minUs < midUs < maxUs / ширины импульсов должны расти: minUs < midUs < maxUs`],
  create: (spec, ctx) => new Servo(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    servo: Servo;
  }
}
