import type { Migration } from './types.ts';
import { idColumnType } from './types.ts';

/**
 * Submissions (which are also the durable judge queue: state + claim + lease), per-test results
 * and the traces of failed tests.
 */
export const submissions: Migration = {
  name: '003-submissions',
  async up(db, dialect) {
    await db.schema
      .createTable('submissions')
      .addColumn('id', idColumnType(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('task_version', 'text', (c) => c.notNull())
      // No foreign key yet: contests arrive with issue 8.
      .addColumn('contest_id', 'integer')
      .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('verdict', 'text')
      .addColumn('score', 'double precision')
      .addColumn('max_score', 'double precision')
      .addColumn('message_json', 'text')
      .addColumn('compile_json', 'text')
      .addColumn('tests_json', 'text')
      .addColumn('claim_token', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('submissions_user_task').on('submissions').columns(['user_id', 'task_id', 'id']).execute();
    await db.schema.createIndex('submissions_state').on('submissions').columns(['state', 'priority', 'id']).execute();
    await db.schema
      .createTable('test_results')
      .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
      .addColumn('test_id', 'text', (c) => c.notNull())
      .addColumn('test_index', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('verdict', 'text')
      .addColumn('points', 'double precision', (c) => c.notNull())
      .addColumn('max_points', 'double precision', (c) => c.notNull())
      .addColumn('message_json', 'text')
      .addColumn('simulated_ms', 'double precision', (c) => c.notNull())
      .addColumn('wall_ms', 'double precision', (c) => c.notNull())
      .addColumn('cycles', 'double precision', (c) => c.notNull())
      .addColumn('measurements_json', 'text', (c) => c.notNull())
      .addColumn('has_trace', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('test_results_pk', ['submission_id', 'test_id'])
      .execute();
    await db.schema
      .createTable('traces')
      .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
      .addColumn('test_id', 'text', (c) => c.notNull())
      .addColumn('trace_json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('traces_pk', ['submission_id', 'test_id'])
      .execute();
  },
};
