import { PinState, type AVRIOPort } from 'avr8js';
import { PINS, parsePin, type Level, type PinName, type Uno } from '../board/uno.ts';
import type { PartContext } from './part.ts';
import { checkRebuild, onRebuild } from './rebuild.ts';

/**
 * One wire a part listens to: a board pin, or another part's output (a 74HC595's Q3). Parts read
 * wires instead of board pins so that the same LED or 7-segment works behind a shift register.
 */
export interface Wire {
  /** "D13" or "sr1.Q3". */
  readonly name: string;
  /** Logic level as an input sees it: the driver's level, or the pull-up for an undriven input. */
  level(): Level;
  /**
   * True when an output actively drives the wire (the MCU pin is an OUTPUT, or a chip output is
   * enabled). A load such as an LED lights only then: a weak pull-up barely glows it on hardware,
   * and the classic "forgot pinMode(OUTPUT)" mistake must show as a dark LED.
   */
  driven(): boolean;
  /** Called after the level or the driven state changed, with the board cycle. Returns unsubscribe. */
  onChange(listener: (cycle: number) => void): () => void;
}

/** A board pin as a wire: sees the MCU's own changes (PORT/DDR writes, timer PWM) and parts' drives. */
export function boardWire(board: Uno, pin: PinName): Wire {
  const info = PINS[pin];
  const listeners: ((cycle: number) => void)[] = [];
  const state = () => {
    const s = board.ports[info.port].pinState(info.bit);
    return (board.level(pin) << 1) | (s === PinState.High || s === PinState.Low ? 1 : 0);
  };
  let last = state();
  const check = () => {
    const now = state();
    if (now === last) return;
    last = now;
    const cycle = board.cycles;
    for (const l of [...listeners]) l(cycle);
  };
  // DDR changes do not always change the level, so the port's own listener is needed as well as the
  // board's pin listener (which catches parts driving an input). A watchdog reset replaces the port
  // object: hook the new one then.
  let port: AVRIOPort | null = null;
  const hookPort = () => {
    port?.removeListener(check);
    port = board.ports[info.port];
    port.addListener(check);
  };
  const onPin = () => {
    checkRebuild(board);
    check();
  };
  let offPin: (() => void) | null = null;
  let offRebuild: (() => void) | null = null;
  return {
    name: pin,
    level: () => board.level(pin),
    driven: () => (state() & 1) === 1,
    onChange(listener) {
      if (listeners.length === 0) {
        hookPort();
        offPin = board.onPinChange(pin, onPin);
        offRebuild = onRebuild(board, () => {
          hookPort();
          check();
        });
        last = state();
      }
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
        if (listeners.length === 0) {
          port?.removeListener(check);
          port = null;
          offPin?.();
          offRebuild?.();
        }
      };
    },
  };
}

/** Resolves a wiring reference ("D13", "13", "sr1.Q0") to a wire. */
export function connect(ctx: PartContext, ref: string): Wire {
  const dot = ref.indexOf('.');
  if (dot < 0) return boardWire(ctx.board, parsePin(ref));
  const id = ref.slice(0, dot);
  const name = ref.slice(dot + 1);
  const other = ctx.part?.(id);
  if (!other) throw new Error(`"${ref}": there is no part "${id}" created before this one`);
  const wire = other.output?.(name);
  if (!wire) throw new Error(`"${ref}": part "${id}" (${other.kind}) has no output "${name}"`);
  return wire;
}

/** A wire owned by a chip model (e.g. a 74HC595 output), changed by the chip itself. */
export class OutputWire implements Wire {
  private value: Level = 0;
  private enabled = true;
  private readonly listeners: ((cycle: number) => void)[] = [];
  constructor(
    readonly name: string,
    private readonly clock: () => number,
  ) {}
  level(): Level {
    return this.value;
  }
  driven(): boolean {
    return this.enabled;
  }
  set(value: Level, enabled = this.enabled): void {
    if (value === this.value && enabled === this.enabled) return;
    this.value = value;
    this.enabled = enabled;
    const cycle = this.clock();
    for (const l of [...this.listeners]) l(cycle);
  }
  onChange(listener: (cycle: number) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }
}
