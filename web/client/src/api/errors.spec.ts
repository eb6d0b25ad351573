import { describe, expect, it } from 'vitest';
import { kindOf } from './errors.ts';

describe('API error kinds', () => {
  it('follow the server’s error code when it sends one', () => {
    expect(kindOf(401, 'unauthenticated', '/api/me')).toBe('session');
    expect(kindOf(401, 'bad-credentials', '/api/session')).toBe('credentials');
    expect(kindOf(429, 'rate-limited', '/api/compile')).toBe('limit');
    expect(kindOf(500, 'internal', '/api/compile')).toBe('server');
  });

  it('fall back to the status: a proxy’s 502–504 means the server is down (offline for the child)', () => {
    expect(kindOf(502, undefined, '/api/me')).toBe('offline');
    expect(kindOf(504, undefined, '/api/me')).toBe('offline');
    expect(kindOf(401, undefined, '/api/session')).toBe('credentials');
    expect(kindOf(401, undefined, '/api/courses')).toBe('session');
    expect(kindOf(429, undefined, '/api/submissions')).toBe('limit');
  });
});
