/**
 * The live side of a round over socket.io, through the same publish layer as judging (so in the
 * scaled mode a judge worker's publish reaches every web node through the Redis adapter):
 * `contest:<id>` gets the public board, announcements and public answers; `contest-jury:<id>` the
 * real board and every clarification; `contest-user:<id>:<user>` a participant's private answers.
 */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ContestMessage, Scoreboard } from '../../shared/contest.ts';
import { JoinContestRoomSchema } from '../../shared/contest.ts';
import { rooms } from '../../shared/socket.ts';
import type { Database } from '../db/schema.ts';
import { text } from '../i18n.ts';
import type { LiveServer } from '../live/socket.ts';
import { scoreboard } from './standings.ts';
import { loadContest, roleIn } from './store.ts';

/** What publishing needs of socket.io (a server's io, or a worker's detached one). */
export interface ContestBroadcaster {
  to(room: string): { emit(event: string, payload: unknown): unknown };
}

const asBroadcaster = (io: unknown) => io as ContestBroadcaster;

/** Both boards of a round, to their rooms (after a submission, a verdict, a rejudge, a reveal). */
export async function publishContest(io: unknown, db: Kysely<Database>, contestId: number): Promise<void> {
  const c = await loadContest(db, contestId);
  if (!c) return;
  const id = String(contestId);
  const [pub, jury] = await Promise.all([scoreboard(db, c, 'public'), scoreboard(db, c, 'jury')]);
  asBroadcaster(io).to(rooms.contestPublic(id)).emit('contest:board', pub satisfies Scoreboard);
  asBroadcaster(io).to(rooms.contestJury(id)).emit('contest:board', jury satisfies Scoreboard);
}

/** After a submission finished (judge-one): its round's boards, when it is a round's. */
export async function publishContestOfSubmission(io: unknown, db: Kysely<Database>, submissionId: number): Promise<void> {
  const sub = await db.selectFrom('submissions').select('contest_id').where('id', '=', submissionId).executeTakeFirst();
  if (sub?.contest_id !== null && sub?.contest_id !== undefined) await publishContest(io, db, sub.contest_id);
}

export function publishChanged(io: unknown, contestId: number): void {
  const id = String(contestId);
  asBroadcaster(io).to(rooms.contestPublic(id)).emit('contest:changed', { contestId: id });
  asBroadcaster(io).to(rooms.contestJury(id)).emit('contest:changed', { contestId: id });
}

/**
 * A message to those who may see it: the jury always; everyone when public (a shared answer does
 * not name who asked); otherwise only the asker.
 */
export function publishMessage(io: unknown, message: ContestMessage, askerId: number | null): void {
  const b = asBroadcaster(io);
  b.to(rooms.contestJury(message.contestId)).emit('contest:message', message);
  if (message.public || message.kind === 'announcement') b.to(rooms.contestPublic(message.contestId)).emit('contest:message', { ...message, author: null });
  else if (askerId !== null) b.to(rooms.contestUser(message.contestId, String(askerId))).emit('contest:message', message);
}

/** `contest:join` / `contest:leave` on every connection of the live server. */
export function registerContestRooms(io: LiveServer, db: Kysely<Database>, log: Logger): void {
  io.on('connection', (socket) => {
    socket.on('contest:join', async (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const lang = socket.data.lang;
      const fail = (code: 'not-found' | 'internal') => {
        const t = text(code);
        reply({ ok: false, error: { code, message: t[lang], text: t } });
      };
      try {
        const parsed = JoinContestRoomSchema.safeParse(request);
        const id = parsed.success && /^\d{1,12}$/.test(parsed.data.contestId) ? Number(parsed.data.contestId) : NaN;
        const c = Number.isSafeInteger(id) ? await loadContest(db, id) : undefined;
        const role = c ? await roleIn(db, c, socket.data.user) : null;
        // Not in the round looks the same as no such round.
        if (!c || !role || !parsed.success) return fail('not-found');
        const view = role === 'jury' && parsed.data.view !== 'public' ? 'jury' : 'public';
        const key = String(id);
        // Join first, then read: a board published in between arrives after this one, never lost.
        await socket.join(view === 'jury' ? rooms.contestJury(key) : rooms.contestPublic(key));
        if (role === 'participant') await socket.join(rooms.contestUser(key, String(socket.data.user.id)));
        reply({ ok: true, board: await scoreboard(db, c, view) });
      } catch (err) {
        log.error({ err }, 'contest join failed');
        fail('internal');
      }
    });
    socket.on('contest:leave', (request) => {
      const parsed = JoinContestRoomSchema.safeParse(request);
      if (!parsed.success) return;
      const key = parsed.data.contestId;
      void socket.leave(rooms.contestPublic(key));
      void socket.leave(rooms.contestJury(key));
      void socket.leave(rooms.contestUser(key, String(socket.data.user.id)));
    });
  });
}
