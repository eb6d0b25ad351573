/**
 * Judges one claimed submission: runs the runner, stores every event (fenced by the claim), then
 * publishes it live. The store is written first, so a client that reconnects always finds at least
 * what it was shown. A heartbeat keeps the claim; losing it stops judging at once.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { judgeSubmission, type WorkerPool } from '../../../judge/runner/index.ts';
import type { JudgeEvent } from '../../../judge/runner/events.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Database } from '../db/schema.ts';
import { publishJudgeEvent, type Broadcaster } from '../live/publish.ts';
import { heartbeat, type Claim } from '../submissions/claims.ts';
import { applyEvent } from '../submissions/results.ts';
import { findSubmission } from '../submissions/view.ts';
import { publishClassProgress } from '../teaching/live.ts';
import { publishContestOfSubmission } from '../contests/live.ts';

export interface JudgeDeps {
  db: Kysely<Database>;
  catalog: Catalog;
  pool: WorkerPool;
  io: Broadcaster;
  log: Logger;
  leaseMs: number;
}

const TEXT = {
  noTask: { ru: 'Задача этой посылки больше не существует на сервере.', en: 'The task of this submission no longer exists on the server.' },
  crashed: (m: string) => ({ ru: `Сбой проверяющей системы: ${m}`, en: `The judge failed: ${m}` }),
};

/** Resolves when the submission is finished by us, or when we lost the claim (someone else finishes it). */
export async function judgeOne(deps: JudgeDeps, claim: Claim, signal?: AbortSignal): Promise<'finished' | 'lost' | 'stopped'> {
  const { db, log } = deps;
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('stopping'));
  signal?.addEventListener('abort', stop, { once: true });
  let lost = false;
  const beat = setInterval(() => {
    heartbeat(db, claim, deps.leaseMs).then(
      (ok) => {
        if (!ok && !lost) {
          lost = true;
          controller.abort(new Error('claim lost'));
        }
      },
      (err: unknown) => log.warn({ err, id: claim.id }, 'heartbeat failed'),
    );
  }, Math.max(250, Math.floor(deps.leaseMs / 3)));

  const emit = async (event: JudgeEvent, hidden: ReadonlySet<string>): Promise<boolean> => {
    const ok = await applyEvent(db, claim, event);
    if (!ok) {
      lost = true;
      return false;
    }
    publishJudgeEvent(deps.io, claim.id, event, hidden);
    // The teachers' live matrix gets the student's new row once the result is stored.
    if (event.type === 'finished') await publishClassProgress(deps.io, db, claim.id).catch((err: unknown) => log.warn({ err, id: claim.id }, 'class progress not published'));
    // A round's scoreboards follow its submissions' verdicts.
    if (event.type === 'finished') await publishContestOfSubmission(deps.io, db, claim.id).catch((err: unknown) => log.warn({ err, id: claim.id }, 'contest board not published'));
    return true;
  };

  try {
    const sub = await findSubmission(db, claim.id);
    if (!sub) return 'lost';
    const task = await deps.catalog.taskFor(sub.task_id, sub.task_version);
    if (!task) {
      await emit({ type: 'compiling' }, new Set());
      await emit({ type: 'finished', verdict: 'judge-error', score: 0, maxScore: sub.max_score ?? 0, message: TEXT.noTask }, new Set());
      return 'finished';
    }
    const hidden = new Set(task.tests.filter((t) => t.hidden).map((t) => t.id));
    const started = performance.now();
    try {
      // A bench authored in the browser runs only in the sandbox (judge/sandbox).
      const pool = deps.catalog.authored?.owns(task) ? deps.catalog.authored.pool() : deps.pool;
      for await (const event of judgeSubmission(task, sub.source, { pool, signal: controller.signal })) {
        if (!(await emit(event, hidden))) break;
        if (event.type === 'finished') {
          log.info({ id: claim.id, task: task.id, verdict: event.verdict, score: event.score, ms: Math.round(performance.now() - started) }, 'judged');
          return 'finished';
        }
      }
    } catch (error) {
      if (lost) return 'lost';
      if (signal?.aborted) return 'stopped';
      // Our fault, never the student's: finish with judge-error so the submission does not hang.
      log.error({ err: error, id: claim.id }, 'judging failed');
      const message = TEXT.crashed(error instanceof Error ? error.message.split('\n')[0] : String(error));
      await emit({ type: 'finished', verdict: 'judge-error', score: 0, maxScore: task.points, message }, hidden);
      return 'finished';
    }
    return lost ? 'lost' : signal?.aborted ? 'stopped' : 'finished';
  } finally {
    clearInterval(beat);
    signal?.removeEventListener('abort', stop);
  }
}
