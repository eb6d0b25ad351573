/**
 * Who is asking: the session cookie resolves to a user for every request (and socket). Routes say
 * what they need with `requireUser` / `requireRole`; everything but logging in needs a user.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import type { Role } from '../../shared/common.ts';
import { parseCookies, SESSION_COOKIE, userOfSession } from '../accounts/sessions.ts';
import type { Database, User } from '../db/schema.ts';
import { HttpError } from './errors.ts';

export function sessionToken(req: Request): string | undefined {
  return parseCookies(req.get('cookie'))[SESSION_COOKIE];
}

export function loadUser(db: Kysely<Database>): RequestHandler {
  return async (req, res, next) => {
    res.locals.user = await userOfSession(db, sessionToken(req));
    next();
  };
}

/** The logged-in user, or a 401. */
export function userOf(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw HttpError.of('unauthenticated');
  return user;
}

export const requireUser: RequestHandler = (_req, res, next) => {
  userOf(res);
  next();
};

export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const user = userOf(res);
    if (!roles.includes(user.role)) throw HttpError.of('forbidden');
    next();
  };
}
