import type { Uno } from '../board/uno.ts';

/**
 * What the sketch printed, as text with the cycle each character arrived. Bytes are decoded as
 * UTF-8 as they come (a sketch may print Russian), and lines are split on "\n" with "\r" dropped,
 * as the Arduino Serial Monitor shows them.
 */
export class SerialLog {
  private readonly decoder = new TextDecoder('utf-8');
  text = '';
  readonly cycles: number[] = [];
  /** Lines handed to the bench by waitForLine/nextLine so far. */
  cursor = 0;

  constructor(board: Uno, onByte: () => void) {
    board.onSerialTransmit((byte, cycle) => {
      const chars = this.decoder.decode(new Uint8Array([byte]), { stream: true });
      this.text += chars;
      for (let i = 0; i < chars.length; i++) this.cycles.push(cycle);
      onByte();
    });
  }

  /** Complete lines so far (the unfinished last one is left out). */
  lines(): string[] {
    const parts = this.text.split('\n');
    parts.pop();
    return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** Cycle at which line `n` was completed (its "\n" arrived). */
  lineEndCycle(n: number): number {
    let index = -1;
    for (let i = 0; i <= n; i++) index = this.text.indexOf('\n', index + 1);
    return this.cycles[index] ?? 0;
  }
}
