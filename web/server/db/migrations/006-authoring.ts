import type { Migration } from './types.ts';

/**
 * Tasks authored in the browser (web/server/authoring). The package's files (the same layout as
 * tasks/<id>/) are rows, not a folder: saving, importing a zip and publishing are transactions
 * (a bad zip changes nothing), backups of the store include them, and several servers on one
 * PostgreSQL see the same tasks. A published version is immutable; submissions name it by its
 * content hash (submissions.task_version), so they keep the version they were judged on.
 */
export const authoring: Migration = {
  name: '006-authoring',
  async up(db) {
    await db.schema
      .createTable('authored_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id'))
      /** The working copy being edited: { "task.yaml": "…", "bench.ts": "…", … }. */
      .addColumn('files_json', 'text', (c) => c.notNull())
      /** Number of the version now served, or null while never published. */
      .addColumn('published_number', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('authored_tasks_owner').on('authored_tasks').column('owner_id').execute();
    await db.schema
      .createTable('authored_task_versions')
      .addColumn('task_id', 'text', (c) => c.notNull().references('authored_tasks.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      /** Content hash of the package (judge/task `Task.version`). */
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('files_json', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('authored_task_versions_pk', ['task_id', 'number'])
      .execute();
    await db.schema.createIndex('authored_task_versions_hash').on('authored_task_versions').columns(['task_id', 'version']).execute();
  },
};
