import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse, loadTask } from './index.ts';
import { judgeTask } from './testing.ts';

const ROOT = join(import.meta.dirname, '../../tasks');
const STARTER = ['blink', 'traffic-light', 'toggle-debounce', 'serial-commands', 'servo-sweep'];

describe('the starter course', () => {
  it('lists the five starter tasks, which all exist', async () => {
    const course = await loadCourse(join(ROOT, 'courses/starter.yaml'), STARTER);
    expect(course.modules.flatMap((m) => m.tasks).sort()).toEqual([...STARTER].sort());
  });
});

// Tasks still being written are skipped here; the course test above insists that all exist.
for (const id of STARTER.filter((t) => existsSync(join(ROOT, t, 'task.yaml')))) {
  describe(`task ${id}`, async () => {
    const task = await loadTask(join(ROOT, id));

    it('has at least five tests, hidden ones among them, and an accepted and two wrong solutions', () => {
      expect(task.tests.length).toBeGreaterThanOrEqual(5);
      expect(task.tests.some((t) => t.hidden)).toBe(true);
      expect(task.solutions.filter((s) => s.expect.verdict === 'accepted').length).toBeGreaterThanOrEqual(1);
      expect(task.solutions.filter((s) => s.expect.verdict !== 'accepted').length).toBeGreaterThanOrEqual(2);
    });

    for (const solution of task.solutions) {
      it(`${solution.file} gets ${solution.expect.verdict}${solution.expect.score !== undefined ? ` (${solution.expect.score})` : ''}`, async () => {
        const result = await judgeTask(task, solution.source, { wallDeadline: false });
        const report = result.outcomes.map((o) => `${o.id}: ${o.verdict} ${o.points} — ${o.message.en}`).join('\n');
        expect({ verdict: result.verdict, score: solution.expect.score ?? (result.verdict === 'accepted' ? task.points : result.score) }, report)
          .toEqual({ verdict: solution.expect.verdict, score: result.score });
        if (solution.expect.verdict === 'accepted') expect(result.score).toBe(task.points);
        else expect(result.score).toBeLessThan(task.points);
      }, 900_000);
    }
  });
}
