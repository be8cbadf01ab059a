/**
 * Webhook figure: deliveries per second from a drained backlog. A fresh database (SQLite file, or a
 * given PostgreSQL database) gets one endpoint and `events` ports (each submission writes a
 * port.created event and its delivery); then the delivery worker runs as the server runs it, and
 * only the draining is timed, until every delivery has succeeded. The receiver is a child process
 * answering 200 at once (bench/receiver.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices, type Services } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { countPendingDeliveries } from '../src/store/webhooks.ts';
import { benchPort, NumberPool } from './numbers.ts';
import { freePort, startServer } from './servers.ts';

export const WEBHOOK_TARGET = 1000;
export const webhookScenario = (db: 'sqlite' | 'postgres'): string => `webhook deliveries/s (${db === 'postgres' ? 'PostgreSQL' : 'SQLite'}, drained backlog)`;

export interface WebhookResult {
  events: number;
  deliveries: number;
  received: number;
  drainSeconds: number;
  deliveriesPerSec: number;
  problems: string[];
}

export async function measureWebhooks(opts: { events: number; postgres?: { url: string; poolSize: number; secretKey: string } }): Promise<WebhookResult> {
  const dir = opts.postgres ? null : mkdtempSync(join(tmpdir(), 'porting-bench-wh-'));
  const port = await freePort();
  const receiver = startServer({ name: 'receiver', script: 'bench/receiver.ts', port, env: { PORT: String(port) }, firstLine: /listening/ });
  await receiver.matched;
  const base = { LOG_LEVEL: 'warn', WORKER: 'off', WEBHOOK_ALLOW_PRIVATE: 'true', WORKER_POLL_MS: '10' };
  const env: Record<string, string> = opts.postgres
    ? { ...base, DATABASE_URL: opts.postgres.url, DB_POOL_SIZE: String(opts.postgres.poolSize), SECRET_KEY: opts.postgres.secretKey }
    : { ...base, DATABASE_URL: `sqlite:${join(dir!, 'wh.db')}` };
  let services: Services | undefined;
  try {
    services = await createServices(loadConfig(env));
    const account = await services.accounts.createAccount('bench', false);
    const principal = { accountId: account.account_id, accountName: 'bench', isAdmin: false, keyId: 'k' };
    await services.webhooks.create(principal, { url: `http://127.0.0.1:${port}/hooks` });
    const pool = new NumberPool(opts.events);
    for (let i = 0; i < opts.events; i++) await services.ports.submit(principal, benchPort(pool.at(i)));
    const deliveries = await countPendingDeliveries(services.database.db);

    const start = performance.now();
    services.deliveries.start();
    while ((await countPendingDeliveries(services.database.db)) > 0) await new Promise((r) => setTimeout(r, 20));
    const drainSeconds = (performance.now() - start) / 1000;
    await services.deliveries.stop();

    const received = Number(await (await fetch(`http://127.0.0.1:${port}/count`)).text());
    const problems: string[] = [];
    if (deliveries !== opts.events) problems.push(`${deliveries} deliveries written for ${opts.events} events`);
    if (services.deliveries.outcomes.succeeded !== deliveries) problems.push(`${services.deliveries.outcomes.succeeded} of ${deliveries} deliveries succeeded`);
    if (received < deliveries) problems.push(`the receiver got ${received} of ${deliveries}`);
    return { events: opts.events, deliveries, received, drainSeconds, deliveriesPerSec: deliveries / drainSeconds, problems };
  } finally {
    await services?.close();
    await receiver.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

export function describeWebhooks(r: WebhookResult): string {
  return `${r.deliveries} deliveries drained in ${r.drainSeconds.toFixed(2)}s (the receiver got ${r.received})`;
}
