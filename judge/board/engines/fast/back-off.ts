/**
 * Per loop head, how many looks to let pass before trying a head again: after each miss in a row
 * twice as many (up to 65 535), none after a hit. The idle detector and the clock-wait skip both
 * probe loop heads whose proofs mostly fail the same way again.
 */
export class HeadBackOff {
  private readonly skipUntil: Uint32Array;
  private readonly misses: Uint8Array;

  constructor(heads: number) {
    this.skipUntil = new Uint32Array(heads);
    this.misses = new Uint8Array(heads);
  }

  /** Whether `head` may be tried at this look (a look it has to let pass is counted off). */
  ready(head: number): boolean {
    if (head >= this.skipUntil.length) return false;
    if (this.skipUntil[head] > 0) {
      this.skipUntil[head]--;
      return false;
    }
    return true;
  }

  miss(head: number): void {
    if (head >= this.skipUntil.length) return;
    const m = Math.min(this.misses[head] + 1, 16);
    this.misses[head] = m;
    this.skipUntil[head] = (1 << m) - 1;
  }

  hit(head: number): void {
    if (head < this.misses.length) this.misses[head] = 0;
  }
}
