import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { StateHistory } from './history.ts';
import { connect, type Wire } from './wire.ts';
import { round3 } from './led.ts';

const settings = z.strictObject({
  /**
   * Some boards (and L293D-style wiring) brake when IN1 = IN2 = LOW even with EN low
   * (hardware.md: make it a setting). Off by default: EN low always coasts.
   */
  brakeOnLowInputs: z.boolean().default(false),
});
export type L298nSettings = z.output<typeof settings>;

export type MotorDirection = 'forward' | 'reverse' | 'none';
export type MotorMode = 'drive' | 'coast' | 'brake';

/** What one driver channel tells its motor, averaged over the PWM period. */
export interface MotorCommand {
  direction: MotorDirection;
  mode: MotorMode;
  /** 0..1: the fraction of time the motor is driven in `direction` (PWM on EN, or on IN1/IN2). */
  duty: number;
}

/** Share of time in each bridge state; the motor model may use all four (e.g. slow decay). */
export interface BridgeShares {
  forward: number;
  reverse: number;
  brake: number;
  coast: number;
}

const AVERAGE_MS = 20;
const TICK_MS = 2;

/**
 * One channel of an L298N (or L293D) H-bridge: IN1, IN2 and EN (ENA/ENB). Truth table from the
 * datasheet (hardware.md): EN=H IN1=H IN2=L forward; EN=H IN1=L IN2=H reverse; EN=H IN1=IN2 brake
 * (fast motor stop); EN=L coast (free running). PWM on any input is averaged over whole periods, so
 * `analogWrite(EN, 128)` with IN1=H, IN2=L is "forward, drive, duty 0.5".
 */
export class L298n implements Part {
  readonly kind = 'l298n';
  readonly id: string;
  private readonly inputs: (Wire | null)[];
  private readonly history: StateHistory;
  private readonly window: number;
  private readonly listeners: ((command: MotorCommand, cycle: number) => void)[] = [];
  private readonly offs: (() => void)[] = [];
  private command: MotorCommand;
  /** The last command told to listeners (small PWM-average wobbles are not news). */
  private notified: MotorCommand;
  private lastEdge = -Infinity;
  private ticking: (() => void) | null = null;
  private readonly brakeOnLowInputs: boolean;

  constructor(
    spec: ValidSpec<L298nSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.brakeOnLowInputs = spec.settings.brakeOnLowInputs;
    // Without a wire on EN the board's jumper holds it HIGH.
    this.inputs = [connect(ctx, spec.pins.in1), connect(ctx, spec.pins.in2), spec.pins.en ? connect(ctx, spec.pins.en) : null];
    this.window = ctx.board.msToCycles(AVERAGE_MS);
    this.history = new StateHistory(this.window, this.bridgeState(), ctx.board.cycles);
    this.command = this.notified = this.evaluate();
    for (const w of this.inputs) if (w) this.offs.push(w.onChange((cycle) => this.onInput(cycle)));
  }

  /** The current command to the motor. */
  get current(): MotorCommand {
    return { ...this.command };
  }
  /** -1..1: duty with the sign of the direction (forward positive); 0 when coasting or braking. */
  get speed(): number {
    const c = this.command;
    return c.direction === 'forward' ? c.duty : c.direction === 'reverse' ? -c.duty : 0;
  }
  /** Time shares of the four bridge states over the last PWM periods. */
  shares(): BridgeShares {
    const occ = this.history.occupancy(this.ctx.board.cycles, 4);
    return { forward: occ[FORWARD], reverse: occ[REVERSE], brake: occ[BRAKE], coast: occ[COAST] };
  }
  /** Calls `listener` whenever the command changes (direction, mode, or duty by ≥ 0.5 %). */
  onChange(listener: (command: MotorCommand, cycle: number) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }
  snapshot() {
    return { direction: this.command.direction, mode: this.command.mode, duty: round3(this.command.duty), speed: round3(this.speed) };
  }
  detach(): void {
    for (const off of this.offs) off();
    this.ticking?.();
  }

  /** Bridge state from the inputs' levels right now. */
  private bridgeState(): number {
    const [in1, in2, en] = this.inputs.map((w) => (w ? w.level() : 1));
    if (!en) return this.brakeOnLowInputs && !in1 && !in2 ? BRAKE : COAST;
    if (in1 === in2) return BRAKE;
    return in1 ? FORWARD : REVERSE;
  }

  private onInput(cycle: number): void {
    this.history.record(cycle, this.bridgeState());
    this.lastEdge = cycle;
    this.update(cycle);
    // Keep re-evaluating while inputs switch: when a PWM stops, the average must settle without an edge.
    if (!this.ticking) this.tick();
  }

  private tick(): void {
    const { board } = this.ctx;
    this.ticking = board.schedule(board.msToCycles(TICK_MS), () => {
      this.ticking = null;
      this.update(board.cycles);
      if (board.cycles - this.lastEdge <= this.window * 1.5) this.tick();
    });
  }

  private update(cycle: number): void {
    const next = (this.command = this.evaluate());
    const c = this.notified;
    const settled = (next.duty === 0 || next.duty === 1) && next.duty !== c.duty;
    if (next.direction === c.direction && next.mode === c.mode && Math.abs(next.duty - c.duty) < 0.005 && !settled) return;
    this.notified = next;
    this.ctx.emit('speed', round3(this.speed));
    for (const l of [...this.listeners]) l({ ...next }, cycle);
  }

  private evaluate(): MotorCommand {
    const s = this.shares();
    if (s.forward > 0 && s.forward >= s.reverse) return { direction: 'forward', mode: 'drive', duty: s.forward };
    if (s.reverse > 0) return { direction: 'reverse', mode: 'drive', duty: s.reverse };
    return { direction: 'none', mode: s.brake > s.coast ? 'brake' : 'coast', duty: 0 };
  }
}

const COAST = 0;
const FORWARD = 1;
const REVERSE = 2;
const BRAKE = 3;

definePart({
  kind: 'l298n',
  pins: ['in1', 'in2'],
  optionalPins: ['en'],
  settings,
  create: (spec, ctx) => new L298n(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    l298n: L298n;
  }
}
