/**
 * `npm run seed`: a real run of scripts/seed.ts on a fresh database, then the service on what it
 * made. The rows must be the service's own (every port with its history, events and, while under
 * way, a timer), the kept counts exact, the dropped indexes all back, and the keys it prints working.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createServices, type Services } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { freshDatabase, onPostgres, type TestDatabase } from '../helpers/db.ts';

const PORTS = 3000;
const ACCOUNTS = 5;
let dir: string;
let database: TestDatabase;
let printed: { ports: number; accounts: number; admin: { api_key: string }; largest_accounts: { account_id: string; api_key: string; ports: number }[] };
let services: Services;
let stderr: string;

const indexNames = async (s: Services): Promise<string[]> =>
  (onPostgres
    ? await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema()`.execute(s.database.db)
    : await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index'`.execute(s.database.db)
  ).rows
    .map((r) => r.name)
    .sort();

let freshIndexes: string[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'porting-seed-'));
  // The indexes a freshly migrated database has, to compare with what the seed leaves.
  const empty = await freshDatabase(join(dir, 'empty'));
  const emptyServices = await createServices(loadConfig({ ...empty.env, DATABASE_URL: empty.url, WORKER: 'off', LOG_LEVEL: 'silent' }));
  freshIndexes = await indexNames(emptyServices);
  await emptyServices.close();
  await empty.drop();

  database = await freshDatabase(dir);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--ports', String(PORTS), '--accounts', String(ACCOUNTS), '--database', database.url], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...database.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  stderr = r.stderr;
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, 'one JSON line on stdout');
  printed = JSON.parse(lines[0]!);
  services = await createServices(loadConfig({ ...database.env, DATABASE_URL: database.url, WORKER: 'off', LOG_LEVEL: 'silent' }));
});

after(async () => {
  await services?.close();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

test('prints one line: the counts, the admin key and the largest accounts, biggest first', () => {
  assert.equal(printed.ports, PORTS);
  assert.equal(printed.accounts, ACCOUNTS);
  assert.match(printed.admin.api_key, /^ptk_/);
  assert.equal(printed.largest_accounts.length, 3);
  const sizes = printed.largest_accounts.map((a) => a.ports);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  // One account holds a fifth (--big 0.2), give or take the draw.
  assert.ok(sizes[0]! > PORTS * 0.15 && sizes[0]! < PORTS * 0.25, `largest account holds ${sizes[0]}`);
  assert.match(stderr, new RegExp(`seed: ${PORTS} ports over ${ACCOUNTS} accounts`));
});

test('every port has its history, one event per history entry, and a timer exactly while under way', async () => {
  const db = services.database.db;
  const one = async (q: ReturnType<typeof sql<{ n: number | string }>>) => Number((await q.execute(db)).rows[0]!.n);
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports`), PORTS);
  // history seq runs 1..version for every port, and each entry names its event
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports p WHERE p.version <> (SELECT count(*) FROM port_events h WHERE h.port_id = p.id)`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM port_events h LEFT JOIN events e ON e.id = h.event_id WHERE e.id IS NULL OR e.port_id <> h.port_id`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM events WHERE port_id IS NOT NULL`), await one(sql`SELECT count(*) AS n FROM port_events`));
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports p WHERE (p.status IN ('pending', 'authorized', 'in_progress')) <> EXISTS (SELECT 1 FROM port_timers t WHERE t.port_id = p.id)`), 0);
  // every status is represented, the finished ones with their stamps
  const statuses = (await sql<{ status: string }>`SELECT DISTINCT status FROM ports ORDER BY status`.execute(db)).rows.map((r) => r.status);
  assert.deepEqual(statuses, ['authorized', 'cancelled', 'completed', 'failed', 'in_progress', 'pending']);
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports WHERE status = 'completed' AND completed_at IS NULL`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports WHERE status = 'failed' AND (failed_at IS NULL OR rejection_code IS NULL)`), 0);
});

test('about one port in ten belongs to an order whose counts, sub-orders and events match its ports', async () => {
  const db = services.database.db;
  const one = async (q: ReturnType<typeof sql<{ n: number | string }>>) => Number((await q.execute(db)).rows[0]!.n);
  const inOrders = await one(sql`SELECT count(*) AS n FROM ports WHERE order_id IS NOT NULL`);
  assert.ok(inOrders > PORTS * 0.05 && inOrders < PORTS * 0.2, `${inOrders} ports in orders`);
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports p LEFT JOIN port_orders o ON o.id = p.order_id WHERE p.order_id IS NOT NULL AND (o.id IS NULL OR o.account_id <> p.account_id)`), 0);
  // each order's kept counts are its ports' statuses
  assert.equal(
    await one(sql`SELECT count(*) AS n FROM port_orders o WHERE o.n_pending + o.n_authorized + o.n_in_progress + o.n_completed + o.n_failed + o.n_cancelled
      <> (SELECT count(*) FROM ports p WHERE p.order_id = o.id)
      OR o.n_completed <> (SELECT count(*) FROM ports p WHERE p.order_id = o.id AND p.status = 'completed')
      OR o.n_failed <> (SELECT count(*) FROM ports p WHERE p.order_id = o.id AND p.status = 'failed')`),
    0,
  );
  // a port's sub-order is of its own order and its own losing carrier, one sub-order per carrier
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports p JOIN sub_orders s ON s.id = p.sub_order_id WHERE s.order_id <> p.order_id OR s.losing_carrier <> p.losing_carrier`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports WHERE order_id IS NOT NULL AND sub_order_id IS NULL`), 0);
  // Every port and sub-order has its losing carrier's SPID in the column the carrier filter reads.
  assert.equal(await one(sql`SELECT count(*) AS n FROM ports WHERE losing_carrier IS NULL OR losing_carrier_spid IS NULL OR losing_carrier NOT LIKE '%"spid":"' || losing_carrier_spid || '"%'`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM sub_orders WHERE losing_carrier_spid IS NULL OR losing_carrier NOT LIKE '%"spid":"' || losing_carrier_spid || '"%'`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM (SELECT order_id, losing_carrier FROM sub_orders GROUP BY order_id, losing_carrier HAVING count(*) > 1) d`), 0);
  // created as a draft, then submitted: two events at least for each order
  assert.equal(await one(sql`SELECT count(*) AS n FROM port_orders o WHERE (SELECT count(*) FROM events e WHERE e.order_id = o.id AND e.type = 'order.created') <> 1`), 0);
  assert.equal(await one(sql`SELECT count(*) AS n FROM port_orders o WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.id AND e.type = 'order.status_changed')`), 0);
});

test('the kept counts match the rows, and every index the migrations make is back', async () => {
  const db = services.database.db;
  const mismatched = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM (SELECT account_id, status, coalesce(losing_carrier_spid, '') AS spid, count(*) AS c FROM ports GROUP BY account_id, status, coalesce(losing_carrier_spid, '')) p
    FULL OUTER JOIN (SELECT account_id, status, spid, sum(n) AS c FROM port_counts GROUP BY account_id, status, spid) k
      ON k.account_id = p.account_id AND k.status = p.status AND k.spid = p.spid
    WHERE p.c IS NULL OR k.c IS NULL OR p.c <> k.c`.execute(db);
  assert.equal(Number(mismatched.rows[0]!.n), 0);
  assert.deepEqual(await indexNames(services), freshIndexes);
  // The seed writes straight into the database: nothing is left beside it but the database's own files
  // and the secret key generated next to it.
  if (!onPostgres) assert.deepEqual(readdirSync(dir).filter((f) => f !== 'empty' && !/^(porting\.db(-wal|-shm)?|secret\.key)$/.test(f)), [], 'only the database beside it');
});


test('on PostgreSQL the ports sit in the table in creation order, as in a service in use', { skip: !onPostgres }, async () => {
  // The statistics the seed's VACUUM (ANALYZE) gathered: how closely the heap's order follows created_at
  // (1: exactly). The workers make ports in no time order; without CLUSTER this is near 0.
  const r = await sql<{ correlation: number }>`SELECT correlation FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'ports' AND attname = 'created_at'`.execute(services.database.db);
  assert.equal(r.rows.length, 1);
  assert.ok(r.rows[0]!.correlation > 0.99, `correlation ${r.rows[0]!.correlation}`);
});
test('the service serves what the seed made, with the keys it printed', async () => {
  const app = await buildApp(services);
  try {
    const big = printed.largest_accounts[0]!;
    const res = await app.inject({ method: 'GET', url: '/v2/ports?limit=5', headers: { 'x-auth-token': big.api_key } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.pagination.total, big.ports);
    assert.equal(body.data.length, 5);
    const port = body.data[0];
    const history = await app.inject({ method: 'GET', url: `/v2/ports/${port.id}/events`, headers: { 'x-auth-token': big.api_key } });
    assert.equal(history.statusCode, 200);
    assert.equal(history.json().data.at(-1).to, port.status);
    const desk = await app.inject({ method: 'GET', url: '/v2/admin/ports?limit=1', headers: { 'x-auth-token': printed.admin.api_key } });
    assert.equal(desk.statusCode, 200);
    assert.equal(desk.json().pagination.total, PORTS);
    // an order, as its customer sees it: every port of it listed under it
    const orders = await app.inject({ method: 'GET', url: '/v2/port_orders?limit=1', headers: { 'x-auth-token': big.api_key } });
    assert.equal(orders.statusCode, 200);
    const order = orders.json().data[0];
    const detail = await app.inject({ method: 'GET', url: `/v2/port_orders/${order.id}`, headers: { 'x-auth-token': big.api_key } });
    assert.equal(detail.statusCode, 200);
    const ports = await app.inject({ method: 'GET', url: `/v2/ports?order_id=${order.id}`, headers: { 'x-auth-token': big.api_key } });
    assert.deepEqual(ports.json().data.map((p: { number: string }) => p.number).sort(), detail.json().data.numbers.map((n: { number: string }) => n.number).sort());
    assert.ok(detail.json().data.sub_orders.length >= 1);
  } finally {
    await app.close();
  }
});

test('a configuration it cannot use is one line naming the variable, exit status 2, nothing written', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--ports', '10', '--accounts', '1', '--database', 'mysql://localhost/porting'], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'Invalid configuration: DATABASE_URL must start with sqlite: or postgres://, got "mysql:…"\n');
});
