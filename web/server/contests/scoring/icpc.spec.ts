import { describe, expect, it } from 'vitest';
import { icpc } from './icpc.ts';
import { sub, task } from './fixtures.ts';

describe('ICPC scoring', () => {
  const A = task('A');

  it('adds 20 minutes per rejected try before the first accept; compile errors do not count', () => {
    const cell = icpc.cell(A, [sub(3, 'wrong'), sub(5, 'compile-error'), sub(9, 'time-limit'), sub(17.9, 'accepted'), sub(30, 'wrong')]);
    expect(cell).toMatchObject({ solved: true, attempts: 3, penalty: 17 + 40, score: 1 });
  });

  it('an unsolved task costs nothing and counts its tries', () => {
    expect(icpc.cell(A, [sub(1, 'wrong'), sub(2, 'compile-error'), sub(3, 'crashed')])).toMatchObject({ solved: false, attempts: 2, penalty: 0 });
  });

  it('judge errors are not tries', () => {
    expect(icpc.cell(A, [sub(1, 'judge-error'), sub(4, 'accepted')])).toMatchObject({ attempts: 1, penalty: 4 });
  });

  it('ranks by solved, then penalty, then the earlier last accept', () => {
    const tasks = [A, task('B')];
    const t1 = icpc.total(tasks, [icpc.cell(A, [sub(10, 'accepted')]), icpc.cell(tasks[1], [sub(20, 'accepted')])]);
    const t2 = icpc.total(tasks, [icpc.cell(A, [sub(1, 'accepted')]), icpc.cell(tasks[1], [])]);
    const t3 = icpc.total(tasks, [icpc.cell(A, [sub(5, 'wrong'), sub(6, 'accepted')]), icpc.cell(tasks[1], [sub(4, 'accepted')])]);
    expect(t1).toMatchObject({ solved: 2, penalty: 30 });
    expect(t3).toMatchObject({ solved: 2, penalty: 30 });
    expect(icpc.compare(t1, t2, tasks)).toBeLessThan(0);
    // Same solved and penalty: the one whose last accept came first (t3 at 6 min, t1 at 20).
    expect(icpc.compare(t3, t1, tasks)).toBeLessThan(0);
    expect(icpc.compare(t1, t1, tasks)).toBe(0);
  });
});
