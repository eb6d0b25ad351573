import type { Migration } from './types.ts';

/** Tasks (with every version seen) and courses, mirrored from tasks/ at start. */
export const catalog: Migration = {
  name: '002-catalog',
  async up(db) {
    await db.schema
      .createTable('tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('title_json', 'text', (c) => c.notNull())
      .addColumn('max_score', 'double precision', (c) => c.notNull())
      .addColumn('meta_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('task_versions')
      .addColumn('task_id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('loaded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('task_versions_pk', ['task_id', 'version'])
      .execute();
    await db.schema
      .createTable('courses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title_json', 'text', (c) => c.notNull())
      .addColumn('description_json', 'text')
      .addColumn('modules_json', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
