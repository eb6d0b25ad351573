/** Builders for the scoring specs. */
import type { Verdict } from '../../../../judge/runner/events.ts';
import type { JudgedSubmission, ScoringTask, TestOutcome } from './types.ts';

let next = 1;
export const min = (m: number) => m * 60_000;

export function sub(atMinutes: number, verdict: Verdict, score = verdict === 'accepted' ? 100 : 0, tests: TestOutcome[] = []): JudgedSubmission {
  return { id: next++, atMs: min(atMinutes), verdict, score, maxScore: 100, tests };
}

export function test(id: string, verdict: Verdict, points: number, extra: Partial<TestOutcome> = {}): TestOutcome {
  return { id, verdict, points: verdict === 'accepted' ? points : (extra.points ?? 0), maxPoints: points, measures: {}, ...extra, ...(extra.points === undefined ? {} : { points: extra.points }) };
}

export const task = (label: string, extra: Partial<ScoringTask> = {}): ScoringTask => ({ label, taskId: `t-${label}`, maxScore: 100, ...extra });
