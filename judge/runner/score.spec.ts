import { describe, expect, it } from 'vitest';
import type { TestInfo, TestResult, Verdict } from './events.ts';
import { finalResult } from './score.ts';

const info = (id: string, index: number, points: number, group?: string): TestInfo => ({
  id, index, points, hidden: false, title: { ru: id, en: id }, ...(group ? { group } : {}),
});
const result = (t: TestInfo, verdict: Verdict): TestResult => ({
  id: t.id, index: t.index, verdict, points: verdict === 'accepted' ? t.points : 0, maxPoints: t.points,
  message: { ru: '', en: '' }, simulatedMs: 0, wallMs: 0, cycles: 0, measurements: [],
});

describe('final verdict and score', () => {
  const a = info('a', 0, 10);
  const b = info('b', 1, 10, 'g');
  const c = info('c', 2, 5, 'g');
  const d = info('d', 3, 5);
  const tests = [a, b, c, d];

  it('is accepted only when every test passes with full points', () => {
    const r = finalResult(tests, tests.map((t) => result(t, 'accepted')));
    expect(r).toMatchObject({ verdict: 'accepted', score: 30, maxScore: 30 });
  });

  it('scores a group all-or-nothing: one failed test in it loses the whole group', () => {
    const r = finalResult(tests, [result(a, 'accepted'), result(b, 'accepted'), result(c, 'wrong'), result(d, 'accepted')]);
    expect(r).toMatchObject({ verdict: 'wrong', score: 15, maxScore: 30 });
    expect(r.message.en).toContain('Group "g"');
  });

  it('takes the verdict of the first failed test by index, whatever order results came in', () => {
    const r = finalResult(tests, [result(d, 'crashed'), result(c, 'accepted'), result(b, 'time-limit'), result(a, 'accepted')]);
    expect(r.verdict).toBe('time-limit');
    expect(r.score).toBe(10);
  });

  it('reports judge-error over any student verdict, since the score cannot be trusted', () => {
    const r = finalResult(tests, [result(a, 'wrong'), result(b, 'accepted'), result(c, 'accepted'), result(d, 'judge-error')]);
    expect(r.verdict).toBe('judge-error');
  });

  it('counts a test without a result as failed', () => {
    const r = finalResult(tests, [result(a, 'accepted')]);
    expect(r).toMatchObject({ verdict: 'judge-error', score: 10 });
  });
});
