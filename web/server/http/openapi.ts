/** The OpenAPI document at /api/openapi.json, generated from the shared zod schemas. */
import { z } from 'zod';
import * as api from '../../shared/api.ts';
import { AUTHORING_OPERATIONS } from '../authoring/openapi.ts';
import { CONTEST_OPERATIONS } from '../contests/openapi.ts';

type Op = { summary: string; body?: z.ZodType; query?: z.ZodObject; response?: z.ZodType; status?: number; auth?: boolean };

const OPERATIONS: Record<string, Record<string, Op>> = {
  '/api/session': {
    post: { summary: 'Log in (sets the session cookie)', body: api.LoginRequestSchema, response: api.SessionResponseSchema, auth: false },
    delete: { summary: 'Log out', status: 204, auth: false },
  },
  '/api/me': { get: { summary: 'The logged-in user', response: api.SessionResponseSchema } },
  '/api/courses': { get: { summary: 'Courses with my status on every task', response: api.CoursesResponseSchema } },
  '/api/tasks/{id}': { get: { summary: 'A task: statement, template, parts, visible tests', response: api.TaskViewSchema } },
  '/api/tasks/{id}/assets/{path}': { get: { summary: 'A picture of the statement (wiring.svg is generated)' } },
  '/api/compile': { post: { summary: 'Compile for the browser simulator', body: api.CompileRequestSchema, response: api.CompileResponseSchema } },
  '/api/submissions': {
    post: { summary: 'Submit a sketch for judging', body: api.SubmitRequestSchema, response: api.SubmitResponseSchema, status: 201 },
    get: { summary: 'My submissions, newest first', query: api.SubmissionListQuerySchema, response: api.SubmissionListResponseSchema },
  },
  '/api/submissions/{id}': { get: { summary: 'Full state of a submission', response: api.SubmissionViewSchema } },
  '/api/submissions/{id}/traces/{testId}': { get: { summary: 'Recorded trace of a failed test', response: api.TraceSchema } },
  '/api/classes/{id}': {
    get: { summary: 'A class with its join code and members (its teachers, admins)', response: api.ClassDetailsSchema },
    patch: { summary: 'Rename a class', body: api.ClassWriteSchema, response: api.ClassSummarySchema },
  },
  '/api/classes/join': { post: { summary: 'Join a class with its code', body: api.JoinClassRequestSchema, response: api.JoinClassResponseSchema } },
  // Teaching (web/server/http/routes/teaching.ts): a teacher of the class or an admin; others get 403.
  '/api/classes': {
    get: { summary: 'Classes I teach (an admin: all)', response: api.ClassListResponseSchema },
    post: { summary: 'Create a class (a join code is made; the creator teaches it)', body: api.ClassWriteSchema, response: api.ClassSummarySchema, status: 201 },
  },
  '/api/classes/{id}/join-code': { post: { summary: 'Give the class a new join code (the old one stops working)', response: api.ClassSummarySchema } },
  '/api/classes/{id}/teachers': { post: { summary: 'Add a co-teacher by login (a teacher or admin account)', body: api.AddTeacherSchema, status: 204 } },
  '/api/classes/{id}/teachers/{userId}': { delete: { summary: 'Remove a teacher from the class (never the last one)', status: 204 } },
  '/api/classes/{id}/roster/preview': { post: { summary: 'Parse a pasted list or CSV of students: rows and problems by line', body: api.RosterPreviewRequestSchema, response: api.RosterPreviewSchema } },
  '/api/classes/{id}/students': { post: { summary: 'Create student accounts in bulk (passwords in this answer only); 409 when a given login is taken', body: api.BulkStudentsRequestSchema, response: api.BulkStudentsResponseSchema, status: 201 } },
  '/api/classes/{id}/students/{userId}': { delete: { summary: 'Remove a student from the class (the account stays)', status: 204 } },
  '/api/classes/{id}/students/{userId}/password': { post: { summary: "Reset a student's password (shown once; their sessions end)", response: api.PasswordResetResponseSchema } },
  '/api/classes/{id}/assignments': {
    get: { summary: 'What the class is assigned', response: api.AssignmentListResponseSchema },
    post: { summary: 'Assign a course or a set of tasks, with an optional deadline', body: api.AssignmentCreateSchema, response: api.AssignmentSchema, status: 201 },
  },
  '/api/classes/{id}/assignments/{assignmentId}': {
    patch: { summary: 'Change or clear the deadline', body: api.AssignmentUpdateSchema, response: api.AssignmentSchema },
    delete: { summary: 'Remove an assignment (submissions stay)', status: 204 },
  },
  '/api/classes/{id}/progress': { get: { summary: 'Progress matrix: students × assigned tasks (live: socket.io class:join, class:progress)', response: api.ClassProgressSchema } },
  '/api/classes/{id}/progress.csv': { get: { summary: 'The matrix as CSV for Excel/LibreOffice: UTF-8 BOM, ";" separator, ?lang=ru|en, ?tz=Europe/Moscow' } },
  '/api/teaching/catalog': { get: { summary: 'Courses and tasks a class can be assigned', response: api.TeachingCatalogSchema } },
  '/api/me/assignments': { get: { summary: 'What the teachers of my classes assigned to me, with deadlines and my status', response: api.MyAssignmentsResponseSchema } },
  ...AUTHORING_OPERATIONS,
  ...CONTEST_OPERATIONS,
};

function schema(s: z.ZodType): unknown {
  return z.toJSONSchema(s, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' });
}

export function openApiDocument(): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, ops] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(ops)) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
      if (op.query) {
        for (const [name, s] of Object.entries(op.query.shape)) params.push({ name, in: 'query', required: false, schema: schema(s as z.ZodType) as { type: string } });
      }
      paths[path][method] = {
        summary: op.summary,
        ...(op.auth === false ? { security: [] } : {}),
        ...(params.length ? { parameters: params } : {}),
        ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(op.body) } } } } : {}),
        responses: {
          [String(op.status ?? 200)]: {
            description: 'OK',
            ...(op.response ? { content: { 'application/json': { schema: schema(op.response) } } } : {}),
          },
          default: { description: 'Error (message in the language of ?lang= or Accept-Language)', content: { 'application/json': { schema: schema(api.ErrorResponseSchema) } } },
        },
      };
    }
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Technolab API', version: '1', description: 'Технолаб: задачи по Arduino с автоматической проверкой / Arduino tasks judged automatically. Live judging events: socket.io (see web/shared/socket.ts).' },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'technolab_session' } } },
    security: [{ session: [] }],
    paths,
  };
}
