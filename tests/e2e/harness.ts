/**
 * End-to-end harness: the real server (web/server/main.ts, embedded mode, a fresh temp DATA_DIR, a
 * port the OS picks) and Debian's Chromium through playwright-core. Never downloads a browser.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test-results/e2e');
const DIST = join(ROOT, 'web/client/dist/index.html');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules') continue;
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestSource(path) : s.mtimeMs);
  }
  return newest;
}

/** Builds the client when dist is missing or older than its sources (as `npm start` does). */
export function ensureClientBuilt(): void {
  const built = existsSync(DIST) ? statSync(DIST).mtimeMs : 0;
  const sources = Math.max(newestSource(join(ROOT, 'web/client')), newestSource(join(ROOT, 'judge')));
  if (built >= sources) return;
  execFileSync('npm', ['run', '--silent', 'build:client'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts Technolab like `npm start` does, but on a free port with a throwaway data folder. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'technolab-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'web/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    const check = () => {
      const m = /running: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested (documents, scripts, workers, XHR, WebSocket). */
  requests: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  close: () => Promise<void>;
}

/**
 * Debian Chromium, headless, offline-friendly flags, a fresh profile, a school laptop's screen.
 * (Playwright takes the profile directory as launchPersistentContext's argument rather than as
 * --user-data-dir.)
 */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'technolab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 768 },
    locale: 'ru-RU',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (ws) => requests.push(ws.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    requests,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the step under test-results/e2e/ (a test artifact). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

export const DEMO_STUDENT = { login: 'student1', password: 'student1-demo' };

export async function logIn(page: Page, url: string, who = DEMO_STUDENT): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel(/Логин|Login/).fill(who.login);
  await page.getByLabel(/Пароль|Password/).fill(who.password);
  await page.getByRole('button', { name: /Войти|Log in/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/**
 * Replaces the sketch in the editor as a child pasting it would: select all, then a paste event
 * (typing it key by key would let Monaco's auto-indent and auto-closing brackets rewrite it).
 */
export async function typeSketch(page: Page, code: string): Promise<void> {
  await page.locator('[data-editor="monaco"] .monaco-editor').waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  // The page saves the sketch (debounced) once it has it: after that, Run and Submit send this code.
  const deadline = Date.now() + 10_000;
  while ((await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)))).indexOf(code) < 0) {
    if (Date.now() > deadline) throw new Error('the editor did not take the pasted sketch');
    await page.waitForTimeout(100);
  }
}
