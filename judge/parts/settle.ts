import type { Uno } from '../board/uno.ts';

/**
 * Calls `fn` once inputs have been quiet for `quietMs`, or `maxWaitMs` after the first unreported
 * change at the latest. A sketch sets a display's segments one digitalWrite at a time; reporting only
 * the settled picture keeps the half-drawn ones out of the trace, while a display that never stops
 * changing (fast multiplexing) is still reported.
 */
export class Settler {
  private cancel: (() => void) | null = null;
  private firstPoke = -1;
  constructor(
    private readonly board: Uno,
    private readonly quietMs: number,
    private readonly fn: () => void,
    private readonly maxWaitMs = 10,
  ) {}
  poke(): void {
    const now = this.board.cycles;
    if (this.firstPoke < 0) this.firstPoke = now;
    if (this.cancel && now - this.firstPoke >= this.board.msToCycles(this.maxWaitMs)) return;
    this.cancel?.();
    this.cancel = this.board.schedule(this.board.msToCycles(this.quietMs), () => {
      this.cancel = null;
      this.firstPoke = -1;
      this.fn();
    });
  }
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
