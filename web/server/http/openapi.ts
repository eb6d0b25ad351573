/** The OpenAPI document at /api/openapi.json, generated from the shared zod schemas. */
import { z } from 'zod';
import * as api from '../../shared/api.ts';

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
  '/api/classes/{id}': { get: { summary: 'A class with its join code and members (its teachers, admins)', response: api.ClassDetailsSchema } },
  '/api/classes/join': { post: { summary: 'Join a class with its code', body: api.JoinClassRequestSchema, response: api.JoinClassResponseSchema } },
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
