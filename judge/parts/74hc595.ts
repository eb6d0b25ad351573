import { z } from 'zod';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';
import { OutputWire, connect, type Wire } from './wire.ts';

const settings = z.strictObject({});
export type ShiftRegisterSettings = z.output<typeof settings>;

const OUTPUTS = ['Q0', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'] as const;

/**
 * 74HC595: 8-bit serial-in shift register with a storage (output) register. Pin names as the
 * Arduino ShiftOut tutorial uses them, datasheet names beside: data = DS (14), clock = SHCP (11),
 * latch = STCP (12), oe = /OE (13, optional: tied to GND), mr = /MR (10, optional: tied to 5 V).
 * Outputs Q0–Q7 and the serial out Q7S (pin 9) are wires other parts can be wired to ("sr1.Q3";
 * "sr1.Q7S" to chain a second 595). With shiftOut(MSBFIRST) the first bit ends up on Q7.
 */
export class ShiftRegister implements Part {
  readonly kind = '74hc595';
  readonly id: string;
  private shift = 0;
  private storage = 0;
  private readonly q: OutputWire[];
  private readonly q7s: OutputWire;
  private readonly data: Wire;
  private readonly oe: Wire | null;
  private readonly mr: Wire | null;
  private readonly offs: (() => void)[] = [];

  constructor(
    spec: ValidSpec<ShiftRegisterSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    const clock = () => ctx.board.cycles;
    this.q = OUTPUTS.map((name) => new OutputWire(`${spec.id}.${name}`, clock));
    this.q7s = new OutputWire(`${spec.id}.Q7S`, clock);
    this.data = connect(ctx, spec.pins.data);
    this.oe = spec.pins.oe ? connect(ctx, spec.pins.oe) : null;
    this.mr = spec.pins.mr ? connect(ctx, spec.pins.mr) : null;
    this.edges(connect(ctx, spec.pins.clock), () => this.onShiftClock());
    this.edges(connect(ctx, spec.pins.latch), () => this.onStorageClock());
    if (this.oe) this.offs.push(this.oe.onChange(() => this.drive()));
    if (this.mr) this.offs.push(this.mr.onChange(() => this.masterReset()));
    this.masterReset();
    this.drive();
  }

  output(name: string): Wire | undefined {
    if (name === 'Q7S') return this.q7s;
    const i = (OUTPUTS as readonly string[]).indexOf(name);
    return i >= 0 ? this.q[i] : undefined;
  }
  /** The storage register as a byte (bit 0 = Q0): what the outputs show when enabled. */
  outputs(): number {
    return this.storage;
  }
  /** The shift register (not yet latched). */
  shifted(): number {
    return this.shift;
  }
  snapshot() {
    return { q: this.storage, bits: this.storage.toString(2).padStart(8, '0'), enabled: this.enabled() };
  }
  detach(): void {
    for (const off of this.offs) off();
  }

  private edges(wire: Wire, onRise: () => void): void {
    let last = wire.level();
    this.offs.push(
      wire.onChange(() => {
        const now = wire.level();
        if (now === 1 && last === 0) onRise();
        last = now;
      }),
    );
  }

  private enabled(): boolean {
    return !this.oe || this.oe.level() === 0;
  }

  private onShiftClock(): void {
    if (this.mr && this.mr.level() === 0) return;
    this.shift = ((this.shift << 1) | this.data.level()) & 0xff;
    // A chained 595 clocks on the same edge and must sample the old Q7S: the datasheet's propagation
    // delay (≈ 20 ns) becomes one cycle here, after every listener of this edge has run.
    const bit = ((this.shift >> 7) & 1) as 0 | 1;
    this.ctx.board.schedule(1, () => this.q7s.set(bit));
  }

  private onStorageClock(): void {
    if (this.storage === this.shift) return;
    this.storage = this.shift;
    this.ctx.emit('q', this.storage);
    this.drive();
  }

  /** /MR low clears the shift register (not the storage register), as in the datasheet. */
  private masterReset(): void {
    if (!this.mr || this.mr.level() === 1) return;
    this.shift = 0;
    this.q7s.set(0);
  }

  private drive(): void {
    const on = this.enabled();
    this.q.forEach((w, i) => w.set(((this.storage >> i) & 1) as 0 | 1, on));
  }
}

definePart({
  kind: '74hc595',
  pins: ['data', 'clock', 'latch'],
  optionalPins: ['oe', 'mr'],
  outputs: [...OUTPUTS, 'Q7S'],
  settings,
  create: (spec, ctx) => new ShiftRegister(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    '74hc595': ShiftRegister;
  }
}
