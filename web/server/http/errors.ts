/**
 * Errors as JSON `{ error: { code, message, text } }`, the message in the requested language.
 * Routes throw HttpError; anything else becomes `internal` (logged, never shown in detail).
 */
import type { ErrorRequestHandler, Request, Response } from 'express';
import type { ErrorCode, ErrorResponse, Text } from '../../shared/common.ts';
import { pickLang, text as messageText, type MessageKey } from '../i18n.ts';

const STATUS: Record<ErrorCode, number> = {
  'bad-request': 400,
  unauthenticated: 401,
  'bad-credentials': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'rate-limited': 429,
  internal: 500,
};

export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Text = messageText(code as MessageKey),
    readonly extra: { retryAfter?: number; issues?: { path: string; message: string }[] } = {},
  ) {
    super(text.en);
  }
  static of(code: ErrorCode, key?: MessageKey, extra?: HttpError['extra']): HttpError {
    return new HttpError(code, messageText(key ?? (code as MessageKey)), extra);
  }
}

export function langOf(req: Request): 'ru' | 'en' {
  return pickLang(req.query?.lang, req.get('accept-language'));
}

export function sendError(req: Request, res: Response, error: HttpError): void {
  const body: ErrorResponse = {
    error: { code: error.code, message: error.text[langOf(req)], text: error.text, ...error.extra },
  };
  if (error.extra.retryAfter !== undefined) res.set('Retry-After', String(Math.ceil(error.extra.retryAfter)));
  res.status(STATUS[error.code]).json(body);
}

export function errorHandler(log: { error(obj: object, msg: string): void }): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof HttpError) return sendError(req, res, err);
    // Body parser errors: malformed JSON or a body over the limit.
    const status = (err as { status?: number; type?: string })?.status;
    if (status === 413) return sendError(req, res, HttpError.of('payload-too-large'));
    if (status === 400) return sendError(req, res, HttpError.of('bad-request'));
    log.error({ err, url: req.originalUrl }, 'request failed');
    sendError(req, res, HttpError.of('internal'));
  };
}
