/**
 * Table types for Kysely. Times are ISO-8601 UTC strings (`toISOString()`): they sort as text and
 * read the same on SQLite and PostgreSQL. JSON is stored as text for the same reason.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface UsersTable {
  id: Generated<number>;
  login: string;
  name: string;
  role: 'student' | 'teacher' | 'admin';
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked database does not leak live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface ClassesTable {
  id: Generated<number>;
  name: string;
  join_code: string;
  created_by: number | null;
  created_at: string;
}

export interface ClassMembersTable {
  class_id: number;
  user_id: number;
  role: 'student' | 'teacher';
  joined_at: string;
}

export interface TasksTable {
  id: string;
  /** Content hash of the package now served. */
  version: string;
  title_json: string;
  max_score: number;
  /** Public metadata (difficulty, tags) as JSON. */
  meta_json: string;
  updated_at: string;
}

/** Every version a task ever had, so an old submission still names what it was judged against. */
export interface TaskVersionsTable {
  task_id: string;
  version: string;
  loaded_at: string;
}

export interface CoursesTable {
  id: string;
  title_json: string;
  description_json: string | null;
  /** Modules with their task ids, as loaded from tasks/courses/<id>.yaml. */
  modules_json: string;
  position: number;
  updated_at: string;
}

export type SubmissionStateColumn = 'queued' | 'compiling' | 'running' | 'finished';

export interface SubmissionsTable {
  id: Generated<number>;
  user_id: number;
  task_id: string;
  task_version: string;
  /** Null for practice; set by contests (issue 8). */
  contest_id: number | null;
  /** Lower is judged first: contest submissions 0, practice 1. */
  priority: number;
  source: string;
  state: SubmissionStateColumn;
  verdict: string | null;
  score: number | null;
  max_score: number | null;
  message_json: string | null;
  compile_json: string | null;
  tests_json: string | null;
  /** Who holds the judging claim, its fencing token, and until when the claim is valid. */
  claim_token: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  attempts: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface TestResultsTable {
  submission_id: number;
  test_id: string;
  test_index: number;
  /** 'running' until the test finishes. */
  state: 'running' | 'finished';
  verdict: string | null;
  points: number;
  max_points: number;
  message_json: string | null;
  simulated_ms: number;
  wall_ms: number;
  cycles: number;
  measurements_json: string;
  has_trace: number;
}

export interface TracesTable {
  submission_id: number;
  test_id: string;
  trace_json: string;
}

/** What a class is assigned: a course (its tasks as they are now) or a set of tasks, maybe by a deadline. */
export interface AssignmentsTable {
  id: Generated<number>;
  class_id: number;
  kind: 'course' | 'tasks';
  course_id: string | null;
  /** For `tasks`: the task ids in the teacher's order, as JSON. */
  task_ids_json: string | null;
  /** For `tasks`: the teacher's name for the set. */
  title: string | null;
  /** ISO-8601 UTC, or null for no deadline. */
  deadline: string | null;
  created_by: number | null;
  created_at: string;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

/** A competition round (issue 8, migration 005). Durations in seconds; times ISO-8601 UTC. */
export interface ContestsTable {
  id: Generated<number>;
  slug: string | null;
  owner_id: number | null;
  title_json: string;
  description_json: string | null;
  scoring: 'icpc' | 'ioi' | 'robot';
  participants: 'individual' | 'team';
  starts_at: string;
  duration_sec: number;
  freeze_sec: number;
  reveal_json: string;
  created_at: string;
}

export interface ContestTasksTable {
  contest_id: number;
  label: string;
  task_id: string;
  position: number;
  measure: string | null;
  better: 'lower' | 'higher' | null;
  require_accepted: Generated<number>;
}

export interface ContestParticipantsTable {
  contest_id: number;
  user_id: number;
  members: string | null;
  added_at: string;
}

export interface ContestMessagesTable {
  id: Generated<number>;
  contest_id: number;
  kind: 'clarification' | 'announcement';
  author_id: number | null;
  task_label: string | null;
  question: string | null;
  answer: string | null;
  public: Generated<number>;
  created_at: string;
  answered_at: string | null;
}

export interface ContestIgnoredTable {
  submission_id: number;
  contest_id: number;
  ignored_by: number | null;
  ignored_at: string;
}

/** A task authored in the browser (migration 006, web/server/authoring): its working copy. */
export interface AuthoredTasksTable {
  id: string;
  owner_id: number;
  files_json: string;
  published_number: number | null;
  created_at: string;
  updated_at: string;
}

/** A published, immutable version of an authored task. */
export interface AuthoredTaskVersionsTable {
  task_id: string;
  number: number;
  version: string;
  files_json: string;
  created_by: number | null;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  classes: ClassesTable;
  class_members: ClassMembersTable;
  tasks: TasksTable;
  task_versions: TaskVersionsTable;
  courses: CoursesTable;
  submissions: SubmissionsTable;
  test_results: TestResultsTable;
  traces: TracesTable;
  assignments: AssignmentsTable;
  contests: ContestsTable;
  contest_tasks: ContestTasksTable;
  contest_participants: ContestParticipantsTable;
  contest_messages: ContestMessagesTable;
  contest_ignored: ContestIgnoredTable;
  technolab_migrations: MigrationsTable;
  authored_tasks: AuthoredTasksTable;
  authored_task_versions: AuthoredTaskVersionsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Submission = Selectable<SubmissionsTable>;
export type SubmissionUpdate = Updateable<SubmissionsTable>;
export type TestResultRow = Selectable<TestResultsTable>;
