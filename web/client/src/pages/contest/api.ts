/**
 * The round pages' server calls (web/server/http/routes/contests.ts) and the round's live room.
 * Types only from the shared contract, so zod never reaches the browser bundle.
 */
import { request } from '../../api/client.ts';
import { connection } from '../../api/socket.ts';
import type { TaskView } from '../../api/types.ts';
import type {
  AddParticipantsResponse,
  ContestJoinAck,
  ContestMessage,
  ContestSubmission,
  ContestSummary,
  ContestView,
  CreateContest,
  ContestParticipant,
  Scoreboard,
  UpdateContest,
} from '../../../../shared/contest.ts';

export type { AddParticipantsResponse, ContestMessage, ContestSubmission, ContestSummary, ContestView, CreateContest, ContestParticipant, Scoreboard };

const c = (id: string) => `/api/contests/${encodeURIComponent(id)}`;

export const contestApi = {
  list: () => request<{ contests: ContestSummary[] }>('GET', '/api/contests').then((r) => r.contests),
  create: (body: CreateContest) => request<{ id: string }>('POST', '/api/contests', body),
  get: (id: string) => request<ContestView>('GET', c(id)),
  update: (id: string, body: UpdateContest) => request<ContestView>('PATCH', c(id), body),
  participants: (id: string) => request<{ participants: ContestParticipant[] }>('GET', `${c(id)}/participants`).then((r) => r.participants),
  addParticipants: (id: string, body: { roster?: string; logins?: string[]; loginPrefix?: string }) => request<AddParticipantsResponse>('POST', `${c(id)}/participants`, body),
  setMembers: (id: string, userId: string, members: string | null) => request<unknown>('PATCH', `${c(id)}/participants/${encodeURIComponent(userId)}`, { members }),
  task: (id: string, label: string) => request<TaskView>('GET', `${c(id)}/tasks/${encodeURIComponent(label)}`),
  submit: (id: string, label: string, source: string) => request<{ id: string }>('POST', `${c(id)}/submissions`, { label, source }),
  submissions: (id: string) => request<{ submissions: ContestSubmission[] }>('GET', `${c(id)}/submissions`).then((r) => r.submissions),
  scoreboard: (id: string, view?: 'public' | 'jury') => request<Scoreboard>('GET', `${c(id)}/scoreboard${view ? `?view=${view}` : ''}`),
  reveal: (id: string, step: 'next' | 'all') => request<Scoreboard>('POST', `${c(id)}/reveal`, { step }),
  rejudge: (id: string, body: { submissionId?: string; label?: string }) => request<{ requeued: number }>('POST', `${c(id)}/rejudge`, body),
  ignore: (id: string, sid: string, ignored: boolean) => request<unknown>('POST', `${c(id)}/submissions/${encodeURIComponent(sid)}/ignore`, { ignored }),
  messages: (id: string) => request<{ messages: ContestMessage[] }>('GET', `${c(id)}/messages`).then((r) => r.messages),
  ask: (id: string, taskLabel: string | null, question: string) => request<ContestMessage>('POST', `${c(id)}/clarifications`, { taskLabel, question }),
  answer: (id: string, mid: string, answer: string, isPublic: boolean) => request<ContestMessage>('POST', `${c(id)}/clarifications/${encodeURIComponent(mid)}/answer`, { answer, public: isPublic }),
  announce: (id: string, text: string) => request<ContestMessage>('POST', `${c(id)}/announcements`, { text }),
  csvUrl: (id: string, lang: string) => `${c(id)}/results.csv?lang=${lang}`,
};

/**
 * Follows a round live: the board on join (and again after a reconnect), then every new board,
 * message and change. `view: 'public'` lets the jury show the frozen board on the projector.
 */
export function watchContest(
  id: string,
  view: 'public' | 'jury' | undefined,
  handlers: { onBoard: (b: Scoreboard) => void; onMessage?: (m: ContestMessage) => void; onChanged?: () => void },
): () => void {
  const s = connection();
  const join = () =>
    s.emit('contest:join', { contestId: id, ...(view ? { view } : {}) }, (answer: ContestJoinAck) => {
      if (answer.ok) handlers.onBoard(answer.board);
    });
  const onBoard = (b: Scoreboard) => b.contestId === id && (view === undefined || b.view === view) && handlers.onBoard(b);
  const onMessage = (m: ContestMessage) => m.contestId === id && handlers.onMessage?.(m);
  const onChanged = (e: { contestId: string }) => e.contestId === id && handlers.onChanged?.();
  s.on('contest:board', onBoard);
  s.on('contest:message', onMessage);
  s.on('contest:changed', onChanged);
  s.on('connect', join);
  if (s.connected) join();
  return () => {
    s.off('contest:board', onBoard);
    s.off('contest:message', onMessage);
    s.off('contest:changed', onChanged);
    s.off('connect', join);
    if (s.connected) s.emit('contest:leave', { contestId: id });
  };
}
