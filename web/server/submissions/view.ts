/**
 * Reading submissions as a viewer may see them. Students see their hidden tests only as "Hidden
 * test N" with a neutral verdict text and no trace; teachers and admins see everything.
 */
import type { Kysely } from 'kysely';
import type { TestInfo as JudgeTestInfo } from '../../../judge/runner/events.ts';
import type { CompileInfo, SubmissionSummary, SubmissionView, TestInfo, TestResult, Text, Verdict } from '../../shared/api.ts';
import type { Database, Submission, TestResultRow, User } from '../db/schema.ts';
import { text, VERDICT_TEXT } from '../i18n.ts';
import { waitingOrder } from './claims.ts';

/** What a viewer sees of hidden tests. */
export type Detail = 'full' | 'redacted';

export function detailFor(viewer: Pick<User, 'role'>): Detail {
  return viewer.role === 'student' ? 'redacted' : 'full';
}

export function redactTest(t: JudgeTestInfo, detail: Detail): TestInfo {
  const info: TestInfo = { id: t.id, index: t.index, title: t.title, points: t.points, hidden: t.hidden, ...(t.group ? { group: t.group } : {}) };
  if (detail === 'full' || !t.hidden) return info;
  const hidden = text('hidden-test');
  return { ...info, title: { ru: `${hidden.ru} ${t.index + 1}`, en: `${hidden.en} ${t.index + 1}` } };
}

export interface ResultData {
  id: string;
  index: number;
  verdict: Verdict;
  points: number;
  maxPoints: number;
  message: Text;
  simulatedMs: number;
  wallMs: number;
  cycles: number;
  measurements: TestResult['measurements'];
  hasTrace: boolean;
}

export function redactResult(r: ResultData, hidden: boolean, detail: Detail): TestResult {
  if (detail === 'full' || !hidden) return { ...r, hidden };
  return { ...r, hidden, message: VERDICT_TEXT[r.verdict] ?? VERDICT_TEXT.wrong, hasTrace: false };
}

function resultOf(row: TestResultRow): ResultData {
  return {
    id: row.test_id,
    index: row.test_index,
    verdict: row.verdict as Verdict,
    points: row.points,
    maxPoints: row.max_points,
    message: JSON.parse(row.message_json ?? '{"ru":"","en":""}') as Text,
    simulatedMs: row.simulated_ms,
    wallMs: row.wall_ms,
    cycles: row.cycles,
    measurements: JSON.parse(row.measurements_json) as TestResult['measurements'],
    hasTrace: row.has_trace === 1,
  };
}

type Row = Submission & { login: string; user_name: string; title_json: string | null };

function summaryOf(s: Row): SubmissionSummary {
  return {
    id: String(s.id),
    taskId: s.task_id,
    ...(s.title_json ? { taskTitle: JSON.parse(s.title_json) as Text } : {}),
    taskVersion: s.task_version,
    user: { id: String(s.user_id), login: s.login, name: s.user_name },
    contestId: s.contest_id === null ? null : String(s.contest_id),
    state: s.state,
    verdict: (s.verdict as Verdict | null) ?? null,
    score: s.score,
    maxScore: s.max_score,
    createdAt: s.created_at,
    finishedAt: s.finished_at,
  };
}

function selectRows(db: Kysely<Database>) {
  return db
    .selectFrom('submissions')
    .innerJoin('users', 'users.id', 'submissions.user_id')
    .leftJoin('tasks', 'tasks.id', 'submissions.task_id')
    .selectAll('submissions')
    .select(['users.login as login', 'users.name as user_name', 'tasks.title_json as title_json']);
}

export function findSubmission(db: Kysely<Database>, id: number): Promise<Submission | undefined> {
  return db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Place in the judge queue (1 = next), or null when it is not waiting. */
export async function queuePosition(db: Kysely<Database>, id: number): Promise<number | null> {
  const order = await waitingOrder(db, 10_000);
  const i = order.indexOf(id);
  return i < 0 ? null : i + 1;
}

export async function submissionView(db: Kysely<Database>, id: number, detail: Detail): Promise<SubmissionView | undefined> {
  const s = await selectRows(db).where('submissions.id', '=', id).executeTakeFirst();
  if (!s) return undefined;
  const judgeTests = s.tests_json ? (JSON.parse(s.tests_json) as JudgeTestInfo[]) : [];
  const hidden = new Set(judgeTests.filter((t) => t.hidden).map((t) => t.id));
  const rows = await db.selectFrom('test_results').selectAll().where('submission_id', '=', id).orderBy('test_index').execute();
  return {
    ...summaryOf(s),
    source: s.source,
    queuePosition: s.state === 'queued' ? await queuePosition(db, id) : null,
    message: s.message_json ? (JSON.parse(s.message_json) as Text) : null,
    compile: s.compile_json ? (JSON.parse(s.compile_json) as CompileInfo) : null,
    tests: judgeTests.map((t) => redactTest(t, detail)),
    results: rows.filter((r) => r.state === 'finished').map((r) => redactResult(resultOf(r), hidden.has(r.test_id), detail)),
    running: rows.filter((r) => r.state === 'running').map((r) => r.test_id),
  };
}

export async function listSubmissions(db: Kysely<Database>, userId: number, taskId: string | undefined, limit: number): Promise<SubmissionSummary[]> {
  let q = selectRows(db).where('submissions.user_id', '=', userId);
  if (taskId) q = q.where('submissions.task_id', '=', taskId);
  const rows = await q.orderBy('submissions.id', 'desc').limit(limit).execute();
  return rows.map(summaryOf);
}
