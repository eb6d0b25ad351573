import type { EngineName } from '../board/engine.ts';
import type { Random } from '../board/random.ts';
import type { TraceData } from '../board/trace.ts';
import type { Uno } from '../board/uno.ts';
import type { Part, PartSpec } from '../parts/part.ts';
import type { Measurement, Text, Verdict } from '../runner/events.ts';
import type { Expect } from './expect/registry.ts';
import type { Signals } from './signals.ts';

/** Opaque scene data (e.g. a robot field); its `kind` picks the handler registered in scene.ts. */
export interface SceneSpec {
  kind: string;
  [setting: string]: unknown;
}

export interface BenchTest {
  /** Stable id within the task, e.g. "period". */
  id: string;
  title: Text;
  points: number;
  /** Tests sharing a group are scored all-or-nothing (by the runner). */
  group?: string;
  /** Judged, but the details are not shown to students. */
  hidden?: boolean;
  /** Seed of this test's randomness (default: derived from the test id). */
  seed?: number;
  /** Simulated-time budget of this test in ms (overrides the task's limit). */
  limitMs?: number;
  /** Per-test part settings over the bench's, by part id, e.g. { btn: { bounce: true } }. */
  parts?: Record<string, Record<string, unknown>>;
  run(t: TestContext): Promise<void> | void;
}

export interface BenchDefinition {
  parts: PartSpec[];
  scene?: SceneSpec;
  tests: BenchTest[];
}

/** A part as the bench sees it: its own API (press(), setPosition() …) plus the common Part ones. */
export type PartHandle = Part & Record<string, unknown>;

export interface SerialApi {
  /** Types text into the Uno's RX at the configured baud rate, like the Serial Monitor does. */
  write(text: string): void;
  /** Everything the sketch printed so far. */
  output(): string;
  /** Complete lines printed so far (without line endings). */
  lines(): string[];
  /**
   * Runs until the sketch prints a line the bench has not read yet and returns it (without the line
   * ending). Fails the test (verdict 'wrong') when no line comes within `timeoutMs`.
   */
  waitForLine(options?: { timeoutMs?: number; what?: Text }): Promise<string>;
  /** Like waitForLine, but returns null on timeout instead of failing. */
  nextLine(options?: { timeoutMs?: number }): Promise<string | null>;
}

export interface TestContext {
  /** The simulated Uno (escape hatch for unusual benches; prefer the helpers). */
  readonly board: Uno;
  /** Seeded randomness of this test: same seed, same run. */
  readonly random: Random;
  /** Simulated time since the test started, in ms. */
  readonly nowMs: number;
  /** Advances simulated time by `ms`. */
  runMs(ms: number): Promise<void>;
  /** Advances until `predicate` holds (checked after every pin change, serial byte and slice); false on timeout. */
  runUntil(predicate: () => boolean, options: { timeoutMs: number }): Promise<boolean>;
  /** A part declared in the bench, by id; typed by the caller (`t.part<Button>('btn')`) or loosely. */
  part<T = PartHandle>(id: string): T;
  readonly serial: SerialApi;
  readonly expect: Expect;
  /** Full pin history for custom checks. Times are board cycles; see `cycleAt`. */
  readonly signals: Signals;
  /** Board cycle of a test time in ms. */
  cycleAt(ms: number): number;
  /** Reports a measured result with the outcome (a contest may rank by it). */
  measure(key: string, value: number, unit?: string, label?: Text): void;
  /** Fails the test with a custom message (verdict 'wrong'). */
  fail(message: Text): never;
  /** What the scene handler exposes (robot world …), or undefined without a scene. */
  readonly scene: unknown;
}

export interface RunOptions {
  engine?: EngineName;
  seed?: number;
  /** Most CPU cycles the test may run (a test's own limitMs wins; default 60 s of simulated time). */
  cycleBudget?: number;
  /** Wall-clock budget in ms, checked between simulation slices. */
  wallDeadlineMs?: number;
  /** Keep the trace even when the test passes (it is always kept when it fails). */
  recordTrace?: boolean;
}

export interface TestOutcome {
  id: string;
  verdict: Verdict;
  /** 0 or the test's points. */
  points: number;
  maxPoints: number;
  message: Text;
  simulatedMs: number;
  cycles: number;
  wallMs: number;
  measurements: Measurement[];
  trace?: TraceData;
}
