/**
 * Judge one submission against one task: compile, run every bench test in worker threads, and
 * stream what happens as `JudgeEvent`s (events.ts). Node-only (toolchain, threads, file system).
 *
 * Order promised to consumers: `compiling`, `compiled`, then either `finished` (the sketch did not
 * compile or does not fit) or `tests`, a `test-started` + `test-finished` per test (in the order
 * they run and finish, not by index), and `finished` last. Cancelling (the signal, or leaving a
 * `for await` early) stops running tests by terminating their workers; the iterator then throws
 * the signal's reason.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { EngineName } from '../board/engine.ts';
import { readElf, stackLimitOf } from '../board/elf.ts';
import { DEFAULT_LIMIT_MS } from '../bench/index.ts';
import { compile } from '../toolchain/index.ts';
import { UNO_LIMITS, type CompileResult } from '../toolchain/types.ts';
import type { JudgeEvent, TestInfo, TestResult } from './events.ts';
import { Channel } from './channel.ts';
import { WorkerPool, type JobResult, type TestJob } from './pool.ts';
import { finalResult } from './score.ts';
import { firstLine, TEXT } from './texts.ts';

export { WorkerPool, type WorkerPoolOptions } from './pool.ts';
export { warmUpInBackground, warmUpPrograms } from './warm-up.ts';
export { finalResult } from './score.ts';
export type { JudgeEvent } from './events.ts';

/** What the runner needs of a task (judge/task/load.ts `Task` has all of it). */
export interface JudgeableTask {
  id: string;
  benchPath: string;
  tests: TestInfo[];
  /** Changes whenever the package changes; a worker re-imports the bench when it does. */
  version?: string;
  limits?: Partial<TaskLimits>;
  /** The bench itself, for each test's own simulated-time limit (`limitMs`). */
  bench?: { tests: { id: string; limitMs?: number }[] };
}

/** Per-test limits from task.yaml (judge/task/types.ts). */
export interface TaskLimits {
  /** Simulated time one test may use, ms (a test's own `limitMs` wins). */
  simulatedMs: number;
  /** Real time one test may take, ms. */
  wallMs: number;
  /** CPU cycles one test may use. */
  cycleBudget: number;
}

export interface JudgeOptions {
  engine?: EngineName;
  seed?: number;
  signal?: AbortSignal;
  /** A long-lived pool (the server's); without it a pool is made for this submission and closed after. */
  pool?: WorkerPool;
  /** Overrides the task's wall budget per test (ms). */
  wallBudgetMs?: number;
  /** Overrides the task's cycle budget per test. */
  cycleBudget?: number;
  /** Record a trace even for tests that pass (failed tests always carry one). */
  recordTrace?: boolean;
  /** How many times a test that ran out of wall-clock time is run again, each time with twice the budget, before it is reported (default 1). */
  wallClockRetries?: number;
}

export const DEFAULT_WALL_MS = 20_000;

export async function* judgeSubmission(task: JudgeableTask, source: string, options: JudgeOptions = {}): AsyncGenerator<JudgeEvent> {
  const { signal } = options;
  signal?.throwIfAborted();
  yield { type: 'compiling' };
  let compiled: CompileResult;
  try {
    compiled = await compile({ source });
  } catch (error) {
    yield compiledEvent(null, 0);
    yield finishedWithoutTests(task, 'judge-error', TEXT.internal(firstLine(String(error instanceof Error ? error.message : error))));
    return;
  }
  signal?.throwIfAborted();
  yield compiledEvent(compiled, compiled.durationMs);

  const flashMax = UNO_LIMITS.flashBytes;
  const ramMax = UNO_LIMITS.ramBytes;
  if (!compiled.ok) {
    const failure = compiled.failure ?? 'compile-error';
    const verdict = failure === 'too-large' ? 'too-large' : failure === 'toolchain-missing' ? 'judge-error' : 'compile-error';
    const message = compiled.message ?? (verdict === 'too-large' ? TEXT.tooLarge(compiled.flashBytes, compiled.ramBytes, flashMax, ramMax) : TEXT.compileError(compiled.errors.length));
    yield finishedWithoutTests(task, verdict, message);
    return;
  }
  if ((compiled.flashBytes ?? 0) > flashMax || (compiled.ramBytes ?? 0) > ramMax) {
    yield finishedWithoutTests(task, 'too-large', TEXT.tooLarge(compiled.flashBytes, compiled.ramBytes, flashMax, ramMax));
    return;
  }
  if (!compiled.hex) {
    yield finishedWithoutTests(task, 'judge-error', TEXT.noProgram);
    return;
  }

  const tests = [...task.tests].sort((a, b) => a.index - b.index);
  yield { type: 'tests', tests };
  const results = yield* runTests(task, tests, compiled, options);
  const final = finalResult(tests, results);
  yield { type: 'finished', verdict: final.verdict, score: final.score, maxScore: final.maxScore, message: final.message };
}

/** Runs every test in the pool and yields `test-started` / `test-finished` as they happen. */
async function* runTests(task: JudgeableTask, tests: TestInfo[], compiled: CompileResult, options: JudgeOptions): AsyncGenerator<JudgeEvent, TestResult[]> {
  const pool = options.pool ?? new WorkerPool({ size: Math.min(tests.length, availableParallelism()) });
  const ownPool = pool !== options.pool;
  // Our own controller: aborted by the caller's signal, or by us when the consumer stops early.
  const controller = new AbortController();
  const forward = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward, { once: true });
  const events = new Channel<JudgeEvent>();
  const results: TestResult[] = [];
  try {
    let base: Omit<TestJob, 'testId'>;
    try {
      base = await jobBase(task, compiled, options);
    } catch (error) {
      // The bench is missing or unreadable: the task's fault, reported on every test.
      const message = TEXT.benchError(firstLine(error instanceof Error ? error.message : String(error)));
      for (const t of tests) {
        const r: TestResult = { id: t.id, index: t.index, verdict: 'judge-error', points: 0, maxPoints: t.points, message, simulatedMs: 0, wallMs: 0, cycles: 0, measurements: [] };
        results.push(r);
        yield { type: 'test-finished', result: r };
      }
      return results;
    }
    const wallMs = options.wallBudgetMs ?? task.limits?.wallMs ?? DEFAULT_WALL_MS;
    const runs = tests.map(async (test) => {
      const cycleBudget = cycleBudgetOf(task, test.id, options);
      const job: TestJob = { ...base, testId: test.id, wallBudgetMs: wallMs, cycleBudget };
      let started = false;
      const onStart = () => {
        if (!started) events.push({ type: 'test-started', id: test.id, index: test.index });
        started = true;
      };
      let result = await pool.run(job, { wallMs, signal: controller.signal, onStart });
      // Running out of wall-clock time says more about the host's load than about the program (a
      // sketch stuck in a loop spends simulated cycles, not host time; the cycle budget bounds the
      // simulation), so it is confirmed with a doubled budget before it is reported.
      let budget = wallMs;
      for (let retry = 0; retry < (options.wallClockRetries ?? 1) && ranOutOfWallClock(result, cycleBudget); retry++) {
        budget *= 2;
        result = await pool.run({ ...job, wallBudgetMs: budget }, { wallMs: budget, signal: controller.signal });
      }
      const testResult = toTestResult(test, result, budget);
      results.push(testResult);
      events.push({ type: 'test-finished', result: testResult });
    });
    const all = Promise.all(runs);
    all.catch(() => {}); // observed below through events.fail
    all.then(() => events.close(), (error) => events.fail(error));
    for await (const event of events) yield event;
    controller.signal.throwIfAborted();
    return results;
  } finally {
    if (!controller.signal.aborted) controller.abort(new DOMException('judging stopped', 'AbortError'));
    options.signal?.removeEventListener('abort', forward);
    if (ownPool) await pool.close();
  }
}

async function jobBase(task: JudgeableTask, compiled: CompileResult, options: JudgeOptions): Promise<Omit<TestJob, 'testId'>> {
  let benchVersion = task.version;
  if (benchVersion === undefined) {
    const info = await stat(task.benchPath);
    benchVersion = `${info.mtimeMs}-${info.size}`;
  }
  let stackLimit = compiled.stackLimit;
  if (stackLimit === undefined && compiled.elf) stackLimit = stackLimitOf(readElf(Buffer.from(compiled.elf, 'base64')).symbols);
  return {
    benchPath: task.benchPath,
    benchVersion,
    hex: compiled.hex!,
    stackLimit,
    engine: options.engine,
    seed: options.seed,
    recordTrace: options.recordTrace ?? false,
  };
}

/** The caller's override, else the test's own limitMs, else the task's budget, else the bench's default. */
function cycleBudgetOf(task: JudgeableTask, testId: string, options: JudgeOptions): number | undefined {
  if (options.cycleBudget !== undefined) return options.cycleBudget;
  const limitMs = task.bench?.tests.find((t) => t.id === testId)?.limitMs;
  if (limitMs !== undefined) return Math.round(limitMs * 16_000);
  const limits = task.limits ?? {};
  return limits.cycleBudget ?? (limits.simulatedMs !== undefined ? Math.round(limits.simulatedMs * 16_000) : undefined);
}

function ranOutOfWallClock(result: JobResult, cycleBudget: number | undefined): boolean {
  if (result.kind === 'timeout') return result.phase === 'test';
  if (result.kind !== 'done' || result.outcome.verdict !== 'time-limit') return false;
  return result.outcome.cycles < (cycleBudget ?? DEFAULT_LIMIT_MS * 16_000);
}

function toTestResult(test: TestInfo, result: JobResult, wallBudgetMs: number): TestResult {
  const base = { id: test.id, index: test.index, maxPoints: test.points, wallMs: result.wallMs };
  if (result.kind === 'done') {
    const o = result.outcome;
    return {
      ...base,
      verdict: o.verdict,
      points: Math.max(0, Math.min(test.points, o.points)),
      message: o.message,
      simulatedMs: o.simulatedMs,
      cycles: o.cycles,
      measurements: o.measurements,
      ...(o.trace ? { trace: o.trace } : {}),
    };
  }
  const empty = { points: 0, simulatedMs: 0, cycles: 0, measurements: [] };
  if (result.kind === 'timeout' && result.phase === 'startup') return { ...base, ...empty, verdict: 'judge-error', message: TEXT.startup(result.wallMs) };
  if (result.kind === 'timeout') return { ...base, ...empty, verdict: 'time-limit', message: TEXT.timeLimit(wallBudgetMs) };
  if (result.kind === 'died') return { ...base, ...empty, verdict: 'judge-error', message: TEXT.workerDied(firstLine(result.message)) };
  return { ...base, ...empty, verdict: 'judge-error', message: TEXT.benchError(firstLine(result.message)) };
}

function compiledEvent(r: CompileResult | null, durationMs: number): JudgeEvent {
  return {
    type: 'compiled',
    ok: r?.ok ?? false,
    cached: r?.cached ?? false,
    ...(r?.flashBytes !== undefined ? { flashBytes: r.flashBytes } : {}),
    ...(r?.ramBytes !== undefined ? { ramBytes: r.ramBytes } : {}),
    diagnostics: r ? [...r.errors, ...r.warnings] : [],
    durationMs: Math.round(durationMs),
  };
}

function finishedWithoutTests(task: JudgeableTask, verdict: 'compile-error' | 'too-large' | 'judge-error', message: { ru: string; en: string }): JudgeEvent {
  return { type: 'finished', verdict, score: 0, maxScore: task.tests.reduce((s, t) => s + t.points, 0), message };
}
