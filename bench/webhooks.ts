/**
 * Webhook figure: deliveries per second from a drained backlog. A fresh database (SQLite file, or a
 * given PostgreSQL database) gets one endpoint and `events` ports (each submission writes a
 * port.created event and its delivery); then the delivery worker runs as the server runs it, and
 * only the draining is timed, until every delivery has succeeded. The receiver is a child process
 * answering 200 at once (bench/receiver.ts).
 */
import { performance } from 'node:perf_hooks';
import { createServices, type Services } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { countPendingDeliveries } from '../src/store/webhooks.ts';
import { benchAccount, benchDatabase, type BenchPostgres } from './in-process.ts';
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

export async function measureWebhooks(opts: { events: number; postgres?: BenchPostgres }): Promise<WebhookResult> {
  const port = await freePort();
  const receiver = startServer({ name: 'receiver', script: 'bench/receiver.ts', port, env: { PORT: String(port) }, firstLine: /listening/ });
  await receiver.matched;
  const database = benchDatabase('wh', opts.postgres, { WEBHOOK_ALLOW_PRIVATE: 'true', WORKER_POLL_MS: '10' });
  let services: Services | undefined;
  try {
    services = await createServices(loadConfig(database.env));
    const principal = await benchAccount(services);
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
    database.remove();
  }
}

export function describeWebhooks(r: WebhookResult): string {
  return `${r.deliveries} deliveries drained in ${r.drainSeconds.toFixed(2)}s (the receiver got ${r.received})`;
}
