import type { TraceData } from './trace.ts';
import { CLOCK_HZ, PIN_NAMES, type PinName, type Uno } from './uno.ts';

export interface RecorderOptions {
  /** Most entries (pin changes + serial bytes + part events + poses) kept; the rest is dropped. */
  maxEntries?: number;
  /** Pins to record (default: all twenty). */
  pins?: readonly PinName[];
}

export const DEFAULT_MAX_ENTRIES = 200_000;

/**
 * Records a run as `TraceData`: the initial level of every pin, then every level change at the exact
 * cycle, serial bytes both ways, and part events. The size cap keeps a runaway sketch (a pin toggled
 * in a tight loop for minutes) from filling memory: once reached, recording stops and the trace is
 * marked `truncated`, so whoever draws it can say so.
 */
export class Recorder {
  private readonly trace: TraceData;
  private readonly max: number;
  private count = 0;
  private readonly pins: ReadonlySet<PinName>;

  constructor(
    private readonly board: Uno,
    options: RecorderOptions = {},
  ) {
    this.max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.pins = new Set(options.pins ?? PIN_NAMES);
    const start = board.cycles;
    this.trace = { hz: CLOCK_HZ, startCycle: start, endCycle: start, pins: [], serial: [], events: [] };
    for (const pin of this.pins) this.trace.pins.push([start, pin, board.level(pin)]);
    this.count = this.trace.pins.length;
    board.onAnyPinChange((pin, level, cycle) => {
      if (this.pins.has(pin) && this.room()) this.trace.pins.push([cycle, pin, level]);
    });
    board.onSerialTransmit((byte, cycle) => {
      if (this.room()) this.trace.serial.push([cycle, 'tx', byte]);
    });
    board.onSerialReceive((byte, cycle) => {
      if (this.room()) this.trace.serial.push([cycle, 'rx', byte]);
    });
  }

  /** A part (or scene) event, stamped with the board's current cycle. */
  event(partId: string, what: string, value: number | string): void {
    if (this.room()) this.trace.events.push([this.board.cycles, partId, what, value]);
  }

  /** A robot pose sample. */
  pose(xMm: number, yMm: number, headingRad: number): void {
    if (!this.room()) return;
    (this.trace.poses ??= []).push([this.board.cycles, xMm, yMm, headingRad]);
  }

  get truncated(): boolean {
    return this.trace.truncated === true;
  }

  /** A JSON-safe copy of what was recorded so far, ending at the board's current cycle. */
  toTrace(): TraceData {
    const t = this.trace;
    return {
      hz: t.hz,
      startCycle: t.startCycle,
      endCycle: this.board.cycles,
      pins: t.pins.slice(),
      serial: t.serial.slice(),
      events: t.events.slice(),
      ...(t.poses ? { poses: t.poses.slice() } : {}),
      ...(t.truncated ? { truncated: true } : {}),
    };
  }

  private room(): boolean {
    if (this.count >= this.max) {
      this.trace.truncated = true;
      return false;
    }
    this.count++;
    return true;
  }
}
