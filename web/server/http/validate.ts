import type { z } from 'zod';
import { HttpError } from './errors.ts';

/** Parses outside input with a schema; a mismatch is a 400 that lists the wrong fields. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw HttpError.of('bad-request', undefined, {
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}

/** A numeric id from a path parameter (ids are strings on the wire, integers in the store). */
export function idParam(value: unknown, notFound: 'submission-not-found' | 'not-found' = 'not-found'): number {
  const n = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw HttpError.of('not-found', notFound);
  return n;
}
