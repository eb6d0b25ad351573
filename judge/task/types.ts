import type { BenchDefinition, SceneSpec } from '../bench/index.ts';
import type { PartSpec } from '../parts/part.ts';
import type { TestInfo, Text, Verdict } from '../runner/events.ts';

export interface TaskLimits {
  /** Simulated time one test may use, ms (a test's own `limitMs` wins). */
  simulatedMs: number;
  /** Wall-clock time one test may use, ms. */
  wallMs: number;
  /** CPU cycles one test may use (default: simulatedMs × 16 000). */
  cycleBudget: number;
}

export interface SolutionExpectation {
  verdict: Verdict;
  /** Total score the solution must get (default: full points for accepted; anything below for others). */
  score?: number;
}

export interface TaskSolution {
  /** Path relative to the task folder, e.g. "solutions/no-pinmode.ino". */
  file: string;
  source: string;
  expect: SolutionExpectation;
  /** What the solution does (its mistake), for the check report. */
  label?: string;
}

export interface CoursePlace {
  /** Course module id the task belongs to, and its order there (informative; courses/*.yaml rule). */
  module?: string;
  order?: number;
}

/** A loaded, fully validated task package. */
export interface Task {
  id: string;
  /** Absolute path of the task folder. */
  dir: string;
  /** Content hash of every file of the package: changes whenever anything in it changes. */
  version: string;
  title: Text;
  statements: Text;
  template: string;
  /** Sum of the tests' points. */
  points: number;
  limits: TaskLimits;
  /** 1 (first lesson) … 5 (cup final). */
  difficulty: number;
  tags: string[];
  course?: CoursePlace;
  parts: PartSpec[];
  scene?: SceneSpec;
  tests: TestInfo[];
  solutions: TaskSolution[];
  /** Absolute path of bench.ts (the worker threads import it). */
  benchPath: string;
  bench: BenchDefinition;
  /** The wiring picture statements refer to as `wiring.svg` (generated from the parts unless the task ships one). */
  wiringSvg: string;
}

export interface TaskProblem {
  /** Path relative to the task folder (or to the tasks root for loadAllTasks). */
  file: string;
  /** Field path inside the file, e.g. "limits.wallMs" or "tests.2.points". */
  field?: string;
  message: string;
}

/** Everything wrong with a task package, found in one pass. */
export class TaskLoadError extends Error {
  constructor(
    readonly problems: TaskProblem[],
    where = 'task',
  ) {
    super(`Invalid ${where}:\n${problems.map((p) => `  - ${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`).join('\n')}`);
    this.name = 'TaskLoadError';
  }
}
