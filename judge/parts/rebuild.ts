import type { CPU } from 'avr8js';
import type { Uno } from '../board/uno.ts';

/** How often a board is checked for a rebuilt chip when nothing else noticed it first. */
const POLL_MS = 1;

interface Watch {
  cpu: CPU;
  listeners: Set<() => void>;
  /** A rebuild was noticed from inside the board's rebuild: run the listeners again at the next poll. */
  again: boolean;
}
const watches = new WeakMap<Uno, Watch>();

/**
 * Calls `fn` after the board has rebuilt its chip (a watchdog reset replaces the CPU and every
 * peripheral object, uno.ts), so a part can hook the new port / ADC again. Noticed at the next pin
 * change a part sees (`checkRebuild`) or within 1 ms of simulated time, and run once more at the
 * next poll, because a pin change seen during the rebuild comes before the board has finished it
 * (it sets the ADC hook after refreshing the ports). `fn` must therefore be idempotent.
 * Returns unsubscribe.
 *
 * (A board-level `onReset` hook would make all this unnecessary; see the parts report.)
 */
export function onRebuild(board: Uno, fn: () => void): () => void {
  let watch = watches.get(board);
  if (!watch) {
    const w: Watch = (watch = { cpu: board.cpu, listeners: new Set(), again: false });
    watches.set(board, w);
    const period = board.msToCycles(POLL_MS);
    board.schedule(period, function poll() {
      const again = w.again;
      w.again = false;
      if (!detect(board, w) && again) run(w);
      if (w.listeners.size) board.schedule(period, poll);
      else watches.delete(board);
    });
  }
  watch.listeners.add(fn);
  return () => void watch.listeners.delete(fn);
}

/** Runs the rebuild listeners now if the board's chip has been replaced since the last check. */
export function checkRebuild(board: Uno): void {
  const watch = watches.get(board);
  if (watch && detect(board, watch)) watch.again = true;
}

function detect(board: Uno, watch: Watch): boolean {
  if (watch.cpu === board.cpu) return false;
  watch.cpu = board.cpu;
  run(watch);
  return true;
}

function run(watch: Watch): void {
  for (const fn of [...watch.listeners]) fn();
}
