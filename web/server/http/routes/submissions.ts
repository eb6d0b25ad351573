/** Submitting a sketch, reading its state, my history, and the trace of a failed test. */
import { Router } from 'express';
import {
  SubmissionListQuerySchema,
  SubmitRequestSchema,
  type SubmissionListResponse,
  type SubmitResponse,
} from '../../../shared/api.ts';
import { contestOnlyTask } from '../../contests/store.ts';
import { publishQueuePositions } from '../../live/publish.ts';
import { publishClassProgress } from '../../teaching/live.ts';
import { canView } from '../../submissions/access.ts';
import { detailFor, findSubmission, listSubmissions, submissionView } from '../../submissions/view.ts';
import type { AppContext } from '../context.ts';
import { requireUser, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { idParam, parse } from '../validate.ts';

export function submissionsRouter(ctx: AppContext): Router {
  const router = Router();
  const limiter = new RateLimiter(ctx.config.SUBMIT_PER_MIN);

  router.post(
    '/submissions',
    requireUser,
    rateLimit(limiter, (_req, res) => `submit|${userOf(res).id}`),
    async (req, res) => {
      const { taskId, source } = parse(SubmitRequestSchema, req.body);
      const user = userOf(res);
      const task = ctx.catalog.tasks.get(taskId);
      if (!task) throw HttpError.of('not-found', 'task-not-found');
      // A cup round's own task is judged only as the round's submission (POST /api/contests/:id/submissions).
      if (user.role === 'student' && (await contestOnlyTask(ctx.db, ctx.catalog, task.id))) throw HttpError.of('not-found', 'task-not-found');
      // Stored first (the truth), announced second: a lost announcement is found by the sweeper.
      const row = await ctx.db
        .insertInto('submissions')
        .values({
          user_id: user.id,
          task_id: task.id,
          task_version: task.version,
          contest_id: null,
          priority: 1,
          source,
          state: 'queued',
          max_score: task.points,
          attempts: 0,
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await ctx.queue.enqueue({ id, userId: user.id, priority: 1 }).catch((err: unknown) => {
        ctx.log.warn({ err, id }, 'enqueue failed; the sweeper will pick it up');
      });
      // Everyone waiting learns their new place (in every mode, through the socket.io adapter).
      void publishQueuePositions(ctx.io, ctx.db).catch(() => {});
      // The class teachers' matrix shows the new attempt (as being judged) at once.
      void publishClassProgress(ctx.io, ctx.db, id).catch(() => {});
      const body: SubmitResponse = { id: String(id) };
      res.status(201).json(body);
    },
  );

  router.get('/submissions', requireUser, async (req, res) => {
    const { taskId, limit } = parse(SubmissionListQuerySchema, req.query);
    const body: SubmissionListResponse = { submissions: await listSubmissions(ctx.db, userOf(res).id, taskId, limit) };
    res.json(body);
  });

  /** Loads a submission the user may see; a forbidden one looks the same as a missing one. */
  async function visible(idText: unknown, res: Parameters<typeof userOf>[0]) {
    const id = idParam(idText, 'submission-not-found');
    const user = userOf(res);
    const sub = await findSubmission(ctx.db, id);
    if (!sub || !(await canView(ctx.db, user, sub))) throw HttpError.of('not-found', 'submission-not-found');
    return { id, user, sub };
  }

  router.get('/submissions/:id', requireUser, async (req, res) => {
    const { id, user } = await visible(req.params.id, res);
    res.json(await submissionView(ctx.db, id, detailFor(user)));
  });

  router.get('/submissions/:id/traces/:testId', requireUser, async (req, res) => {
    const { id, user, sub } = await visible(req.params.id, res);
    const testId = String(req.params.testId);
    const tests = sub.tests_json ? (JSON.parse(sub.tests_json) as { id: string; hidden: boolean }[]) : [];
    const hidden = tests.find((t) => t.id === testId)?.hidden ?? true;
    if (hidden && detailFor(user) === 'redacted') throw HttpError.of('not-found', 'trace-not-found');
    const row = await ctx.db
      .selectFrom('traces')
      .select('trace_json')
      .where('submission_id', '=', id)
      .where('test_id', '=', testId)
      .executeTakeFirst();
    if (!row) throw HttpError.of('not-found', 'trace-not-found');
    res.type('application/json').send(row.trace_json);
  });

  return router;
}
