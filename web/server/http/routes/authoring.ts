/**
 * Task authoring (teachers and admins): my tasks, the editor's files, «Check task» (a job whose
 * events stream into its socket.io room), publishing versions, zip import/export and rejudging an
 * old version's submissions (dry run first). A teacher reaches only their own tasks; an admin all.
 */
import express, { Router, type Request, type Response } from 'express';
import { CreateAuthoredTaskSchema, RejudgeRequestSchema, SaveAuthoredTaskSchema } from '../../../shared/authoring.ts';
import { AuthoringError, authoringOf, attachAuthoring, checkJobFor, type Authoring, type AuthoringBroadcaster } from '../../authoring/service.ts';
import { exportZip, importZip, MAX_ZIP_BYTES, TASK_ID, TaskFilesSchema, ZipError } from '../../authoring/files.ts';
import type { AppContext } from '../context.ts';
import { requireRole, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { parse } from '../validate.ts';

const staff = requireRole('teacher', 'admin');

function fail(error: unknown): never {
  if (error instanceof AuthoringError) {
    throw new HttpError(error.code, error.text, error.problems.length ? { issues: error.problems.map((p) => ({ path: `${p.file}${p.field ? `:${p.field}` : ''}`, message: p.message })) } : {});
  }
  if (error instanceof ZipError) throw new HttpError('bad-request', error.text);
  throw error;
}

export function authoringRouter(ctx: AppContext): Router {
  const router = Router();
  let authoring: Promise<Authoring> | null = null;
  const service = (): Promise<Authoring> => {
    authoring ??= (async () => {
      const a = authoringOf(ctx.catalog) ?? (await attachAuthoring(ctx.catalog, ctx.db, ctx.config.DATA_DIR, ctx.log));
      a.io = ctx.io as unknown as AuthoringBroadcaster;
      a.enqueue = (s) => ctx.queue.enqueue(s).catch((err: unknown) => ctx.log.warn({ err, id: s.id }, 'enqueue failed; the sweeper will pick it up'));
      return a;
    })();
    return authoring;
  };
  const taskId = (req: Request): string => {
    const id = String(req.params.id);
    if (!TASK_ID.test(id)) throw new HttpError('not-found', { ru: 'Такой авторской задачи нет.', en: 'There is no such authored task.' });
    return id;
  };
  const run = (fn: (a: Authoring, req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    const a = await service();
    try {
      await fn(a, req, res);
    } catch (error) {
      fail(error);
    }
  };

  router.get('/authoring/tasks', staff, run(async (a, _req, res) => void res.json({ tasks: await a.list(userOf(res)) })));

  router.post('/authoring/tasks', staff, run(async (a, req, res) => {
    const { id } = parse(CreateAuthoredTaskSchema, req.body);
    await a.create(userOf(res), id);
    res.status(201).json(await a.detail(userOf(res), id));
  }));

  router.get('/authoring/tasks/:id', staff, run(async (a, req, res) => void res.json(await a.detail(userOf(res), taskId(req)))));

  router.put('/authoring/tasks/:id', staff, run(async (a, req, res) => {
    const id = taskId(req);
    const { files } = parse(SaveAuthoredTaskSchema, req.body);
    await a.save(userOf(res), id, parse(TaskFilesSchema, files));
    res.json(await a.detail(userOf(res), id));
  }));

  router.post('/authoring/tasks/:id/validate', staff, run(async (a, req, res) => void res.json(await a.validate(userOf(res), taskId(req)))));

  // Pictures of the working copy's statement for the editor's preview (SVG only: text files).
  router.get('/authoring/tasks/:id/assets/:name', staff, run(async (a, req, res) => {
    const name = String(req.params.name);
    const svg = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.svg$/.test(name) ? await a.picture(userOf(res), taskId(req), name) : null;
    if (svg === null) throw HttpError.of('not-found');
    res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.type('image/svg+xml').send(svg);
  }));

  router.post('/authoring/tasks/:id/check', staff, run(async (a, req, res) => void res.status(202).json({ jobId: await a.startCheck(userOf(res), taskId(req)) })));

  router.get('/authoring/checks/:jobId', staff, run(async (_a, req, res) => void res.json(checkJobFor(userOf(res), String(req.params.jobId)))));

  router.post('/authoring/tasks/:id/publish', staff, run(async (a, req, res) => void res.json(await a.publish(userOf(res), taskId(req)))));

  router.post('/authoring/tasks/:id/rejudge', staff, run(async (a, req, res) => {
    const { apply } = parse(RejudgeRequestSchema, req.body ?? {});
    res.json(await a.rejudge(userOf(res), taskId(req), apply));
  }));

  router.get('/authoring/tasks/:id/export', staff, run(async (a, req, res) => {
    const detail = await a.detail(userOf(res), taskId(req));
    res.set('Content-Disposition', `attachment; filename="${detail.id}.zip"`);
    res.type('application/zip').send(Buffer.from(exportZip(detail.id, detail.files)));
  }));

  router.post(
    '/authoring/import',
    staff,
    express.raw({ type: () => true, limit: MAX_ZIP_BYTES }),
    run(async (a, req, res) => {
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new ZipError({ ru: 'Пришлите zip-архив задачи.', en: 'Send the task as a zip archive.' });
      // Everything is checked before anything is stored.
      const { id, files } = importZip(new Uint8Array(body));
      const checked = TaskFilesSchema.safeParse(files);
      if (!checked.success) throw new ZipError({ ru: `Файлы архива не подходят: ${checked.error.issues[0]!.message}`, en: `The archive's files do not fit: ${checked.error.issues[0]!.message}` });
      const result = await a.importFiles(userOf(res), id, checked.data);
      res.status(result === 'created' ? 201 : 200).json(await a.detail(userOf(res), id));
    }),
  );

  return router;
}
