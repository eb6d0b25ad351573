/**
 * A task as the task page needs it (catalog/task-view.ts), and its pictures.
 */
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { Router } from 'express';
import type { TaskView } from '../../../shared/api.ts';
import { taskView } from '../../catalog/task-view.ts';
import { contestOnlyTask } from '../../contests/store.ts';
import { NO_PROGRESS, progressOf } from '../../submissions/progress.ts';
import type { AppContext } from '../context.ts';
import { requireUser, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';

const PICTURES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export function tasksRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/tasks/:id', requireUser, async (req, res) => {
    const task = ctx.catalog.tasks.get(String(req.params.id));
    if (!task) throw HttpError.of('not-found', 'task-not-found');
    // A cup round's own task: students open it only through the round, inside its window.
    if (userOf(res).role === 'student' && (await contestOnlyTask(ctx.db, ctx.catalog, task.id))) throw HttpError.of('not-found', 'task-not-found');
    const p = (await progressOf(ctx.db, userOf(res).id, [task.id])).get(task.id) ?? NO_PROGRESS;
    const body: TaskView = taskView(task, p);
    res.json(body);
  });

  // Pictures of the statement only (by extension), and only from inside the task's folder.
  router.get('/tasks/:id/assets/*path', requireUser, async (req, res) => {
    const task = ctx.catalog.tasks.get(String(req.params.id));
    if (!task) throw HttpError.of('not-found', 'task-not-found');
    const parts = ([] as string[]).concat((req.params as { path?: string | string[] }).path ?? []);
    const rel = parts.join('/');
    const type = PICTURES[extname(rel).toLowerCase()];
    if (!type || parts.some((p) => p === '..' || p === '' || p.startsWith('.'))) throw HttpError.of('not-found');
    res.set('Cache-Control', 'private, max-age=300');
    if (rel === 'wiring.svg' && !existsSync(join(task.dir, rel))) {
      res.type(type).send(task.wiringSvg);
      return;
    }
    const file = await realpath(join(task.dir, rel)).catch(() => null);
    const root = await realpath(task.dir);
    if (!file || !file.startsWith(root + sep)) throw HttpError.of('not-found');
    res.type(type).sendFile(file);
  });

  return router;
}
