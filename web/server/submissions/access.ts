/** Who may see a submission: its owner, a teacher of a class the owner is a student in, an admin. */
import type { Kysely } from 'kysely';
import { teaches } from '../accounts/users.ts';
import type { Database, Submission, User } from '../db/schema.ts';

export async function canView(db: Kysely<Database>, viewer: User, submission: Pick<Submission, 'user_id'> & { contest_id?: number | null }): Promise<boolean> {
  if (viewer.role === 'admin' || viewer.id === submission.user_id) return true;
  if (viewer.role !== 'teacher') return false;
  if (await teaches(db, viewer.id, submission.user_id)) return true;
  // A round's submission: also its host (web/server/contests), who may teach none of the participants.
  if (submission.contest_id === null || submission.contest_id === undefined) return false;
  const hosted = await db.selectFrom('contests').select('id').where('id', '=', submission.contest_id).where('owner_id', '=', viewer.id).executeTakeFirst();
  return hosted !== undefined;
}
