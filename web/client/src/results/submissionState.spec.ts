import { describe, expect, it } from 'vitest';
import type { SubmissionView, TestInfo, TestResult } from '../api/types.ts';
import { applyEvent, testRows } from './submissionState.ts';

const tests: TestInfo[] = [
  { id: 'period', index: 0, title: { ru: 'Период', en: 'Period' }, points: 60, hidden: false },
  { id: 'hidden-1', index: 1, title: { ru: 'Тест', en: 'Test' }, points: 40, hidden: true },
];

const base: SubmissionView = {
  id: '7',
  taskId: 'blink',
  taskVersion: 'v1',
  user: { id: '1', login: 'kid', name: 'Kid' },
  contestId: null,
  state: 'queued',
  verdict: null,
  score: null,
  maxScore: null,
  createdAt: '2026-01-01T00:00:00Z',
  finishedAt: null,
  source: '',
  queuePosition: 3,
  message: null,
  compile: null,
  tests: [],
  results: [],
  running: [],
};

function result(id: string, index: number, verdict: TestResult['verdict'], points: number): TestResult {
  return { id, index, verdict, points, maxPoints: 50, message: { ru: 'м', en: 'm' }, simulatedMs: 1, wallMs: 1, cycles: 1, measurements: [], hidden: false, hasTrace: false };
}

describe('live submission state', () => {
  it('follows queued → compiling → tests → results → finished', () => {
    let v = applyEvent(base, { type: 'queued', position: 2 });
    expect(v.queuePosition).toBe(2);
    v = applyEvent(v, { type: 'compiling' });
    expect(v).toMatchObject({ state: 'compiling', queuePosition: null });
    v = applyEvent(v, { type: 'compiled', ok: true, cached: false, diagnostics: [], durationMs: 5 });
    expect(v.compile?.ok).toBe(true);
    v = applyEvent(v, { type: 'tests', tests });
    v = applyEvent(v, { type: 'test-started', id: 'hidden-1', index: 1 });
    v = applyEvent(v, { type: 'test-started', id: 'period', index: 0 });
    v = applyEvent(v, { type: 'test-finished', result: result('hidden-1', 1, 'accepted', 40) });
    v = applyEvent(v, { type: 'test-finished', result: result('period', 0, 'wrong', 0) });
    expect(v.results.map((r) => r.id)).toEqual(['period', 'hidden-1']);
    expect(v.running).toEqual([]);
    v = applyEvent(v, { type: 'finished', verdict: 'wrong', score: 40, maxScore: 100 });
    expect(v).toMatchObject({ state: 'finished', verdict: 'wrong', score: 40 });
  });

  it('starts over when compiling arrives again (another judge took the submission over)', () => {
    let v = applyEvent(base, { type: 'tests', tests });
    v = applyEvent(v, { type: 'test-finished', result: result('period', 0, 'wrong', 0) });
    v = applyEvent(v, { type: 'compiling' });
    expect(v).toMatchObject({ state: 'compiling', results: [], running: [], compile: null });
  });

  it('replaces a result received twice (a reconnect) instead of listing it twice', () => {
    let v = applyEvent(base, { type: 'test-finished', result: result('period', 0, 'wrong', 0) });
    v = applyEvent(v, { type: 'test-finished', result: result('period', 0, 'wrong', 0) });
    expect(v.results).toHaveLength(1);
  });
});

describe('test rows', () => {
  it('reserves a row for every test before judging starts, hidden ones included', () => {
    const rows = testRows(null, tests.slice(0, 1), 1);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.state === 'waiting')).toBe(true);
  });

  it('fills rows in place as results arrive', () => {
    let v = applyEvent(base, { type: 'tests', tests });
    v = applyEvent(v, { type: 'test-started', id: 'period', index: 0 });
    expect(testRows(v, [], 0).map((r) => r.state)).toEqual(['running', 'waiting']);
    v = applyEvent(v, { type: 'test-finished', result: result('period', 0, 'accepted', 60) });
    const rows = testRows(v, [], 0);
    expect(rows.map((r) => r.state)).toEqual(['done', 'waiting']);
    expect(rows[0].result?.points).toBe(60);
  });
});
