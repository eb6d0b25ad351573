/**
 * Check a task: judge every labelled solution in `solutions/` and compare what it got with what its
 * label promises (verdict, and score when the label gives one). A task passes when every solution
 * gets its label. Used by `judge check` and by the server's «Check task».
 */
import type { EngineName } from '../board/engine.ts';
import type { Diagnostic } from '../toolchain/types.ts';
import type { Text, TestResult, Verdict } from '../runner/events.ts';
import { judgeSubmission, WorkerPool, type JudgeableTask, type JudgeEvent } from '../runner/index.ts';
import { Semaphore } from '../runner/semaphore.ts';

/** A solution as the task loader provides it. */
export interface LabelledSolution {
  file: string;
  source: string;
  expect: { verdict: Verdict; score?: number };
  label?: string;
}

export interface CheckableTask extends JudgeableTask {
  solutions: LabelledSolution[];
}

export interface SolutionReport {
  file: string;
  label?: string;
  expect: { verdict: Verdict; score?: number };
  got: { verdict: Verdict; score: number; maxScore: number; message?: Text };
  ok: boolean;
  /** Why it is not ok (the mismatch), in both languages. */
  problem?: Text;
  /** Tests that did not pass, with their messages (why the solution got its verdict). */
  failedTests: TestResult[];
  compileErrors: Diagnostic[];
}

export interface TaskCheckReport {
  taskId: string;
  ok: boolean;
  solutions: SolutionReport[];
  /** Problems with the task as a whole (e.g. no accepted solution). */
  problems: Text[];
}

export interface CheckOptions {
  engine?: EngineName;
  pool?: WorkerPool;
  signal?: AbortSignal;
  /**
   * Bounds how many solutions are judged at once (shared by `judge check` across tasks): each one
   * compiles first, and dozens of compiles at once on a small machine would hit the compile time limit.
   * Default: one more than the pool's workers, so a compile overlaps the tests of another.
   */
  slots?: Semaphore;
  /** Called as each solution is judged (for live progress). */
  onSolution?: (report: SolutionReport) => void;
  /** Called with every judge event of every solution as it happens (live per-test progress). */
  onEvent?: (file: string, event: JudgeEvent) => void;
}

export async function checkTask(task: CheckableTask, options: CheckOptions = {}): Promise<TaskCheckReport> {
  const pool = options.pool ?? new WorkerPool();
  const solutions: SolutionReport[] = [];
  try {
    // All solutions at once: the pool queues their tests, so no worker idles while one solution's
    // longest test finishes. Reports still come in the order the task lists the solutions.
    const slots = options.slots ?? new Semaphore(pool.size + 1);
    const running = task.solutions.map((solution) => slots.use(() => checkSolution(task, solution, pool, options)));
    for (const r of running) r.catch(() => {}); // each is awaited below; this only avoids an unhandled rejection meanwhile
    for (const r of running) {
      const report = await r;
      solutions.push(report);
      options.onSolution?.(report);
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  const problems: Text[] = [];
  if (!task.solutions.some((s) => s.expect.verdict === 'accepted')) {
    problems.push({ ru: 'Нет ни одного решения с пометкой accepted — нечем доказать, что задача решаема.', en: 'No solution is labelled accepted — nothing proves the task can be solved.' });
  }
  return { taskId: task.id, ok: problems.length === 0 && solutions.every((s) => s.ok), solutions, problems };
}

async function checkSolution(task: CheckableTask, solution: LabelledSolution, pool: WorkerPool, options: CheckOptions): Promise<SolutionReport> {
  const failedTests: TestResult[] = [];
  const compileErrors: Diagnostic[] = [];
  let got: SolutionReport['got'] = { verdict: 'judge-error', score: 0, maxScore: 0 };
  for await (const event of judgeSubmission(task, solution.source, { engine: options.engine, pool, signal: options.signal })) {
    options.onEvent?.(solution.file, event);
    if (event.type === 'compiled') compileErrors.push(...event.diagnostics.filter((d) => d.severity === 'error'));
    else if (event.type === 'test-finished' && event.result.verdict !== 'accepted') failedTests.push(event.result);
    else if (event.type === 'finished') got = { verdict: event.verdict, score: event.score, maxScore: event.maxScore, ...(event.message ? { message: event.message } : {}) };
  }
  failedTests.sort((a, b) => a.index - b.index);
  const { expect } = solution;
  let problem: Text | undefined;
  if (got.verdict !== expect.verdict) {
    problem = {
      ru: `ожидался вердикт ${expect.verdict}, получен ${got.verdict}`,
      en: `expected verdict ${expect.verdict}, got ${got.verdict}`,
    };
  } else if (expect.score !== undefined && got.score !== expect.score) {
    problem = {
      ru: `ожидалось баллов: ${expect.score}, получено ${got.score} из ${got.maxScore}`,
      en: `expected score ${expect.score}, got ${got.score} of ${got.maxScore}`,
    };
  }
  return {
    file: solution.file,
    ...(solution.label !== undefined ? { label: solution.label } : {}),
    expect,
    got,
    ok: problem === undefined,
    ...(problem ? { problem } : {}),
    failedTests: failedTests.map(({ trace: _trace, ...rest }) => rest),
    compileErrors,
  };
}
