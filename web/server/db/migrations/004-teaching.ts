import type { Migration } from './types.ts';
import { idColumnType } from './types.ts';

/**
 * Teaching: what a class is assigned (a whole course, or a set of tasks) and by when. A course
 * assignment keeps only the course id, so tasks added to the course later are assigned too.
 */
export const teaching: Migration = {
  name: '004-teaching',
  async up(db, dialect) {
    await db.schema
      .createTable('assignments')
      .addColumn('id', idColumnType(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('class_id', 'integer', (c) => c.notNull().references('classes.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('course_id', 'text')
      .addColumn('task_ids_json', 'text')
      .addColumn('title', 'text')
      .addColumn('deadline', 'text')
      .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('assignments_class').on('assignments').column('class_id').execute();
  },
};
