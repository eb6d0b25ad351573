/**
 * Task authoring in the browser (web/server/authoring): requests, answers and the live events of
 * «Проверить задачу». Browser-safe: zod only.
 */
import { z } from 'zod';
import { DiagnosticSchema, TextSchema, VerdictSchema, type Text, type Verdict } from './common.ts';

export const AuthoredFilesSchema = z.record(z.string(), z.string()).meta({ id: 'AuthoredFiles', description: 'The package files, path → text (the layout of tasks/<id>/)' });

export const CreateAuthoredTaskSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'латиница, цифры и дефисы / Latin letters, digits and hyphens') }).meta({ id: 'CreateAuthoredTask' });
export const SaveAuthoredTaskSchema = z.object({ files: AuthoredFilesSchema }).meta({ id: 'SaveAuthoredTask' });
export const RejudgeRequestSchema = z.object({ apply: z.boolean().default(false) }).meta({ id: 'RejudgeRequest' });

export interface AuthoredTaskSummary {
  id: string;
  title: Text | null;
  ownerId: string;
  ownerName: string;
  /** Number of the version served to students, or null while a draft. */
  publishedNumber: number | null;
  /** Whether the working copy differs from the published version. */
  changed: boolean;
  updatedAt: string;
}

export interface AuthoredVersion {
  number: number;
  version: string;
  createdAt: string;
  submissions: number;
}

export interface AuthoredTaskDetail extends AuthoredTaskSummary {
  files: Record<string, string>;
  versions: AuthoredVersion[];
}

export interface LoadProblem {
  file: string;
  field?: string;
  message: string;
}

/** POST /authoring/tasks/:id/validate: the package loaded in the sandbox, or what is wrong. */
export type ValidateResponse =
  | { ok: true; parts: unknown[]; scene?: unknown; tests: { id: string; index: number; title: Text; points: number; hidden: boolean }[]; wiringSvg: string; version: string }
  | { ok: false; problems: LoadProblem[] };

export interface RejudgeItem {
  id: string;
  userName: string;
  fromVersion: number | null;
  before: { verdict: Verdict | null; score: number | null };
  after: { verdict: Verdict; score: number };
  changed: boolean;
}

export interface RejudgeResponse {
  version: number;
  total: number;
  changed: number;
  items: RejudgeItem[];
  applied: boolean;
}

export const AuthoringTestSchema = z.object({
  id: z.string(),
  index: z.number().int(),
  verdict: VerdictSchema,
  points: z.number(),
  maxPoints: z.number(),
  message: TextSchema,
});

/** One event of a «Check task» job. */
export type AuthoringEvent =
  | { type: 'loading' }
  | { type: 'load-failed'; problems: LoadProblem[] }
  | { type: 'loaded'; tests: { id: string; index: number; title: Text; points: number; hidden: boolean }[]; solutions: { file: string; label?: string; expect: { verdict: Verdict; score?: number } }[] }
  | { type: 'compiled'; file: string; ok: boolean; errors: z.infer<typeof DiagnosticSchema>[] }
  | { type: 'test'; file: string; result: z.infer<typeof AuthoringTestSchema> }
  | { type: 'solution'; file: string; ok: boolean; got: { verdict: Verdict; score: number; maxScore: number }; problem?: Text }
  | { type: 'finished'; ok: boolean; problems: Text[] }
  | { type: 'error'; message: Text };

export interface CheckJobState {
  jobId: string;
  taskId: string;
  done: boolean;
  events: AuthoringEvent[];
}

export const JoinAuthoringSchema = z.object({ jobId: z.string().min(1).max(100) });
export type JoinAuthoring = z.infer<typeof JoinAuthoringSchema>;
export type AuthoringJoinAck = { ok: true; state: CheckJobState } | { ok: false; error: { code: string; message: string; text: Text } };
export interface AuthoringLiveEvent {
  jobId: string;
  event: AuthoringEvent;
}
