/**
 * Who may manage a class: its teachers (a `teacher` membership) and admins. Everyone else is
 * refused — a student always, another teacher always, whatever the id.
 */
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.ts';

export async function canManageClass(db: Kysely<Database>, user: Pick<User, 'id' | 'role'>, classId: number): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'teacher') return false;
  const row = await db
    .selectFrom('class_members')
    .select('user_id')
    .where('class_id', '=', classId)
    .where('user_id', '=', user.id)
    .where('role', '=', 'teacher')
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of the classes the user manages (every class for an admin), oldest first. */
export async function managedClassIds(db: Kysely<Database>, user: Pick<User, 'id' | 'role'>): Promise<number[]> {
  if (user.role === 'admin') return (await db.selectFrom('classes').select('id').orderBy('id').execute()).map((r) => Number(r.id));
  if (user.role !== 'teacher') return [];
  const rows = await db
    .selectFrom('class_members')
    .select('class_id')
    .where('user_id', '=', user.id)
    .where('role', '=', 'teacher')
    .orderBy('class_id')
    .execute();
  return rows.map((r) => Number(r.class_id));
}
