/**
 * The teacher's part of the API contract: classes, bulk accounts, assignments with deadlines and
 * the live progress matrix. Routes in web/server/http/routes/teaching.ts; every one answers only a
 * teacher of the class (or an admin). Re-exported from api.ts.
 */
import { z } from 'zod';
import { TextSchema } from './common.ts';

const Id = z.string().min(1).max(100);
/** Logins the server accepts for new accounts (lowercase Latin, digits, `.`, `_`, `-`). */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export const ClassNameSchema = z.string().trim().min(1).max(80);

/** GET /api/classes — the classes I teach (an admin: all). */
export const ClassSummarySchema = z
  .object({
    id: Id,
    name: z.string(),
    joinCode: z.string(),
    students: z.number().int(),
    teachers: z.array(z.string()),
    assignments: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'ClassSummary' });
export type ClassSummary = z.infer<typeof ClassSummarySchema>;
export const ClassListResponseSchema = z.object({ classes: z.array(ClassSummarySchema) }).meta({ id: 'ClassListResponse' });
export type ClassListResponse = z.infer<typeof ClassListResponseSchema>;

/** POST /api/classes, PATCH /api/classes/:id */
export const ClassWriteSchema = z.object({ name: ClassNameSchema }).meta({ id: 'ClassWrite' });
export type ClassWrite = z.infer<typeof ClassWriteSchema>;

/** POST /api/classes/:id/teachers — another teacher (by login) teaches the class too. */
export const AddTeacherSchema = z.object({ login: z.string().trim().toLowerCase().min(1).max(64) }).meta({ id: 'AddTeacher' });

/** POST /api/classes/:id/roster/preview — what a pasted list or CSV would create. */
export const RosterPreviewRequestSchema = z.object({ text: z.string().max(200_000) }).meta({ id: 'RosterPreviewRequest' });
export const RosterRowSchema = z.object({
  name: z.string().trim().min(1).max(100),
  login: z.string().trim().toLowerCase().regex(LOGIN_PATTERN).optional(),
});
export type RosterRowInput = z.infer<typeof RosterRowSchema>;
export const RosterPreviewSchema = z
  .object({
    rows: z.array(z.object({ name: z.string(), login: z.string().optional() })),
    problems: z.array(z.object({ line: z.number().int(), message: TextSchema })),
  })
  .meta({ id: 'RosterPreview' });
export type RosterPreview = z.infer<typeof RosterPreviewSchema>;

/** POST /api/classes/:id/students — creates the accounts; passwords are in this answer only. */
export const BulkStudentsRequestSchema = z.object({ rows: z.array(RosterRowSchema).min(1).max(500) }).meta({ id: 'BulkStudentsRequest' });
export const NewAccountSchema = z.object({ id: Id, login: z.string(), name: z.string(), password: z.string() }).meta({ id: 'NewAccount' });
export type NewAccount = z.infer<typeof NewAccountSchema>;
export const BulkStudentsResponseSchema = z.object({ accounts: z.array(NewAccountSchema) }).meta({ id: 'BulkStudentsResponse' });
export type BulkStudentsResponse = z.infer<typeof BulkStudentsResponseSchema>;

/** An assignment: a whole course or a chosen set of tasks, with an optional deadline (ISO UTC). */
export const AssignmentSchema = z
  .object({
    id: Id,
    kind: z.enum(['course', 'tasks']),
    courseId: z.string().nullable(),
    title: TextSchema,
    taskIds: z.array(z.string()),
    deadline: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Assignment' });
export type Assignment = z.infer<typeof AssignmentSchema>;
export const AssignmentListResponseSchema = z.object({ assignments: z.array(AssignmentSchema) }).meta({ id: 'AssignmentListResponse' });

const Deadline = z.iso.datetime({ offset: true }).nullable().optional();
/** POST /api/classes/:id/assignments */
export const AssignmentCreateSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('course'), courseId: Id, deadline: Deadline }),
    z.object({ kind: z.literal('tasks'), taskIds: z.array(Id).min(1).max(200), title: z.string().trim().min(1).max(120).optional(), deadline: Deadline }),
  ])
  .meta({ id: 'AssignmentCreate' });
export type AssignmentCreate = z.infer<typeof AssignmentCreateSchema>;
/** PATCH /api/classes/:id/assignments/:assignmentId */
export const AssignmentUpdateSchema = z.object({ deadline: Deadline }).meta({ id: 'AssignmentUpdate' });

/** GET /api/teaching/catalog — what can be assigned. */
export const TeachingCatalogSchema = z
  .object({
    courses: z.array(z.object({ id: Id, title: TextSchema, taskIds: z.array(z.string()) })),
    tasks: z.array(z.object({ id: Id, title: TextSchema, maxScore: z.number() })),
  })
  .meta({ id: 'TeachingCatalog' });
export type TeachingCatalog = z.infer<typeof TeachingCatalogSchema>;

/** One student × task cell of the progress matrix. */
export const ProgressCellSchema = z
  .object({
    taskId: z.string(),
    status: z.enum(['none', 'tried', 'solved']),
    /** Best score over finished practice submissions; null when none finished. */
    bestScore: z.number().nullable(),
    /** Best score among submissions sent by the deadline (null without a deadline or such a submission). */
    onTimeScore: z.number().nullable(),
    attempts: z.number().int(),
    /** When the last submission was sent. */
    lastAt: z.string().nullable(),
    lastSubmissionId: Id.nullable(),
    bestSubmissionId: Id.nullable(),
    /** The best score was reached only after the deadline of this column's assignment. */
    late: z.boolean(),
    /** A submission is still being judged. */
    pending: z.boolean(),
  })
  .meta({ id: 'ProgressCell' });
export type ProgressCell = z.infer<typeof ProgressCellSchema>;

export const ProgressRowSchema = z
  .object({
    student: z.object({ id: Id, login: z.string(), name: z.string() }),
    /** One cell per column, in the order of `columns`. */
    cells: z.array(ProgressCellSchema),
    total: z.number(),
    solved: z.number().int(),
  })
  .meta({ id: 'ProgressRow' });
export type ProgressRow = z.infer<typeof ProgressRowSchema>;

/** GET /api/classes/:id/progress — and the state sent on joining the class's socket room. */
export const ClassProgressSchema = z
  .object({
    classId: Id,
    className: z.string(),
    columns: z.array(z.object({ assignmentId: Id, taskId: z.string(), title: TextSchema, maxScore: z.number(), deadline: z.string().nullable() })),
    assignments: z.array(AssignmentSchema),
    rows: z.array(ProgressRowSchema),
  })
  .meta({ id: 'ClassProgress' });
export type ClassProgress = z.infer<typeof ClassProgressSchema>;

/** POST /api/classes/:id/students/:userId/password — the new password, shown once. */
export const PasswordResetResponseSchema = NewAccountSchema.meta({ id: 'PasswordResetResponse' });

/** socket.io: `class:join` / `class:leave` with `{ classId }`; `class:progress` carries a changed row. */
export const JoinClassRoomSchema = z.object({ classId: z.string().min(1).max(100) });
export type JoinClassRoom = z.infer<typeof JoinClassRoomSchema>;
export const ClassProgressEventSchema = z.object({ classId: Id, row: ProgressRowSchema });
export type ClassProgressEvent = z.infer<typeof ClassProgressEventSchema>;

/** GET /api/me/assignments — what my teachers assigned to me (a student's classes), with my status. */
export const MyAssignmentSchema = z
  .object({
    id: Id,
    classId: Id,
    className: z.string(),
    title: TextSchema,
    deadline: z.string().nullable(),
    tasks: z.array(
      z.object({
        id: Id,
        title: TextSchema,
        maxScore: z.number(),
        status: z.enum(['none', 'tried', 'solved']),
        bestScore: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'MyAssignment' });
export type MyAssignment = z.infer<typeof MyAssignmentSchema>;
export const MyAssignmentsResponseSchema = z.object({ assignments: z.array(MyAssignmentSchema) }).meta({ id: 'MyAssignmentsResponse' });
export type MyAssignmentsResponse = z.infer<typeof MyAssignmentsResponseSchema>;
