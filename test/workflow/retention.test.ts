/**
 * Retention (contract/operations.md "Retention"): idempotency keys expire after
 * IDEMPOTENCY_TTL_HOURS; attempt logs of deliveries that succeeded more than 30 days ago are pruned in
 * the background, in batches; events, ports, their history and the deliveries are kept.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Retention } from '../../src/workflow/retention.ts';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { startReceiver, type Receiver } from '../helpers/receiver.ts';

const H = 3_600_000;
const DAY = 24 * H;
const at = (ms: number) => new Date(Date.parse(MONDAY) + ms).toISOString();

async function count(t: TestApp, table: 'idempotency_keys' | 'ports' | 'port_events' | 'events' | 'webhook_deliveries' | 'webhook_attempts'): Promise<number> {
  const r = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('idempotency keys expire', () => {
  let t: TestApp;
  let n = 0;
  const body = () => ({ ...VALID_PORT, number: `+1415555${String(5000 + n++).padStart(4, '0')}` });
  const submit = (key: string, b: unknown) => call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: b, headers: { 'idempotency-key': key } });

  before(async () => {
    t = await createTestApp({ env: { IDEMPOTENCY_TTL_HOURS: '2' } });
  });
  after(() => t.close());
  beforeEach(() => t.clock.set(MONDAY));

  it('a key is replayed within IDEMPOTENCY_TTL_HOURS and is as if unused after it, though not pruned yet', async () => {
    const first = body();
    const created = await submit('order-1', first);
    assert.equal(created.status, 201);

    t.clock.set(at(2 * H)); // exactly the TTL: still remembered
    const replay = await submit('order-1', first);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.body.data.id, created.body.data.id);
    assert.equal((await submit('order-1', body())).body.error.code, 'idempotency_conflict');

    t.clock.set(at(2 * H + 1)); // expired; the row is still there
    assert.equal((await t.database.db.selectFrom('idempotency_keys').select('resource_id').where('key', '=', 'order-1').executeTakeFirst())?.resource_id, created.body.data.id);
    const second = body();
    const fresh = await submit('order-1', second);
    assert.equal(fresh.status, 201, fresh.raw);
    assert.equal(fresh.headers['idempotent-replayed'], undefined);
    assert.notEqual(fresh.body.data.id, created.body.data.id);
    assert.equal(fresh.body.data.number, second.number);
    // The key now stands for the new port, from now on.
    const rows = await t.database.db.selectFrom('idempotency_keys').selectAll().where('account_id', '=', t.alice.accountId).where('key', '=', 'order-1').execute();
    assert.deepEqual(
      rows.map((r) => [r.resource_id, r.created_at]),
      [[fresh.body.data.id, at(2 * H + 1)]],
    );
    const again = await submit('order-1', second);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.body.data.id, fresh.body.data.id);
    // The first port is still there.
    assert.equal((await call(t.app, 'GET', `/v2/ports/${created.body.data.id}`, { key: t.alice.key })).status, 200);
  });

  it('concurrent submits with one expired key still make one port', async () => {
    const b = body();
    assert.equal((await submit('order-2', body())).status, 201);
    t.clock.set(at(3 * H));
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit('order-2', b)));
    assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 201, 201]);
    assert.equal(new Set(answers.map((a) => a.body.data.id)).size, 1);
    assert.equal(answers.filter((a) => a.headers['idempotent-replayed'] === undefined).length, 1);
  });

  it('the background pruning deletes expired keys in batches and nothing else', async () => {
    const before = { ports: await count(t, 'ports'), history: await count(t, 'port_events'), events: await count(t, 'events') };
    t.clock.set(at(10 * H));
    const keys = Array.from({ length: 5 }, (_, i) => `old-${i}`);
    for (const k of keys) assert.equal((await submit(k, body())).status, 201);
    t.clock.set(at(11 * H));
    assert.equal((await submit('recent', body())).status, 201);

    t.clock.set(at(12 * H + 30 * 60_000)); // the 5 old ones are 2.5 h old, `recent` 1.5 h
    const retention = new Retention({ database: t.database, clock: t.clock, log: t.services.log, idempotencyTtlMs: 2 * H, batchSize: 2, pauseMs: 1 });
    const pruned = await retention.prune();
    // The keys of the earlier tests (at MONDAY and MONDAY + 3 h) have expired too.
    const left = await t.database.db.selectFrom('idempotency_keys').select(['key', 'created_at']).where('account_id', '=', t.alice.accountId).execute();
    assert.deepEqual(left.map((r) => r.key), ['recent']);
    assert.equal(pruned.idempotencyKeys, 5 + 2);
    assert.equal(pruned.webhookAttempts, 0);
    // Ports, their history and the feed are kept.
    assert.equal(await count(t, 'ports'), before.ports + 6);
    assert.equal(await count(t, 'port_events'), before.history + 6);
    assert.equal(await count(t, 'events'), before.events + 6);
    assert.deepEqual(await retention.prune(), { idempotencyKeys: 0, webhookAttempts: 0 });
  });

  it('defaults to 24 hours', async () => {
    const s = await createTestApp();
    try {
      const b = { ...VALID_PORT, number: '+14155559001' };
      const first = await call(s.app, 'POST', '/v2/ports', { key: s.alice.key, body: b, headers: { 'idempotency-key': 'k' } });
      s.clock.set(at(24 * H));
      const replay = await call(s.app, 'POST', '/v2/ports', { key: s.alice.key, body: b, headers: { 'idempotency-key': 'k' } });
      assert.equal(replay.body.data.id, first.body.data.id);
      s.clock.set(at(24 * H + 1));
      const other = await call(s.app, 'POST', '/v2/ports', { key: s.alice.key, body: { ...b, number: '+14155559002' }, headers: { 'idempotency-key': 'k' } });
      assert.equal(other.status, 201);
      assert.notEqual(other.body.data.id, first.body.data.id);
    } finally {
      await s.close();
    }
  });
});

describe('webhook attempt logs of succeeded deliveries are pruned after 30 days', () => {
  let t: TestApp;
  let rx: Receiver;
  let n = 0;
  const submit = async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: `+1415555${String(6000 + n++).padStart(4, '0')}` } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data.id as string;
  };
  const endpoint = async (path: string, events: string[]) => {
    const res = await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url: `${rx.url}/${path}`, events } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data.id as string;
  };
  const deliver = async () => {
    for (let i = 0; i < 10 && (await t.services.deliveries.tick()) > 0; i++);
  };
  const attemptsOf = async (endpointId: string) =>
    t.database.db
      .selectFrom('webhook_attempts as a')
      .innerJoin('webhook_deliveries as d', 'd.id', 'a.delivery_id')
      .select(['d.id', 'd.status', 'a.n'])
      .where('d.endpoint_id', '=', endpointId)
      .orderBy('d.id')
      .orderBy('a.n')
      .execute();

  before(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: '500' } });
    rx = await startReceiver();
    rx.answer = (req) => ({ status: req.url.endsWith('/ok') ? 200 : req.url.endsWith('/retry') ? 500 : 410 });
  });
  after(async () => {
    await t.close();
    await rx.close();
  });

  it('deletes only the attempts of deliveries that succeeded more than 30 days ago; deliveries and events stay', async () => {
    const ok = await endpoint('ok', ['port.created']);
    const retry = await endpoint('retry', ['port.status_changed']);
    const gone = await endpoint('gone', ['port.updated']);

    // Monday: two deliveries succeed, one waits for a retry, one fails for good.
    const p1 = await submit();
    await submit();
    assert.equal((await call(t.app, 'POST', `/v2/ports/${p1}/cancel`, { key: t.alice.key })).status, 200);
    const p2 = (await call(t.app, 'GET', '/v2/ports?status=pending', { key: t.alice.key })).body.data[0].id;
    assert.equal((await call(t.app, 'PATCH', `/v2/ports/${p2}`, { key: t.alice.key, body: { end_user_name: 'Jane Doe' } })).status, 200);
    await deliver();
    const statuses = async () =>
      Object.fromEntries(
        (await t.database.db.selectFrom('webhook_deliveries').select(['endpoint_id', 'status']).execute()).map((d) => [d.endpoint_id === ok ? 'ok' : d.endpoint_id === retry ? 'retry' : 'gone', d.status]),
      );
    assert.deepEqual(await statuses(), { ok: 'succeeded', retry: 'pending', gone: 'failed' });
    const okMonday = await attemptsOf(ok);
    assert.equal(okMonday.length, 2);

    // 29 days later a third one succeeds.
    t.clock.set(at(29 * DAY));
    await submit();
    await deliver();
    assert.equal((await attemptsOf(ok)).length, 3);

    const totals = { deliveries: await count(t, 'webhook_deliveries'), events: await count(t, 'events'), ports: await count(t, 'ports'), history: await count(t, 'port_events') };
    const retryAttempts = await attemptsOf(retry);
    const goneAttempts = await attemptsOf(gone);
    assert.ok(retryAttempts.length >= 1 && goneAttempts.length === 1);

    // 30 days and a minute after Monday.
    t.clock.set(at(30 * DAY + 60_000));
    const retention = new Retention({ database: t.database, clock: t.clock, log: t.services.log, idempotencyTtlMs: 24 * H, batchSize: 1, pauseMs: 1 });
    assert.deepEqual(await retention.prune(), { idempotencyKeys: 0, webhookAttempts: 2 });
    const okLeft = await attemptsOf(ok);
    assert.equal(okLeft.length, 1);
    assert.ok(!okMonday.some((a) => a.id === okLeft[0]!.id));
    assert.deepEqual(await attemptsOf(retry), retryAttempts);
    assert.deepEqual(await attemptsOf(gone), goneAttempts);
    assert.deepEqual(
      { deliveries: await count(t, 'webhook_deliveries'), events: await count(t, 'events'), ports: await count(t, 'ports'), history: await count(t, 'port_events') },
      totals,
    );
    // The delivery log still lists them, with an empty attempt log.
    const detail = await call(t.app, 'GET', `/v2/webhooks/${ok}/deliveries/${okMonday[0]!.id}`, { key: t.alice.key });
    assert.equal(detail.status, 200);
    assert.equal(detail.body.data.status, 'succeeded');
    assert.deepEqual(detail.body.data.attempt_log, []);

    // The next pass goes on from where this one stopped, and the third goes after its own 30 days.
    assert.deepEqual(await retention.prune(), { idempotencyKeys: 0, webhookAttempts: 0 });
    t.clock.set(at(59 * DAY + 60_000));
    assert.deepEqual((await retention.prune()).webhookAttempts, 1);
    assert.deepEqual(await attemptsOf(ok), []);
  });
});

describe('the retention worker', () => {
  it('runs with the other workers, in batches with a pause, and stops after the batch in hand', async () => {
    const t = await createTestApp();
    try {
      for (let i = 0; i < 5; i++) {
        const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: `+1415555${7000 + i}` }, headers: { 'idempotency-key': `k${i}` } });
        assert.equal(res.status, 201);
      }
      t.clock.set(at(25 * H));
      const retention = new Retention({ database: t.database, clock: t.clock, log: t.services.log, idempotencyTtlMs: 24 * H, batchSize: 1, pauseMs: 1000, intervalMs: 60_000 });
      retention.start();
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await count(t, 'idempotency_keys'), 4); // one batch, then the pause
      const stopping = Date.now();
      await retention.stop();
      assert.ok(Date.now() - stopping < 500, 'stop waited for the pause');
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(await count(t, 'idempotency_keys'), 4);

      // The service's own: started by startWorkers, stopped by close.
      t.services.startWorkers();
      for (let i = 0; i < 50 && (await count(t, 'idempotency_keys')) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(await count(t, 'idempotency_keys'), 0);
      assert.equal(await count(t, 'ports'), 5);
    } finally {
      await t.close();
    }
  });
});
