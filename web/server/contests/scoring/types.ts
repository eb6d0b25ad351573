/**
 * The scoring rules' common language. A rule is pure: it sees one participant's judged submissions
 * of one task (chronological, ignored ones already left out) and sums the cells of a row. The board
 * (board.ts) handles freezing, pending counts, sorting and ranks, the same for every rule.
 */
import type { Verdict } from '../../../../judge/runner/events.ts';

export type ScoringName = 'icpc' | 'ioi' | 'robot';

export interface ScoringTask {
  label: string;
  taskId: string;
  maxScore: number;
  /** Robot rounds: the measurement key (a bench's `t.measure(key, …)`) ranked by, and which way is better. */
  measure?: string;
  better?: 'lower' | 'higher';
  /** Robot rounds: only accepted runs count for the measure. */
  requireAccepted?: boolean;
}

export interface TestOutcome {
  id: string;
  /** Tests sharing a group score all-or-nothing (judge/runner/score.ts). */
  group?: string;
  verdict: Verdict;
  points: number;
  maxPoints: number;
  /** Measurements the bench made in this test (`t.measure`), by key. */
  measures: Record<string, number>;
}

export interface JudgedSubmission {
  id: number;
  /** Milliseconds from the round's start to the submission. */
  atMs: number;
  verdict: Verdict;
  score: number;
  maxScore: number;
  tests: TestOutcome[];
}

export interface Cell {
  /** Tries that count under the rule (ICPC: before and including the first accept, no compile errors). */
  attempts: number;
  score: number;
  solved: boolean;
  /** ICPC: minutes of the first accept plus 20 per wrong try before it. */
  penalty: number;
  /** When the cell got its final value (ms from start); ties break on it. */
  atMs: number | null;
  /** Robot: the best run's measurement, null without a qualifying run. */
  measure: number | null;
  /** The submission that set the cell (best run / first accept). */
  bestSubmissionId: number | null;
}

export interface Totals {
  solved: number;
  score: number;
  penalty: number;
  /** Robot: the best measure of each measured task, in label order. */
  measures: (number | null)[];
  /** The latest `atMs` of the cells that count: an earlier result wins a tie. */
  lastAtMs: number;
}

export interface Rule {
  name: ScoringName;
  cell(task: ScoringTask, submissions: JudgedSubmission[]): Cell;
  total(tasks: ScoringTask[], cells: Cell[]): Totals;
  /** Negative when `a` ranks above `b`, 0 for a shared place. */
  compare(a: Totals, b: Totals, tasks: ScoringTask[]): number;
}

export const EMPTY_CELL: Cell = { attempts: 0, score: 0, solved: false, penalty: 0, atMs: null, measure: null, bestSubmissionId: null };

/** Judge errors are ours, never the participant's: they count nowhere until rejudged. */
export function counts(s: JudgedSubmission): boolean {
  return s.verdict !== 'judge-error';
}
