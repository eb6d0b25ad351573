/**
 * A round in the store: loading it with its tasks, its phase at a moment, who the viewer is in it,
 * creating it, and its participants.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ContestPhase, ContestSummary, CreateContest } from '../../shared/contest.ts';
import type { Text } from '../../shared/common.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { ContestsTable, ContestTasksTable, Database, User } from '../db/schema.ts';

export type ContestRow = Selectable<ContestsTable>;
export type ContestTaskRow = Selectable<ContestTasksTable>;

export interface Contest {
  row: ContestRow;
  tasks: ContestTaskRow[];
  startMs: number;
  endMs: number;
  /** When the public board freezes; null without a freeze. */
  freezeMs: number | null;
}

export interface RevealState {
  all: boolean;
  revealed: number[];
  lastResolved: number | null;
}

export function revealOf(row: ContestRow): RevealState {
  const r = JSON.parse(row.reveal_json || '{}') as Partial<RevealState>;
  return { all: r.all ?? false, revealed: r.revealed ?? [], lastResolved: r.lastResolved ?? null };
}

export async function loadContest(db: Kysely<Database>, id: number): Promise<Contest | undefined> {
  const row = await db.selectFrom('contests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const tasks = await db.selectFrom('contest_tasks').selectAll().where('contest_id', '=', id).orderBy('position').execute();
  const startMs = Date.parse(row.starts_at);
  const endMs = startMs + row.duration_sec * 1000;
  return { row, tasks, startMs, endMs, freezeMs: row.freeze_sec > 0 ? endMs - row.freeze_sec * 1000 : null };
}

export function phaseAt(c: Contest, now = Date.now()): ContestPhase {
  if (now < c.startMs) return 'before';
  if (now >= c.endMs) return 'ended';
  if (c.freezeMs !== null && now >= c.freezeMs) return 'frozen';
  return 'running';
}

export type ContestRole = 'jury' | 'participant' | null;

/** The host (owner) and admins are the jury; registered users are participants; anyone else: nothing. */
export async function roleIn(db: Kysely<Database>, c: Contest, user: User): Promise<ContestRole> {
  if (user.role === 'admin' || (c.row.owner_id !== null && c.row.owner_id === user.id && user.role !== 'student')) return 'jury';
  const p = await db
    .selectFrom('contest_participants')
    .select('user_id')
    .where('contest_id', '=', c.row.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  return p ? 'participant' : null;
}

export function summaryOf(c: Contest, role: 'jury' | 'participant', now = Date.now()): ContestSummary {
  return {
    id: String(c.row.id),
    title: JSON.parse(c.row.title_json) as Text,
    scoring: c.row.scoring,
    participants: c.row.participants,
    startsAt: new Date(c.startMs).toISOString(),
    endsAt: new Date(c.endMs).toISOString(),
    freezeAt: c.freezeMs === null ? null : new Date(c.freezeMs).toISOString(),
    durationMinutes: c.row.duration_sec / 60,
    freezeMinutes: c.row.freeze_sec / 60,
    phase: phaseAt(c, now),
    myRole: role,
  };
}

/** Rounds the user hosts (admin: all) or takes part in, newest start first. */
export async function contestsOf(db: Kysely<Database>, user: User): Promise<{ id: number; role: 'jury' | 'participant' }[]> {
  const out = new Map<number, 'jury' | 'participant'>();
  if (user.role === 'admin') {
    for (const r of await db.selectFrom('contests').select('id').execute()) out.set(Number(r.id), 'jury');
  } else if (user.role === 'teacher') {
    for (const r of await db.selectFrom('contests').select('id').where('owner_id', '=', user.id).execute()) out.set(Number(r.id), 'jury');
  }
  const mine = await db.selectFrom('contest_participants').select('contest_id').where('user_id', '=', user.id).execute();
  for (const r of mine) if (!out.has(Number(r.contest_id))) out.set(Number(r.contest_id), 'participant');
  return [...out].map(([id, role]) => ({ id, role }));
}

export class RoundError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** Creates a round; tasks must exist in the catalog. Returns its id. */
export async function createContest(
  db: Kysely<Database>,
  catalog: Catalog,
  ownerId: number | null,
  input: Omit<CreateContest, 'freezeMinutes' | 'participants'> & { freezeMinutes: number; participants: 'individual' | 'team' },
  slug: string | null = null,
): Promise<number> {
  const labels = new Set<string>();
  for (const t of input.tasks) {
    if (labels.has(t.label)) throw new RoundError({ ru: `Буква ${t.label} встречается дважды.`, en: `Label ${t.label} is used twice.` });
    labels.add(t.label);
    if (!catalog.tasks.has(t.taskId)) throw new RoundError({ ru: `Задачи «${t.taskId}» нет на сервере.`, en: `There is no task “${t.taskId}” on the server.` });
    if (t.measure && input.scoring !== 'robot') throw new RoundError({ ru: `Задача ${t.label}: измерение бывает только в робототехнических турах.`, en: `Task ${t.label}: a measure needs robot scoring.` });
  }
  if (input.freezeMinutes >= input.durationMinutes) throw new RoundError({ ru: 'Заморозка должна быть короче тура.', en: 'The freeze must be shorter than the round.' });
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('contests')
      .values({
        slug,
        owner_id: ownerId,
        title_json: JSON.stringify(input.title),
        description_json: input.description ? JSON.stringify(input.description) : null,
        scoring: input.scoring,
        participants: input.participants,
        starts_at: new Date(input.startsAt).toISOString(),
        duration_sec: Math.round(input.durationMinutes * 60),
        freeze_sec: Math.round(input.freezeMinutes * 60),
        reveal_json: JSON.stringify({ all: false, revealed: [], lastResolved: null }),
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    for (const [position, t] of input.tasks.entries()) {
      await trx
        .insertInto('contest_tasks')
        .values({
          contest_id: id,
          label: t.label,
          task_id: t.taskId,
          position,
          measure: t.measure ?? null,
          better: t.measure ? (t.better ?? 'lower') : null,
          require_accepted: t.requireAccepted ? 1 : 0,
        })
        .execute();
    }
    return id;
  });
}

export async function addParticipants(db: Kysely<Database>, contestId: number, userIds: number[]): Promise<number> {
  const now = new Date().toISOString();
  let added = 0;
  for (const user_id of userIds) {
    const r = await db
      .insertInto('contest_participants')
      .values({ contest_id: contestId, user_id, members: null, added_at: now })
      .onConflict((oc) => oc.columns(['contest_id', 'user_id']).doNothing())
      .executeTakeFirst();
    added += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function participantsOf(db: Kysely<Database>, contestId: number) {
  return db
    .selectFrom('contest_participants')
    .innerJoin('users', 'users.id', 'contest_participants.user_id')
    .select(['users.id as id', 'users.login as login', 'users.name as name', 'contest_participants.members as members'])
    .where('contest_participants.contest_id', '=', contestId)
    .orderBy('users.name')
    .execute();
}

/** The round a task is in while it is not in any course (students must not open it outside the round). */
export async function contestOnlyTask(db: Kysely<Database>, catalog: Catalog, taskId: string): Promise<boolean> {
  const inCourse = catalog.courses.some((c) => c.modules.some((m) => m.tasks.includes(taskId)));
  if (inCourse) return false;
  const row = await db.selectFrom('contest_tasks').select('contest_id').where('task_id', '=', taskId).executeTakeFirst();
  return row !== undefined;
}
