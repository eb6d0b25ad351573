import type { Migration } from './types.ts';
import { idColumnType } from './types.ts';

/**
 * Competitions («Технолаб» cup rounds): the round, its labelled tasks, participants, clarifications
 * and announcements, and submissions the jury ignores. A round's submissions are ordinary rows of
 * `submissions` with `contest_id` set (the column exists since 003), judged by the same queue.
 */
export const contests: Migration = {
  name: '005-contests',
  async up(db, dialect) {
    const id = idColumnType(dialect);
    await db.schema
      .createTable('contests')
      .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      // Set for rounds loaded from tasks/contests/<slug>.yaml, so a restart does not seed twice.
      .addColumn('slug', 'text', (c) => c.unique())
      .addColumn('owner_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('title_json', 'text', (c) => c.notNull())
      .addColumn('description_json', 'text')
      .addColumn('scoring', 'text', (c) => c.notNull())
      .addColumn('participants', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('duration_sec', 'integer', (c) => c.notNull())
      .addColumn('freeze_sec', 'integer', (c) => c.notNull())
      // { all: boolean, revealed: participant ids } — the public board's reveal after the round.
      .addColumn('reveal_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('contest_tasks')
      .addColumn('contest_id', 'integer', (c) => c.notNull().references('contests.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('measure', 'text')
      .addColumn('better', 'text')
      .addColumn('require_accepted', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('contest_tasks_pk', ['contest_id', 'label'])
      .execute();
    await db.schema
      .createTable('contest_participants')
      .addColumn('contest_id', 'integer', (c) => c.notNull().references('contests.id').onDelete('cascade'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      // Team rounds: the account is the team; its members' names, shown on the board.
      .addColumn('members', 'text')
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('contest_participants_pk', ['contest_id', 'user_id'])
      .execute();
    await db.schema.createIndex('contest_participants_user').on('contest_participants').column('user_id').execute();
    await db.schema
      .createTable('contest_messages')
      .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('contest_id', 'integer', (c) => c.notNull().references('contests.id').onDelete('cascade'))
      // clarification: a participant asks (question), the jury answers; announcement: the jury tells all.
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('task_label', 'text')
      .addColumn('question', 'text')
      .addColumn('answer', 'text')
      .addColumn('public', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text')
      .execute();
    await db.schema.createIndex('contest_messages_contest').on('contest_messages').columns(['contest_id', 'id']).execute();
    await db.schema
      .createTable('contest_ignored')
      .addColumn('submission_id', 'integer', (c) => c.primaryKey().references('submissions.id').onDelete('cascade'))
      .addColumn('contest_id', 'integer', (c) => c.notNull().references('contests.id').onDelete('cascade'))
      .addColumn('ignored_by', 'integer')
      .addColumn('ignored_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('submissions_contest').on('submissions').columns(['contest_id', 'id']).execute();
  },
};
