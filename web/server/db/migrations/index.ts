/** Every migration, in order. Add a step by adding a file and a line here; never edit an applied one. */
import { accounts } from './001-accounts.ts';
import { catalog } from './002-catalog.ts';
import { submissions } from './003-submissions.ts';
import { teaching } from './004-teaching.ts';
import { contests } from './005-contests.ts';
import { authoring } from './006-authoring.ts';
import type { Migration } from './types.ts';

export const MIGRATIONS: Migration[] = [accounts, catalog, submissions, teaching, contests, authoring];
