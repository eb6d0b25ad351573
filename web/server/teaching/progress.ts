/**
 * Assignments and the progress matrix of a class: students × assigned tasks, with the best score,
 * attempts, the time of the last try and a late mark when the best score came after the deadline.
 *
 * Task titles and course contents are read from the store (the catalog is mirrored there at start),
 * so a judge worker process without the catalog computes the same rows for live updates.
 * Only practice submissions count (contest rounds have their own scoreboard).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Assignment, ClassProgress, ProgressCell, ProgressRow } from '../../shared/teaching.ts';
import type { Text } from '../../shared/common.ts';
import type { AssignmentsTable, Database } from '../db/schema.ts';

type AssignmentRow = Selectable<AssignmentsTable>;

export interface CatalogView {
  tasks: Map<string, { title: Text; maxScore: number }>;
  courses: Map<string, { title: Text; taskIds: string[] }>;
}

/** The assignable tasks and courses as the store has them now. */
export async function catalogView(db: Kysely<Database>): Promise<CatalogView> {
  const tasks = await db.selectFrom('tasks').select(['id', 'title_json', 'max_score']).orderBy('id').execute();
  const courses = await db.selectFrom('courses').select(['id', 'title_json', 'modules_json']).orderBy('position').execute();
  return {
    tasks: new Map(tasks.map((t) => [t.id, { title: JSON.parse(t.title_json) as Text, maxScore: Number(t.max_score) }])),
    courses: new Map(
      courses.map((c) => {
        const modules = JSON.parse(c.modules_json) as { tasks: string[] }[];
        return [c.id, { title: JSON.parse(c.title_json) as Text, taskIds: [...new Set(modules.flatMap((m) => m.tasks))] }];
      }),
    ),
  };
}

const TASK_SET: Text = { ru: 'Набор задач', en: 'Task set' };

export function assignmentOf(row: AssignmentRow, catalog: CatalogView): Assignment {
  const course = row.course_id ? catalog.courses.get(row.course_id) : undefined;
  const ids = row.kind === 'course' ? (course?.taskIds ?? []) : (JSON.parse(row.task_ids_json ?? '[]') as string[]);
  return {
    id: String(row.id),
    kind: row.kind,
    courseId: row.course_id,
    title: row.kind === 'course' ? (course?.title ?? { ru: row.course_id ?? '?', en: row.course_id ?? '?' }) : row.title ? { ru: row.title, en: row.title } : TASK_SET,
    // A task removed from the catalog drops out of the matrix (its submissions stay stored).
    taskIds: ids.filter((id) => catalog.tasks.has(id)),
    deadline: row.deadline,
    createdAt: row.created_at,
  };
}

export async function classAssignments(db: Kysely<Database>, classId: number, catalog?: CatalogView): Promise<Assignment[]> {
  const view = catalog ?? (await catalogView(db));
  const rows = await db.selectFrom('assignments').selectAll().where('class_id', '=', classId).orderBy('id').execute();
  return rows.map((r) => assignmentOf(r, view));
}

interface Attempt {
  id: number;
  state: string;
  score: number | null;
  createdAt: string;
}

/** One cell from a student's attempts on a task (oldest first) and the column's deadline. */
export function cellOf(taskId: string, maxScore: number, attempts: Attempt[], deadline: string | null): ProgressCell {
  let best: Attempt | undefined;
  let onTime: number | null = null;
  for (const a of attempts) {
    if (a.state !== 'finished' || a.score === null) continue;
    // The earliest submission reaching the best score is the one that counts.
    if (!best || a.score > best.score!) best = a;
    if (deadline && a.createdAt <= deadline && (onTime === null || a.score > onTime)) onTime = a.score;
  }
  const last = attempts.at(-1);
  const bestScore = best ? best.score! : null;
  return {
    taskId,
    status: bestScore !== null && bestScore >= maxScore ? 'solved' : attempts.length ? 'tried' : 'none',
    bestScore,
    onTimeScore: deadline ? onTime : null,
    attempts: attempts.length,
    lastAt: last?.createdAt ?? null,
    lastSubmissionId: last ? String(last.id) : null,
    bestSubmissionId: best ? String(best.id) : null,
    // Judged by when it was sent, not when the judge got to it: a queue is never the student's fault.
    late: deadline !== null && best !== undefined && best.createdAt > deadline,
    pending: attempts.some((a) => a.state !== 'finished'),
  };
}

/** The matrix of a class (or only `studentId`'s row of it), or undefined when there is no such class. */
export async function classProgress(db: Kysely<Database>, classId: number, studentId?: number): Promise<ClassProgress | undefined> {
  const cls = await db.selectFrom('classes').select(['id', 'name']).where('id', '=', classId).executeTakeFirst();
  if (!cls) return undefined;
  const catalog = await catalogView(db);
  const assignments = await classAssignments(db, classId, catalog);
  const columns = assignments.flatMap((a) =>
    a.taskIds.map((taskId) => ({ assignmentId: a.id, taskId, title: catalog.tasks.get(taskId)!.title, maxScore: catalog.tasks.get(taskId)!.maxScore, deadline: a.deadline })),
  );
  let q = db
    .selectFrom('class_members')
    .innerJoin('users', 'users.id', 'class_members.user_id')
    .select(['users.id', 'users.login', 'users.name'])
    .where('class_members.class_id', '=', classId)
    .where('class_members.role', '=', 'student');
  if (studentId !== undefined) q = q.where('users.id', '=', studentId);
  const students = (await q.execute()).sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.login.localeCompare(b.login));
  const taskIds = [...new Set(columns.map((c) => c.taskId))];
  const byKey = new Map<string, Attempt[]>();
  if (students.length && taskIds.length) {
    const ids = students.map((s) => Number(s.id));
    for (let i = 0; i < ids.length; i += 200) {
      const subs = await db
        .selectFrom('submissions')
        .select(['id', 'user_id', 'task_id', 'state', 'score', 'created_at'])
        .where('contest_id', 'is', null)
        .where('user_id', 'in', ids.slice(i, i + 200))
        .where('task_id', 'in', taskIds)
        .orderBy('id')
        .execute();
      for (const s of subs) {
        const key = `${s.user_id}|${s.task_id}`;
        const list = byKey.get(key) ?? [];
        list.push({ id: Number(s.id), state: s.state, score: s.score === null ? null : Number(s.score), createdAt: s.created_at });
        byKey.set(key, list);
      }
    }
  }
  const rows: ProgressRow[] = students.map((s) => {
    const cells = columns.map((c) => cellOf(c.taskId, c.maxScore, byKey.get(`${s.id}|${c.taskId}`) ?? [], c.deadline));
    // Totals count each task once, even when two assignments share it.
    const perTask = new Map(cells.map((c) => [c.taskId, c]));
    let total = 0;
    let solved = 0;
    for (const c of perTask.values()) {
      total += c.bestScore ?? 0;
      if (c.status === 'solved') solved++;
    }
    return { student: { id: String(s.id), login: s.login, name: s.name }, cells, total, solved };
  });
  return { classId: String(cls.id), className: cls.name, columns, assignments, rows };
}
