import { PIN_NAMES, type Level, type PinName, type Uno } from '../board/uno.ts';
import { parsePin } from '../board/pins.ts';

export type PinMode = 'output' | 'input' | 'input-pullup';

/** One stretch of constant level on a pin, in cycles [start, end). */
export interface Segment {
  level: Level;
  start: number;
  end: number;
}

interface PinHistory {
  levels: Level[];
  cycles: number[];
}

/**
 * Everything the expectations need to judge timing: the full history of every pin's level (from
 * the board's change listeners, exact to the cycle) and of every pin's mode (sampled between run
 * slices, since the board reports no DDR events). Unlike the trace recorder it has no size cap:
 * an expectation must never judge from a truncated history.
 */
export class Signals {
  private readonly pins = new Map<PinName, PinHistory>();
  private readonly modes = new Map<PinName, { modes: PinMode[]; cycles: number[] }>();

  constructor(private readonly board: Uno) {
    const start = board.cycles;
    for (const pin of PIN_NAMES) {
      this.pins.set(pin, { levels: [board.level(pin)], cycles: [start] });
      this.modes.set(pin, { modes: [board.mode(pin)], cycles: [start] });
    }
    board.onAnyPinChange((pin, level, cycle) => {
      const h = this.pins.get(pin)!;
      // Two changes in one cycle: keep the last (the level a part or the MCU settled on).
      if (h.cycles[h.cycles.length - 1] === cycle) h.levels[h.levels.length - 1] = level;
      else {
        h.levels.push(level);
        h.cycles.push(cycle);
      }
    });
  }

  get nowCycle(): number {
    return this.board.cycles;
  }

  /** Records pin modes as they are now (called by the bench between slices). */
  sampleModes(): void {
    const cycle = this.board.cycles;
    for (const pin of PIN_NAMES) {
      const h = this.modes.get(pin)!;
      const mode = this.board.mode(pin);
      if (h.modes[h.modes.length - 1] !== mode) {
        h.modes.push(mode);
        h.cycles.push(cycle);
      }
    }
  }

  levelAt(pin: PinName | string, cycle: number): Level {
    const h = this.pins.get(parsePin(pin))!;
    return h.levels[lastIndexAtOrBefore(h.cycles, cycle)];
  }

  modeAt(pin: PinName | string, cycle: number): PinMode {
    const h = this.modes.get(parsePin(pin))!;
    return h.modes[lastIndexAtOrBefore(h.cycles, cycle)];
  }

  /** Every mode the pin had in [from, to], with the cycle it started. */
  modesDuring(pin: PinName | string, from: number, to: number): { mode: PinMode; cycle: number }[] {
    const h = this.modes.get(parsePin(pin))!;
    const first = lastIndexAtOrBefore(h.cycles, from);
    const out: { mode: PinMode; cycle: number }[] = [];
    for (let i = first; i < h.modes.length && h.cycles[i] <= to; i++) out.push({ mode: h.modes[i], cycle: Math.max(from, h.cycles[i]) });
    return out;
  }

  /** Level changes strictly inside (from, to]: [cycle, new level]. */
  edges(pin: PinName | string, from: number, to: number): { cycle: number; level: Level }[] {
    const h = this.pins.get(parsePin(pin))!;
    const out: { cycle: number; level: Level }[] = [];
    for (let i = lastIndexAtOrBefore(h.cycles, from) + 1; i < h.cycles.length && h.cycles[i] <= to; i++) {
      out.push({ cycle: h.cycles[i], level: h.levels[i] });
    }
    return out;
  }

  /** The whole stretch of constant level around `cycle` (its end is at most now). */
  stretchAround(pin: PinName | string, cycle: number): Segment {
    const h = this.pins.get(parsePin(pin))!;
    const i = lastIndexAtOrBefore(h.cycles, cycle);
    let j = i + 1;
    while (j < h.cycles.length && h.levels[j] === h.levels[i]) j++;
    return { level: h.levels[i], start: h.cycles[i], end: j < h.cycles.length ? h.cycles[j] : this.board.cycles };
  }

  /** The window [from, to) cut into stretches of constant level (the first and last are clipped). */
  segments(pin: PinName | string, from: number, to: number): Segment[] {
    const out: Segment[] = [];
    let level = this.levelAt(pin, from);
    let start = from;
    for (const e of this.edges(pin, from, to)) {
      if (e.cycle >= to) break;
      if (e.level === level) continue;
      if (e.cycle > start) out.push({ level, start, end: e.cycle });
      level = e.level;
      start = e.cycle;
    }
    if (to > start) out.push({ level, start, end: to });
    return out;
  }
}

/** Index of the last element ≤ value in an ascending array (0 when value precedes everything). */
function lastIndexAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
