/** A user's standing on tasks: attempts, best score, and the not tried / tried / solved status. */
import type { Kysely } from 'kysely';
import type { TaskStatus } from '../../shared/api.ts';
import type { Database } from '../db/schema.ts';

export interface Progress {
  attempts: number;
  bestScore: number | null;
  status: TaskStatus;
}

export const NO_PROGRESS: Progress = { attempts: 0, bestScore: null, status: 'none' };

export async function progressOf(db: Kysely<Database>, userId: number, taskIds?: string[]): Promise<Map<string, Progress>> {
  let q = db
    .selectFrom('submissions')
    .select((eb) => [
      'task_id',
      eb.fn.countAll().as('attempts'),
      eb.fn.max('score').as('best'),
      eb.fn.max(eb.case().when('score', '>=', eb.ref('max_score')).then(1).else(0).end()).as('solved'),
    ])
    .where('user_id', '=', userId)
    .where('contest_id', 'is', null)
    .groupBy('task_id');
  if (taskIds) {
    if (taskIds.length === 0) return new Map();
    q = q.where('task_id', 'in', taskIds);
  }
  const rows = await q.execute();
  return new Map(
    rows.map((r) => {
      const best = r.best === null ? null : Number(r.best);
      const solved = Number(r.solved) === 1;
      return [r.task_id, { attempts: Number(r.attempts), bestScore: best, status: solved ? 'solved' : 'tried' }];
    }),
  );
}
