/**
 * ICPC: more solved tasks first, then less penalty. A task's penalty is the minutes from the start
 * to its first accepted submission plus 20 for every rejected try before it. Compile errors (and
 * judge errors) are not tries; tries after the accept do not count; an unsolved task costs nothing.
 */
import { counts, EMPTY_CELL, type Cell, type JudgedSubmission, type Rule, type ScoringTask, type Totals } from './types.ts';

export const PENALTY_PER_TRY = 20;

export const icpc: Rule = {
  name: 'icpc',
  cell(_task: ScoringTask, submissions: JudgedSubmission[]): Cell {
    let tries = 0;
    for (const s of submissions) {
      if (!counts(s) || s.verdict === 'compile-error') continue;
      tries++;
      if (s.verdict === 'accepted') {
        const minutes = Math.floor(s.atMs / 60_000);
        return { ...EMPTY_CELL, attempts: tries, score: 1, solved: true, penalty: minutes + PENALTY_PER_TRY * (tries - 1), atMs: s.atMs, bestSubmissionId: s.id };
      }
    }
    return { ...EMPTY_CELL, attempts: tries };
  },
  total(_tasks, cells): Totals {
    const solved = cells.filter((c) => c.solved);
    return {
      solved: solved.length,
      score: solved.length,
      penalty: solved.reduce((sum, c) => sum + c.penalty, 0),
      measures: [],
      lastAtMs: Math.max(0, ...solved.map((c) => c.atMs ?? 0)),
    };
  },
  compare(a, b) {
    return b.solved - a.solved || a.penalty - b.penalty || a.lastAtMs - b.lastAtMs;
  },
};
