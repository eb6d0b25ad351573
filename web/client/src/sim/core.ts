/**
 * The browser simulator's engine room: the same Uno, parts (and robot world) the judge runs. Time is
 * simulated; a frame only decides how much simulated time to run (real time, ×10, or as much as
 * fits in the frame's wall budget) and then describes what the parts show. No DOM and no worker API
 * here, so the same class runs in the Web Worker and in Node specs.
 */
import { Uno, PIN_NAMES } from '../../../../judge/board/uno.ts';
import { loadHex } from '../../../../judge/board/hex.ts';
import { Random } from '../../../../judge/board/random.ts';
import { createParts, type PartSet } from '../../../../judge/parts/index.ts';
import type { FromWorker, PinView, Snapshot, Speed, ToWorker } from './protocol.ts';
import { PinActivity } from './pinActivity.ts';
import { attachRobot, type RobotAttachment } from './robot.ts';

/** Wall time per frame the simulation may use; the rest is left for posting and the browser. */
export const BUDGET_MS = 22;
/** Simulated time run between wall-clock checks. */
const SLICE_MS = 2;

/**
 * The fast engine compiles AVR code into JavaScript functions; a Content-Security-Policy without
 * 'unsafe-eval' forbids that, so the simulator then runs the reference engine (same results, slower).
 */
export const ENGINE = (() => {
  try {
    new Function('return 0')();
    return 'fast' as const;
  } catch {
    return 'reference' as const;
  }
})();

export class SimCore {
  board: Uno | null = null;
  speed: Speed = 1;
  paused = false;
  private parts: PartSet | null = null;
  private robot: RobotAttachment | null = null;
  private activity: PinActivity | null = null;
  private lastWall = 0;
  private serialBytes: number[] = [];
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(message: Extract<ToWorker, { type: 'start' }>): void {
    this.stop();
    const b = new Uno(loadHex(message.hex), { engine: ENGINE, ...(message.stackLimit ? { stackLimit: message.stackLimit } : {}) });
    const random = new Random(message.seed);
    try {
      this.parts = createParts(message.parts, { board: b, random: random.fork('parts') });
    } catch (error) {
      // A part the browser does not know yet must not stop the board from running: say so and go on.
      this.post({ type: 'warning', message: error instanceof Error ? error.message : String(error) });
    }
    if (message.scene !== undefined && message.scene !== null) {
      try {
        this.robot = attachRobot(b, message.scene, random.fork('world'));
      } catch (error) {
        this.post({ type: 'warning', message: error instanceof Error ? error.message : String(error) });
      }
    }
    this.activity = new PinActivity(PIN_NAMES, (pin) => b.level(pin), b.cycles);
    b.onAnyPinChange((pin, level, cycle) => this.activity?.change(pin, level, cycle));
    b.onSerialTransmit((byte) => this.serialBytes.push(byte));
    this.board = b;
    this.speed = message.speed;
    this.paused = false;
    this.serialBytes = [];
    this.lastWall = this.now();
  }

  stop(): void {
    this.parts?.detach();
    this.robot?.detach();
    this.board = null;
    this.parts = null;
    this.robot = null;
  }

  /**
   * Runs one frame and posts its snapshot (and the crash, if the program crashed). Returns false
   * when there is nothing more to run.
   */
  frame(): boolean {
    const b = this.board;
    if (!b) return false;
    const before = b.millis;
    const wallStart = this.now();
    if (!this.paused) this.run(b);
    else this.lastWall = this.now();
    this.post(this.snapshot(b, before, wallStart));
    if (b.crash) {
      this.post({ type: 'crash', message: b.crash.message, timeMs: b.millis });
      return false;
    }
    return true;
  }

  private run(b: Uno): void {
    const now = this.now();
    // After a long stall (a hidden tab) do not try to catch up: a quarter second at most.
    const wall = Math.min(now - this.lastWall, 250);
    this.lastWall = now;
    const deadline = now + BUDGET_MS;
    if (this.speed === 'max') {
      while (this.now() < deadline && !b.halted) b.runMs(SLICE_MS);
      return;
    }
    const target = b.cycles + b.msToCycles(wall * this.speed);
    while (b.cycles < target && this.now() < deadline && !b.halted) {
      b.runUntil(Math.min(target, b.cycles + b.msToCycles(SLICE_MS)));
    }
  }

  private snapshot(b: Uno, beforeMs: number, wallStart: number): Snapshot {
    const duty = this.activity?.frame(b.cycles) ?? {};
    const pins: Record<string, PinView> = {};
    for (const pin of PIN_NAMES) pins[pin] = { level: b.level(pin), duty: duty[pin] ?? 0, mode: b.mode(pin) };
    const serial = this.serialBytes.length ? this.decoder.decode(new Uint8Array(this.serialBytes), { stream: true }) : '';
    this.serialBytes = [];
    const wall = Math.max(1, this.now() - wallStart);
    return {
      type: 'snapshot',
      timeMs: b.millis,
      running: !this.paused,
      pins,
      parts: this.parts?.snapshot() ?? {},
      serial,
      robot: this.robot?.pose(),
      rate: ((b.millis - beforeMs) / wall) * 1000,
      engine: b.engine.name,
    };
  }

  /** A child's action on a part: calls the part's own method (press, release, setPosition …). */
  input(partId: string, action: string, value?: number): void {
    if (!this.parts?.has(partId)) return;
    const part = this.parts.get(partId) as unknown as Record<string, unknown>;
    const method = part[action];
    if (typeof method === 'function') (method as (v?: number) => void).call(part, value);
  }

  serial(text: string): void {
    this.board?.serialWrite(text);
  }
}
