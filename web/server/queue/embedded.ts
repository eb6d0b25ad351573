/**
 * Embedded mode: the durable queue is the submissions table and this process judges. Up to
 * `concurrency` submissions are judged at once, sharing one thread pool (one thread per core), so
 * one submission compiles while another runs its tests. Polling finds stale claims too.
 */
import { hostname } from 'node:os';
import { claimNext, release, releaseAllClaimsOf, type Claim } from '../submissions/claims.ts';
import { judgeOne, type JudgeDeps } from '../judging/judge-one.ts';
import { publishQueuePositions } from '../live/publish.ts';
import type { JudgeQueue } from './types.ts';

const POLL_MS = 1000;

export class EmbeddedJudge implements JudgeQueue {
  private readonly judgeName = `embedded:${hostname()}:`;
  private readonly claims = new Set<Claim>();
  private readonly stopping = new AbortController();
  private running = 0;
  private readonly sleepers = new Set<() => void>();
  private loops: Promise<void>[] = [];

  constructor(
    private readonly deps: JudgeDeps,
    private readonly concurrency: number,
  ) {}

  /** Claims left by this machine's previous (killed) embedded server are dead: give them back first. */
  async start(): Promise<void> {
    const freed = await releaseAllClaimsOf(this.deps.db, this.judgeName);
    if (freed) this.deps.log.info({ freed }, 'taking over submissions left by the previous run');
    for (let i = 0; i < this.concurrency; i++) this.loops.push(this.loop(i));
  }

  async enqueue(): Promise<void> {
    this.notify();
  }

  private notify(): void {
    const sleepers = [...this.sleepers];
    this.sleepers.clear();
    for (const wake of sleepers) wake();
  }

  private async loop(slot: number): Promise<void> {
    const judge = `${this.judgeName}${process.pid}:${slot}`;
    while (!this.stopping.signal.aborted) {
      let claim: Claim | null = null;
      try {
        claim = await claimNext(this.deps.db, judge, this.deps.leaseMs);
      } catch (err) {
        this.deps.log.error({ err }, 'claiming failed');
      }
      if (!claim) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            this.sleepers.delete(wake);
            resolve();
          };
          const timer = setTimeout(wake, POLL_MS);
          this.sleepers.add(wake);
        });
        continue;
      }
      this.claims.add(claim);
      this.running++;
      try {
        await publishQueuePositions(this.deps.io, this.deps.db).catch(() => {});
        await judgeOne(this.deps, claim, this.stopping.signal);
      } catch (err) {
        this.deps.log.error({ err, id: claim.id }, 'judging loop error');
      } finally {
        this.claims.delete(claim);
        this.running--;
      }
      // Another loop may be sleeping while work waits.
      this.notify();
    }
  }

  /** Stops judging; unfinished claims are released so the next start (or another judge) resumes them. */
  async close(): Promise<void> {
    this.stopping.abort();
    this.notify();
    const claims = [...this.claims];
    await Promise.allSettled(this.loops);
    for (const c of claims) await release(this.deps.db, c).catch(() => {});
  }
}
