/**
 * The embedded mode's demo rounds: every `tasks/contests/*.yaml` becomes a round hosted by the demo
 * teacher with the demo students registered, once (by the file's id). A bad file is logged in
 * Russian and English and skipped.
 */
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Catalog } from '../catalog/catalog.ts';
import type { Database } from '../db/schema.ts';
import { loadRoundFiles, type RoundFile } from './round-file.ts';
import { addParticipants, createContest } from './store.ts';

export async function seedContests(
  db: Kysely<Database>,
  catalog: Catalog,
  log: Logger,
  options: { dir?: string; ownerLogin?: string; participantLogins?: string[] } = {},
): Promise<{ seeded: string[]; failed: { file: string; errors: { ru: string; en: string }[] }[] }> {
  const dir = options.dir ?? join(catalog.root, 'contests');
  const seeded: string[] = [];
  const failed: { file: string; errors: { ru: string; en: string }[] }[] = [];
  for (const { file, result } of await loadRoundFiles(dir, (id) => catalog.tasks.has(id))) {
    if (!result.ok) {
      failed.push({ file, errors: result.errors });
      log.error({ file, errors: result.errors.map((e) => e.en) }, `тур пропущен / round skipped: ${result.errors.map((e) => `${e.ru} / ${e.en}`).join('; ')}`);
      continue;
    }
    const round: RoundFile = result.round;
    const exists = await db.selectFrom('contests').select('id').where('slug', '=', round.id).executeTakeFirst();
    if (exists) continue;
    const owner = await db.selectFrom('users').select('id').where('login', '=', options.ownerLogin ?? 'teacher').executeTakeFirst();
    const startsAt = round.startsAt ?? new Date(Date.now() + (round.startsInMinutes ?? 15) * 60_000).toISOString();
    try {
      const id = await createContest(
        db,
        catalog,
        owner ? Number(owner.id) : null,
        {
          title: round.title,
          ...(round.description ? { description: round.description } : {}),
          scoring: round.scoring,
          startsAt,
          durationMinutes: round.durationMinutes,
          freezeMinutes: round.freezeMinutes,
          participants: round.participants,
          tasks: round.tasks.map((t) => ({ label: t.label, taskId: t.task, ...(t.measure ? { measure: t.measure } : {}), ...(t.better ? { better: t.better } : {}), ...(t.requireAccepted ? { requireAccepted: true } : {}) })),
        },
        round.id,
      );
      const logins = options.participantLogins ?? ['student1', 'student2', 'student3'];
      const users = logins.length ? await db.selectFrom('users').select('id').where('login', 'in', logins).execute() : [];
      await addParticipants(db, id, users.map((u) => Number(u.id)));
      seeded.push(round.id);
    } catch (error) {
      // Another server seeding at the same moment won the unique slug: fine.
      const raced = await db.selectFrom('contests').select('id').where('slug', '=', round.id).executeTakeFirst();
      if (!raced) log.error({ file, err: error instanceof Error ? error.message : String(error) }, 'тур пропущен / round skipped');
    }
  }
  return { seeded, failed };
}
