/**
 * The runner end to end: real avr-gcc, real simulation in real worker threads, against the fixture
 * task in tests/cli/fixtures/serial-hello (its bench reacts to "boom" and "spin" greetings).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTask } from '../task/load.ts';
import type { Task } from '../task/types.ts';
import type { JudgeEvent, TestResult } from './events.ts';
import { judgeSubmission, WorkerPool, type JudgeOptions } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../tests/cli/fixtures');
let task: Task;
let pool: WorkerPool;

beforeAll(async () => {
  task = await loadTask(join(FIXTURES, 'serial-hello'));
  pool = new WorkerPool({ size: 2, graceMs: 500 });
});
afterAll(() => pool.close());

async function sketch(name: string): Promise<string> {
  const inSolutions = join(FIXTURES, 'serial-hello/solutions', name);
  return readFile(inSolutions, 'utf8').catch(() => readFile(join(FIXTURES, 'sketches', name), 'utf8'));
}

async function judge(name: string, options: JudgeOptions = {}): Promise<JudgeEvent[]> {
  const events: JudgeEvent[] = [];
  for await (const event of judgeSubmission(task, await sketch(name), { pool, ...options })) events.push(event);
  return events;
}

const finished = (events: JudgeEvent[]) => events.find((e) => e.type === 'finished') as Extract<JudgeEvent, { type: 'finished' }>;
const results = (events: JudgeEvent[]): TestResult[] =>
  events.flatMap((e) => (e.type === 'test-finished' ? [e.result] : [])).sort((a, b) => a.index - b.index);

describe('judgeSubmission', () => {
  it('emits compiling, compiled, tests, a start and a finish per test, then finished: accepted with full score', async () => {
    const events = await judge('ok.ino');
    expect(events.slice(0, 3).map((e) => e.type)).toEqual(['compiling', 'compiled', 'tests']);
    expect(events.at(-1)).toMatchObject({ type: 'finished', verdict: 'accepted', score: 25, maxScore: 25 });
    const compiled = events[1] as Extract<JudgeEvent, { type: 'compiled' }>;
    expect(compiled).toMatchObject({ ok: true });
    expect(compiled.flashBytes).toBeGreaterThan(0);
    expect(compiled.ramBytes).toBeGreaterThan(0);
    for (const test of task.tests) {
      const started = events.findIndex((e) => e.type === 'test-started' && e.id === test.id);
      const done = events.findIndex((e) => e.type === 'test-finished' && e.result.id === test.id);
      expect(started).toBeGreaterThan(2);
      expect(done).toBeGreaterThan(started);
    }
    const greets = results(events)[0];
    expect(greets).toMatchObject({ verdict: 'accepted', points: 10, maxPoints: 10 });
    expect(greets.measurements.map((m) => m.key)).toEqual(['greetedAt']);
    expect(greets.trace).toBeUndefined();
  });

  it('stops after compiled when the sketch does not compile, with the error on its line', async () => {
    const events = await judge('compile-error.ino');
    expect(events.map((e) => e.type)).toEqual(['compiling', 'compiled', 'finished']);
    const compiled = events[1] as Extract<JudgeEvent, { type: 'compiled' }>;
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.some((d) => d.severity === 'error' && d.line === 7 && d.file === 'sketch.ino')).toBe(true);
    expect(finished(events)).toMatchObject({ verdict: 'compile-error', score: 0, maxScore: 25 });
  });

  it('gives crashed with the reason when the program runs its stack into the variables', async () => {
    const events = await judge('crash.ino');
    expect(finished(events)).toMatchObject({ verdict: 'crashed', score: 0 });
    const first = results(events)[0];
    expect(first.verdict).toBe('crashed');
    expect(first.message.en).toMatch(/stack/);
    expect(first.trace).toBeDefined();
  });

  it('scores an all-or-nothing group as nothing when one of its tests fails', async () => {
    const events = await judge('blink.ino');
    expect(finished(events)).toMatchObject({ verdict: 'wrong', score: 10 });
    expect(results(events).map((r) => r.verdict)).toEqual(['accepted', 'accepted', 'wrong']);
  });

  it('gives time-limit when a test cannot finish within its wall-clock budget', async () => {
    const events = await judge('hang.ino', { wallBudgetMs: 300 });
    const greets = results(events)[0];
    expect(greets.verdict).toBe('time-limit');
    expect(finished(events).verdict).toBe('time-limit');
  });

  it('terminates a worker stuck past its wall budget, reports time-limit, and keeps the pool working', async () => {
    const started = performance.now();
    const events = await judge('spin.ino', { wallBudgetMs: 300 });
    expect(results(events)[0]).toMatchObject({ verdict: 'time-limit', points: 0 });
    expect(results(events)[0].message.ru).toMatch(/реального времени/);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(finished(await judge('ok.ino')).verdict).toBe('accepted');
  });

  it('gives judge-error, in both languages and never as the student\'s fault, when the bench throws', async () => {
    const events = await judge('boom.ino');
    const greets = results(events)[0];
    expect(greets.verdict).toBe('judge-error');
    expect(greets.message.en).toMatch(/not your fault/);
    expect(greets.message.ru).toMatch(/не ваша вина/);
    expect(finished(events).verdict).toBe('judge-error');
  });

  it('gives judge-error when the worker thread dies under a test, and replaces the worker', async () => {
    const events = await judge('die.ino');
    expect(results(events)[0]).toMatchObject({ verdict: 'judge-error' });
    expect(results(events)[0].message.en).toMatch(/judging process crashed/);
    expect(finished(await judge('ok.ino')).verdict).toBe('accepted');
  });

  it('gives judge-error, not time-limit, when a test cannot even start (overloaded host)', async () => {
    const starved = new WorkerPool({ size: 1, startupMs: 1 });
    try {
      const events = await judge('ok.ino', { pool: starved });
      expect(results(events).map((r) => r.verdict)).toEqual(['judge-error', 'judge-error', 'judge-error']);
      expect(results(events)[0].message.en).toMatch(/could not start/);
    } finally {
      await starved.close();
    }
  });

  it('stops judging when the signal aborts, and the pool serves the next submission', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const event of judgeSubmission(task, await sketch('hang.ino'), { pool, signal: controller.signal })) {
        seen.push(event.type);
        if (event.type === 'test-started') controller.abort(new Error('cancelled by the test'));
      }
    };
    await expect(run()).rejects.toThrow('cancelled by the test');
    expect(seen).not.toContain('finished');
    expect(finished(await judge('ok.ino')).verdict).toBe('accepted');
  });

  it('runs with a pool of its own when none is given', async () => {
    const events: JudgeEvent[] = [];
    for await (const e of judgeSubmission(task, await sketch('ok.ino'))) events.push(e);
    expect(finished(events).verdict).toBe('accepted');
  });
});
