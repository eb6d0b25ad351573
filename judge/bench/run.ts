import { loadHex } from '../board/hex.ts';
import { Uno } from '../board/uno.ts';
import type { Text, Verdict } from '../runner/events.ts';
import { TestRuntime } from './context.ts';
import { BoardCrashed, ExpectationFailed, TimeLimitExceeded } from './errors.ts';
import type { BenchDefinition, RunOptions, TestOutcome } from './types.ts';

/** Simulated time a test may use when neither the runner nor the test says (60 s). */
export const DEFAULT_LIMIT_MS = 60_000;
const CYCLES_PER_MS = 16_000;

const PASSED: Text = { ru: 'Тест пройден', en: 'Test passed' };

/**
 * Runs one test of a bench on a fresh Uno with the program and returns its outcome; never throws.
 * Verdicts: a failed expectation → 'wrong'; a board crash → 'crashed'; over the cycle budget or the
 * wall-clock deadline → 'time-limit'; anything else the bench throws → 'judge-error' (the task's
 * fault, never the student's). The trace comes back when asked for or when the test did not pass.
 */
export async function runBenchTest(
  bench: BenchDefinition,
  testId: string,
  program: { hex: string; stackLimit?: number },
  options: RunOptions = {},
): Promise<TestOutcome> {
  const started = performance.now();
  const test = bench.tests.find((t) => t.id === testId);
  const maxPoints = test?.points ?? 0;
  let runtime: TestRuntime | null = null;
  let verdict: Verdict = 'accepted';
  let message: Text = PASSED;
  try {
    if (!test) throw new Error(`The bench has no test "${testId}" (tests: ${bench.tests.map((t) => t.id).join(', ')})`);
    const board = new Uno(loadHex(program.hex), {
      ...(options.engine ? { engine: options.engine } : {}),
      ...(program.stackLimit !== undefined ? { stackLimit: program.stackLimit } : {}),
    });
    // A test's own limit wins over the task-wide budget the runner passes (both come from the task).
    const limitCycles = test.limitMs !== undefined ? Math.round(test.limitMs * CYCLES_PER_MS) : (options.cycleBudget ?? DEFAULT_LIMIT_MS * CYCLES_PER_MS);
    runtime = new TestRuntime(board, bench, options.seed ?? test.seed ?? seedOf(test.id), {
      cycleBudget: limitCycles,
      wallDeadline: started + (options.wallDeadlineMs ?? Number.POSITIVE_INFINITY),
    }, test.parts);
    await test.run(runtime);
    runtime.checkCrash();
  } catch (error) {
    // A crash outranks whatever the bench concluded from the wreck.
    const crash = runtime?.board.crash;
    if (crash) [verdict, message] = ['crashed', crashText(crash.message)];
    else if (error instanceof ExpectationFailed) [verdict, message] = ['wrong', error.text];
    else if (error instanceof BoardCrashed) [verdict, message] = ['crashed', crashText(error.text)];
    else if (error instanceof TimeLimitExceeded) [verdict, message] = ['time-limit', error.text];
    else [verdict, message] = ['judge-error', judgeErrorText(error)];
  } finally {
    runtime?.dispose();
  }
  const cycles = runtime?.board.cycles ?? 0;
  const keepTrace = runtime && (options.recordTrace || verdict !== 'accepted');
  return {
    id: testId,
    verdict,
    points: verdict === 'accepted' ? maxPoints : 0,
    maxPoints,
    message,
    simulatedMs: cycles / CYCLES_PER_MS,
    cycles,
    wallMs: Math.round(performance.now() - started),
    measurements: runtime?.measurements ?? [],
    ...(keepTrace ? { trace: runtime!.recorder.toTrace() } : {}),
  };
}

/** A stable seed per test id, so tests do not share random streams by accident. */
export function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function crashText(crash: Text): Text {
  return { ru: `Программа «упала»: ${crash.ru}`, en: `The program crashed: ${crash.en}` };
}

function judgeErrorText(error: unknown): Text {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ru: `Ошибка проверяющей программы (это не ваша вина, сообщите учителю): ${detail}`,
    en: `The checker failed (not your fault; please tell your teacher): ${detail}`,
  };
}
