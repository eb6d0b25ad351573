/** Joining a class with the code the teacher gave; a teacher's view of a class. (Managing classes is issue 8.) */
import { Router } from 'express';
import { JoinClassRequestSchema, type ClassDetails, type JoinClassResponse } from '../../../shared/api.ts';
import { addMember } from '../../accounts/users.ts';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { idParam, parse } from '../validate.ts';

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
  // Teachers see the classes they teach (with join codes and members); admins see any.
  router.get('/classes/:id', requireRole('teacher', 'admin'), async (req, res) => {
    const user = userOf(res);
    const id = idParam(req.params.id);
    const cls = await ctx.db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cls) throw HttpError.of('not-found');
    if (user.role !== 'admin') {
      const mine = await ctx.db
        .selectFrom('class_members')
        .select('user_id')
        .where('class_id', '=', id)
        .where('user_id', '=', user.id)
        .where('role', '=', 'teacher')
        .executeTakeFirst();
      if (!mine) throw HttpError.of('forbidden');
    }
    const members = await ctx.db
      .selectFrom('class_members')
      .innerJoin('users', 'users.id', 'class_members.user_id')
      .select(['users.id', 'users.login', 'users.name', 'class_members.role'])
      .where('class_members.class_id', '=', id)
      .orderBy('users.name')
      .execute();
    const body: ClassDetails = {
      id: String(cls.id),
      name: cls.name,
      joinCode: cls.join_code,
      members: members.map((m) => ({ id: String(m.id), login: m.login, name: m.name, role: m.role })),
    };
    res.json(body);
  });
  return router;
}
