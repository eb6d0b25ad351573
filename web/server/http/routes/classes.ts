/** Joining a class with the code the teacher gave. (Creating classes is the teachers' issue.) */
import { Router } from 'express';
import { JoinClassRequestSchema, type JoinClassResponse } from '../../../shared/api.ts';
import { addMember } from '../../accounts/users.ts';
import type { AppContext } from '../context.ts';
import { requireUser, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { parse } from '../validate.ts';

export function classesRouter(ctx: AppContext): Router {
  const router = Router();
  // Codes are short: limit guessing.
  const limiter = new RateLimiter(ctx.config.LOGIN_PER_MIN);

  router.post(
    '/classes/join',
    requireUser,
    rateLimit(limiter, (_req, res) => `join|${userOf(res).id}`),
    async (req, res) => {
      const { code } = parse(JoinClassRequestSchema, req.body);
      const user = userOf(res);
      const cls = await ctx.db
        .selectFrom('classes')
        .select(['id', 'name'])
        .where('join_code', '=', code.toUpperCase())
        .executeTakeFirst();
      if (!cls) throw HttpError.of('not-found', 'class-code-unknown');
      // Always as a student: a code handed to a class must not make anyone its teacher.
      await addMember(ctx.db, cls.id, user.id, 'student');
      const body: JoinClassResponse = { class: { id: String(cls.id), name: cls.name } };
      res.json(body);
    },
  );
  return router;
}
