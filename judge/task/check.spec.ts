import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../runner/index.ts';
import { checkTask, type SolutionReport } from './check.ts';
import { loadTask } from './load.ts';
import type { Task } from './types.ts';

// The fixture task's solutions cover accepted, wrong (with a score), crashed and judge-error labels.
const DIR = join(import.meta.dirname, '../../tests/cli/fixtures/serial-hello');
let task: Task;
let pool: WorkerPool;

beforeAll(async () => {
  task = await loadTask(DIR);
  pool = new WorkerPool({ size: 2 });
});
afterAll(() => pool.close());

describe('checkTask', () => {
  it('passes when every labelled solution gets its verdict and score, and reports each as it is judged', async () => {
    const seen: string[] = [];
    const report = await checkTask(task, { pool, onSolution: (s) => seen.push(s.file) });
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(seen).toEqual(task.solutions.map((s) => s.file));
    const wrong = report.solutions.find((s) => s.file === 'solutions/wrong-greeting.ino')!;
    expect(wrong.got).toMatchObject({ verdict: 'wrong', score: 15, maxScore: 25 });
    // Why it got its verdict: the failed test and its message.
    expect(wrong.failedTests.map((t) => [t.id, t.message.en])).toEqual([['greets', 'expected "hello", printed "hi"']]);
  });

  it('fails a solution whose verdict or score differs from its label, and says what was expected', async () => {
    const relabelled = {
      ...task,
      solutions: task.solutions
        .filter((s) => ['solutions/ok.ino', 'solutions/blink.ino', 'solutions/wrong-greeting.ino'].includes(s.file))
        .map((s) =>
          s.file === 'solutions/blink.ino' ? { ...s, expect: { verdict: 'accepted' as const } }
          : s.file === 'solutions/wrong-greeting.ino' ? { ...s, expect: { verdict: 'wrong' as const, score: 20 } }
          : s,
        ),
    };
    const report = await checkTask(relabelled, { pool });
    expect(report.ok).toBe(false);
    const byFile = new Map<string, SolutionReport>(report.solutions.map((s) => [s.file, s]));
    expect(byFile.get('solutions/ok.ino')!.ok).toBe(true);
    expect(byFile.get('solutions/blink.ino')!.problem?.en).toBe('expected verdict accepted, got wrong');
    expect(byFile.get('solutions/blink.ino')!.failedTests.map((t) => t.id)).toEqual(['led-stays']);
    expect(byFile.get('solutions/wrong-greeting.ino')!.problem?.en).toBe('expected score 20, got 15 of 25');
  });

  it('fails a task without any solution labelled accepted', async () => {
    const report = await checkTask({ ...task, solutions: task.solutions.filter((s) => s.file === 'solutions/crash.ino') }, { pool });
    expect(report.ok).toBe(false);
    expect(report.problems[0].en).toMatch(/No solution is labelled accepted/);
  });
});
