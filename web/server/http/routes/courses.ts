/** The courses with the user's status on every task. */
import { Router } from 'express';
import type { CoursesResponse, Text } from '../../../shared/api.ts';
import { NO_PROGRESS, progressOf } from '../../submissions/progress.ts';
import type { AppContext } from '../context.ts';
import { requireUser, userOf } from '../auth.ts';

export function coursesRouter(ctx: AppContext): Router {
  const router = Router();
  router.get('/courses', requireUser, async (_req, res) => {
    const user = userOf(res);
    const rows = await ctx.db.selectFrom('courses').selectAll().orderBy('position').execute();
    const progress = await progressOf(ctx.db, user.id);
    const body: CoursesResponse = {
      courses: rows.map((c) => {
        const modules = JSON.parse(c.modules_json) as { id: string; title: Text; tasks: string[] }[];
        return {
          id: c.id,
          title: JSON.parse(c.title_json) as Text,
          ...(c.description_json ? { description: JSON.parse(c.description_json) as Text } : {}),
          modules: modules.map((m) => ({
            id: m.id,
            title: m.title,
            tasks: m.tasks.flatMap((id) => {
              const task = ctx.catalog.tasks.get(id);
              if (!task) return [];
              const p = progress.get(id) ?? NO_PROGRESS;
              return [{ id, title: task.title, difficulty: task.difficulty, tags: task.tags, maxScore: task.points, ...p }];
            }),
          })),
        };
      }),
    };
    res.json(body);
  });
  return router;
}
