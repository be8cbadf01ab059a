/**
 * The console in a real browser: Debian's Chromium driven by playwright-core, against a real server
 * process (`node src/server.ts`, as `npm start` runs it) on a database of its own. One server and one
 * browser per test file; each test opens its own page. Every page is watched for browser-console
 * errors and failed requests, which fail the test that made them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freshDatabase, type TestDatabase } from './db.ts';
import { startServer, type ServerProcess } from './process.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
/** Long enough for a loaded 2-core machine; a wait is an upper bound, never a speed assertion. */
export const WAIT_MS = 60_000;

export interface Console {
  server: ServerProcess;
  /** The server's database settings (for the `porting` CLI on the same database). */
  dbEnv: Record<string, string>;
  browser: Browser;
  /** The admin key the server printed on its first start. */
  key: string;
  /** Problems seen in any page: console errors, page errors, failed requests. */
  problems: string[];
  /** A fresh browser context (its own cookies) and page, watched for problems. */
  open(opts?: { width?: number; height?: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** Closes every context a test opened (afterEach: a failed test leaves none polling behind). */
  closePages(): Promise<void>;
  /** Signs in through the sign-in page with `key` (default: the printed admin key). */
  signIn(page: Page, key?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startConsole(env: Record<string, string>): Promise<Console> {
  assert.ok(existsSync(CHROMIUM), `the browser tests need Debian's chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`);
  assert.ok(existsSync(join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html')), 'the console is not built: npm run build:web (npm test builds it)');
  const dir = mkdtempSync(join(tmpdir(), 'porting-console-'));
  const db: TestDatabase = await freshDatabase(dir, { file: true });
  const server = await startServer({ DATABASE_URL: db.url, ...db.env, WEBHOOK_ALLOW_PRIVATE: 'true', ...env });
  const key = /API key \(shown once, keep it safe\): (ptk_\S+)/.exec(server.output())?.[1];
  assert.ok(key, `no key printed at start:\n${server.output()}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const problems: string[] = [];
  const contexts = new Set<BrowserContext>();
  mkdirSync(SCREENSHOTS, { recursive: true });

  const c: Console = {
    server,
    dbEnv: { DATABASE_URL: db.url, ...db.env },
    browser,
    key,
    problems,
    async open(opts = {}) {
      const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 860 }, baseURL: server.url, timezoneId: 'America/Los_Angeles', locale: 'en-US' });
      contexts.add(context);
      context.on('close', () => contexts.delete(context));
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT_MS);
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()} (${page.url()})`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message} (${page.url()})`));
      // ERR_ABORTED is the browser dropping a request of a page that moved on or closed, not a failure.
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
      });
      return { context, page };
    },
    async signIn(page, k = key) {
      await page.goto('/');
      await waitForPath(page, /^\/sign-in/);
      await page.getByLabel('API key').fill(k);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForPath(page, /^\/ports$/);
      await page.getByRole('heading', { name: 'Ports', level: 1 }).waitFor();
    },
    async closePages() {
      await Promise.all([...contexts].map((x) => x.close()));
    },
    async close() {
      await browser.close();
      await server.kill();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return c;
}

/**
 * Waits until the page's path (and query) matches: the console moves with the History API, which
 * page.waitForURL does not always see when it happens around a document's load.
 */
export async function waitForPath(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(location.pathname + location.search), pattern.source, { timeout: WAIT_MS, polling: 100 });
}

/** A picture of the page from its top (a scrolled page would show the sticky bar mid-way). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    scrollTo(0, 0);
  });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** What a signed-in page keeps in browser storage: every key and value of localStorage and sessionStorage. */
export const browserStorage = (page: Page) =>
  page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]));
