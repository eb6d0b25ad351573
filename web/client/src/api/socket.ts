import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, LiveEvent, ServerToClientEvents, SubmissionView } from './types.ts';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
let socket: LiveSocket | null = null;

/** The one socket.io connection of the page (shared with the teacher pages' class room). */
export function connection(): LiveSocket {
  // Same origin, so the session cookie authenticates it; WebSocket first (school proxies permitting).
  socket ??= io({ path: '/socket.io', withCredentials: true, transports: ['websocket', 'polling'] });
  return socket;
}

export interface Watch {
  close(): void;
}

/**
 * Follows one submission live: `onState` gets the full state on join and again after any reconnect
 * (so nothing is missed), `onEvent` the deltas in between.
 */
export function watchSubmission(
  id: string,
  handlers: { onState: (state: SubmissionView) => void; onEvent: (event: LiveEvent) => void; onError?: (message: string) => void },
): Watch {
  const s = connection();
  const join = () =>
    s.emit('submission:join', { id }, (answer) => {
      if (answer.ok) handlers.onState(answer.state);
      else handlers.onError?.(answer.error.code);
    });
  const onState = (state: SubmissionView) => state.id === id && handlers.onState(state);
  const onEvent = (e: { submissionId: string; event: LiveEvent }) => e.submissionId === id && handlers.onEvent(e.event);
  s.on('submission:state', onState);
  s.on('submission:event', onEvent);
  s.on('connect', join);
  if (s.connected) join();
  return {
    close() {
      s.off('submission:state', onState);
      s.off('submission:event', onEvent);
      s.off('connect', join);
      if (s.connected) s.emit('submission:leave', { id });
    },
  };
}
