/**
 * Helpers for the bench and task specs (Node only: they compile with the real toolchain).
 */
import { defineBench, runBenchTest, type BenchDefinition, type RunOptions, type TestContext, type TestOutcome } from '../bench/index.ts';
import type { PartSpec } from '../parts/part.ts';
import { compile, type CompileResult } from '../toolchain/index.ts';
import { readElf, stackLimitOf } from '../board/elf.ts';
import type { Verdict } from '../runner/events.ts';
import type { Task } from './types.ts';

export interface Program {
  hex: string;
  stackLimit?: number;
}

/** Compiles a sketch with the real toolchain; throws with the diagnostics when it does not compile. */
export async function compileSketch(source: string): Promise<Program> {
  const result = await compile({ source });
  if (!result.ok || !result.hex) throw new Error(`compile failed: ${result.errors.map((e) => `${e.line}: ${e.message}`).join('\n')}`);
  return programOf(result);
}

/** HEX and stack limit of a compile result (the limit from the ELF when the toolchain leaves it out). */
export function programOf(result: CompileResult): Program {
  const stackLimit = result.stackLimit ?? (result.elf ? stackLimitOf(readElf(Buffer.from(result.elf, 'base64')).symbols) : undefined);
  return { hex: result.hex!, ...(stackLimit !== undefined ? { stackLimit } : {}) };
}

/** Runs one ad-hoc test (a bench of one test) against a sketch. */
export async function runOne(
  source: string | Program,
  run: (t: TestContext) => Promise<void> | void,
  parts: PartSpec[] = [],
  options: RunOptions = {},
): Promise<TestOutcome> {
  const program = typeof source === 'string' ? await compileSketch(source) : source;
  const bench: BenchDefinition = defineBench({ parts, tests: [{ id: 'only', title: { ru: 'тест', en: 'test' }, points: 1, run }] });
  return runBenchTest(bench, 'only', program, options);
}

export interface SolutionResult {
  verdict: Verdict;
  score: number;
  outcomes: TestOutcome[];
}

/**
 * Judges a sketch on every test of a task: the score is the sum of points (a group scores only when
 * all its tests pass); the verdict is 'accepted' with full points, otherwise the first failed test's.
 */
export async function judgeTask(task: Task, source: string, options: { wallDeadline?: boolean } = {}): Promise<SolutionResult> {
  const compiled = await compile({ source });
  if (!compiled.ok || !compiled.hex) return { verdict: compiled.failure === 'too-large' ? 'too-large' : 'compile-error', score: 0, outcomes: [] };
  const program = programOf(compiled);
  const outcomes: TestOutcome[] = [];
  for (const test of task.tests) {
    // Specs judge without the wall-clock deadline: on a loaded CI machine it would make labels flaky.
    const wall = options.wallDeadline === false ? {} : { wallDeadlineMs: task.limits.wallMs };
    outcomes.push(await runBenchTest(task.bench, test.id, program, { cycleBudget: task.limits.cycleBudget, ...wall }));
  }
  const failedGroups = new Set(task.tests.filter((t, i) => t.group && outcomes[i].verdict !== 'accepted').map((t) => t.group));
  const score = outcomes.reduce((sum, o, i) => sum + (task.tests[i].group && failedGroups.has(task.tests[i].group) ? 0 : o.points), 0);
  const failed = outcomes.find((o) => o.verdict !== 'accepted');
  return { verdict: failed ? failed.verdict : 'accepted', score, outcomes };
}
