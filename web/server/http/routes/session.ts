/** Logging in and out, and who I am. */
import { Router } from 'express';
import { LoginRequestSchema, type SessionResponse } from '../../../shared/api.ts';
import { checkPassword, DUMMY_HASH } from '../../accounts/passwords.ts';
import { clearedSessionCookie, createSession, deleteSession, sessionCookie } from '../../accounts/sessions.ts';
import { findUserByLogin, meOf } from '../../accounts/users.ts';
import type { AppContext } from '../context.ts';
import { sessionToken, userOf } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { parse } from '../validate.ts';

export function sessionRouter(ctx: AppContext): Router {
  const router = Router();
  const perLogin = new RateLimiter(ctx.config.LOGIN_PER_MIN);
  // Guessing many logins from one address is limited too, more loosely (a class shares one NAT).
  const perAddress = new RateLimiter(ctx.config.LOGIN_PER_MIN * 10);

  router.post(
    '/session',
    rateLimit(perAddress, (req) => req.ip ?? ''),
    rateLimit(perLogin, (req) => `${req.ip}|${String((req.body as { login?: unknown })?.login ?? '').toLowerCase()}`),
    async (req, res) => {
      const { login, password } = parse(LoginRequestSchema, req.body);
      const user = await findUserByLogin(ctx.db, login);
      // Compare against a dummy hash for unknown logins: the answer time does not reveal who exists.
      const ok = await checkPassword(password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok) throw HttpError.of('bad-credentials');
      const { token, expires } = await createSession(ctx.db, user.id);
      res.set('Set-Cookie', sessionCookie(token, expires, ctx.config.COOKIE_SECURE));
      const body: SessionResponse = { user: await meOf(ctx.db, user) };
      res.json(body);
    },
  );

  router.delete('/session', async (req, res) => {
    await deleteSession(ctx.db, sessionToken(req));
    res.set('Set-Cookie', clearedSessionCookie(ctx.config.COOKIE_SECURE));
    res.status(204).end();
  });

  router.get('/me', async (_req, res) => {
    const body: SessionResponse = { user: await meOf(ctx.db, userOf(res)) };
    res.json(body);
  });

  return router;
}
