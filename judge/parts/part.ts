import type { Uno } from '../board/uno.ts';
import type { Random } from '../board/random.ts';
import type { Wire } from './wire.ts';

/**
 * A virtual component wired to the board's pins. Parts are described by data (`PartSpec`), created
 * through the registry (`registry.ts`), and run anywhere (Node worker threads and the browser's Web
 * Worker): no Node APIs. All timing is in simulated time (board cycles); randomness comes from the
 * seeded `Random` only, so a run is reproducible.
 */
export interface PartSpec {
  /** Registry key, e.g. "led", "button", "servo". */
  kind: string;
  /** Unique id within a task, e.g. "led1"; the bench refers to parts by it. */
  id: string;
  /**
   * Pin wiring by the part's own pin names, e.g. { anode: "D13" }. A pin may also be wired to another
   * part's output, written "<part id>.<output>", e.g. { a: "sr1.Q0" } for a 7-segment behind a 74HC595.
   */
  pins: Record<string, string>;
  /** Kind-specific settings (colour, bounce, range …), validated by the part's schema. */
  [setting: string]: unknown;
}

export interface PartContext {
  board: Uno;
  /** This part's own random stream (fork it per part, so adding a part never shifts another's noise). */
  random: Random;
  /** Records a part event for the trace and the UI (e.g. "angle", 90). */
  emit(what: string, value: number | string): void;
  /**
   * Finds an already created part by id; needed only when a pin is wired to another part's output.
   * `createParts` (registry.ts) fills it in.
   */
  part?(id: string): Part | undefined;
}

export type SnapshotValue = number | string | boolean;

export interface Part {
  readonly id: string;
  readonly kind: string;
  /** JSON-safe snapshot of what the part shows now (for the browser view and for expectations). */
  snapshot(): Record<string, SnapshotValue>;
  /** Output pins other parts can be wired to (e.g. a 74HC595's "Q0"…"Q7"). */
  output?(name: string): Wire | undefined;
  /** Stops timers and listeners; the part is not used after this. */
  detach?(): void;
}
