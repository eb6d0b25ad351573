/**
 * The judging protocol: what one submission's judging emits, in order. Shared by the runner, the
 * server (stored and forwarded over socket.io) and the web client. Plain data only (JSON-safe).
 */
import type { Diagnostic } from '../toolchain/types.ts';

export const VERDICTS = ['accepted', 'wrong', 'compile-error', 'too-large', 'crashed', 'time-limit', 'judge-error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A message shown to a person, always in both languages. */
export interface Text {
  ru: string;
  en: string;
}

/** A measured result a contest can rank by (finishing time, cans out, penalties …). */
export interface Measurement {
  key: string;
  value: number;
  unit?: string;
  label?: Text;
}

export interface TestInfo {
  /** Stable id within the task (e.g. "blink-period"). */
  id: string;
  index: number;
  title: Text;
  points: number;
  group?: string;
  /** Hidden tests are judged but their details are not shown to students. */
  hidden: boolean;
}

export interface TestResult {
  id: string;
  index: number;
  verdict: Verdict;
  points: number;
  maxPoints: number;
  message: Text;
  /** Simulated time the test covered, in ms. */
  simulatedMs: number;
  wallMs: number;
  cycles: number;
  measurements: Measurement[];
  /** Recorded trace of a failed test (pins, serial, part events), for the result page. */
  trace?: import('../board/trace.ts').TraceData;
}

export type JudgeEvent =
  | { type: 'compiling' }
  | {
      type: 'compiled';
      ok: boolean;
      cached: boolean;
      flashBytes?: number;
      ramBytes?: number;
      diagnostics: Diagnostic[];
      durationMs: number;
    }
  | { type: 'tests'; tests: TestInfo[] }
  | { type: 'test-started'; id: string; index: number }
  | { type: 'test-finished'; result: TestResult }
  | { type: 'finished'; verdict: Verdict; score: number; maxScore: number; message?: Text };
