/** Builds the real application (buildApp) on a fresh database, with accounts and a capturing log. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createServices, type Services } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createDatabase, type Database } from '../../src/store/database.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { FakeClock } from '../../src/workflow/clock.ts';
import type { Resolver } from '../../src/webhooks/transport.ts';
import { freshDatabase, type TestDatabase } from './db.ts';
import { assertMatchesDocument } from './openapi.ts';

export interface TestApp {
  app: FastifyInstance;
  /** The services behind the app, as the composition root built them (worker, lifecycle, …). */
  services: Services;
  database: Database;
  config: Config;
  clock: FakeClock;
  dir: string;
  /** The database this app runs on (a SQLite file/memory, or a PostgreSQL schema). */
  testDb: TestDatabase;
  logs: string[];
  /** An admin (desk) key and two customer accounts. */
  admin: { accountId: string; key: string };
  alice: { accountId: string; key: string };
  bob: { accountId: string; key: string };
  close(): Promise<void>;
}

export const VALID_PORT = {
  number: '+14155551234',
  account_number: '123456789',
  carrier_name: 'Previous Provider',
  billing_phone: '+14155551234',
  end_user_name: 'John Doe',
  end_user_address: { street: '123 Main St', city: 'San Francisco', state: 'CA', postal_code: '94102', country: 'US' },
};

/** Monday 2026-11-16 15:00Z (10:00 in New York), a plain business week. */
export const MONDAY = '2026-11-16T15:00:00.000Z';

export async function createTestApp(options: { env?: Record<string, string>; now?: string; file?: boolean; resolve?: Resolver } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'porting-test-'));
  const testDb = await freshDatabase(dir, { file: options.file ?? false });
  const config = loadConfig({
    DATABASE_URL: testDb.url,
    LOG_LEVEL: 'info',
    WORKER: 'off',
    ...testDb.env,
    ...options.env,
  });
  const database = createDatabase(config.database);
  await migrateToLatest(database);
  const clock = new FakeClock(options.now ?? MONDAY);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  // Webhook retries on the schedule itself (the jitter, ±10%, is the domain's and tested there).
  const services = await createServices(config, { database, clock, logStream, random: () => 0.5, ...(options.resolve ? { resolve: options.resolve } : {}) });
  const app = await buildApp(services);
  const mk = async (name: string, admin: boolean) => {
    const k = await services.accounts.createAccount(name, admin);
    return { accountId: k.account_id, key: k.api_key };
  };
  const admin = await mk('desk', true);
  const alice = await mk('alice', false);
  const bob = await mk('bob', false);
  return {
    app,
    services,
    database,
    config,
    clock,
    dir,
    testDb,
    logs,
    admin,
    alice,
    bob,
    async close() {
      await app.close();
      await services.close();
      await database.close();
      await testDb.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * JSON request helper: returns status, parsed body and headers. Every response is also checked
 * against the served OpenAPI document (status listed, body and headers as documented), as a
 * validating proxy would; paths and methods the document does not describe are not checked.
 */
export async function call(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.key) headers['x-auth-token'] = opts.key;
  let payload: string | undefined;
  if (opts.body !== undefined) {
    payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
  await assertMatchesDocument(app, { method, url, status: res.statusCode, headers: res.headers, body: res.body });
  let body: any;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = res.body;
  }
  return { status: res.statusCode, body, headers: res.headers, raw: res.body };
}

/**
 * The feed as a consumer reads it, once it shows what `done` waits for (up to 5 s). On PostgreSQL an
 * event appears once every transaction older than it has ended, anywhere on the server (the feed never
 * gains an event behind a position already read): another test's open transaction delays it briefly.
 */
export async function readFeedUntil(app: FastifyInstance, key: string, query: string, done: (data: any[]) => boolean): Promise<any[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const res = await call(app, 'GET', `/v2/events${query}`, { key });
    if (res.status !== 200) throw new Error(`GET /v2/events${query} answered ${res.status}: ${res.raw}`);
    if (done(res.body.data) || Date.now() > deadline) return res.body.data;
    await new Promise((r) => setTimeout(r, 20));
  }
}
