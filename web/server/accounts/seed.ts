/**
 * The first admin (from ADMIN_LOGIN/ADMIN_PASSWORD, or a generated password printed once) and, in
 * the embedded mode, demo accounts and a demo class. Idempotent: existing accounts are left alone,
 * so a restart never resets a password someone changed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { generatePassword } from './passwords.ts';
import { addMember, createUser, findUserByLogin } from './users.ts';

export interface SeededAccount {
  login: string;
  name: string;
  role: 'student' | 'teacher' | 'admin';
  /** Known only when the account was created now (or is a demo account with a fixed password). */
  password?: string;
}

/** Fixed demo passwords: they are printed at start and the end-to-end tests log in with them. */
export const DEMO_ACCOUNTS = [
  { login: 'teacher', name: 'Ирина Петровна (демо)', role: 'teacher', password: 'teacher-demo' },
  { login: 'student1', name: 'Аня Смирнова (демо)', role: 'student', password: 'student1-demo' },
  { login: 'student2', name: 'Миша Иванов (демо)', role: 'student', password: 'student2-demo' },
  { login: 'student3', name: 'Катя Кузнецова (демо)', role: 'student', password: 'student3-demo' },
] as const;

export const DEMO_CLASS = { name: 'Демо-класс 7А', joinCode: 'DEMO7A' };

export async function seedAdmin(db: Kysely<Database>, login: string, password: string | undefined): Promise<SeededAccount> {
  const existing = await findUserByLogin(db, login);
  if (existing) return { login, name: existing.name, role: existing.role };
  const chosen = password ?? generatePassword(12);
  try {
    await createUser(db, { login, name: 'Администратор', role: 'admin', password: chosen });
  } catch (error) {
    // Another server process created it at the same moment.
    if (await findUserByLogin(db, login)) return { login, name: 'Администратор', role: 'admin' };
    throw error;
  }
  return { login, name: 'Администратор', role: 'admin', password: chosen };
}

export async function seedDemo(db: Kysely<Database>): Promise<{ accounts: SeededAccount[]; classCode: string }> {
  const accounts: SeededAccount[] = [];
  const ids = new Map<string, number>();
  for (const a of DEMO_ACCOUNTS) {
    // Another server process may be seeding at the same moment: a lost race finds its row.
    const user =
      (await findUserByLogin(db, a.login)) ??
      (await createUser(db, a).catch(async (error: unknown) => {
        const raced = await findUserByLogin(db, a.login);
        if (!raced) throw error;
        return raced;
      }));
    ids.set(a.login, user.id);
    accounts.push({ login: a.login, name: a.name, role: a.role, password: a.password });
  }
  let cls = await db.selectFrom('classes').selectAll().where('join_code', '=', DEMO_CLASS.joinCode).executeTakeFirst();
  if (!cls) {
    await db
      .insertInto('classes')
      .values({ name: DEMO_CLASS.name, join_code: DEMO_CLASS.joinCode, created_by: ids.get('teacher')!, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('join_code').doNothing())
      .execute();
    cls = await db.selectFrom('classes').selectAll().where('join_code', '=', DEMO_CLASS.joinCode).executeTakeFirstOrThrow();
  }
  for (const a of DEMO_ACCOUNTS) await addMember(db, cls.id, ids.get(a.login)!, a.role === 'teacher' ? 'teacher' : 'student');
  return { accounts, classCode: DEMO_CLASS.joinCode };
}
