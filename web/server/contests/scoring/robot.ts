/**
 * Robot contest: like real robot competitions, each task's best run counts. A task gives its best
 * score over the runs; a measured task (round file `measure: finish-time, better: lower`) also keeps
 * the best run's measurement — the sum of that key over the run's tests, as the bench reported it
 * with `t.measure`. Rank: more points first; then the measured tasks in label order, each by its
 * best measurement (a run with one beats none); then the earlier submission of the results.
 * A run qualifies for the measure when it has the measurement and did not fail to compile (with
 * `requireAccepted`, only accepted runs).
 */
import { counts, EMPTY_CELL, type Cell, type JudgedSubmission, type Rule, type ScoringTask, type Totals } from './types.ts';

/** The run's measurement of `key` (summed over its tests), or null when no test measured it. */
export function measureOf(s: JudgedSubmission, key: string): number | null {
  let found = false;
  let sum = 0;
  for (const t of s.tests) {
    const v = t.measures[key];
    if (typeof v === 'number' && Number.isFinite(v)) {
      found = true;
      sum += v;
    }
  }
  return found ? sum : null;
}

function better(task: ScoringTask, a: number, b: number): boolean {
  return task.better === 'higher' ? a > b : a < b;
}

export const robot: Rule = {
  name: 'robot',
  cell(task, submissions: JudgedSubmission[]): Cell {
    let attempts = 0;
    let score = 0;
    let scoreAt: number | null = null;
    let scoreId: number | null = null;
    let measure: number | null = null;
    let measureAt: number | null = null;
    let measureId: number | null = null;
    for (const s of submissions) {
      if (!counts(s)) continue;
      attempts++;
      if (s.score > score) {
        score = s.score;
        scoreAt = s.atMs;
        scoreId = s.id;
      }
      if (!task.measure || s.verdict === 'compile-error') continue;
      if (task.requireAccepted && s.verdict !== 'accepted') continue;
      const m = measureOf(s, task.measure);
      if (m !== null && (measure === null || better(task, m, measure))) {
        measure = m;
        measureAt = s.atMs;
        measureId = s.id;
      }
    }
    const atMs = task.measure ? (measureAt ?? scoreAt) : scoreAt;
    return {
      ...EMPTY_CELL,
      attempts,
      score,
      solved: task.maxScore > 0 && score >= task.maxScore,
      measure,
      atMs,
      bestSubmissionId: task.measure ? (measureId ?? scoreId) : scoreId,
    };
  },
  total(tasks, cells): Totals {
    return {
      solved: cells.filter((c) => c.solved).length,
      score: cells.reduce((sum, c) => sum + c.score, 0),
      penalty: 0,
      measures: tasks.flatMap((t, i) => (t.measure ? [cells[i]?.measure ?? null] : [])),
      lastAtMs: Math.max(0, ...cells.map((c) => c.atMs ?? 0)),
    };
  },
  compare(a, b, tasks) {
    if (b.score !== a.score) return b.score - a.score;
    const measured = tasks.filter((t) => t.measure);
    for (const [i, t] of measured.entries()) {
      const x = a.measures[i] ?? null;
      const y = b.measures[i] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return t.better === 'higher' ? y - x : x - y;
    }
    return a.lastAtMs - b.lastAtMs;
  },
};
