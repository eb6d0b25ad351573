/**
 * The consuming side of the BullMQ queue, run by `npm run worker`: takes an id, claims the
 * submission in the store, judges it. A job whose submission is finished or validly claimed
 * elsewhere completes at once (the store decides, not the queue).
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { claimById, release, type Claim } from '../submissions/claims.ts';
import { judgeOne, type JudgeDeps } from '../judging/judge-one.ts';
import { publishQueuePositions } from '../live/publish.ts';
import { BullQueue, QUEUE_NAME } from './bullmq.ts';

export interface BullJudgeOptions {
  connection: Redis;
  prefix: string;
  concurrency: number;
  /** How often waiting submissions are re-announced (lost jobs, dead judges). */
  sweepMs?: number;
}

export class BullJudge {
  readonly name = `worker:${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private worker: Worker | null = null;
  private readonly stopping = new AbortController();
  private readonly claims = new Set<Claim>();
  private sweeper: NodeJS.Timeout | null = null;
  private readonly producer: BullQueue;
  private readonly blocking: Redis;

  constructor(
    private readonly deps: JudgeDeps,
    private readonly options: BullJudgeOptions,
  ) {
    this.producer = new BullQueue(options.connection, options.prefix, deps.db);
    // BullMQ's worker blocks on its connection: it gets its own, closed with it.
    this.blocking = options.connection.duplicate();
  }

  async start(): Promise<void> {
    const { deps } = this;
    this.worker = new Worker(
      QUEUE_NAME,
      async (job) => {
        const id = Number((job.data as { id: unknown }).id);
        if (!Number.isInteger(id)) return;
        const claim = await claimById(deps.db, id, this.name, deps.leaseMs);
        if (!claim) return;
        this.claims.add(claim);
        try {
          await publishQueuePositions(deps.io, deps.db).catch(() => {});
          await judgeOne(deps, claim, this.stopping.signal);
        } finally {
          this.claims.delete(claim);
        }
      },
      {
        connection: this.blocking,
        prefix: this.options.prefix,
        concurrency: this.options.concurrency,
        // A killed worker's job returns to the queue after this; the store's lease guards the rest.
        lockDuration: Math.max(deps.leaseMs, 5000),
        stalledInterval: Math.max(deps.leaseMs, 5000),
      },
    );
    this.worker.on('error', (err) => deps.log.error({ err }, 'queue worker error'));
    const sweep = () =>
      this.producer.sweep().catch((err: unknown) => deps.log.warn({ err }, 'sweep failed'));
    await sweep();
    this.sweeper = setInterval(sweep, this.options.sweepMs ?? Math.max(1000, Math.floor(deps.leaseMs / 2)));
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.stopping.abort();
    const claims = [...this.claims];
    await this.worker?.close();
    for (const c of claims) await release(this.deps.db, c).catch(() => {});
    await this.producer.close();
    this.blocking.disconnect();
  }
}
