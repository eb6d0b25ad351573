/**
 * Security headers for every answer, and the built web client with SPA fallback. The CSP allows
 * only our own origin: Monaco's workers are bundled (so no 'unsafe-eval') and start from blob:
 * URLs; Monaco and React set inline styles, hence 'unsafe-inline' for styles only.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The browser simulator's worker compiles AVR code into JavaScript functions (the fast engine, as in
 * the judge), which needs 'unsafe-eval' — granted to that one worker script only, never to pages.
 */
export const SIMULATOR_WORKER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
const SIMULATOR_WORKER = /^\/assets\/simulator\.worker-[\w-]+\.js$/;

export const securityHeaders: RequestHandler = (req, res, next) => {
  res.set({
    'Content-Security-Policy': SIMULATOR_WORKER.test(req.path) ? SIMULATOR_WORKER_CSP : CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
};

/** Serves `dir` (when built) with long caching for hashed assets and index.html for every other path. */
export function clientApp(dir: string): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use(
    express.static(dir, {
      index: false,
      setHeaders(res, path) {
        res.set('Cache-Control', path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get(/^(?!\/api\/|\/socket\.io\/).*/, (_req, res) => {
    if (!existsSync(index)) {
      // The API works without the client; a person opening the page learns what is missing.
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Веб-приложение не собрано: выполните `npm run build:client` (или `bash scripts/start.sh`).\nThe web app is not built: run `npm run build:client` (or `bash scripts/start.sh`).\n');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
