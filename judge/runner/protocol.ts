/** Messages between the pool (main thread) and a judge worker thread. Plain, structured-clone-safe data. */
import type { EngineName } from '../board/engine.ts';
import type { TraceData } from '../board/trace.ts';
import type { TestOutcome } from '../bench/index.ts';
import type { Measurement, Text, Verdict } from './events.ts';

/** One bench test to run: everything a worker needs, nothing it must look up. */
export interface TestJob {
  /** Absolute path of the task's bench.ts. */
  benchPath: string;
  /**
   * Changes whenever bench.ts changes (mtime + size), so a long-lived worker imports the edited
   * bench instead of its module-cache copy after a teacher edits a task.
   */
  benchVersion: string;
  testId: string;
  hex: string;
  stackLimit?: number;
  engine?: EngineName;
  seed?: number;
  cycleBudget?: number;
  /** The test's wall-clock budget in ms; the bench stops itself when it is spent. */
  wallBudgetMs?: number;
  recordTrace?: boolean;
}

/** What `runBenchTest` returns (judge/bench), as it crosses the thread boundary. */
export interface WorkerTestOutcome {
  verdict: Verdict;
  points: number;
  message: Text;
  simulatedMs: number;
  cycles: number;
  measurements: Measurement[];
  trace?: TraceData;
}

/** The part of a bench outcome that crosses to the pool (a worker thread's or the sandbox's answer). */
export function workerOutcome(outcome: TestOutcome): WorkerTestOutcome {
  return {
    verdict: outcome.verdict,
    points: outcome.points,
    message: outcome.message,
    simulatedMs: outcome.simulatedMs,
    cycles: outcome.cycles,
    measurements: outcome.measurements ?? [],
    ...(outcome.trace ? { trace: outcome.trace } : {}),
  };
}

/** A program a judge thread runs before its first test, so V8 has optimised the engine (warm-up.ts). */
export interface WarmUpProgram {
  hex: string;
  stackLimit?: number;
}

/** How a new judge thread starts: the programs it runs first, each on WARM_UP_BOARDS boards. */
export interface WorkerStart {
  warmUp?: WarmUpProgram[];
}

/** Each warm-up program runs on two boards (the second is where V8 re-optimises for a new board)… */
export const WARM_UP_BOARDS = 2;
/** …for two simulated seconds each. */
export const WARM_UP_MS = 2_000;

export interface WorkerRequest {
  id: number;
  job: TestJob;
}

/**
 * `started` comes once the bench is imported and the test begins: the pool's wall-clock watchdog
 * counts from then, so a worker's own start-up (tsx, imports) on a busy host is not charged to the test.
 */
export type WorkerReply =
  | { id: number; kind: 'started' }
  | { id: number; kind: 'done'; outcome: WorkerTestOutcome; wallMs: number }
  | { id: number; kind: 'error'; error: string };
