import { ApiError, kindOf } from './errors.ts';
import type { CompileResponse, Course, ErrorResponse, Me, SubmissionSummary, SubmissionView, TaskView, Text, Trace } from './types.ts';

type Listener = (error: ApiError) => void;
const sessionListeners = new Set<Listener>();

/** Called when any request finds the session gone, so the app can show the log-in page. */
export function onSessionExpired(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

function asText(value: unknown): Text | undefined {
  if (value && typeof value === 'object' && 'ru' in value && 'en' in value) return value as Text;
  return undefined;
}

/** Exported for the lazily loaded teacher pages (pages/teacher/api.ts), which add their own calls. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('offline', 0);
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const body = (data ?? {}) as Partial<ErrorResponse>;
    const header = Number(response.headers.get('Retry-After'));
    const retryAfter = body.error?.retryAfter ?? (header > 0 ? header : undefined);
    const kind = kindOf(response.status, body.error?.code, path);
    const error = new ApiError(kind, response.status, asText(body.error?.text), retryAfter);
    if (kind === 'session') for (const l of sessionListeners) l(error);
    throw error;
  }
  return data as T;
}

/** Every server call the student app makes, typed by the shared contract (web/shared/api.ts). */
export const api = {
  login: (login: string, password: string) => request<{ user: Me }>('POST', '/api/session', { login, password }).then((r) => r.user),
  logout: () => request<unknown>('DELETE', '/api/session'),
  me: () => request<{ user: Me }>('GET', '/api/me').then((r) => r.user),
  courses: () => request<{ courses: Course[] }>('GET', '/api/courses').then((r) => r.courses),
  task: (id: string) => request<TaskView>('GET', `/api/tasks/${encodeURIComponent(id)}`),
  compile: (source: string, taskId?: string) => request<CompileResponse>('POST', '/api/compile', { source, taskId }),
  submit: (taskId: string, source: string) => request<{ id: string }>('POST', '/api/submissions', { taskId, source }),
  submission: (id: string) => request<SubmissionView>('GET', `/api/submissions/${encodeURIComponent(id)}`),
  submissions: (taskId?: string) =>
    request<{ submissions: SubmissionSummary[] }>(
      'GET',
      taskId ? `/api/submissions?taskId=${encodeURIComponent(taskId)}` : '/api/submissions',
    ).then((r) => r.submissions),
  trace: (id: string, testId: string) =>
    request<Trace>('GET', `/api/submissions/${encodeURIComponent(id)}/traces/${encodeURIComponent(testId)}`),
  joinClass: (code: string) => request<{ class: { id: string; name: string } }>('POST', '/api/classes/join', { code }).then((r) => r.class),
};
