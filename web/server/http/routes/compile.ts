/** Compiling for the browser simulator («Запустить»): HEX and diagnostics, nothing stored. */
import { Router } from 'express';
import { compile } from '../../../../judge/toolchain/index.ts';
import { CompileRequestSchema, type CompileResponse } from '../../../shared/api.ts';
import type { AppContext } from '../context.ts';
import { requireUser, userOf } from '../auth.ts';
import { RateLimiter, rateLimit } from '../rate-limit.ts';
import { parse } from '../validate.ts';

export function compileRouter(ctx: AppContext): Router {
  const router = Router();
  const limiter = new RateLimiter(ctx.config.COMPILE_PER_MIN);
  router.post(
    '/compile',
    requireUser,
    rateLimit(limiter, (_req, res) => `compile|${userOf(res).id}`),
    async (req, res) => {
      const { source } = parse(CompileRequestSchema, req.body);
      const r = await compile({ source });
      const body: CompileResponse = {
        ok: r.ok,
        ...(r.failure ? { failure: r.failure } : {}),
        ...(r.message ? { message: r.message } : {}),
        ...(r.hex ? { hex: r.hex } : {}),
        ...(r.flashBytes !== undefined ? { flashBytes: r.flashBytes } : {}),
        ...(r.ramBytes !== undefined ? { ramBytes: r.ramBytes } : {}),
        ...(r.stackLimit !== undefined ? { stackLimit: r.stackLimit } : {}),
        errors: r.errors,
        warnings: r.warnings,
        cached: r.cached,
        durationMs: Math.round(r.durationMs),
      };
      res.json(body);
    },
  );
  return router;
}
