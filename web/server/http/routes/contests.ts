/**
 * Competitions: rounds (create, edit, list), participants in bulk, the round's tasks inside its
 * window, submissions that belong to the round, the scoreboard (public/frozen or the jury's),
 * reveal, clarifications and announcements, rejudge, ignore, and the results as CSV.
 *
 * Who: creating needs a teacher or admin (they host the round); every round route answers 404 to
 * anyone who is neither its jury (host, admins) nor its participant, so ids reveal nothing; jury
 * routes answer 403 to participants.
 */
import { Router, type Request, type Response } from 'express';
import type { TaskView } from '../../../shared/api.ts';
import {
  AddParticipantsSchema,
  AnnounceSchema,
  AnswerSchema,
  AskSchema,
  ContestSubmitSchema,
  CreateContestSchema,
  IgnoreSchema,
  RejudgeSchema,
  RevealSchema,
  ScoreboardQuerySchema,
  UpdateContestSchema,
  UpdateParticipantSchema,
  type AddParticipantsResponse,
  type ContestListResponse,
  type ContestMessageList,
  type ContestSubmission,
  type ContestView,
  type ParticipantListResponse,
} from '../../../shared/contest.ts';
import type { Text } from '../../../shared/common.ts';
import { taskView } from '../../catalog/task-view.ts';
import { createBulkAccounts, LoginsTakenError, parseRoster } from '../../accounts/bulk.ts';
import { resultsCsv } from '../../contests/csv.ts';
import { publishChanged, publishContest, publishMessage } from '../../contests/live.ts';
import { announce, answer, ask, findMessage, messageOf, messagesFor } from '../../contests/messages.ts';
import { scoreboard, taskInfo } from '../../contests/standings.ts';
import { reveal } from '../../contests/standings.ts';
import { addParticipants, contestsOf, createContest, loadContest, participantsOf, phaseAt, roleIn, RoundError, summaryOf, type Contest } from '../../contests/store.ts';
import type { User } from '../../db/schema.ts';
import { publishQueuePositions } from '../../live/publish.ts';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser, userOf } from '../auth.ts';
import { HttpError, langOf } from '../errors.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { idParam, parse } from '../validate.ts';

const TEXT = {
  notFound: { ru: 'Такого тура нет.', en: 'There is no such round.' },
  juryOnly: { ru: 'Это может только жюри тура.', en: 'Only the round’s jury can do this.' },
  notStarted: { ru: 'Тур ещё не начался.', en: 'The round has not started yet.' },
  over: { ru: 'Тур закончился: посылки больше не принимаются.', en: 'The round is over: no more submissions.' },
  notRunning: { ru: 'Тур сейчас не идёт.', en: 'The round is not running now.' },
  noLabel: { ru: 'В туре нет задачи с такой буквой.', en: 'The round has no task with this label.' },
  notEnded: { ru: 'Открывать результаты можно после окончания тура.', en: 'Results can be revealed after the round ends.' },
  noMessage: { ru: 'Такого вопроса нет.', en: 'There is no such question.' },
  taskMissing: { ru: 'Задачи этого тура нет на сервере.', en: 'This round’s task is not on the server.' },
  taken: (logins: string[]): Text => ({ ru: `Логины уже заняты: ${logins.join(', ')}.`, en: `Logins already taken: ${logins.join(', ')}.` }),
  nothing: { ru: 'Укажите список участников или логины.', en: 'Give a list of participants or logins.' },
};

export function contestsRouter(ctx: AppContext): Router {
  const router = Router();
  const { db } = ctx;
  const submitLimiter = new RateLimiter(ctx.config.SUBMIT_PER_MIN);
  const askLimiter = new RateLimiter(ctx.config.SUBMIT_PER_MIN);

  /** The round and the viewer's role in it; not in it looks like no round at all. */
  async function access(req: Request, res: Response): Promise<{ c: Contest; user: User; role: 'jury' | 'participant' }> {
    const id = idParam(req.params.id);
    const user = userOf(res);
    const c = await loadContest(db, id);
    const role = c ? await roleIn(db, c, user) : null;
    if (!c || !role) throw new HttpError('not-found', TEXT.notFound);
    return { c, user, role };
  }
  async function jury(req: Request, res: Response) {
    const a = await access(req, res);
    if (a.role !== 'jury') throw new HttpError('forbidden', TEXT.juryOnly);
    return a;
  }

  router.get('/contests', requireUser, async (_req, res) => {
    const user = userOf(res);
    const now = Date.now();
    const list: ContestListResponse['contests'] = [];
    for (const { id, role } of await contestsOf(db, user)) {
      const c = await loadContest(db, id);
      if (c) list.push(summaryOf(c, role, now));
    }
    list.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    res.json({ contests: list } satisfies ContestListResponse);
  });

  router.post('/contests', requireRole('teacher', 'admin'), async (req, res) => {
    const input = parse(CreateContestSchema, req.body);
    try {
      const id = await createContest(db, ctx.catalog, userOf(res).id, input);
      res.status(201).json({ id: String(id) });
    } catch (error) {
      if (error instanceof RoundError) throw new HttpError('bad-request', error.text);
      throw error;
    }
  });

  async function viewOf(c: Contest, role: 'jury' | 'participant'): Promise<ContestView> {
    const now = Date.now();
    const phase = phaseAt(c, now);
    const info = await taskInfo(db, c);
    const showTasks = role === 'jury' || phase !== 'before';
    return {
      ...summaryOf(c, role, now),
      description: c.row.description_json ? (JSON.parse(c.row.description_json) as Text) : null,
      serverTime: new Date(now).toISOString(),
      tasks: showTasks
        ? c.tasks.map((t) => ({
            label: t.label,
            taskId: t.task_id,
            title: info.get(t.task_id)?.title ?? { ru: t.task_id, en: t.task_id },
            maxScore: info.get(t.task_id)?.maxScore ?? 0,
            ...(t.measure ? { measure: t.measure, better: t.better ?? 'lower' } : {}),
          }))
        : [],
      revealed: c.freezeMs === null || JSON.parse(c.row.reveal_json).all === true,
    };
  }

  router.get('/contests/:id', requireUser, async (req, res) => {
    const { c, role } = await access(req, res);
    res.json(await viewOf(c, role));
  });

  router.patch('/contests/:id', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const input = parse(UpdateContestSchema, req.body);
    const duration = input.durationMinutes !== undefined ? Math.round(input.durationMinutes * 60) : c.row.duration_sec;
    const freeze = input.freezeMinutes !== undefined ? Math.round(input.freezeMinutes * 60) : c.row.freeze_sec;
    if (freeze >= duration) throw new HttpError('bad-request', { ru: 'Заморозка должна быть короче тура.', en: 'The freeze must be shorter than the round.' });
    await db
      .updateTable('contests')
      .set({
        ...(input.title ? { title_json: JSON.stringify(input.title) } : {}),
        ...(input.startsAt ? { starts_at: new Date(input.startsAt).toISOString() } : {}),
        duration_sec: duration,
        freeze_sec: freeze,
      })
      .where('id', '=', c.row.id)
      .execute();
    const fresh = (await loadContest(db, c.row.id))!;
    publishChanged(ctx.io, c.row.id);
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.json(await viewOf(fresh, 'jury'));
  });

  // ---- participants -------------------------------------------------------------------------

  router.get('/contests/:id/participants', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const rows = await participantsOf(db, c.row.id);
    res.json({ participants: rows.map((p) => ({ id: String(p.id), login: p.login, name: p.name, members: p.members })) } satisfies ParticipantListResponse);
  });

  router.post('/contests/:id/participants', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const input = parse(AddParticipantsSchema, req.body);
    if (!input.roster?.trim() && !input.logins?.length) throw new HttpError('bad-request', TEXT.nothing);
    const body: AddParticipantsResponse = { created: [], added: 0, problems: [], unknownLogins: [] };
    const ids: number[] = [];
    if (input.logins?.length) {
      const found = await db.selectFrom('users').select(['id', 'login']).where('login', 'in', input.logins).execute();
      const known = new Set(found.map((f) => f.login));
      body.unknownLogins = input.logins.filter((l) => !known.has(l));
      ids.push(...found.map((f) => Number(f.id)));
    }
    if (input.roster?.trim()) {
      const roster = parseRoster(input.roster);
      body.problems = roster.problems;
      if (roster.problems.length === 0 && roster.rows.length) {
        try {
          const created = await createBulkAccounts(db, roster.rows, { role: 'student', ...(input.loginPrefix ? { loginPrefix: input.loginPrefix } : {}) });
          body.created = created.map((a) => ({ id: String(a.id), login: a.login, name: a.name, password: a.password }));
          ids.push(...created.map((a) => a.id));
        } catch (error) {
          if (error instanceof LoginsTakenError) throw new HttpError('conflict', TEXT.taken(error.logins));
          if (error instanceof Error && /bad login prefix/.test(error.message)) throw HttpError.of('bad-request');
          throw error;
        }
      }
    }
    body.added = await addParticipants(db, c.row.id, ids);
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.status(body.problems.length ? 400 : 200).json(body);
  });

  router.patch('/contests/:id/participants/:userId', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const { members } = parse(UpdateParticipantSchema, req.body);
    const r = await db
      .updateTable('contest_participants')
      .set({ members: members || null })
      .where('contest_id', '=', c.row.id)
      .where('user_id', '=', idParam(req.params.userId))
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw HttpError.of('not-found');
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.status(204).end();
  });

  router.delete('/contests/:id/participants/:userId', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    await db.deleteFrom('contest_participants').where('contest_id', '=', c.row.id).where('user_id', '=', idParam(req.params.userId)).execute();
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.status(204).end();
  });

  // ---- tasks and submissions ------------------------------------------------------------------

  function labelTask(c: Contest, label: unknown) {
    const t = c.tasks.find((x) => x.label === String(label));
    if (!t) throw new HttpError('not-found', TEXT.noLabel);
    const task = ctx.catalog.tasks.get(t.task_id);
    if (!task) throw new HttpError('not-found', TEXT.taskMissing);
    return { entry: t, task };
  }

  router.get('/contests/:id/tasks/:label', requireUser, async (req, res) => {
    const { c, role } = await access(req, res);
    if (role === 'participant' && phaseAt(c) === 'before') throw new HttpError('forbidden', TEXT.notStarted);
    const { task } = labelTask(c, req.params.label);
    const best = await db
      .selectFrom('submissions')
      .select((eb) => [eb.fn.max('score').as('best'), eb.fn.max(eb.case().when('score', '>=', eb.ref('max_score')).then(1).else(0).end()).as('solved'), eb.fn.countAll().as('n')])
      .where('contest_id', '=', c.row.id)
      .where('user_id', '=', userOf(res).id)
      .where('task_id', '=', task.id)
      .executeTakeFirst();
    const body: TaskView = taskView(task, {
      status: Number(best?.solved ?? 0) === 1 ? 'solved' : Number(best?.n ?? 0) > 0 ? 'tried' : 'none',
      bestScore: best?.best === null || best?.best === undefined ? null : Number(best.best),
    });
    res.json(body);
  });

  router.post(
    '/contests/:id/submissions',
    requireUser,
    rateLimit(submitLimiter, (_req, res) => `contest-submit|${userOf(res).id}`),
    async (req, res) => {
      const { c, user, role } = await access(req, res);
      const { label, source } = parse(ContestSubmitSchema, req.body);
      const phase = phaseAt(c);
      // The jury may try the tasks at any time (their submissions are not on the board).
      if (role === 'participant' && phase === 'before') throw new HttpError('forbidden', TEXT.notStarted);
      if (role === 'participant' && phase === 'ended') throw new HttpError('forbidden', TEXT.over);
      const { task } = labelTask(c, label);
      const row = await db
        .insertInto('submissions')
        .values({
          user_id: user.id,
          task_id: task.id,
          task_version: task.version,
          contest_id: c.row.id,
          priority: 0,
          source,
          state: 'queued',
          max_score: task.points,
          attempts: 0,
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await ctx.queue.enqueue({ id, userId: user.id, priority: 0 }).catch((err: unknown) => ctx.log.warn({ err, id }, 'enqueue failed; the sweeper will pick it up'));
      void publishQueuePositions(ctx.io, db).catch(() => {});
      void publishContest(ctx.io, db, c.row.id).catch(() => {});
      res.status(201).json({ id: String(id) });
    },
  );

  router.get('/contests/:id/submissions', requireUser, async (req, res) => {
    const { c, user, role } = await access(req, res);
    let q = db
      .selectFrom('submissions')
      .innerJoin('users', 'users.id', 'submissions.user_id')
      .leftJoin('contest_ignored as ig', 'ig.submission_id', 'submissions.id')
      .select(['submissions.id', 'submissions.task_id', 'submissions.user_id', 'users.login', 'users.name', 'submissions.state', 'submissions.verdict', 'submissions.score', 'submissions.max_score', 'submissions.created_at', 'ig.submission_id as ignored'])
      .where('submissions.contest_id', '=', c.row.id);
    if (role !== 'jury') q = q.where('submissions.user_id', '=', user.id);
    const rows = await q.orderBy('submissions.id', 'desc').limit(2000).execute();
    const labelOf = new Map(c.tasks.map((t) => [t.task_id, t.label]));
    const submissions: ContestSubmission[] = rows.map((r) => ({
      id: String(r.id),
      label: labelOf.get(r.task_id) ?? '?',
      taskId: r.task_id,
      user: { id: String(r.user_id), login: r.login, name: r.name },
      state: r.state,
      verdict: (r.verdict as ContestSubmission['verdict']) ?? null,
      score: r.score,
      maxScore: r.max_score,
      createdAt: r.created_at,
      minute: Math.floor((Date.parse(r.created_at) - c.startMs) / 60_000),
      ignored: r.ignored !== null,
    }));
    res.json({ submissions });
  });

  // ---- jury actions ---------------------------------------------------------------------------

  /** Back to the queue through the existing pipeline; a judge still on it loses its claim (fencing). */
  async function requeue(ids: number[]): Promise<number> {
    let n = 0;
    for (const id of ids) {
      const sub = await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('submissions')
          .set({
            state: 'queued',
            verdict: null,
            score: null,
            message_json: null,
            compile_json: null,
            tests_json: null,
            claim_token: null,
            claimed_by: null,
            lease_until: null,
            started_at: null,
            finished_at: null,
            priority: 0,
          })
          .where('id', '=', id)
          .returning(['id', 'user_id'])
          .executeTakeFirst();
        if (!r) return undefined;
        await trx.deleteFrom('test_results').where('submission_id', '=', id).execute();
        await trx.deleteFrom('traces').where('submission_id', '=', id).execute();
        return r;
      });
      if (!sub) continue;
      n++;
      await ctx.queue.enqueue({ id, userId: Number(sub.user_id), priority: 0 }).catch((err: unknown) => ctx.log.warn({ err, id }, 'enqueue failed; the sweeper will pick it up'));
    }
    return n;
  }

  router.post('/contests/:id/rejudge', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const { submissionId, label } = parse(RejudgeSchema, req.body);
    let q = db.selectFrom('submissions').select('id').where('contest_id', '=', c.row.id);
    if (submissionId !== undefined) q = q.where('id', '=', idParam(submissionId));
    if (label !== undefined) q = q.where('task_id', '=', labelTask(c, label).entry.task_id);
    const ids = (await q.orderBy('id').execute()).map((r) => Number(r.id));
    if (submissionId !== undefined && ids.length === 0) throw HttpError.of('not-found', 'submission-not-found');
    const requeued = await requeue(ids);
    void publishQueuePositions(ctx.io, db).catch(() => {});
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.json({ requeued });
  });

  router.post('/contests/:id/submissions/:sid/ignore', requireUser, async (req, res) => {
    const { c, user } = await jury(req, res);
    const { ignored } = parse(IgnoreSchema, req.body);
    const sid = idParam(req.params.sid, 'submission-not-found');
    const sub = await db.selectFrom('submissions').select('id').where('id', '=', sid).where('contest_id', '=', c.row.id).executeTakeFirst();
    if (!sub) throw HttpError.of('not-found', 'submission-not-found');
    if (ignored) {
      await db
        .insertInto('contest_ignored')
        .values({ submission_id: sid, contest_id: c.row.id, ignored_by: user.id, ignored_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('submission_id').doNothing())
        .execute();
    } else await db.deleteFrom('contest_ignored').where('submission_id', '=', sid).execute();
    void publishContest(ctx.io, db, c.row.id).catch(() => {});
    res.json({ ignored });
  });

  // ---- scoreboard -----------------------------------------------------------------------------

  router.get('/contests/:id/scoreboard', requireUser, async (req, res) => {
    const { c, role } = await access(req, res);
    const { view } = parse(ScoreboardQuerySchema, req.query);
    res.json(await scoreboard(db, c, role === 'jury' && view !== 'public' ? 'jury' : 'public'));
  });

  router.post('/contests/:id/reveal', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const { step } = parse(RevealSchema, req.body);
    if (phaseAt(c) !== 'ended') throw new HttpError('conflict', TEXT.notEnded);
    await reveal(db, c.row.id, step);
    const fresh = (await loadContest(db, c.row.id))!;
    await publishContest(ctx.io, db, c.row.id).catch(() => {});
    publishChanged(ctx.io, c.row.id);
    res.json(await scoreboard(db, fresh, 'public'));
  });

  router.get('/contests/:id/results.csv', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const board = await scoreboard(db, c, 'jury');
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="contest-${c.row.id}.csv"`);
    res.send(resultsCsv(board, langOf(req)));
  });

  // ---- clarifications and announcements -------------------------------------------------------

  router.get('/contests/:id/messages', requireUser, async (req, res) => {
    const { c, user, role } = await access(req, res);
    res.json({ messages: await messagesFor(db, c.row.id, { id: user.id, jury: role === 'jury' }) } satisfies ContestMessageList);
  });

  router.post(
    '/contests/:id/clarifications',
    requireUser,
    rateLimit(askLimiter, (_req, res) => `contest-ask|${userOf(res).id}`),
    async (req, res) => {
      const { c, user, role } = await access(req, res);
      const { taskLabel, question } = parse(AskSchema, req.body);
      if (role === 'participant' && phaseAt(c) === 'ended') throw new HttpError('forbidden', TEXT.over);
      if (taskLabel) labelTask(c, taskLabel);
      const row = await ask(db, c.row.id, user.id, taskLabel ?? null, question);
      const message = messageOf(row, true);
      publishMessage(ctx.io, message, user.id);
      res.status(201).json(message);
    },
  );

  router.post('/contests/:id/clarifications/:mid/answer', requireUser, async (req, res) => {
    const { c } = await jury(req, res);
    const input = parse(AnswerSchema, req.body);
    const mid = idParam(req.params.mid);
    const existing = await findMessage(db, mid);
    if (!existing || existing.contest_id !== c.row.id || existing.kind !== 'clarification') throw new HttpError('not-found', TEXT.noMessage);
    const row = (await answer(db, mid, input.answer, input.public))!;
    publishMessage(ctx.io, messageOf(row, true), row.author_id);
    res.json(messageOf(row, true));
  });

  router.post('/contests/:id/announcements', requireUser, async (req, res) => {
    const { c, user } = await jury(req, res);
    const input = parse(AnnounceSchema, req.body);
    if (input.taskLabel) labelTask(c, input.taskLabel);
    const row = await announce(db, c.row.id, user.id, input.text, input.taskLabel ?? null);
    const message = messageOf(row, false);
    publishMessage(ctx.io, message, null);
    res.status(201).json(message);
  });

  return router;
}
