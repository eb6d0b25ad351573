/** OpenAPI entries of task authoring (http/routes/authoring.ts), merged into http/openapi.ts. */
import type { z } from 'zod';
import { CreateAuthoredTaskSchema, RejudgeRequestSchema, SaveAuthoredTaskSchema } from '../../shared/authoring.ts';

type Op = { summary: string; body?: z.ZodType; response?: z.ZodType; status?: number };

// Teachers and admins; a teacher reaches only their own tasks (others' give 403), an admin all.
export const AUTHORING_OPERATIONS: Record<string, Record<string, Op>> = {
  '/api/authoring/tasks': {
    get: { summary: 'Authored tasks: mine (an admin: all), with the published version number' },
    post: { summary: 'Create an authored task from the starter package (409 when the id is taken by any task)', body: CreateAuthoredTaskSchema, status: 201 },
  },
  '/api/authoring/tasks/{id}': {
    get: { summary: 'An authored task: its files (the layout of tasks/<id>/), versions and their submission counts' },
    put: { summary: 'Save the working copy (paths, count and sizes checked; task.yaml id must stay the task id)', body: SaveAuthoredTaskSchema },
  },
  '/api/authoring/tasks/{id}/validate': { post: { summary: 'Load the package with the bench in the sandbox: parts, scene, tests, wiring.svg — or every problem' } },
  '/api/authoring/tasks/{id}/assets/{name}': { get: { summary: "A picture of the working copy's statement: an .svg of the package, or wiring.svg generated from the bench's parts" } },
  '/api/authoring/tasks/{id}/check': { post: { summary: '«Check task» (judge check code, benches sandboxed): answers { jobId }; events in the socket.io room (authoring:join, authoring:event)', status: 202 } },
  '/api/authoring/checks/{jobId}': { get: { summary: 'A check job so far (its author or an admin)' } },
  '/api/authoring/tasks/{id}/publish': { post: { summary: 'Make the working copy a new immutable version and serve it in the catalog (400 with the problems if it does not load)' } },
  '/api/authoring/tasks/{id}/rejudge': { post: { summary: 'Submissions on older versions judged against the published one: apply=false counts changed verdicts/scores and stores nothing; apply=true queues them again on the new version', body: RejudgeRequestSchema } },
  '/api/authoring/tasks/{id}/export': { get: { summary: 'The package as a zip (<id>/task.yaml …)' } },
  '/api/authoring/import': { post: { summary: 'Import a task zip (body: application/zip, ≤ 2 MB): creates my task or updates mine with that id; bad zips (unsafe paths, huge files, no or invalid task.yaml) give 400 and change nothing', status: 201 } },
};
