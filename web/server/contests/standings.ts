/**
 * A round's scoreboard from the store, in the public (frozen) or the jury's (real) view, and the
 * reveal after the round. Submissions of non-participants (the jury testing) and ignored ones do
 * not count; per-test results (points, groups, measurements) come from `test_results`.
 */
import type { Kysely } from 'kysely';
import type { Verdict } from '../../../judge/runner/events.ts';
import type { Scoreboard } from '../../shared/contest.ts';
import type { Text } from '../../shared/common.ts';
import type { Database } from '../db/schema.ts';
import { computeBoard, revealStep, RULES, type BoardInput, type BoardSubmission } from './scoring/board.ts';
import type { ScoringTask, TestOutcome } from './scoring/types.ts';
import { loadContest, participantsOf, phaseAt, revealOf, type Contest } from './store.ts';

export type TaskInfo = Map<string, { title: Text; maxScore: number }>;

/** Titles and maximum scores of a round's tasks, from the store's mirror of the catalog (so a judge worker can publish too). */
export async function taskInfo(db: Kysely<Database>, c: Contest): Promise<TaskInfo> {
  const ids = c.tasks.map((t) => t.task_id);
  const rows = ids.length ? await db.selectFrom('tasks').select(['id', 'title_json', 'max_score']).where('id', 'in', ids).execute() : [];
  return new Map(rows.map((r) => [r.id, { title: JSON.parse(r.title_json) as Text, maxScore: Number(r.max_score) }]));
}

export function scoringTasks(c: Contest, info: TaskInfo): ScoringTask[] {
  return c.tasks.map((t) => ({
    label: t.label,
    taskId: t.task_id,
    maxScore: info.get(t.task_id)?.maxScore ?? 100,
    ...(t.measure ? { measure: t.measure, better: t.better ?? 'lower' } : {}),
    ...(t.require_accepted ? { requireAccepted: true } : {}),
  }));
}

export async function boardSubmissions(db: Kysely<Database>, c: Contest): Promise<BoardSubmission[]> {
  const labelOf = new Map(c.tasks.map((t) => [t.task_id, t.label]));
  const subs = await db
    .selectFrom('submissions')
    .innerJoin('contest_participants as p', (j) => j.onRef('p.user_id', '=', 'submissions.user_id').on('p.contest_id', '=', c.row.id))
    .leftJoin('contest_ignored as ig', 'ig.submission_id', 'submissions.id')
    .select(['submissions.id', 'submissions.user_id', 'submissions.task_id', 'submissions.state', 'submissions.verdict', 'submissions.score', 'submissions.max_score', 'submissions.created_at', 'submissions.tests_json'])
    .where('submissions.contest_id', '=', c.row.id)
    .where('ig.submission_id', 'is', null)
    .execute();
  const ids = subs.map((s) => Number(s.id));
  const results = new Map<number, { test_id: string; verdict: string | null; points: number; max_points: number; measurements_json: string }[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db
      .selectFrom('test_results')
      .select(['submission_id', 'test_id', 'verdict', 'points', 'max_points', 'measurements_json'])
      .where('submission_id', 'in', chunk)
      .where('state', '=', 'finished')
      .execute();
    for (const r of rows) {
      const list = results.get(Number(r.submission_id)) ?? [];
      list.push(r);
      results.set(Number(r.submission_id), list);
    }
  }
  const out: BoardSubmission[] = [];
  for (const s of subs) {
    const label = labelOf.get(s.task_id);
    if (!label) continue;
    const groups = new Map<string, string | undefined>();
    if (s.tests_json) for (const t of JSON.parse(s.tests_json) as { id: string; group?: string }[]) groups.set(t.id, t.group);
    const tests: TestOutcome[] = (results.get(Number(s.id)) ?? []).map((r) => {
      const measures: Record<string, number> = {};
      for (const m of JSON.parse(r.measurements_json) as { key: string; value: number }[]) measures[m.key] = (measures[m.key] ?? 0) + m.value;
      const group = groups.get(r.test_id);
      return { id: r.test_id, verdict: (r.verdict ?? 'judge-error') as Verdict, points: r.points, maxPoints: r.max_points, measures, ...(group !== undefined ? { group } : {}) };
    });
    out.push({
      id: Number(s.id),
      participantId: Number(s.user_id),
      label,
      atMs: Date.parse(s.created_at) - c.startMs,
      finished: s.state === 'finished',
      verdict: (s.verdict as Verdict | null) ?? null,
      score: s.score,
      maxScore: s.max_score,
      tests,
    });
  }
  return out;
}

async function boardInput(db: Kysely<Database>, c: Contest): Promise<Omit<BoardInput, 'cutoffMs'> & { members: Map<number, string | null>; info: TaskInfo }> {
  const participants = await participantsOf(db, c.row.id);
  const info = await taskInfo(db, c);
  return {
    rule: RULES[c.row.scoring],
    tasks: scoringTasks(c, info),
    info,
    participants: participants.map((p) => ({ id: Number(p.id), name: p.name, login: p.login })),
    members: new Map(participants.map((p) => [Number(p.id), p.members])),
    submissions: await boardSubmissions(db, c),
  };
}

/** Whether the public sees a frozen board now: in the freeze, and after the round until fully revealed. */
export function publicFrozen(c: Contest, now = Date.now()): boolean {
  if (c.freezeMs === null) return false;
  return now >= c.freezeMs && !revealOf(c.row).all;
}

export async function scoreboard(db: Kysely<Database>, c: Contest, view: 'public' | 'jury', now = Date.now()): Promise<Scoreboard> {
  const input = await boardInput(db, c);
  const reveal = revealOf(c.row);
  const frozen = view === 'public' && publicFrozen(c, now);
  const rows = computeBoard({ ...input, cutoffMs: frozen ? (c.freezeMs ?? 0) - c.startMs : null, revealed: frozen ? new Set(reveal.revealed) : undefined });
  const titles = new Map(c.tasks.map((t) => [t.label, input.info.get(t.task_id)?.title ?? ({ ru: t.task_id, en: t.task_id } as Text)]));
  const minute = (ms: number | null) => (ms === null ? null : Math.floor(ms / 60_000));
  return {
    contestId: String(c.row.id),
    view,
    scoring: c.row.scoring,
    phase: phaseAt(c, now),
    frozen,
    revealed: c.freezeMs === null || reveal.all,
    tasks: input.tasks.map((t) => ({ label: t.label, title: titles.get(t.label)!, ...(t.measure ? { measure: t.measure, better: t.better } : {}) })),
    rows: rows.map((r) => ({
      participantId: String(r.participantId),
      name: r.name,
      login: r.login,
      members: input.members.get(r.participantId) ?? null,
      rank: r.rank,
      solved: r.totals.solved,
      score: r.totals.score,
      penalty: r.totals.penalty,
      hidden: r.hidden,
      cells: r.cells.map((cell) => ({
        label: cell.label,
        attempts: cell.attempts,
        pending: cell.pending,
        score: cell.score,
        solved: cell.solved,
        penalty: cell.penalty,
        minute: minute(cell.atMs),
        measure: cell.measure,
      })),
    })),
    lastResolved: frozen && reveal.lastResolved !== null ? String(reveal.lastResolved) : null,
    generatedAt: new Date(now).toISOString(),
  };
}

/** One reveal step (or all) after the round; stores the new state. */
export async function reveal(db: Kysely<Database>, contestId: number, step: 'next' | 'all'): Promise<void> {
  const c = await loadContest(db, contestId);
  if (!c) return;
  const state = revealOf(c.row);
  let next = { all: true, revealed: state.revealed, lastResolved: null as number | null };
  if (step === 'next' && c.freezeMs !== null && !state.all) {
    const input = await boardInput(db, c);
    const r = revealStep({ ...input, cutoffMs: c.freezeMs - c.startMs, revealed: new Set(state.revealed) });
    next = { all: r.done, revealed: [...r.revealed], lastResolved: r.resolved };
  }
  await db.updateTable('contests').set({ reveal_json: JSON.stringify(next) }).where('id', '=', contestId).execute();
}

/** The final results (the jury's board), for export. */
export async function finalBoard(db: Kysely<Database>, contestId: number): Promise<Scoreboard | undefined> {
  const c = await loadContest(db, contestId);
  return c ? scoreboard(db, c, 'jury') : undefined;
}
