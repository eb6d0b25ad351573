import type { ErrorCode, Text } from './types.ts';

export type ApiErrorKind = 'offline' | 'session' | 'limit' | 'notFound' | 'forbidden' | 'invalid' | 'server' | 'credentials';

/** A failed API call, classified so the UI can say what happened in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    /** Server-provided explanation in both languages, when it sent one. */
    readonly text?: Text,
    /** For `limit`: seconds until another try is allowed. */
    readonly retryAfter?: number,
  ) {
    super(`${kind} (${status})`);
  }
}

const BY_CODE: Record<ErrorCode, ApiErrorKind> = {
  'bad-request': 'invalid',
  unauthenticated: 'session',
  'bad-credentials': 'credentials',
  forbidden: 'forbidden',
  'not-found': 'notFound',
  'rate-limited': 'limit',
  conflict: 'invalid',
  'payload-too-large': 'invalid',
  internal: 'server',
};

/** The kind of a failed answer: from the server's error code when it sent one, else from the status. */
export function kindOf(status: number, code: string | undefined, path: string): ApiErrorKind {
  if (code && code in BY_CODE) return BY_CODE[code as ErrorCode];
  // Proxies answer 502–504 when the app itself is down: for a child that is the same as offline.
  if (status >= 502 && status <= 504) return 'offline';
  if (status === 401) return path === '/api/session' ? 'credentials' : 'session';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'limit';
  if (status === 400 || status === 413 || status === 422) return 'invalid';
  return 'server';
}
