import type { LiveEvent, SubmissionView, TestInfo, TestResult } from '../api/types.ts';

/**
 * Applies one live event to a submission's state. The server sends the full state on join and then
 * these deltas; applying them here keeps the page identical to what a reload would show.
 */
export function applyEvent(view: SubmissionView, event: LiveEvent): SubmissionView {
  switch (event.type) {
    case 'queued':
      return { ...view, state: 'queued', queuePosition: event.position };
    case 'compiling':
      // Always a fresh attempt (a judge that died was replaced): what was shown so far is dropped.
      return { ...view, state: 'compiling', queuePosition: null, compile: null, results: [], running: [], verdict: null, score: null, message: null };
    case 'compiled': {
      const { type: _type, ...compile } = event;
      return { ...view, compile, queuePosition: null };
    }
    case 'tests':
      return { ...view, state: 'running', tests: event.tests };
    case 'test-started':
      return { ...view, state: 'running', running: [...view.running.filter((id) => id !== event.id), event.id] };
    case 'test-finished':
      return {
        ...view,
        running: view.running.filter((id) => id !== event.result.id),
        results: [...view.results.filter((r) => r.id !== event.result.id), event.result].sort((a, b) => a.index - b.index),
      };
    case 'finished':
      return {
        ...view,
        state: 'finished',
        verdict: event.verdict,
        score: event.score,
        maxScore: event.maxScore,
        message: event.message ?? view.message,
        running: [],
        queuePosition: null,
      };
  }
}

export type RowState = 'waiting' | 'running' | 'done';

export interface TestRow {
  index: number;
  info?: TestInfo;
  result?: TestResult;
  state: RowState;
}

/**
 * One row per test, known before judging starts (from the task page) so the list never grows under
 * the child's eyes: results fill rows in place.
 */
export function testRows(view: SubmissionView | null, expected: TestInfo[], hiddenCount: number): TestRow[] {
  const tests = view?.tests.length ? view.tests : expected;
  const total = Math.max(tests.length + (view?.tests.length ? 0 : hiddenCount), view?.results.length ?? 0);
  const rows: TestRow[] = [];
  for (let i = 0; i < total; i++) {
    const info = tests[i];
    const result = view?.results.find((r) => (info ? r.id === info.id : r.index === i));
    const running = info ? view?.running.includes(info.id) : false;
    rows.push({ index: i, info, result, state: result ? 'done' : running ? 'running' : 'waiting' });
  }
  return rows;
}
