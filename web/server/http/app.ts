/** The Express app: security headers, JSON API (routers per resource), OpenAPI, the web client. */
import express from 'express';
import type { AppContext } from './context.ts';
import { loadUser } from './auth.ts';
import { errorHandler, HttpError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { authoringRouter } from './routes/authoring.ts';
import { classesRouter } from './routes/classes.ts';
import { compileRouter } from './routes/compile.ts';
import { contestsRouter } from './routes/contests.ts';
import { coursesRouter } from './routes/courses.ts';
import { sessionRouter } from './routes/session.ts';
import { submissionsRouter } from './routes/submissions.ts';
import { tasksRouter } from './routes/tasks.ts';
import { teachingRouter } from './routes/teaching.ts';
import { clientApp, securityHeaders } from './static.ts';

export function createApp(ctx: AppContext): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind one reverse proxy at most (a school server); makes req.ip the client for rate limits.
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);

  const document = openApiDocument();
  const api = express.Router();
  // An authored task's files (bench, statements, solutions) may be larger than other requests.
  api.use('/authoring', express.json({ limit: '2mb' }));
  api.use(express.json({ limit: '256kb' }));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.get('/openapi.json', (_req, res) => void res.json(document));
  api.use(loadUser(ctx.db));
  api.use(sessionRouter(ctx));
  api.use(coursesRouter(ctx));
  api.use(tasksRouter(ctx));
  api.use(compileRouter(ctx));
  api.use(submissionsRouter(ctx));
  api.use(classesRouter(ctx));
  api.use(contestsRouter(ctx));
  api.use(teachingRouter(ctx));
  api.use(authoringRouter(ctx));
  api.use(() => {
    throw HttpError.of('not-found');
  });
  app.use('/api', api);
  app.use(clientApp(ctx.config.CLIENT_DIR));
  app.use(errorHandler(ctx.log));
  return app;
}
