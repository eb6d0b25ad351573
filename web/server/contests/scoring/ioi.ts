/**
 * IOI: a task's score is the sum, over its scoring units, of the best any submission earned on that
 * unit — a unit is a test group (all-or-nothing: its points only when every test of the group is
 * accepted, as judge/runner/score.ts counts it) or an ungrouped test. So two partial solutions that
 * pass different groups add up. The round's score is the sum over tasks; equal scores share a place.
 */
import { counts, EMPTY_CELL, type Cell, type JudgedSubmission, type Rule, type TestOutcome, type Totals } from './types.ts';

/** Points per scoring unit of one submission. */
export function unitScores(tests: TestOutcome[]): Map<string, number> {
  const units = new Map<string, number>();
  const failedGroups = new Set<string>();
  for (const t of tests) if (t.group !== undefined && t.verdict !== 'accepted') failedGroups.add(t.group);
  for (const t of tests) {
    const key = t.group !== undefined ? `group:${t.group}` : `test:${t.id}`;
    const earned = t.group !== undefined && failedGroups.has(t.group) ? 0 : t.points;
    units.set(key, (units.get(key) ?? 0) + earned);
  }
  return units;
}

export const ioi: Rule = {
  name: 'ioi',
  cell(task, submissions: JudgedSubmission[]): Cell {
    const best = new Map<string, number>();
    let score = 0;
    let atMs: number | null = null;
    let bestSubmissionId: number | null = null;
    let attempts = 0;
    for (const s of submissions) {
      if (!counts(s)) continue;
      attempts++;
      for (const [unit, points] of unitScores(s.tests)) if (points > (best.get(unit) ?? 0)) best.set(unit, points);
      const now = [...best.values()].reduce((a, b) => a + b, 0);
      if (now > score) {
        score = now;
        atMs = s.atMs;
        bestSubmissionId = s.id;
      }
    }
    // Never above the task's maximum (a rejudge against a new version may change the units).
    score = Math.min(score, task.maxScore || score);
    return { ...EMPTY_CELL, attempts, score, solved: task.maxScore > 0 && score >= task.maxScore, atMs, bestSubmissionId };
  },
  total(_tasks, cells): Totals {
    const scored = cells.filter((c) => c.score > 0);
    return {
      solved: cells.filter((c) => c.solved).length,
      score: cells.reduce((sum, c) => sum + c.score, 0),
      penalty: 0,
      measures: [],
      lastAtMs: Math.max(0, ...scored.map((c) => c.atMs ?? 0)),
    };
  },
  compare(a, b) {
    return b.score - a.score;
  },
};
