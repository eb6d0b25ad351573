import type { Uno } from '../board/uno.ts';

/**
 * Calls `fn` once inputs have been quiet for `quietMs`. A sketch sets a display's segments one
 * digitalWrite at a time; reporting only the settled picture keeps the half-drawn ones out of the
 * trace.
 */
export class Settler {
  private cancel: (() => void) | null = null;
  constructor(
    private readonly board: Uno,
    private readonly quietMs: number,
    private readonly fn: () => void,
  ) {}
  poke(): void {
    this.cancel?.();
    this.cancel = this.board.schedule(this.board.msToCycles(this.quietMs), () => {
      this.cancel = null;
      this.fn();
    });
  }
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
