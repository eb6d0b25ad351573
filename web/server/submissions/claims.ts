/**
 * The submissions table is also the durable judge queue. A judge claims a submission with a fresh
 * token and a lease it keeps alive by heartbeats; when the lease runs out (the judge was killed),
 * anyone may take the claim over. Every write of a result checks the token (fencing), so a judge
 * that lost its claim can no longer write: each submission's result is written exactly once.
 *
 * Fair order: contest before practice (priority), then round-robin between users — a user's k-th
 * waiting submission waits behind every other user's first … (k-1)-th — then age.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface Claim {
  id: number;
  token: string;
}

/** Waiting = not finished and not validly claimed (never claimed, released, or its lease ran out). */
function waiting(db: Kysely<Database>, now: string) {
  return db
    .selectFrom('submissions')
    .select([
      'id',
      'priority',
      'user_id',
      sql<number>`row_number() over (partition by user_id order by id)`.as('turn'),
    ])
    .where('state', '!=', 'finished')
    .where((eb) => eb.or([eb('claim_token', 'is', null), eb('lease_until', '<', now)]));
}

/** Ids of waiting submissions in the order they will be judged (at most `limit`). */
export async function waitingOrder(db: Kysely<Database>, limit = 200): Promise<number[]> {
  const now = new Date().toISOString();
  const rows = await db
    .selectFrom(waiting(db, now).as('w'))
    .select('w.id')
    .orderBy('w.priority')
    .orderBy('w.turn')
    .orderBy('w.id')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Claims the first waiting submission, or null when none waits. Safe against concurrent judges. */
export async function claimNext(db: Kysely<Database>, judge: string, leaseMs: number): Promise<Claim | null> {
  // A few candidates: if another judge wins the race for the first, try the next.
  for (const id of await waitingOrder(db, 5)) {
    const claim = await claimById(db, id, judge, leaseMs);
    if (claim) return claim;
  }
  return null;
}

/**
 * Claims one submission if it is waiting (BullMQ delivered its id, or the sweeper found it).
 * A takeover drops the dead attempt's partial results: judging starts again from the beginning.
 */
export async function claimById(db: Kysely<Database>, id: number, judge: string, leaseMs: number): Promise<Claim | null> {
  const now = new Date();
  const token = randomUUID();
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('submissions')
      .set((eb) => ({
        claim_token: token,
        claimed_by: judge,
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
        state: 'compiling',
        started_at: now.toISOString(),
        compile_json: null,
        tests_json: null,
      }))
      .where('id', '=', id)
      .where('state', '!=', 'finished')
      .where((eb) => eb.or([eb('claim_token', 'is', null), eb('lease_until', '<', now.toISOString())]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    await trx.deleteFrom('test_results').where('submission_id', '=', id).execute();
    await trx.deleteFrom('traces').where('submission_id', '=', id).execute();
    return { id, token };
  });
}

/** Extends the lease; false when the claim was lost (taken over, or the submission is finished). */
export async function heartbeat(db: Kysely<Database>, claim: Claim, leaseMs: number): Promise<boolean> {
  const result = await db
    .updateTable('submissions')
    .set({ lease_until: new Date(Date.now() + leaseMs).toISOString() })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a claim back (graceful shutdown): the submission is waiting again at once. */
export async function release(db: Kysely<Database>, claim: Claim): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ claim_token: null, claimed_by: null, lease_until: null, state: 'queued' })
    .where('id', '=', claim.id)
    .where('claim_token', '=', claim.token)
    .where('state', '!=', 'finished')
    .execute();
}

/** Embedded mode at start: this process is the only judge, so claims left by its previous life are dead. */
export async function releaseAllClaimsOf(db: Kysely<Database>, judgePrefix: string): Promise<number> {
  const result = await db
    .updateTable('submissions')
    .set({ claim_token: null, claimed_by: null, lease_until: null, state: 'queued' })
    .where('state', '!=', 'finished')
    .where('claimed_by', 'like', `${judgePrefix}%`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
