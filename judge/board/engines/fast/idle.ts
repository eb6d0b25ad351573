import { HeadBackOff } from './back-off.ts';

/**
 * Exact idle fast-forward. A loop that touches no peripheral (no memory hook ran, no tick was due,
 * nothing ended a block early) is a pure function of cpu.data. If one pass around it, from loop head
 * H back to H, leaves cpu.data bit-for-bit as it found it, then every further pass does the same
 * thing in the same number of cycles L — until something outside the CPU changes memory, and only a
 * clock event or an interrupt can do that, which the deadline `dl` already marks. So whole passes may
 * be skipped by adding multiples of L to cpu.cycles, stopping short of the first instruction boundary
 * where `cycles >= dl`: the engine then resumes stepping and meets that boundary exactly as stepping
 * all the way would have. Covers `while (!flag);` on an ISR-set flag, `for (;;);`, sleep loops (SLEEP
 * is a no-op in avr8js) and an empty `loop()` polling Serial's ring buffer.
 */
/** Cycles a successful probe must skip to be tried again at once (a probe costs about 1 µs). */
const MIN_GAIN = 2048;

export class IdleDetector {
  private readonly snapshot: Int32Array;
  private readonly words: Int32Array;
  /** Back-edges to ignore at each head before probing it again (exponential back-off after misses). */
  private readonly backOff: HeadBackOff;
  private head = -1;
  private startCycle = 0;
  /** Blocks run since the probe began; long paths are not worth a probe. */
  private steps = 0;
  skippedCycles = 0;

  constructor(private readonly data: Uint8Array, programWords: number) {
    this.words = new Int32Array(data.buffer, data.byteOffset, data.byteLength >> 2);
    this.snapshot = new Int32Array(this.words.length);
    this.backOff = new HeadBackOff(programWords + 1);
  }

  /** Something other than a plain control transfer happened: the current probe proves nothing. */
  abort(): void {
    if (this.head >= 0) this.miss(this.head);
  }

  /** A block ended with a plain transfer (no tick due); counts its length for the probe. */
  step(): void {
    if (this.head >= 0 && ++this.steps > 256) this.miss(this.head);
  }

  /**
   * A loop closed at `pc` (a backward transfer, nothing due at this boundary). Returns the cycle to
   * jump to (> cycles) when the pass just completed is proven idle, else `cycles`.
   */
  backEdge(pc: number, cycles: number, dl: number): number {
    if (pc === this.head) {
      const s = this.snapshot;
      const w = this.words;
      let same = true;
      for (let i = 0; i < w.length; i++) {
        if (w[i] !== s[i]) {
          same = false;
          break;
        }
      }
      if (!same) {
        this.miss(pc);
        return cycles;
      }
      const period = cycles - this.startCycle;
      this.head = -1;
      // Whole passes that end strictly before dl; the boundaries inside them are earlier still.
      const passes = Number.isFinite(dl) ? Math.floor((dl - 1 - cycles) / period) : 0;
      // A proof that buys little (a clock event is near, as with Arduino's timers ticking every 64
      // cycles) is not worth its cost next time: back off as after a miss.
      if (passes * period < MIN_GAIN) this.miss(pc);
      else this.backOff.hit(pc);
      if (passes <= 0) return cycles;
      this.skippedCycles += passes * period;
      return cycles + passes * period;
    }
    // An inner loop's back-edge while probing an outer one: part of the outer pass.
    if (this.head >= 0 || !this.backOff.ready(pc)) return cycles;
    this.head = pc;
    this.startCycle = cycles;
    this.steps = 0;
    this.snapshot.set(this.words);
    return cycles;
  }

  private miss(pc: number): void {
    this.head = -1;
    this.backOff.miss(pc);
  }
}
