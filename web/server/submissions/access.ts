/** Who may see a submission: its owner, a teacher of a class the owner is a student in, an admin. */
import type { Kysely } from 'kysely';
import { teaches } from '../accounts/users.ts';
import type { Database, Submission, User } from '../db/schema.ts';

export async function canView(db: Kysely<Database>, viewer: User, submission: Pick<Submission, 'user_id'>): Promise<boolean> {
  if (viewer.role === 'admin' || viewer.id === submission.user_id) return true;
  if (viewer.role === 'teacher') return teaches(db, viewer.id, submission.user_id);
  return false;
}
