/** socket.io room of a «Check task» job: only its author (or an admin) may join it. */
import type { Logger } from 'pino';
import { JoinAuthoringSchema } from '../../shared/authoring.ts';
import { rooms } from '../../shared/socket.ts';
import type { LiveServer } from '../live/socket.ts';
import { text } from '../i18n.ts';
import { AuthoringError, checkJobFor } from './service.ts';

export function registerAuthoringRooms(io: LiveServer, log: Logger): void {
  io.on('connection', (socket) => {
    socket.on('authoring:join', async (request, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      const lang = socket.data.lang;
      try {
        const parsed = JoinAuthoringSchema.safeParse(request);
        if (!parsed.success) return reply({ ok: false, error: { code: 'bad-request', message: text('bad-request')[lang], text: text('bad-request') } });
        // Checked before joining; joined before reading the state, so no event falls in between.
        checkJobFor(socket.data.user, parsed.data.jobId);
        await socket.join(rooms.authoringJob(parsed.data.jobId));
        reply({ ok: true, state: checkJobFor(socket.data.user, parsed.data.jobId) });
      } catch (err) {
        if (err instanceof AuthoringError) return reply({ ok: false, error: { code: err.code, message: err.text[lang], text: err.text } });
        log.error({ err }, 'authoring join failed');
        reply({ ok: false, error: { code: 'internal', message: text('internal')[lang], text: text('internal') } });
      }
    });
    socket.on('authoring:leave', (request) => {
      const parsed = JoinAuthoringSchema.safeParse(request);
      if (parsed.success) void socket.leave(rooms.authoringJob(parsed.data.jobId));
    });
  });
}
