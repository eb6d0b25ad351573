import { z } from 'zod';
import type { Drive } from '../board/uno.ts';
import type { Part, PartContext } from './part.ts';
import { definePart, type ValidSpec } from './registry.ts';

const settings = z.strictObject({
  /**
   * "to-gnd": the button connects the pin to GND; the sketch needs INPUT_PULLUP and reads LOW when
   * pressed (the kit's default). "to-vcc": the button connects the pin to 5 V and a 10 kΩ resistor
   * pulls it down; reads HIGH when pressed.
   */
  wiring: z.enum(['to-gnd', 'to-vcc']).default('to-gnd'),
  /** Mechanical contact bounce on every press and release (hardware.md: ≈ 1–10 ms). */
  bounce: z.boolean().default(false),
  /** Range the bounce duration is drawn from, ms. */
  bounceMs: z.tuple([z.number().min(0), z.number().min(0)]).default([1, 10]),
  /** Shortest and longest time between two contact changes while bouncing, µs. */
  chatterUs: z.tuple([z.number().min(1), z.number().min(1)]).default([50, 800]),
});
export type ButtonSettings = z.output<typeof settings>;

/**
 * A push button. While bouncing, the contact closes and opens at seeded random moments for a seeded
 * 1–10 ms before it settles, so a sketch that counts edges without debouncing counts too many.
 */
export class Button implements Part {
  readonly kind = 'button';
  readonly id: string;
  private pressed = false;
  private closed = false;
  private cancelBounce: (() => void) | null = null;
  private cancelRelease: (() => void) | null = null;
  private readonly pin: string;
  private readonly settings: ButtonSettings;

  constructor(
    spec: ValidSpec<ButtonSettings>,
    private readonly ctx: PartContext,
  ) {
    this.id = spec.id;
    this.pin = spec.pins.pin;
    this.settings = spec.settings;
    this.applyContact(false);
  }

  /** Presses the button now (the contact may bounce first). */
  press(): void {
    this.cancelRelease?.();
    this.cancelRelease = null;
    this.setPressed(true);
  }
  /** Releases the button now (the contact may bounce first). */
  release(): void {
    this.cancelRelease?.();
    this.cancelRelease = null;
    this.setPressed(false);
  }
  /** Presses now and releases after `ms` of simulated time. */
  click(ms = 100): void {
    this.press();
    this.cancelRelease = this.ctx.board.schedule(this.ctx.board.msToCycles(ms), () => {
      this.cancelRelease = null;
      this.setPressed(false);
    });
  }
  /** What the finger does (not the bouncing contact). */
  isPressed(): boolean {
    return this.pressed;
  }
  /** Whether the contact is closed at this instant (differs from isPressed while bouncing). */
  isClosed(): boolean {
    return this.closed;
  }
  snapshot() {
    return { pressed: this.pressed, closed: this.closed };
  }
  detach(): void {
    this.cancelBounce?.();
    this.cancelRelease?.();
    this.ctx.board.drive(this.pin, 'float');
  }

  private setPressed(pressed: boolean): void {
    if (pressed === this.pressed) return;
    this.pressed = pressed;
    this.ctx.emit('pressed', pressed ? 1 : 0);
    this.cancelBounce?.();
    this.cancelBounce = null;
    this.applyContact(pressed);
    if (this.settings.bounce) this.chatter(pressed);
  }

  /**
   * Schedules the chatter: the contact flips back and forth at random intervals until the drawn
   * bounce time is over, ending in the settled state.
   */
  private chatter(target: boolean): void {
    const { board, random } = this.ctx;
    const [minMs, maxMs] = this.settings.bounceMs;
    const [minUs, maxUs] = this.settings.chatterUs;
    const end = board.cycles + board.msToCycles(random.range(Math.min(minMs, maxMs), Math.max(minMs, maxMs)));
    const step = () => {
      this.cancelBounce = null;
      const settle = board.cycles >= end;
      this.applyContact(settle ? target : !this.closed);
      if (settle && this.closed === target) return;
      const next = Math.min(board.usToCycles(random.range(minUs, maxUs)), Math.max(1, end - board.cycles));
      this.cancelBounce = board.schedule(next, step);
    };
    this.cancelBounce = board.schedule(board.usToCycles(random.range(minUs, maxUs)), step);
  }

  private applyContact(closed: boolean): void {
    this.closed = closed;
    const toGnd = this.settings.wiring === 'to-gnd';
    // to-gnd: an open contact leaves the pin floating (the sketch's pull-up decides);
    // to-vcc: the external pull-down holds it LOW.
    const drive: Drive = closed ? (toGnd ? 0 : 1) : toGnd ? 'float' : 0;
    const { board } = this.ctx;
    // A pressed button on a pin the sketch drives the other way shorts the output (the MCU wins
    // here; on hardware the pin overheats). Worth a trace event: it is a wiring or pinMode mistake.
    if (closed && board.mode(this.pin) === 'output' && board.level(this.pin) !== drive) this.ctx.emit('short-circuit', this.pin);
    board.drive(this.pin, drive);
  }
}

definePart({
  kind: 'button',
  pins: ['pin'],
  drivenPins: ['pin'],
  settings,
  create: (spec, ctx) => new Button(spec, ctx),
});

declare module './registry.ts' {
  interface PartKinds {
    button: Button;
  }
}
