import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllTasks, loadCourse } from './index.ts';

const ROOT = join(import.meta.dirname, '../../tasks');

// Judging every labelled solution is done once, by `judge check tasks/*` (tests/cli/tasks.spec.ts);
// here the package rules of the course are checked without compiling anything.
describe('the demo course (tasks/courses/arduino-robotics.yaml)', async () => {
  const tasks = await loadAllTasks(ROOT);
  const course = await loadCourse(join(ROOT, 'courses/arduino-robotics.yaml'), tasks.map((t) => t.id));
  const listed = course.modules.flatMap((m) => m.tasks);

  it('lists every task package once, and only existing ones', () => {
    expect([...listed].sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it('has at least forty tasks', () => {
    expect(listed.length).toBeGreaterThanOrEqual(40);
  });

  for (const task of tasks) {
    it(`${task.id}: five tests or more, hidden ones among them, an accepted and two wrong solutions`, () => {
      expect(task.tests.length).toBeGreaterThanOrEqual(5);
      expect(task.tests.some((t) => t.hidden)).toBe(true);
      expect(task.solutions.filter((s) => s.expect.verdict === 'accepted').length).toBeGreaterThanOrEqual(1);
      expect(task.solutions.filter((s) => s.expect.verdict !== 'accepted').length).toBeGreaterThanOrEqual(2);
    });
  }
});
