/**
 * Building blocks of the API contract: the judge's plain types (events.ts, toolchain/types.ts) as zod
 * schemas, so the server validates and documents them and the client gets the same TS types.
 * Browser-safe: zod only, no Node APIs.
 */
import { z } from 'zod';
import { VERDICTS } from '../../judge/runner/events.ts';

/** Person-facing text, always both languages. */
export const TextSchema = z.object({ ru: z.string(), en: z.string() }).meta({ id: 'Text' });
export type Text = z.infer<typeof TextSchema>;

export const LangSchema = z.enum(['ru', 'en']);
export type Lang = z.infer<typeof LangSchema>;

export const VerdictSchema = z.enum(VERDICTS).meta({ id: 'Verdict' });
export type Verdict = z.infer<typeof VerdictSchema>;

export const RoleSchema = z.enum(['student', 'teacher', 'admin']).meta({ id: 'Role' });
export type Role = z.infer<typeof RoleSchema>;

export const DiagnosticSchema = z
  .object({
    file: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    severity: z.enum(['error', 'warning', 'note']),
    message: z.string(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

export const MeasurementSchema = z
  .object({ key: z.string(), value: z.number(), unit: z.string().optional(), label: TextSchema.optional() })
  .meta({ id: 'Measurement' });
export type Measurement = z.infer<typeof MeasurementSchema>;

/** A test as the viewer may see it: hidden tests keep a neutral title for students. */
export const TestInfoSchema = z
  .object({
    id: z.string(),
    index: z.number().int(),
    title: TextSchema,
    points: z.number(),
    group: z.string().optional(),
    hidden: z.boolean(),
  })
  .meta({ id: 'TestInfo' });
export type TestInfo = z.infer<typeof TestInfoSchema>;

/**
 * One test's result. Traces are large, so they never travel inside results or live events:
 * `hasTrace` says one is stored and `GET /api/submissions/:id/traces/:testId` returns it.
 * For a student, a hidden test's message is a neutral verdict text and it has no trace.
 */
export const TestResultSchema = z
  .object({
    id: z.string(),
    index: z.number().int(),
    verdict: VerdictSchema,
    points: z.number(),
    maxPoints: z.number(),
    message: TextSchema,
    simulatedMs: z.number(),
    wallMs: z.number(),
    cycles: z.number(),
    measurements: z.array(MeasurementSchema),
    hidden: z.boolean(),
    hasTrace: z.boolean(),
  })
  .meta({ id: 'TestResult' });
export type TestResult = z.infer<typeof TestResultSchema>;

export const CompileInfoSchema = z
  .object({
    ok: z.boolean(),
    cached: z.boolean(),
    flashBytes: z.number().optional(),
    ramBytes: z.number().optional(),
    diagnostics: z.array(DiagnosticSchema),
    durationMs: z.number(),
  })
  .meta({ id: 'CompileInfo' });
export type CompileInfo = z.infer<typeof CompileInfoSchema>;

/** The recorded trace of a failed test (judge/board/trace.ts TraceData). */
export const TraceSchema = z
  .object({
    hz: z.number(),
    startCycle: z.number(),
    endCycle: z.number(),
    pins: z.array(z.tuple([z.number(), z.string(), z.union([z.literal(0), z.literal(1)])])),
    serial: z.array(z.tuple([z.number(), z.enum(['tx', 'rx']), z.number()])),
    events: z.array(z.tuple([z.number(), z.string(), z.string(), z.union([z.number(), z.string()])])),
    poses: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])).optional(),
    truncated: z.boolean().optional(),
  })
  .meta({ id: 'Trace' });
export type Trace = z.infer<typeof TraceSchema>;

/** Every error answer: `{ error: { code, message, text } }`; message is in the requested language. */
export const ERROR_CODES = [
  'bad-request',
  'unauthenticated',
  'bad-credentials',
  'forbidden',
  'not-found',
  'rate-limited',
  'conflict',
  'payload-too-large',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      /** In the language asked for (Accept-Language or ?lang=, Russian by default). */
      message: z.string(),
      /** The same message in both languages, for a client that switches language later. */
      text: TextSchema,
      /** For rate-limited: seconds until another try is allowed (also the Retry-After header). */
      retryAfter: z.number().optional(),
      /** For bad-request: which fields were wrong. */
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
