/**
 * Turns the judge's events into live socket.io events for the two views of a submission: its
 * owner's (hidden tests redacted) and the staff's (everything). Traces never travel live; the
 * client fetches one when it opens a failed test.
 *
 * `to(room).emit` is all we need of socket.io, so the same code publishes from a server (its own
 * io) and from a judge worker process (a detached io on the Redis adapter: the event reaches the
 * clients on every server).
 */
import type { Kysely } from 'kysely';
import type { JudgeEvent } from '../../../judge/runner/events.ts';
import type { LiveEvent, SubmissionEvent } from '../../shared/socket.ts';
import type { ClassProgressEvent } from '../../shared/teaching.ts';
import { rooms } from '../../shared/socket.ts';
import type { Database } from '../db/schema.ts';
import { waitingOrder } from '../submissions/claims.ts';
import { redactResult, redactTest, type Detail } from '../submissions/view.ts';

export interface Broadcaster {
  to(room: string): {
    emit(event: 'submission:event', payload: SubmissionEvent): unknown;
    /** A class's progress matrix row (web/server/teaching/live.ts). */
    emit(event: 'class:progress', payload: ClassProgressEvent): unknown;
  };
}

function liveOf(event: JudgeEvent, hidden: ReadonlySet<string>, detail: Detail): LiveEvent {
  switch (event.type) {
    case 'tests':
      return { type: 'tests', tests: event.tests.map((t) => redactTest(t, detail)) };
    case 'test-finished': {
      const { trace, ...r } = event.result;
      return { type: 'test-finished', result: redactResult({ ...r, measurements: r.measurements ?? [], hasTrace: trace !== undefined }, hidden.has(r.id), detail) };
    }
    default:
      return event;
  }
}

/** Sends one judge event to both views of the submission. */
export function publishJudgeEvent(io: Broadcaster, id: number, event: JudgeEvent, hidden: ReadonlySet<string>): void {
  const submissionId = String(id);
  io.to(rooms.submission(submissionId)).emit('submission:event', { submissionId, event: liveOf(event, hidden, 'redacted') });
  io.to(rooms.submissionFull(submissionId)).emit('submission:event', { submissionId, event: liveOf(event, hidden, 'full') });
}

export function publishLive(io: Broadcaster, id: number, event: LiveEvent): void {
  const submissionId = String(id);
  io.to(rooms.submission(submissionId)).emit('submission:event', { submissionId, event });
  io.to(rooms.submissionFull(submissionId)).emit('submission:event', { submissionId, event });
}

/**
 * Tells every waiting submission its place in the queue (called when the queue changes: a new
 * submission, a claim). Bounded, so a huge backlog costs one query, not thousands of messages.
 */
export async function publishQueuePositions(io: Broadcaster, db: Kysely<Database>, limit = 100): Promise<void> {
  const order = await waitingOrder(db, limit);
  order.forEach((id, i) => publishLive(io, id, { type: 'queued', position: i + 1 }));
}
