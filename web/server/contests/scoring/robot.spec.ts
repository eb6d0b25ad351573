import { describe, expect, it } from 'vitest';
import { measureOf, robot } from './robot.ts';
import { sub, task, test } from './fixtures.ts';

const run = (at: number, verdict: 'accepted' | 'wrong' | 'compile-error', score: number, measures: Record<string, number>) =>
  sub(at, verdict, score, [test('run', verdict === 'compile-error' ? 'compile-error' : verdict, 100, { points: score, measures })]);

describe('robot contest scoring', () => {
  const timed = task('E', { measure: 'finish-time', better: 'lower' });
  const cans = task('K', { measure: 'cans-out', better: 'higher' });

  it('reads a run’s measurement from its tests (summed over tests)', () => {
    const s = sub(1, 'accepted', 100, [test('a', 'accepted', 50, { measures: { 'finish-time': 12.5 } }), test('b', 'accepted', 50, { measures: { 'finish-time': 10 } })]);
    expect(measureOf(s, 'finish-time')).toBe(22.5);
    expect(measureOf(s, 'other')).toBeNull();
  });

  it('keeps the best run: lower time wins, higher cans win', () => {
    const r1 = run(1, 'accepted', 100, { 'finish-time': 30 });
    const r2 = run(2, 'accepted', 100, { 'finish-time': 21.4 });
    const r3 = run(3, 'accepted', 100, { 'finish-time': 25 });
    expect(robot.cell(timed, [r1, r2, r3])).toMatchObject({ measure: 21.4, bestSubmissionId: r2.id, atMs: r2.atMs, score: 100 });
    const c1 = run(1, 'wrong', 50, { 'cans-out': 4 });
    const c2 = run(2, 'wrong', 30, { 'cans-out': 3 });
    expect(robot.cell(cans, [c1, c2])).toMatchObject({ measure: 4, bestSubmissionId: c1.id, score: 50 });
  });

  it('takes one best run: its points and its time together', () => {
    // A failed run's fast time does not join a slower run's full points.
    const fastFail = run(1, 'wrong', 40, { 'finish-time': 5 });
    const slowOk = run(2, 'accepted', 100, { 'finish-time': 40 });
    expect(robot.cell(timed, [fastFail, slowOk])).toMatchObject({ score: 100, measure: 40, bestSubmissionId: slowOk.id });
  });

  it('ignores compile errors, and failed runs’ measurements when the task requires accepted runs', () => {
    const strict = { ...timed, requireAccepted: true };
    const a = run(1, 'wrong', 50, { 'finish-time': 8 });
    const b = run(2, 'wrong', 50, { 'finish-time': 5 });
    expect(robot.cell(timed, [a, b]).measure).toBe(5);
    expect(robot.cell(strict, [a, b])).toMatchObject({ measure: null, score: 50, bestSubmissionId: a.id });
    expect(robot.cell(timed, [run(1, 'compile-error', 0, { 'finish-time': 1 })]).measure).toBeNull();
  });

  it('ranks by points, then the measure, then the earlier submission', () => {
    const tasks = [task('A'), timed];
    const row = (a: number, t: number | null, at: number) =>
      robot.total(tasks, [robot.cell(tasks[0], [sub(0.5, a === 100 ? 'accepted' : 'wrong', a)]), robot.cell(timed, t === null ? [] : [run(at, 'accepted', 100, { 'finish-time': t })])]);
    const quick = row(100, 20, 10);
    const slow = row(100, 35, 5);
    const sameEarlier = row(100, 20, 7);
    const noRun = row(100, null, 0);
    const fewerPoints = robot.total(tasks, [robot.cell(tasks[0], [sub(0.5, 'wrong', 0)]), robot.cell(timed, [run(1, 'wrong', 50, { 'finish-time': 10 })])]);
    expect(robot.compare(quick, slow, tasks)).toBeLessThan(0);
    expect(robot.compare(sameEarlier, quick, tasks)).toBeLessThan(0);
    expect(robot.compare(slow, noRun, tasks)).toBeLessThan(0);
    expect(robot.compare(noRun, fewerPoints, tasks)).toBeLessThan(0);
  });
});
