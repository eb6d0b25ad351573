/** The built web client is served with SPA fallback and the strict CSP; the API never falls back to it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../web/server/logger.ts';
import { startServer, type RunningServer } from '../../web/server/server.ts';
import { tempDir, testConfig } from './helpers.ts';

let server: RunningServer;
const data = tempDir();

beforeAll(async () => {
  const client = join(data.dir, 'dist');
  mkdirSync(join(client, 'assets'), { recursive: true });
  writeFileSync(join(client, 'index.html'), '<!doctype html><title>Технолаб</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(client, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(client, 'assets', 'simulator.worker-AbC123.js'), 'self.onmessage = () => {}');
  server = await startServer(testConfig({ DATA_DIR: data.dir, CLIENT_DIR: client, JUDGE_IN_PROCESS: '0' }), createLogger('warn', 'test'));
});
afterAll(async () => {
  await server?.close();
  data.remove();
});

it('serves index.html for any page path, assets with long caching, and JSON 404 for unknown API paths', async () => {
  for (const path of ['/', '/tasks/blink', '/submissions/12']) {
    const r = await fetch(server.url + path);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Технолаб');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  }
  const asset = await fetch(`${server.url}/assets/app.js`);
  expect(asset.headers.get('cache-control')).toContain('immutable');
  const api = await fetch(`${server.url}/api/nope`);
  expect(api.status).toBe(404);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not-found');
});

it("grants 'unsafe-eval' to the simulator worker only (its fast engine compiles AVR code), never to pages", async () => {
  const page = await fetch(`${server.url}/tasks/blink`);
  expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  const app = await fetch(`${server.url}/assets/app.js`);
  expect(app.headers.get('content-security-policy')).not.toContain('unsafe-eval');
  const worker = await fetch(`${server.url}/assets/simulator.worker-AbC123.js`);
  expect(worker.status).toBe(200);
  expect(worker.headers.get('content-security-policy')).toContain("script-src 'self' 'unsafe-eval'");
});
