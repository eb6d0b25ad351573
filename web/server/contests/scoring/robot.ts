/**
 * Robot contest: like real robot competitions, a task counts its participant's best run — one run,
 * its points and its measurement together. A measured task (round file `measure: finish-time,
 * better: lower`) reads the run's measurement from its per-test results (a bench's `t.measure(key, …)`,
 * stored in `test_results.measurements_json`, summed over the run's tests). The best run has the most
 * points, then the better measurement (a run with one beats a run without), then came first. A run's
 * measurement counts unless it failed to compile (with `requireAccepted`, only accepted runs' count).
 * Rank: more points over the tasks first; then the measured tasks in label order, each by its best
 * run's measurement; then the earlier submission of the results.
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
    let best: { s: JudgedSubmission; measure: number | null } | null = null;
    for (const s of submissions) {
      if (!counts(s)) continue;
      attempts++;
      let measure: number | null = null;
      if (task.measure && s.verdict !== 'compile-error' && (!task.requireAccepted || s.verdict === 'accepted')) measure = measureOf(s, task.measure);
      // Submissions come in time order: on a full tie the earlier run stays.
      if (
        best === null ||
        s.score > best.s.score ||
        (s.score === best.s.score && measure !== null && (best.measure === null || better(task, measure, best.measure)))
      ) {
        best = { s, measure };
      }
    }
    if (!best) return { ...EMPTY_CELL, attempts };
    const score = best.s.score;
    const useful = score > 0 || best.measure !== null;
    return {
      ...EMPTY_CELL,
      attempts,
      score,
      solved: task.maxScore > 0 && score >= task.maxScore,
      measure: best.measure,
      atMs: useful ? best.s.atMs : null,
      bestSubmissionId: useful ? best.s.id : null,
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
