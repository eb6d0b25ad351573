import { Random } from '../board/random.ts';
import { Recorder } from '../board/recorder.ts';
import { CLOCK_HZ, type Uno } from '../board/uno.ts';
import { parsePin } from '../board/pins.ts';
import { createParts, type PartSet } from '../parts/index.ts';
import type { PartSpec } from '../parts/part.ts';
import type { Measurement, Text } from '../runner/events.ts';
import { BoardCrashed, ExpectationFailed, TimeLimitExceeded } from './errors.ts';
import { createExpect, type Expect } from './expect/registry.ts';
import { ms, quote, text } from './format.ts';
import { sceneHandler, type AttachedScene } from './scene.ts';
import { SerialLog } from './serial.ts';
import { Signals } from './signals.ts';
import type { BenchDefinition, BenchTest, PartHandle, SerialApi, TestContext } from './types.ts';

/** Longest stretch simulated without looking at the wall clock, the predicate and the scene. */
export const SLICE_CYCLES = CLOCK_HZ / 1000;
const CYCLES_PER_MS = CLOCK_HZ / 1000;

export interface Limits {
  /** Absolute cycle the test may not pass. */
  cycleBudget: number;
  /** performance.now() value after which the test is out of time. */
  wallDeadline: number;
}

/**
 * One test's world: the board, its parts and scene, the recorder and the history the expectations
 * read, and the stimuli in simulated time. Everything advances in slices of at most 1 ms so the
 * wall-clock deadline, crashes, the scene and `runUntil` predicates are looked at between them.
 */
export class TestRuntime implements TestContext {
  readonly random: Random;
  readonly signals: Signals;
  readonly recorder: Recorder;
  readonly parts: PartSet;
  readonly expect: Expect;
  readonly serial: SerialApi;
  readonly measurements: Measurement[] = [];
  private readonly log: SerialLog;
  private readonly attached: AttachedScene | null;
  /** Set while runUntil waits: any pin change or serial byte stops the engine so the predicate is re-checked. */
  private watching = false;

  constructor(
    readonly board: Uno,
    private readonly bench: BenchDefinition,
    seed: number,
    private readonly limits: Limits,
    overrides: BenchTest['parts'] = undefined,
  ) {
    const root = new Random(seed);
    this.random = root.fork('bench');
    this.signals = new Signals(board);
    this.recorder = new Recorder(board);
    const poke = () => {
      if (this.watching) board.stop();
    };
    board.onAnyPinChange(poke);
    this.log = new SerialLog(board, poke);
    this.parts = createParts(partsFor(bench, overrides), {
      board,
      random: root.fork('parts'),
      emit: (id, what, value) => this.recorder.event(id, what, value),
    });
    this.attached = null;
    if (bench.scene) {
      const handler = sceneHandler(bench.scene.kind);
      if (!handler) throw new Error(`No scene handler registered for kind "${bench.scene.kind}"`);
      this.attached = handler(bench.scene, {
        board,
        random: root.fork('scene'),
        parts: new Map(this.parts.all().map((p) => [p.id, p])),
        emit: (what, value) => this.recorder.event('scene', what, value),
        pose: (x, y, h) => this.recorder.pose(x, y, h),
      });
    }
    this.expect = createExpect({
      signals: this.signals,
      get nowMs() {
        return board.cycles / CYCLES_PER_MS;
      },
      cycleAt: (t) => this.cycleAt(t),
      msAt: (cycle) => cycle / CYCLES_PER_MS,
      serialOut: () => ({ text: this.log.text, cycles: this.log.cycles }),
      partSpec: (id) => bench.parts.find((p) => p.id === id),
      partsOn: (pin) => bench.parts.filter((p) => Object.values(p.pins).some((ref) => samePin(ref, pin))),
      fail: (message) => this.fail(message),
    });
    this.serial = this.serialApi();
  }

  get nowMs(): number {
    return this.board.cycles / CYCLES_PER_MS;
  }
  get scene(): unknown {
    return this.attached?.api;
  }
  cycleAt(t: number): number {
    return Math.round(t * CYCLES_PER_MS);
  }

  async runMs(duration: number): Promise<void> {
    if (!(duration >= 0)) throw new Error(`runMs(${duration}): the duration must be a number ≥ 0`);
    this.advance(this.board.cycles + Math.round(duration * CYCLES_PER_MS), null);
  }

  async runUntil(predicate: () => boolean, options: { timeoutMs: number }): Promise<boolean> {
    if (predicate()) return true;
    return this.advance(this.board.cycles + Math.round(options.timeoutMs * CYCLES_PER_MS), predicate);
  }

  part<T = PartHandle>(id: string): T {
    return this.parts.get(id) as T;
  }

  measure(key: string, value: number, unit?: string, label?: Text): void {
    this.measurements.push({ key, value, ...(unit ? { unit } : {}), ...(label ? { label } : {}) });
  }

  fail(message: Text): never {
    throw new ExpectationFailed(message);
  }

  /** Stops the parts and the scene (the board is dropped with the runtime). */
  dispose(): void {
    this.parts.detach();
    this.attached?.detach?.();
  }

  /** Checks for a crash the bench has not seen yet (e.g. the last slice ended in one). */
  checkCrash(): void {
    const crash = this.board.crash;
    if (crash) throw new BoardCrashed(crash.message);
  }

  /** Runs to `until` in slices; returns true as soon as `predicate` holds (then stops early). */
  private advance(until: number, predicate: (() => boolean) | null): boolean {
    const board = this.board;
    this.watching = predicate !== null;
    try {
      while (board.cycles < until) {
        this.checkCrash();
        if (performance.now() > this.limits.wallDeadline) throw this.timeLimit('wall');
        if (board.cycles >= this.limits.cycleBudget) throw this.timeLimit('cycles');
        const sliceEnd = Math.min(until, board.cycles + SLICE_CYCLES, this.limits.cycleBudget);
        board.runUntil(sliceEnd);
        board.resume();
        this.signals.sampleModes();
        this.attached?.step?.(board.cycles);
        this.checkCrash();
        if (predicate?.()) return true;
      }
      return false;
    } finally {
      this.watching = false;
    }
  }

  private timeLimit(kind: 'wall' | 'cycles'): TimeLimitExceeded {
    const at = ms(this.nowMs, 'ru');
    const atEn = ms(this.nowMs, 'en');
    return new TimeLimitExceeded(
      kind === 'wall'
        ? text((l) => (l === 'ru'
            ? `Симуляция идёт слишком медленно: тест не уложился в отведённое время (дошли до ${at} модельного времени)`
            : `The simulation ran too slowly: the test did not finish in its time (reached ${atEn} of simulated time)`))
        : text((l) => (l === 'ru'
            ? `Тест превысил лимит модельного времени ${ms(this.limits.cycleBudget / CYCLES_PER_MS, 'ru')}`
            : `The test went over its simulated-time limit of ${ms(this.limits.cycleBudget / CYCLES_PER_MS, 'en')}`)),
    );
  }

  private serialApi(): SerialApi {
    const log = this.log;
    const nextLine = async (options: { timeoutMs?: number } = {}): Promise<string | null> => {
      const ready = () => log.lines().length > log.cursor;
      if (!(await this.runUntil(ready, { timeoutMs: options.timeoutMs ?? 1000 }))) return null;
      return log.lines()[log.cursor++];
    };
    return {
      write: (data) => this.board.serialWrite(data),
      output: () => log.text,
      lines: () => log.lines(),
      nextLine,
      waitForLine: async (options = {}) => {
        const timeoutMs = options.timeoutMs ?? 1000;
        const line = await nextLine({ timeoutMs });
        if (line !== null) return line;
        const what = options.what;
        // Text without its line end is the usual cause: print instead of println.
        const partial = log.text.slice(log.text.lastIndexOf('\n') + 1);
        return this.fail(
          text((l) => {
            const wanted = what ? what[l] : l === 'ru' ? 'строку' : 'a line';
            const got = partial
              ? l === 'ru' ? `программа напечатала ${quote(partial)} без конца строки (нужен println)` : `the program printed ${quote(partial)} without a line end (use println)`
              : l === 'ru' ? 'программа ничего не напечатала' : 'the program printed nothing';
            return l === 'ru'
              ? `Ждали в Serial ${wanted} в течение ${ms(timeoutMs, 'ru')}, но ${got} (до ${ms(this.nowMs, 'ru')})`
              : `Expected ${wanted} on Serial within ${ms(timeoutMs, 'en')}, but ${got} (until ${ms(this.nowMs, 'en')})`;
          }),
        );
      },
    };
  }
}

/** The bench's parts with one test's setting overrides (e.g. bounce switched on) merged in. */
function partsFor(bench: BenchDefinition, overrides: BenchTest['parts']): PartSpec[] {
  if (!overrides) return bench.parts;
  for (const id of Object.keys(overrides)) {
    if (!bench.parts.some((p) => p.id === id)) throw new Error(`The test overrides settings of part "${id}", which the bench does not declare`);
  }
  return bench.parts.map((p) => (overrides[p.id] ? { ...p, ...overrides[p.id], kind: p.kind, id: p.id, pins: p.pins } : p));
}

function samePin(ref: string, pin: string): boolean {
  try {
    return parsePin(ref) === parsePin(pin);
  } catch {
    return false; // wired to another part's output ("sr1.Q0")
  }
}
