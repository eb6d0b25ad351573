/**
 * The HTTP API contract between the server and the web client: one zod schema per request and
 * response. The server validates with them and generates `/api/openapi.json` from them; the client
 * imports the inferred types. Ids are strings everywhere (opaque to the client).
 */
import { z } from 'zod';
import {
  CompileInfoSchema,
  DiagnosticSchema,
  RoleSchema,
  TestInfoSchema,
  TestResultSchema,
  TextSchema,
  VerdictSchema,
} from './common.ts';

export * from './common.ts';
export * from './teaching.ts';
export * from './contest.ts';

const Id = z.string().min(1).max(100);

// ---- accounts -------------------------------------------------------------------------------

export const MeSchema = z
  .object({
    id: Id,
    login: z.string(),
    name: z.string(),
    role: RoleSchema,
    /** Classes the user is in (students) or teaches (teachers). */
    classes: z.array(z.object({ id: Id, name: z.string(), role: z.enum(['student', 'teacher']) })),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** POST /api/session */
export const LoginRequestSchema = z
  .object({ login: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
/** POST /api/session and GET /api/me answer `{ user }`. */
export const SessionResponseSchema = z.object({ user: MeSchema }).meta({ id: 'SessionResponse' });
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** POST /api/classes/join */
export const JoinClassRequestSchema = z
  .object({ code: z.string().trim().min(4).max(32) })
  .meta({ id: 'JoinClassRequest' });
export type JoinClassRequest = z.infer<typeof JoinClassRequestSchema>;
export const JoinClassResponseSchema = z
  .object({ class: z.object({ id: Id, name: z.string() }) })
  .meta({ id: 'JoinClassResponse' });
export type JoinClassResponse = z.infer<typeof JoinClassResponseSchema>;

/** GET /api/classes/:id — teachers of the class and admins only. */
export const ClassDetailsSchema = z
  .object({
    id: Id,
    name: z.string(),
    joinCode: z.string(),
    members: z.array(z.object({ id: Id, login: z.string(), name: z.string(), role: z.enum(['student', 'teacher']) })),
  })
  .meta({ id: 'ClassDetails' });
export type ClassDetails = z.infer<typeof ClassDetailsSchema>;

// ---- courses and tasks ----------------------------------------------------------------------

/** none: never submitted; tried: submitted, not full score; solved: full score at least once. */
export const TaskStatusSchema = z.enum(['none', 'tried', 'solved']).meta({ id: 'TaskStatus' });
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export const TaskSummarySchema = z
  .object({
    id: Id,
    title: TextSchema,
    difficulty: z.number().optional(),
    tags: z.array(z.string()),
    status: TaskStatusSchema,
    /** Best score over the user's submissions; null when never judged. */
    bestScore: z.number().nullable(),
    maxScore: z.number(),
    attempts: z.number().int(),
  })
  .meta({ id: 'TaskSummary' });
export type TaskSummary = z.infer<typeof TaskSummarySchema>;

export const CourseModuleSchema = z
  .object({ id: z.string(), title: TextSchema, tasks: z.array(TaskSummarySchema) })
  .meta({ id: 'CourseModule' });
export type CourseModule = z.infer<typeof CourseModuleSchema>;

export const CourseSchema = z
  .object({
    id: Id,
    title: TextSchema,
    description: TextSchema.optional(),
    modules: z.array(CourseModuleSchema),
  })
  .meta({ id: 'Course' });
export type Course = z.infer<typeof CourseSchema>;

/** GET /api/courses */
export const CoursesResponseSchema = z.object({ courses: z.array(CourseSchema) }).meta({ id: 'CoursesResponse' });
export type CoursesResponse = z.infer<typeof CoursesResponseSchema>;

/** A part wired to the board (judge/parts PartSpec): kind, id, pins and kind-specific settings. */
export const PartSpecSchema = z
  .looseObject({ kind: z.string(), id: z.string(), pins: z.record(z.string(), z.string()) })
  .meta({ id: 'PartSpec' });
export type PartSpec = z.infer<typeof PartSpecSchema>;

/**
 * GET /api/tasks/:id — what the task page needs. Never hidden tests' details or solutions:
 * `tests` lists the visible tests; `hiddenTests` only counts the others.
 */
export const TaskViewSchema = z
  .object({
    id: Id,
    /** Content hash of the task package; submissions record it. */
    version: z.string(),
    title: TextSchema,
    /** Markdown; relative picture links resolve against `assetsBase`. */
    statement: TextSchema,
    template: z.string(),
    parts: z.array(PartSpecSchema),
    /** The robot world's scene for robot tasks (field, robot, start pose), as the task defines it. */
    scene: z.unknown().optional(),
    maxScore: z.number(),
    difficulty: z.number().optional(),
    tags: z.array(z.string()),
    limits: z.record(z.string(), z.number()).optional(),
    tests: z.array(TestInfoSchema),
    hiddenTests: z.number().int(),
    /** URL prefix of the task's pictures: `${assetsBase}${relativePath}`. */
    assetsBase: z.string(),
    status: TaskStatusSchema,
    bestScore: z.number().nullable(),
  })
  .meta({ id: 'TaskView' });
export type TaskView = z.infer<typeof TaskViewSchema>;

// ---- compile (for the browser simulator) ------------------------------------------------------

/** POST /api/compile */
export const CompileRequestSchema = z
  .object({ source: z.string().max(100_000), taskId: Id.optional() })
  .meta({ id: 'CompileRequest' });
export type CompileRequest = z.infer<typeof CompileRequestSchema>;

export const CompileResponseSchema = z
  .object({
    ok: z.boolean(),
    /** compile-error | too-large | limit-exceeded | toolchain-missing, when ok is false. */
    failure: z.string().optional(),
    message: TextSchema.optional(),
    hex: z.string().optional(),
    flashBytes: z.number().optional(),
    ramBytes: z.number().optional(),
    /** Lowest legal stack pointer, for the browser simulator's crash detection. */
    stackLimit: z.number().optional(),
    errors: z.array(DiagnosticSchema),
    warnings: z.array(DiagnosticSchema),
    cached: z.boolean(),
    durationMs: z.number(),
  })
  .meta({ id: 'CompileResponse' });
export type CompileResponse = z.infer<typeof CompileResponseSchema>;

// ---- submissions ----------------------------------------------------------------------------

/** queued → compiling → running → finished (the verdict says how it ended). */
export const SubmissionStateSchema = z
  .enum(['queued', 'compiling', 'running', 'finished'])
  .meta({ id: 'SubmissionState' });
export type SubmissionState = z.infer<typeof SubmissionStateSchema>;

/** POST /api/submissions */
export const SubmitRequestSchema = z
  .object({ taskId: Id, source: z.string().min(1).max(100_000) })
  .meta({ id: 'SubmitRequest' });
export type SubmitRequest = z.infer<typeof SubmitRequestSchema>;
export const SubmitResponseSchema = z.object({ id: Id }).meta({ id: 'SubmitResponse' });
export type SubmitResponse = z.infer<typeof SubmitResponseSchema>;

/** A row of "my submissions" (no source, no per-test results). */
export const SubmissionSummarySchema = z
  .object({
    id: Id,
    taskId: Id,
    taskTitle: TextSchema.optional(),
    taskVersion: z.string(),
    user: z.object({ id: Id, login: z.string(), name: z.string() }),
    contestId: Id.nullable(),
    state: SubmissionStateSchema,
    verdict: VerdictSchema.nullable(),
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'SubmissionSummary' });
export type SubmissionSummary = z.infer<typeof SubmissionSummarySchema>;

/**
 * GET /api/submissions/:id — the full state; socket.io sends the same object as `submission:state`
 * when a client joins a submission's room.
 */
export const SubmissionViewSchema = SubmissionSummarySchema.extend({
  source: z.string(),
  /** Place in the judge queue while queued (1 = next). */
  queuePosition: z.number().int().nullable(),
  /** Final message (e.g. compile-error or judge-error explanation). */
  message: TextSchema.nullable(),
  compile: CompileInfoSchema.nullable(),
  tests: z.array(TestInfoSchema),
  results: z.array(TestResultSchema),
  /** Ids of tests that are running now. */
  running: z.array(z.string()),
}).meta({ id: 'SubmissionView' });
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;

/** GET /api/submissions?taskId=…&limit=… — my submissions, newest first. */
export const SubmissionListQuerySchema = z.object({
  taskId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SubmissionListQuery = z.infer<typeof SubmissionListQuerySchema>;
export const SubmissionListResponseSchema = z
  .object({ submissions: z.array(SubmissionSummarySchema) })
  .meta({ id: 'SubmissionListResponse' });
export type SubmissionListResponse = z.infer<typeof SubmissionListResponseSchema>;

/** GET /api/submissions/:id/traces/:testId — the recorded trace of a failed (visible) test. */
export { TraceSchema } from './common.ts';
