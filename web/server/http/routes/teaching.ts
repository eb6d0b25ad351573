/**
 * The teacher's routes: classes (create, rename, new join code), students in bulk with a printable
 * sheet of passwords, password resets, assignments with deadlines, the progress matrix and its CSV.
 * Every class route answers only a teacher of that class or an admin (403 for anyone else).
 */
import { Router, type Response } from 'express';
import {
  AddTeacherSchema,
  AssignmentCreateSchema,
  AssignmentUpdateSchema,
  BulkStudentsRequestSchema,
  ClassWriteSchema,
  RosterPreviewRequestSchema,
  type BulkStudentsResponse,
  type ClassListResponse,
  type ClassSummary,
  type MyAssignmentsResponse,
  type NewAccount,
  type RosterPreview,
  type TeachingCatalog,
} from '../../../shared/api.ts';
import { createBulkAccounts, LoginsTakenError, parseRoster, readablePassword } from '../../accounts/bulk.ts';
import { hashPassword } from '../../accounts/passwords.ts';
import { addMember } from '../../accounts/users.ts';
import { canManageClass, managedClassIds } from '../../teaching/access.ts';
import { freeJoinCode } from '../../teaching/codes.ts';
import { csvFileName, progressCsv, validTimeZone } from '../../teaching/csv.ts';
import { catalogView, classAssignments, classProgress } from '../../teaching/progress.ts';
import { NO_PROGRESS, progressOf } from '../../submissions/progress.ts';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser, userOf } from '../auth.ts';
import { HttpError, langOf } from '../errors.ts';
import { idParam, parse } from '../validate.ts';

const TEXT = {
  noCourse: { ru: 'Такого курса нет.', en: 'There is no such course.' },
  noTask: (id: string) => ({ ru: `Задачи «${id}» нет.`, en: `There is no task “${id}”.` }),
  noTeacher: (login: string) => ({ ru: `Учителя с логином «${login}» нет.`, en: `There is no teacher with the login “${login}”.` }),
  lastTeacher: { ru: 'У класса должен остаться хотя бы один учитель.', en: 'A class must keep at least one teacher.' },
  notStudent: { ru: 'Этот человек не ученик этого класса.', en: 'This person is not a student of this class.' },
  taken: (logins: string[]) => ({ ru: `Эти логины уже заняты: ${logins.join(', ')}. Никто не создан — поменяйте логины и повторите.`, en: `These logins are taken already: ${logins.join(', ')}. Nobody was created — change the logins and try again.` }),
};

export function teachingRouter(ctx: AppContext): Router {
  const router = Router();
  const staff = requireRole('teacher', 'admin');

  /** The class id from the path, once the user is known to manage it. */
  async function managed(idText: unknown, res: Response): Promise<number> {
    const id = idParam(idText);
    const cls = await ctx.db.selectFrom('classes').select('id').where('id', '=', id).executeTakeFirst();
    if (!cls) throw HttpError.of('not-found');
    if (!(await canManageClass(ctx.db, userOf(res), id))) throw HttpError.of('forbidden');
    return id;
  }

  async function summaries(ids: number[]): Promise<ClassSummary[]> {
    if (ids.length === 0) return [];
    const classes = await ctx.db.selectFrom('classes').selectAll().where('id', 'in', ids).orderBy('name').execute();
    const members = await ctx.db
      .selectFrom('class_members')
      .innerJoin('users', 'users.id', 'class_members.user_id')
      .select(['class_members.class_id', 'class_members.role', 'users.name'])
      .where('class_members.class_id', 'in', ids)
      .execute();
    const assignments = await ctx.db.selectFrom('assignments').select('class_id').where('class_id', 'in', ids).execute();
    return classes.map((c) => ({
      id: String(c.id),
      name: c.name,
      joinCode: c.join_code,
      students: members.filter((m) => m.class_id === c.id && m.role === 'student').length,
      teachers: members.filter((m) => m.class_id === c.id && m.role === 'teacher').map((m) => m.name),
      assignments: assignments.filter((a) => a.class_id === c.id).length,
      createdAt: c.created_at,
    }));
  }

  router.get('/classes', staff, async (_req, res) => {
    const body: ClassListResponse = { classes: await summaries(await managedClassIds(ctx.db, userOf(res))) };
    res.json(body);
  });

  router.post('/classes', staff, async (req, res) => {
    const { name } = parse(ClassWriteSchema, req.body);
    const user = userOf(res);
    const row = await ctx.db
      .insertInto('classes')
      .values({ name, join_code: await freeJoinCode(ctx.db), created_by: user.id, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(row.id);
    // The creator teaches it (an admin too, so the class shows up under "my classes").
    await addMember(ctx.db, id, user.id, 'teacher');
    res.status(201).json((await summaries([id]))[0]);
  });

  router.patch('/classes/:id', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const { name } = parse(ClassWriteSchema, req.body);
    await ctx.db.updateTable('classes').set({ name }).where('id', '=', id).execute();
    res.json((await summaries([id]))[0]);
  });

  router.post('/classes/:id/join-code', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    await ctx.db.updateTable('classes').set({ join_code: await freeJoinCode(ctx.db) }).where('id', '=', id).execute();
    res.json((await summaries([id]))[0]);
  });

  // Co-teachers: a teacher (or admin) account by login; never a student.
  router.post('/classes/:id/teachers', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const { login } = parse(AddTeacherSchema, req.body);
    const user = await ctx.db.selectFrom('users').select(['id', 'role']).where('login', '=', login).executeTakeFirst();
    if (!user || user.role === 'student') throw new HttpError('not-found', TEXT.noTeacher(login));
    // A student membership (an admin who joined by code) becomes a teaching one.
    await ctx.db.deleteFrom('class_members').where('class_id', '=', id).where('user_id', '=', user.id).execute();
    await addMember(ctx.db, id, user.id, 'teacher');
    res.status(204).end();
  });

  router.delete('/classes/:id/teachers/:userId', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const userId = idParam(req.params.userId);
    const teachers = await ctx.db.selectFrom('class_members').select('user_id').where('class_id', '=', id).where('role', '=', 'teacher').execute();
    if (!teachers.some((t) => t.user_id === userId)) throw HttpError.of('not-found');
    if (teachers.length === 1) throw new HttpError('conflict', TEXT.lastTeacher);
    await ctx.db.deleteFrom('class_members').where('class_id', '=', id).where('user_id', '=', userId).where('role', '=', 'teacher').execute();
    res.status(204).end();
  });

  router.post('/classes/:id/roster/preview', staff, async (req, res) => {
    await managed(req.params.id, res);
    const { text } = parse(RosterPreviewRequestSchema, req.body);
    const body: RosterPreview = parseRoster(text);
    res.json(body);
  });

  router.post('/classes/:id/students', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const { rows } = parse(BulkStudentsRequestSchema, req.body);
    try {
      const made = await createBulkAccounts(ctx.db, rows, { role: 'student', classId: id });
      const body: BulkStudentsResponse = { accounts: made.map((a) => ({ ...a, id: String(a.id) })) };
      res.status(201).json(body);
    } catch (error) {
      if (error instanceof LoginsTakenError) throw new HttpError('conflict', TEXT.taken(error.logins));
      throw error;
    }
  });

  router.post('/classes/:id/students/:userId/password', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const userId = idParam(req.params.userId);
    const student = await ctx.db
      .selectFrom('class_members')
      .innerJoin('users', 'users.id', 'class_members.user_id')
      .select(['users.id', 'users.login', 'users.name', 'users.role'])
      .where('class_members.class_id', '=', id)
      .where('class_members.user_id', '=', userId)
      .where('class_members.role', '=', 'student')
      .executeTakeFirst();
    // Only a student account: a teacher must never take over another teacher's or an admin's login.
    if (!student || student.role !== 'student') throw new HttpError('not-found', TEXT.notStudent);
    const password = readablePassword();
    await ctx.db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', userId).execute();
    // Sessions on a lost or shared sheet end with the old password.
    await ctx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    const body: NewAccount = { id: String(student.id), login: student.login, name: student.name, password };
    res.json(body);
  });

  router.delete('/classes/:id/students/:userId', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const userId = idParam(req.params.userId);
    await ctx.db.deleteFrom('class_members').where('class_id', '=', id).where('user_id', '=', userId).where('role', '=', 'student').execute();
    res.status(204).end();
  });

  router.get('/classes/:id/assignments', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    res.json({ assignments: await classAssignments(ctx.db, id) });
  });

  router.post('/classes/:id/assignments', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const input = parse(AssignmentCreateSchema, req.body);
    const catalog = await catalogView(ctx.db);
    if (input.kind === 'course' && !catalog.courses.has(input.courseId)) throw new HttpError('not-found', TEXT.noCourse);
    if (input.kind === 'tasks') for (const t of input.taskIds) if (!catalog.tasks.has(t)) throw new HttpError('not-found', TEXT.noTask(t));
    const row = await ctx.db
      .insertInto('assignments')
      .values({
        class_id: id,
        kind: input.kind,
        course_id: input.kind === 'course' ? input.courseId : null,
        task_ids_json: input.kind === 'tasks' ? JSON.stringify([...new Set(input.taskIds)]) : null,
        title: input.kind === 'tasks' ? (input.title ?? null) : null,
        deadline: input.deadline ? new Date(input.deadline).toISOString() : null,
        created_by: userOf(res).id,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const made = (await classAssignments(ctx.db, id, catalog)).find((a) => a.id === String(row.id));
    res.status(201).json(made);
  });

  router.patch('/classes/:id/assignments/:assignmentId', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const aid = idParam(req.params.assignmentId);
    const { deadline } = parse(AssignmentUpdateSchema, req.body);
    const r = await ctx.db
      .updateTable('assignments')
      .set({ deadline: deadline ? new Date(deadline).toISOString() : null })
      .where('id', '=', aid)
      .where('class_id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw HttpError.of('not-found');
    res.json((await classAssignments(ctx.db, id)).find((a) => a.id === String(aid)));
  });

  router.delete('/classes/:id/assignments/:assignmentId', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const aid = idParam(req.params.assignmentId);
    const r = await ctx.db.deleteFrom('assignments').where('id', '=', aid).where('class_id', '=', id).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw HttpError.of('not-found');
    res.status(204).end();
  });

  router.get('/classes/:id/progress', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    res.json(await classProgress(ctx.db, id));
  });

  router.get('/classes/:id/progress.csv', staff, async (req, res) => {
    const id = await managed(req.params.id, res);
    const progress = (await classProgress(ctx.db, id))!;
    const csv = progressCsv(progress, langOf(req), validTimeZone(req.query.tz));
    const name = csvFileName(progress.className);
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="class-${id}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(csv);
  });

  router.get('/teaching/catalog', staff, async (_req, res) => {
    const view = await catalogView(ctx.db);
    const body: TeachingCatalog = {
      courses: [...view.courses].map(([id, c]) => ({ id, title: c.title, taskIds: c.taskIds.filter((t) => view.tasks.has(t)) })),
      tasks: [...view.tasks].map(([id, t]) => ({ id, title: t.title, maxScore: t.maxScore })),
    };
    res.json(body);
  });

  // A student's own view: what the teachers of my classes assigned, by when, and how I stand.
  router.get('/me/assignments', requireUser, async (_req, res) => {
    const user = userOf(res);
    const classes = await ctx.db
      .selectFrom('class_members')
      .innerJoin('classes', 'classes.id', 'class_members.class_id')
      .select(['classes.id', 'classes.name'])
      .where('class_members.user_id', '=', user.id)
      .where('class_members.role', '=', 'student')
      .orderBy('classes.id')
      .execute();
    const body: MyAssignmentsResponse = { assignments: [] };
    if (classes.length) {
      const catalog = await catalogView(ctx.db);
      const progress = await progressOf(ctx.db, user.id);
      for (const cls of classes) {
        for (const a of await classAssignments(ctx.db, cls.id, catalog)) {
          body.assignments.push({
            id: a.id,
            classId: String(cls.id),
            className: cls.name,
            title: a.title,
            deadline: a.deadline,
            tasks: a.taskIds.map((id) => {
              const p = progress.get(id) ?? NO_PROGRESS;
              const task = catalog.tasks.get(id)!;
              return { id, title: task.title, maxScore: task.maxScore, status: p.status, bestScore: p.bestScore };
            }),
          });
        }
      }
    }
    res.json(body);
  });

  return router;
}
