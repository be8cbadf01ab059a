/**
 * Scale-out: several stateless instances (real processes) on one PostgreSQL database. PostgreSQL
 * only: it runs in the PostgreSQL half of `npm test` (TEST_DATABASE_URL).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { VALID_PORT } from '../helpers/app.ts';
import { freshDatabase, onPostgres, type TestDatabase } from '../helpers/db.ts';
import { cli, startServer, type ServerProcess } from '../helpers/process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('three instances on one PostgreSQL database', { skip: onPostgres ? false : 'PostgreSQL only (set TEST_DATABASE_URL)' }, () => {
  let dir: string;
  let db: TestDatabase;
  let env: Record<string, string>;
  let key: string;
  let servers: ServerProcess[] = [];
  let client: pg.Client;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-instances-'));
    db = await freshDatabase(dir);
    env = { DATABASE_URL: db.url, ...db.env, TIME_SCALE: '50000', WORKER_POLL_MS: '50', WORKER_BATCH_SIZE: '10', WORKER_LEASE_MS: '1500', DB_POOL_SIZE: '5' };
    key = JSON.parse(cli(['accounts', 'create', '--name', 'scale'], env).stdout).api_key;
    servers = await Promise.all([0, 1, 2].map(() => startServer(env)));
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
    await client.end();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (server: ServerProcess, body: unknown) =>
    fetch(`${server.url}/v2/ports`, { method: 'POST', headers: { 'X-Auth-Token': key, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('concurrent submits of one number spread across instances: exactly one 201', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => post(servers[i % 3]!, { ...VALID_PORT, number: '+16175550150' })));
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 409).length, 29);
  });

  it('hundreds of ports submitted round-robin all finish, each transition once, even when an instance is killed', async () => {
    const numbers = Array.from({ length: 240 }, (_, i) => `+1617555${String(2000 + i)}`);
    numbers.push('+16175550107', '+16175550101', '+16175550106');
    for (let i = 0; i < numbers.length; i += 12) {
      const chunk = numbers.slice(i, i + 12);
      const res = await Promise.all(chunk.map((number, j) => post(servers[(i + j) % 3]!, { ...VALID_PORT, number })));
      for (const r of res) assert.equal(r.status, 201);
    }
    // Kill one instance without warning while the workflow is under way.
    await sleep(500);
    const victim = servers[0]!;
    const openAtKill = (await client.query(`select count(*)::int as n from ports where status in ('pending', 'authorized', 'in_progress')`)).rows[0].n;
    assert.equal(await victim.kill('SIGKILL'), 'SIGKILL');
    assert.ok(openAtKill > 0, 'the instance was killed mid-flight');

    const deadline = Date.now() + 120_000;
    let open = -1;
    while (Date.now() < deadline) {
      const r = await client.query(`select count(*)::int as n from ports where status in ('pending', 'authorized', 'in_progress')`);
      open = r.rows[0].n;
      if (open === 0) break;
      await sleep(250);
    }
    assert.equal(open, 0, 'every port reached a final status');

    const paths = await client.query<{ number: string; path: string; n: number; seqs: string }>(`
      select p.number, string_agg(e.to_status, '>' order by e.seq) as path, count(*)::int as n,
             string_agg(e.seq::text, ',' order by e.seq) as seqs
      from ports p join port_events e on e.port_id = p.id group by p.id, p.number`);
    const expected: Record<string, string> = {
      '+16175550107': 'pending>authorized>in_progress>failed',
      '+16175550101': 'pending>failed',
    };
    for (const row of paths.rows) {
      assert.equal(row.path, expected[row.number] ?? 'pending>authorized>in_progress>completed', row.number);
      assert.equal(row.seqs, Array.from({ length: row.n }, (_, i) => i + 1).join(','), row.number);
    }
    assert.equal(paths.rows.length, numbers.length + 1);
    const timers = await client.query(`select count(*)::int as n from port_timers`);
    assert.equal(timers.rows[0].n, 0);
  });

  it('SIGTERM stops an instance gracefully', async () => {
    assert.equal(await servers[1]!.kill('SIGTERM'), 0);
    assert.match(servers[1]!.output(), /shutting down/);
  });
});
