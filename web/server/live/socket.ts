/**
 * socket.io: the session cookie authenticates the connection; a client joins a submission's room
 * only if it may see the submission, and only the room of its view (a student's is redacted).
 * Joining answers with the full current state, so a late or reconnecting client misses nothing:
 * it joins first, then reads the state, so no event falls between the two.
 */
import type { Server as HttpServer } from 'node:http';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import type { ErrorResponse } from '../../shared/common.ts';
import { JoinSubmissionSchema, rooms, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/socket.ts';
import { parseCookies, SESSION_COOKIE, userOfSession } from '../accounts/sessions.ts';
import type { Database, User } from '../db/schema.ts';
import { pickLang, text, type MessageKey } from '../i18n.ts';
import { canView } from '../submissions/access.ts';
import { detailFor, findSubmission, submissionView } from '../submissions/view.ts';
import { registerClassRooms } from '../teaching/live.ts';
import { registerAuthoringRooms } from '../authoring/live.ts';
import { registerContestRooms } from '../contests/live.ts';

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { user: User; lang: 'ru' | 'en' }>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { user: User; lang: 'ru' | 'en' }>;

function failure(lang: 'ru' | 'en', code: ErrorResponse['error']['code'], key: MessageKey): { ok: false } & ErrorResponse {
  const t = text(key);
  return { ok: false, error: { code, message: t[lang], text: t } };
}

export function createLiveServer(http: HttpServer | undefined, db: Kysely<Database>, log: Logger): LiveServer {
  const io: LiveServer = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

  io.use(async (socket, next) => {
    try {
      const headers = socket.handshake.headers;
      const user = await userOfSession(db, parseCookies(headers.cookie)[SESSION_COOKIE]);
      const lang = pickLang(socket.handshake.query.lang, headers['accept-language']);
      if (!user) {
        const err = new Error('unauthenticated') as Error & { data: unknown };
        err.data = { code: 'unauthenticated', text: text('unauthenticated') };
        return next(err);
      }
      socket.data.user = user;
      socket.data.lang = lang;
      next();
    } catch (err) {
      log.error({ err }, 'socket auth failed');
      next(new Error('internal'));
    }
  });

  io.on('connection', (socket: LiveSocket) => {
    socket.on('submission:join', async (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const lang = socket.data.lang;
      try {
        const parsed = JoinSubmissionSchema.safeParse(request);
        const id = parsed.success && /^\d{1,12}$/.test(parsed.data.id) ? Number(parsed.data.id) : NaN;
        const sub = Number.isSafeInteger(id) ? await findSubmission(db, id) : undefined;
        // A forbidden submission looks missing: ids must not reveal who submitted what.
        if (!sub || !(await canView(db, socket.data.user, sub))) return reply(failure(lang, 'not-found', 'submission-not-found'));
        const detail = detailFor(socket.data.user);
        await socket.join(detail === 'full' ? rooms.submissionFull(String(id)) : rooms.submission(String(id)));
        const state = await submissionView(db, id, detail);
        if (!state) return reply(failure(lang, 'not-found', 'submission-not-found'));
        socket.emit('submission:state', state);
        reply({ ok: true, state });
      } catch (err) {
        log.error({ err }, 'socket join failed');
        reply(failure(lang, 'internal', 'internal'));
      }
    });
    socket.on('submission:leave', (request) => {
      const parsed = JoinSubmissionSchema.safeParse(request);
      if (!parsed.success) return;
      void socket.leave(rooms.submission(parsed.data.id));
      void socket.leave(rooms.submissionFull(parsed.data.id));
    });
  });
  registerClassRooms(io, db, log);
  registerAuthoringRooms(io, log);
  registerContestRooms(io, db, log);
  return io;
}
