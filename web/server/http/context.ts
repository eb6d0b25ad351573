import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/schema.ts';
import type { Broadcaster } from '../live/publish.ts';
import type { JudgeQueue } from '../queue/types.ts';

/** What every route needs, built once in main.ts. */
export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  catalog: Catalog;
  queue: JudgeQueue;
  io: Broadcaster;
  log: Logger;
}
