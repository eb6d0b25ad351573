/**
 * Scaled mode: BullMQ on Redis carries submission ids to judge worker processes. The store stays
 * the truth: a worker claims the submission in the database before judging, so a duplicate or
 * re-delivered job is harmless, and a sweeper re-announces every waiting submission (one whose
 * job was lost with a killed server, or whose judge died) under the same job id, which BullMQ
 * de-duplicates.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { waitingOrder } from '../submissions/claims.ts';
import type { JudgeQueue } from './types.ts';

export const QUEUE_NAME = 'judge';
/** BullMQ's largest priority is 2^21; contest jobs stay below practice ones. */
const PRACTICE = 1_000_000;

export function redisConnection(url: string): Redis {
  // BullMQ needs blocking commands to wait forever rather than fail after retries.
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * BullMQ priority: lower first. Contest before practice; within, a user's k-th waiting submission
 * gets k, so one user's burst interleaves with everyone else's first tries.
 */
export function jobPriority(priority: number, userWaiting: number): number {
  return 1 + (priority > 0 ? PRACTICE : 0) + Math.min(userWaiting, PRACTICE - 2);
}

export class BullQueue implements JudgeQueue {
  readonly queue: Queue;

  constructor(
    private readonly connection: Redis,
    prefix: string,
    private readonly db: Kysely<Database>,
  ) {
    this.queue = new Queue(QUEUE_NAME, { connection, prefix });
  }

  async enqueue(s: { id: number; userId: number; priority: number }): Promise<void> {
    const row = await this.db
      .selectFrom('submissions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', s.userId)
      .where('state', '=', 'queued')
      .executeTakeFirst();
    await this.add(s.id, jobPriority(s.priority, Number(row?.n ?? 1)));
  }

  private add(id: number, priority: number) {
    return this.queue.add(QUEUE_NAME, { id }, { jobId: `s${id}`, priority, removeOnComplete: true, removeOnFail: true });
  }

  /** Re-announces waiting submissions (unclaimed, or claimed by a judge whose lease ran out). */
  async sweep(): Promise<number> {
    const order = await waitingOrder(this.db, 500);
    const rows = order.length
      ? await this.db.selectFrom('submissions').select(['id', 'priority']).where('id', 'in', order).execute()
      : [];
    const prio = new Map(rows.map((r) => [Number(r.id), r.priority]));
    for (const [i, id] of order.entries()) await this.add(id, jobPriority(prio.get(id) ?? 1, i));
    return order.length;
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
