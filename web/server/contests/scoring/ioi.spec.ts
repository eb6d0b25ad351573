import { describe, expect, it } from 'vitest';
import { ioi, unitScores } from './ioi.ts';
import { sub, task, test } from './fixtures.ts';

describe('IOI scoring', () => {
  const A = task('A');

  it('scores a group all-or-nothing and ungrouped tests one by one', () => {
    const units = unitScores([
      test('g1', 'accepted', 20, { group: 'small' }),
      test('g2', 'wrong', 20, { group: 'small' }),
      test('x', 'accepted', 30),
      test('y', 'wrong', 30),
    ]);
    expect(Object.fromEntries(units)).toEqual({ 'group:small': 0, 'test:x': 30, 'test:y': 0 });
  });

  it('sums the best of each unit over submissions', () => {
    const s1 = sub(1, 'wrong', 50, [test('a', 'accepted', 50, { group: 'g1' }), test('b', 'wrong', 50, { group: 'g2' })]);
    const s2 = sub(2, 'wrong', 50, [test('a', 'wrong', 50, { group: 'g1' }), test('b', 'accepted', 50, { group: 'g2' })]);
    const s3 = sub(3, 'wrong', 0, [test('a', 'wrong', 50, { group: 'g1' }), test('b', 'wrong', 50, { group: 'g2' })]);
    const cell = ioi.cell(A, [s1, s2, s3]);
    expect(cell).toMatchObject({ score: 100, solved: true, attempts: 3, bestSubmissionId: s2.id, atMs: s2.atMs });
  });

  it('keeps partial points of ungrouped tests', () => {
    const cell = ioi.cell(A, [sub(1, 'wrong', 25, [test('a', 'wrong', 50, { points: 25 }), test('b', 'wrong', 50)])]);
    expect(cell.score).toBe(25);
  });

  it('ranks by the total; equal totals share a place', () => {
    const tasks = [A, task('B')];
    const a = ioi.total(tasks, [{ ...ioi.cell(A, [sub(1, 'accepted', 100, [test('t', 'accepted', 100)])]) }, ioi.cell(tasks[1], [])]);
    const b = ioi.total(tasks, [ioi.cell(A, [sub(1, 'wrong', 60, [test('t', 'wrong', 100, { points: 60 })])]), ioi.cell(tasks[1], [sub(9, 'wrong', 40, [test('u', 'wrong', 100, { points: 40 })])])]);
    expect(a.score).toBe(100);
    expect(b.score).toBe(100);
    expect(ioi.compare(a, b, tasks)).toBe(0);
  });
});
