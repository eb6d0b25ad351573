/**
 * The client's view of the server API: the shared contract's types (web/shared), imported as types
 * only so zod itself never reaches the browser bundle. Every page imports API types from here.
 */
export type {
  Me,
  Course,
  CourseModule,
  TaskSummary,
  TaskStatus,
  TaskView,
  CompileResponse,
  SubmissionState,
  SubmissionSummary,
  SubmissionView,
  TestInfo,
  TestResult,
  Text,
  Verdict,
  Diagnostic,
  CompileInfo,
  Trace,
  PartSpec,
  ErrorResponse,
  ErrorCode,
  LiveEvent,
  SubmissionEvent,
  JoinAck,
  ServerToClientEvents,
  ClientToServerEvents,
} from '../../../shared/index.ts';
