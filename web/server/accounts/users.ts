/** Users and class membership: the queries the routes and the access checks need. */
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.ts';
import type { Me, Role } from '../../shared/api.ts';
import { hashPassword } from './passwords.ts';

export async function createUser(
  db: Kysely<Database>,
  user: { login: string; name: string; role: Role; password: string },
): Promise<User> {
  return db
    .insertInto('users')
    .values({
      login: user.login,
      name: user.name,
      role: user.role,
      password_hash: await hashPassword(user.password),
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserByLogin(db: Kysely<Database>, login: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
}

export async function meOf(db: Kysely<Database>, user: User): Promise<Me> {
  const classes = await db
    .selectFrom('class_members')
    .innerJoin('classes', 'classes.id', 'class_members.class_id')
    .select(['classes.id', 'classes.name', 'class_members.role'])
    .where('class_members.user_id', '=', user.id)
    .orderBy('classes.id')
    .execute();
  return {
    id: String(user.id),
    login: user.login,
    name: user.name,
    role: user.role,
    classes: classes.map((c) => ({ id: String(c.id), name: c.name, role: c.role })),
  };
}

/** True when `teacherId` teaches a class that `studentId` is a student of. */
export async function teaches(db: Kysely<Database>, teacherId: number, studentId: number): Promise<boolean> {
  const row = await db
    .selectFrom('class_members as t')
    .innerJoin('class_members as s', 's.class_id', 't.class_id')
    .select('t.class_id')
    .where('t.user_id', '=', teacherId)
    .where('t.role', '=', 'teacher')
    .where('s.user_id', '=', studentId)
    .where('s.role', '=', 'student')
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds the user to the class (idempotent: joining twice keeps one membership). */
export async function addMember(db: Kysely<Database>, classId: number, userId: number, role: 'student' | 'teacher'): Promise<void> {
  await db
    .insertInto('class_members')
    .values({ class_id: classId, user_id: userId, role, joined_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['class_id', 'user_id']).doNothing())
    .execute();
}
