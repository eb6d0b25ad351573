/** Clarifications (a participant asks, the jury answers privately or to all) and announcements. */
import type { Kysely } from 'kysely';
import type { ContestMessage } from '../../shared/contest.ts';
import type { Database } from '../db/schema.ts';

type Row = {
  id: number;
  contest_id: number;
  kind: 'clarification' | 'announcement';
  task_label: string | null;
  question: string | null;
  answer: string | null;
  public: number;
  created_at: string;
  answered_at: string | null;
  author_id: number | null;
  login: string | null;
  name: string | null;
};

function select(db: Kysely<Database>) {
  return db
    .selectFrom('contest_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.contest_id', 'm.kind', 'm.task_label', 'm.question', 'm.answer', 'm.public', 'm.created_at', 'm.answered_at', 'm.author_id', 'u.login', 'u.name']);
}

/** As a viewer sees it: the asker's identity only for the jury and the asker. */
export function messageOf(r: Row, showAuthor: boolean): ContestMessage {
  return {
    id: String(r.id),
    contestId: String(r.contest_id),
    kind: r.kind,
    taskLabel: r.task_label,
    question: r.question,
    answer: r.answer,
    public: r.public === 1,
    author: showAuthor && r.author_id !== null ? { id: String(r.author_id), login: r.login ?? '', name: r.name ?? '' } : null,
    createdAt: r.created_at,
    answeredAt: r.answered_at,
  };
}

export async function findMessage(db: Kysely<Database>, id: number): Promise<Row | undefined> {
  return (await select(db).where('m.id', '=', id).executeTakeFirst()) as Row | undefined;
}

/** The jury: every message. A participant: announcements, public answers, and their own questions. */
export async function messagesFor(db: Kysely<Database>, contestId: number, viewer: { id: number; jury: boolean }): Promise<ContestMessage[]> {
  let q = select(db).where('m.contest_id', '=', contestId);
  if (!viewer.jury) q = q.where((eb) => eb.or([eb('m.kind', '=', 'announcement'), eb('m.public', '=', 1), eb('m.author_id', '=', viewer.id)]));
  const rows = (await q.orderBy('m.id').execute()) as Row[];
  return rows.map((r) => messageOf(r, viewer.jury || r.author_id === viewer.id));
}

export async function ask(db: Kysely<Database>, contestId: number, authorId: number, taskLabel: string | null, question: string): Promise<Row> {
  const row = await db
    .insertInto('contest_messages')
    .values({ contest_id: contestId, kind: 'clarification', author_id: authorId, task_label: taskLabel, question, answer: null, public: 0, created_at: new Date().toISOString(), answered_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findMessage(db, Number(row.id)))!;
}

export async function answer(db: Kysely<Database>, id: number, text: string, isPublic: boolean): Promise<Row | undefined> {
  await db.updateTable('contest_messages').set({ answer: text, public: isPublic ? 1 : 0, answered_at: new Date().toISOString() }).where('id', '=', id).execute();
  return findMessage(db, id);
}

export async function announce(db: Kysely<Database>, contestId: number, authorId: number, text: string, taskLabel: string | null): Promise<Row> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('contest_messages')
    .values({ contest_id: contestId, kind: 'announcement', author_id: authorId, task_label: taskLabel, question: null, answer: text, public: 1, created_at: now, answered_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await findMessage(db, Number(row.id)))!;
}
