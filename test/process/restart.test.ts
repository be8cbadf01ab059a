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
