import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VALID_PORT } from '../helpers/app.ts';
import { cli, startServer } from '../helpers/process.ts';
import { freshDatabase, type TestDatabase } from '../helpers/db.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('durability of the workflow (real processes, TIME_SCALE=100000)', () => {
  let dir: string;
  let env: Record<string, string>;
  let key: string;
  let db: TestDatabase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-restart-'));
    db = await freshDatabase(dir);
    env = { DATABASE_URL: db.url, ...db.env, TIME_SCALE: '100000', WORKER_POLL_MS: '20', WORKER_LEASE_MS: '1500', LOG_LEVEL: 'info' };
    key = JSON.parse(cli(['accounts', 'create', '--name', 'restart'], env).stdout).api_key;
  });
  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (url: string, path: string, init: RequestInit = {}) =>
    fetch(url + path, { ...init, headers: { 'X-Auth-Token': key, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

  it('killed with SIGKILL mid-flight and restarted, every port completes with each transition recorded once', async () => {
    const first = await startServer(env);
    const ids: string[] = [];
    const numbers = [...Array.from({ length: 24 }, (_, i) => `+1415555${String(6100 + i)}`), '+14155550107', '+14155550101'];
    for (const number of numbers) {
      const res = await api(first.url, '/v2/ports', { method: 'POST', body: JSON.stringify({ ...VALID_PORT, number }) });
      assert.equal(res.status, 201);
      ids.push(((await res.json()) as { data: { id: string } }).data.id);
    }
    // Let the workflow get going, then kill the process without warning.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const list = (await (await api(first.url, '/v2/ports?status=pending&limit=100')).json()) as { pagination: { total: number } };
      if (list.pagination.total < ids.length || Date.now() > deadline) break;
      await sleep(20);
    }
    assert.equal(await first.kill('SIGKILL'), 'SIGKILL');

    const second = await startServer(env);
    try {
      const until = Date.now() + 60_000;
      let statuses: Record<string, string> = {};
      while (Date.now() < until) {
        const list = (await (await api(second.url, '/v2/ports?limit=100')).json()) as { data: { id: string; status: string }[] };
        statuses = Object.fromEntries(list.data.map((p) => [p.id, p.status]));
        if (Object.values(statuses).every((s) => s === 'completed' || s === 'failed')) break;
        await sleep(100);
      }
      for (const [i, id] of ids.entries()) {
        const history = ((await (await api(second.url, `/v2/ports/${id}/events`)).json()) as { data: { from: string | null; to: string }[] }).data;
        const path = history.map((e) => e.to).join('>');
        const expected =
          numbers[i] === '+14155550107' ? 'pending>authorized>in_progress>failed' : numbers[i] === '+14155550101' ? 'pending>failed' : 'pending>authorized>in_progress>completed';
        assert.equal(path, expected, `${id} ${numbers[i]}`);
      }
    } finally {
      await second.kill();
    }
  });
});

describe('durability of webhook deliveries (real processes)', () => {
  let dir: string;
  let env: Record<string, string>;
  let key: string;
  let db: TestDatabase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-webhook-restart-'));
    db = await freshDatabase(dir);
    env = {
      DATABASE_URL: db.url,
      ...db.env,
      TIME_SCALE: '100000',
      WORKER_POLL_MS: '20',
      WORKER_LEASE_MS: '1000',
      WEBHOOK_TIMEOUT_MS: '500',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_PER_ENDPOINT: '2',
      LOG_LEVEL: 'info',
    };
    key = JSON.parse(cli(['accounts', 'create', '--name', 'hooks'], env).stdout).api_key;
  });
  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed with SIGKILL while deliveries are pending and restarted: every event is delivered at least once', async () => {
    const { startReceiver } = await import('../helpers/receiver.ts');
    const rx = await startReceiver();
    // A slow receiver, so that deliveries are still waiting when the process dies.
    rx.answer = () => ({ status: 200, delayMs: 40 });
    const api = (url: string, path: string, init: RequestInit = {}) =>
      fetch(url + path, { ...init, headers: { 'X-Auth-Token': key, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
    const first = await startServer(env);
    let second: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const created = await api(first.url, '/v2/webhooks', { method: 'POST', body: JSON.stringify({ url: rx.url }) });
      assert.equal(created.status, 201);
      for (let i = 0; i < 30; i++) {
        const res = await api(first.url, '/v2/ports', { method: 'POST', body: JSON.stringify({ ...VALID_PORT, number: `+1415555${String(6200 + i)}` }) });
        assert.equal(res.status, 201);
      }
      const deadline = Date.now() + 15_000;
      while (rx.received.length < 10 && Date.now() < deadline) await sleep(10);
      assert.equal(await first.kill('SIGKILL'), 'SIGKILL');
      const atKill = new Set(rx.received.map((r) => r.headers['webhook-id']));

      second = await startServer(env);
      // Every event of the account, as the feed lists it once the workflow has finished.
      const until = Date.now() + 60_000;
      let expected: string[] = [];
      while (Date.now() < until) {
        const all: string[] = [];
        let after: string | null = null;
        do {
          const page = (await (await api(second.url, `/v2/events?limit=100${after ? `&after=${after}` : ''}`)).json()) as { data: { id: string }[]; pagination: { next_cursor: string | null } };
          all.push(...page.data.map((e) => e.id));
          after = page.pagination.next_cursor;
        } while (after);
        expected = all;
        const delivered = new Set(rx.received.map((r) => r.headers['webhook-id']));
        if (all.length >= 30 * 4 && all.every((id) => delivered.has(id))) break;
        await sleep(100);
      }
      assert.ok(atKill.size < expected.length, `some deliveries were still pending at the kill (${atKill.size} of ${expected.length} delivered)`);
      const delivered = new Set(rx.received.map((r) => r.headers['webhook-id']));
      assert.equal(expected.length, 30 * 4, 'four events a port: created, authorized, in progress, completed');
      for (const id of expected) assert.ok(delivered.has(id), `event ${id} delivered`);
    } finally {
      await first.kill('SIGKILL');
      if (second) await second.kill();
      await rx.close();
    }
  });
});
