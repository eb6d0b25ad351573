import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAllTasks, loadCourse } from './index.ts';

const ROOT = join(import.meta.dirname, '../../tasks');

/** The task ids of every round file in tasks/contests/ (the contest server owns the full schema). */
function roundTasks(): string[] {
  const dir = join(ROOT, 'contests');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { tasks: { task: string }[] }).tasks.map((t) => t.task));
}

// Judging every labelled solution is done once, by `judge check tasks/*` (tests/cli/tasks.spec.ts);
// here the package rules of the course are checked without compiling anything.
describe('the demo course (tasks/courses/arduino-robotics.yaml) and the cup rounds (tasks/contests/)', async () => {
  const tasks = await loadAllTasks(ROOT);
  const course = await loadCourse(join(ROOT, 'courses/arduino-robotics.yaml'), tasks.map((t) => t.id));
  const listed = course.modules.flatMap((m) => m.tasks);
  const cup = roundTasks();

  it('lists every task package either in the course or in a round file, once, and only existing ones', () => {
    expect([...listed, ...cup].sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it('has at least forty tasks in the course and the cup rounds', () => {
    expect(listed.length + cup.length).toBeGreaterThanOrEqual(40);
  });

  it('ranks the sample round robot-style by a result its task measures', async () => {
    const round = parse(readFileSync(join(ROOT, 'contests/cup-sample.yaml'), 'utf8')) as { scoring: string; tasks: { label: string; task: string; measure?: string }[] };
    expect(round.scoring).toBe('robot');
    expect(round.tasks.map((t) => t.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const timed = round.tasks.find((t) => t.measure)!;
    const source = readFileSync(join(ROOT, timed.task, 'bench.ts'), 'utf8');
    expect(source).toContain(`t.measure('${timed.measure}'`);
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
