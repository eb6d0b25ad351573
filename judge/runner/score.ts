/**
 * The overall verdict and score of a submission from its test results. Pure, so the server can
 * recompute it (e.g. after a rejudge of one test) with exactly the runner's rules.
 */
import type { Text, TestInfo, TestResult, Verdict } from './events.ts';
import { TEXT } from './texts.ts';

export interface FinalResult {
  verdict: Verdict;
  score: number;
  maxScore: number;
  message: Text;
}

/**
 * Score = the sum of earned points; tests that share a `group` count all-or-nothing (the group's
 * points only when every test in it is accepted). The verdict is `accepted` only for a full score
 * with every test accepted; otherwise the verdict of the first failed test by index — except that
 * any `judge-error` wins, because then the score cannot be trusted and the submission must be
 * rejudged rather than shown as the student's mistake.
 */
export function finalResult(tests: TestInfo[], results: TestResult[]): FinalResult {
  const byId = new Map(results.map((r) => [r.id, r]));
  const maxScore = tests.reduce((sum, t) => sum + t.points, 0);
  const failedGroups = new Set<string>();
  for (const t of tests) {
    if (t.group !== undefined && byId.get(t.id)?.verdict !== 'accepted') failedGroups.add(t.group);
  }
  let score = 0;
  let passed = 0;
  for (const t of tests) {
    const r = byId.get(t.id);
    if (r?.verdict === 'accepted') passed++;
    if (!r || (t.group !== undefined && failedGroups.has(t.group))) continue;
    score += r.points;
  }
  const ordered = [...tests].sort((a, b) => a.index - b.index);
  const failed = ordered.map((t) => byId.get(t.id)).filter((r) => r === undefined || r.verdict !== 'accepted');
  let verdict: Verdict;
  if (ordered.some((t) => byId.get(t.id)?.verdict === 'judge-error')) verdict = 'judge-error';
  else if (failed.length === 0 && score === maxScore) verdict = 'accepted';
  else if (failed.length === 0) verdict = 'wrong';
  else verdict = failed[0]?.verdict ?? 'judge-error';
  const summary = TEXT.summary(passed, tests.length, score, maxScore);
  const groupNote = [...failedGroups].map((g) => TEXT.groupFailed(g));
  return {
    verdict,
    score,
    maxScore,
    message: {
      ru: [summary.ru, ...groupNote.map((n) => n.ru)].join(' '),
      en: [summary.en, ...groupNote.map((n) => n.en)].join(' '),
    },
  };
}
