/**
 * The live progress matrix. A teacher's page joins `class:<id>` (only a teacher of that class or
 * an admin may) and gets the whole matrix; when a student's submission finishes, the judge — in
 * this process or in a worker process, through the socket.io Redis adapter — sends the student's
 * recomputed row to every class they are a student of.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ErrorResponse } from '../../shared/common.ts';
import { rooms } from '../../shared/socket.ts';
import { JoinClassRoomSchema } from '../../shared/teaching.ts';
import type { Database } from '../db/schema.ts';
import { text, type MessageKey } from '../i18n.ts';
import type { Broadcaster } from '../live/publish.ts';
import type { LiveServer } from '../live/socket.ts';
import { canManageClass } from './access.ts';
import { classProgress } from './progress.ts';

/** After a submission finished: its student's new row, to each of their classes' rooms. */
export async function publishClassProgress(io: Broadcaster, db: Kysely<Database>, submissionId: number): Promise<void> {
  const sub = await db.selectFrom('submissions').select(['user_id', 'contest_id']).where('id', '=', submissionId).executeTakeFirst();
  if (!sub || sub.contest_id !== null) return;
  const classes = await db.selectFrom('class_members').select('class_id').where('user_id', '=', sub.user_id).where('role', '=', 'student').execute();
  for (const { class_id } of classes) {
    const progress = await classProgress(db, class_id, sub.user_id);
    const row = progress?.rows[0];
    if (row) io.to(rooms.classProgress(String(class_id))).emit('class:progress', { classId: String(class_id), row });
  }
}

function failure(lang: 'ru' | 'en', code: ErrorResponse['error']['code'], key: MessageKey): { ok: false } & ErrorResponse {
  const t = text(key);
  return { ok: false, error: { code, message: t[lang], text: t } };
}

/** `class:join` / `class:leave` on every connection of the live server. */
export function registerClassRooms(io: LiveServer, db: Kysely<Database>, log: Logger): void {
  io.on('connection', (socket) => {
    socket.on('class:join', async (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const lang = socket.data.lang;
      try {
        const parsed = JoinClassRoomSchema.safeParse(request);
        const id = parsed.success && /^\d{1,12}$/.test(parsed.data.classId) ? Number(parsed.data.classId) : NaN;
        if (!Number.isSafeInteger(id)) return reply(failure(lang, 'not-found', 'not-found'));
        if (!(await canManageClass(db, socket.data.user, id))) return reply(failure(lang, 'forbidden', 'forbidden'));
        // Join first, then read: a row published in between arrives after the state, never lost.
        await socket.join(rooms.classProgress(String(id)));
        const state = await classProgress(db, id);
        if (!state) {
          await socket.leave(rooms.classProgress(String(id)));
          return reply(failure(lang, 'not-found', 'not-found'));
        }
        reply({ ok: true, state });
      } catch (err) {
        log.error({ err }, 'class join failed');
        reply(failure(lang, 'internal', 'internal'));
      }
    });
    socket.on('class:leave', (request) => {
      const parsed = JoinClassRoomSchema.safeParse(request);
      if (parsed.success) void socket.leave(rooms.classProgress(parsed.data.classId));
    });
  });
}
