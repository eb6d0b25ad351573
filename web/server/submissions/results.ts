/**
 * Writes a judge's events into the store, fenced by the claim token: a judge that lost its claim
 * gets `false` back and must stop. Writes are idempotent (upserts keyed by submission and test), so
 * a retried write after a lost reply leaves the same row.
 */
import type { Kysely } from 'kysely';
import type { JudgeEvent } from '../../../judge/runner/events.ts';
import type { Database } from '../db/schema.ts';
import type { Claim } from './claims.ts';

/** Applies one event; false when the claim is no longer ours (nothing was written). */
export async function applyEvent(db: Kysely<Database>, claim: Claim, event: JudgeEvent): Promise<boolean> {
  const mine = (trx: Kysely<Database>) =>
    trx
      .updateTable('submissions')
      .where('id', '=', claim.id)
      .where('claim_token', '=', claim.token)
      .where('state', '!=', 'finished');
  const changed = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows) === 1;

  switch (event.type) {
    case 'compiling':
      return changed(await mine(db).set({ state: 'compiling' }).executeTakeFirst());
    case 'compiled': {
      const { type: _, ...info } = event;
      return changed(await mine(db).set({ compile_json: JSON.stringify(info) }).executeTakeFirst());
    }
    case 'tests':
      return changed(await mine(db).set({ state: 'running', tests_json: JSON.stringify(event.tests) }).executeTakeFirst());
    case 'test-started':
      return db.transaction().execute(async (trx) => {
        // Touching the row checks the claim and locks it for the result write below.
        if (!changed(await mine(trx).set({ state: 'running' }).executeTakeFirst())) return false;
        const row = {
          test_index: event.index,
          state: 'running' as const,
          verdict: null,
          points: 0,
          max_points: 0,
          message_json: null,
          simulated_ms: 0,
          wall_ms: 0,
          cycles: 0,
          measurements_json: '[]',
          has_trace: 0,
        };
        await trx
          .insertInto('test_results')
          .values({ submission_id: claim.id, test_id: event.id, ...row })
          .onConflict((oc) => oc.columns(['submission_id', 'test_id']).doNothing())
          .execute();
        return true;
      });
    case 'test-finished':
      return db.transaction().execute(async (trx) => {
        if (!changed(await mine(trx).set({ state: 'running' }).executeTakeFirst())) return false;
        const r = event.result;
        const row = {
          test_index: r.index,
          state: 'finished' as const,
          verdict: r.verdict,
          points: r.points,
          max_points: r.maxPoints,
          message_json: JSON.stringify(r.message),
          simulated_ms: r.simulatedMs,
          wall_ms: r.wallMs,
          cycles: r.cycles,
          measurements_json: JSON.stringify(r.measurements ?? []),
          has_trace: r.trace ? 1 : 0,
        };
        await trx
          .insertInto('test_results')
          .values({ submission_id: claim.id, test_id: r.id, ...row })
          .onConflict((oc) => oc.columns(['submission_id', 'test_id']).doUpdateSet(row))
          .execute();
        if (r.trace) {
          const trace_json = JSON.stringify(r.trace);
          await trx
            .insertInto('traces')
            .values({ submission_id: claim.id, test_id: r.id, trace_json })
            .onConflict((oc) => oc.columns(['submission_id', 'test_id']).doUpdateSet({ trace_json }))
            .execute();
        }
        return true;
      });
    case 'finished':
      // The one write that ends judging; the token check makes it happen once.
      return changed(
        await mine(db)
          .set({
            state: 'finished',
            verdict: event.verdict,
            score: event.score,
            max_score: event.maxScore,
            message_json: event.message ? JSON.stringify(event.message) : null,
            finished_at: new Date().toISOString(),
            claim_token: null,
            lease_until: null,
          })
          .executeTakeFirst(),
      );
  }
}
