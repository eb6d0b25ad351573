/**
 * The teacher pages' server calls (web/server/http/routes/teaching.ts) and the live class room.
 * Types only from the shared contract, so zod never reaches the browser bundle.
 */
import { request } from '../../api/client.ts';
import { connection } from '../../api/socket.ts';
import type { ClassDetails } from '../../../../shared/api.ts';
import type {
  Assignment,
  AssignmentCreate,
  BulkStudentsResponse,
  ClassProgress,
  ClassProgressEvent,
  ClassSummary,
  NewAccount,
  RosterPreview,
  RosterRowInput,
  TeachingCatalog,
} from '../../../../shared/teaching.ts';
import type { ClassJoinAck } from '../../../../shared/socket.ts';

export type { Assignment, ClassDetails, ClassProgress, ClassSummary, NewAccount, RosterPreview, TeachingCatalog };

const c = (id: string) => `/api/classes/${encodeURIComponent(id)}`;

export const teacherApi = {
  classes: () => request<{ classes: ClassSummary[] }>('GET', '/api/classes').then((r) => r.classes),
  createClass: (name: string) => request<ClassSummary>('POST', '/api/classes', { name }),
  renameClass: (id: string, name: string) => request<ClassSummary>('PATCH', c(id), { name }),
  newCode: (id: string) => request<ClassSummary>('POST', `${c(id)}/join-code`),
  addTeacher: (id: string, login: string) => request<unknown>('POST', `${c(id)}/teachers`, { login }),
  removeTeacher: (id: string, userId: string) => request<unknown>('DELETE', `${c(id)}/teachers/${encodeURIComponent(userId)}`),
  details: (id: string) => request<ClassDetails>('GET', c(id)),
  preview: (id: string, text: string) => request<RosterPreview>('POST', `${c(id)}/roster/preview`, { text }),
  createStudents: (id: string, rows: RosterRowInput[]) => request<BulkStudentsResponse>('POST', `${c(id)}/students`, { rows }).then((r) => r.accounts),
  resetPassword: (id: string, userId: string) => request<NewAccount>('POST', `${c(id)}/students/${encodeURIComponent(userId)}/password`),
  removeStudent: (id: string, userId: string) => request<unknown>('DELETE', `${c(id)}/students/${encodeURIComponent(userId)}`),
  assignments: (id: string) => request<{ assignments: Assignment[] }>('GET', `${c(id)}/assignments`).then((r) => r.assignments),
  assign: (id: string, body: AssignmentCreate) => request<Assignment>('POST', `${c(id)}/assignments`, body),
  setDeadline: (id: string, aid: string, deadline: string | null) => request<Assignment>('PATCH', `${c(id)}/assignments/${encodeURIComponent(aid)}`, { deadline }),
  unassign: (id: string, aid: string) => request<unknown>('DELETE', `${c(id)}/assignments/${encodeURIComponent(aid)}`),
  progress: (id: string) => request<ClassProgress>('GET', `${c(id)}/progress`),
  catalog: () => request<TeachingCatalog>('GET', '/api/teaching/catalog'),
  csvUrl: (id: string, lang: string) => {
    let tz = 'UTC';
    try {
      tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      // An old browser: times in UTC.
    }
    return `${c(id)}/progress.csv?lang=${lang}&tz=${encodeURIComponent(tz)}`;
  },
};

/**
 * Follows a class's matrix live: `onState` gets the whole matrix on join and after every
 * reconnect, `onRow` each student's row as their submissions finish.
 */
export function watchClass(
  classId: string,
  handlers: { onState: (state: ClassProgress) => void; onRow: (event: ClassProgressEvent) => void; onError?: (code: string) => void },
): { close(): void } {
  const s = connection();
  const join = () =>
    s.emit('class:join', { classId }, (answer: ClassJoinAck) => {
      if (answer.ok) handlers.onState(answer.state);
      else handlers.onError?.(answer.error.code);
    });
  const onRow = (e: ClassProgressEvent) => e.classId === classId && handlers.onRow(e);
  s.on('class:progress', onRow);
  s.on('connect', join);
  if (s.connected) join();
  return {
    close() {
      s.off('class:progress', onRow);
      s.off('connect', join);
      if (s.connected) s.emit('class:leave', { classId });
    },
  };
}

/**
 * Passwords of the accounts made last, kept in memory only (never stored): the sheet page prints
 * them; a reload forgets them, as «shown once» promises.
 */
let lastSheet: { classId: string; className: string; accounts: NewAccount[] } | null = null;
export function setSheet(sheet: typeof lastSheet): void {
  lastSheet = sheet;
}
export function getSheet(): typeof lastSheet {
  return lastSheet;
}
