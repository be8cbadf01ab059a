/** Webhook endpoints and deliveries (contract/events-webhooks.md), verified with the standardwebhooks package. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { call, createTestApp, MONDAY, readFeedUntil, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { startReceiver, type Receiver } from '../helpers/receiver.ts';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

/** Runs the delivery worker until nothing is due now. */
async function deliverDue(t: TestApp): Promise<number> {
  let n = 0;
  for (let i = 0; i < 50; i++) {
    const claimed = await t.services.deliveries.tick();
    if (claimed === 0) break;
    n += claimed;
  }
  return n;
}

async function deliveryRows(t: TestApp, endpointId: string) {
  return t.database.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).orderBy('created_at').orderBy('id').execute();
}

describe('webhooks: endpoints, signed deliveries, retries', () => {
  let t: TestApp;
  let rx: Receiver;
  let n = 0;
  const number = () => `+1415555${String(3000 + n++).padStart(4, '0')}`;
  const submit = async (key = t.alice.key) => {
    const res = await call(t.app, 'POST', '/v2/ports', { key, body: { ...VALID_PORT, number: number() } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data;
  };
  const createEndpoint = async (body: Record<string, unknown> = {}, key = t.alice.key) => {
    const res = await call(t.app, 'POST', '/v2/webhooks', { key, body: { url: rx.url, ...body } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data as { id: string; secret: string; url: string; events: string[] };
  };

  before(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: '500' } });
    rx = await startReceiver();
  });
  after(async () => {
    await t.close();
    await rx.close();
  });
  beforeEach(async () => {
    t.clock.set(MONDAY);
    rx.received.length = 0;
    rx.answer = () => ({ status: 200 });
    // Each test starts with no endpoint: earlier ones are deleted.
    for (const key of [t.alice.key, t.bob.key]) {
      const list = await call(t.app, 'GET', '/v2/webhooks?limit=100', { key });
      for (const e of list.body.data) await call(t.app, 'DELETE', `/v2/webhooks/${e.id}`, { key });
    }
  });

  it('an endpoint is created with its secret shown once and stored sealed; then read, listed, changed and deleted', async () => {
    const res = await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url: rx.url, events: ['port.status_changed'], description: 'CRM sync' } });
    assert.equal(res.status, 201);
    const created = res.body.data;
    assert.match(created.id, /^whk_[A-Za-z0-9_-]{16}$/);
    assert.match(created.secret, /^whsec_[A-Za-z0-9+/]{32}$/);
    assert.equal(res.headers['location'], `/v2/webhooks/${created.id}`);
    assert.deepEqual({ ...created, id: undefined, secret: undefined }, {
      id: undefined,
      secret: undefined,
      url: rx.url,
      events: ['port.status_changed'],
      description: 'CRM sync',
      enabled: true,
      disabled_reason: null,
      created_at: MONDAY,
      updated_at: MONDAY,
    });
    const row = await t.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.ok(row.secret_enc.startsWith('v1.') && !row.secret_enc.includes(created.secret.slice(6)));
    assert.equal(t.services.secrets.openSecret(row.secret_enc, created.id), created.secret);

    const got = await call(t.app, 'GET', `/v2/webhooks/${created.id}`, { key: t.alice.key });
    assert.equal(got.status, 200);
    assert.equal(got.body.data.secret, undefined);
    const list = await call(t.app, 'GET', '/v2/webhooks', { key: t.alice.key });
    assert.deepEqual(list.body.pagination, { limit: 20, offset: 0, total: 1, next_cursor: null });
    const patched = await call(t.app, 'PATCH', `/v2/webhooks/${created.id}`, { key: t.alice.key, body: { events: ['*', 'port.created'], description: null } });
    assert.deepEqual([patched.body.data.events, patched.body.data.description], [['*'], null]);
    const bad = await call(t.app, 'PATCH', `/v2/webhooks/${created.id}`, { key: t.alice.key, body: { events: ['port.exploded'] } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.details[0].field, 'events.0');
    const deleted = await call(t.app, 'DELETE', `/v2/webhooks/${created.id}`, { key: t.alice.key });
    assert.deepEqual(deleted.body, { success: true, data: { id: created.id, deleted: true } });
    assert.equal((await call(t.app, 'GET', `/v2/webhooks/${created.id}`, { key: t.alice.key })).status, 404);
    assert.ok(!t.logs.join('').includes(created.secret.slice(6)), 'the secret is never logged');
  });

  it('each event is POSTed once per matching endpoint, signed so that standardwebhooks verifies it', async () => {
    const all = await createEndpoint();
    const moves = await createEndpoint({ events: ['port.status_changed'] });
    const port = await submit();
    assert.equal(await deliverDue(t), 1); // port.created: only the endpoint subscribed to everything
    assert.equal(rx.received.length, 1);
    const got = rx.received[0]!;
    assert.equal(got.method, 'POST');
    assert.equal(got.headers['content-type'], 'application/json');
    assert.match(String(got.headers['user-agent']), /^porting-webhooks\/\d+\.\d+\.\d+$/);
    const payload = new Webhook(all.secret).verify(got.body, got.headers as Record<string, string>) as Record<string, unknown>;
    assert.deepEqual(payload, { id: got.headers['webhook-id'], type: 'port.created', created_at: MONDAY, data: { port } });
    assert.throws(() => new Webhook(moves.secret).verify(got.body, got.headers as Record<string, string>), 'another endpoint’s secret does not verify it');
    const feed = await readFeedUntil(t.app, t.alice.key, '?type=port.created', (d) => d.some((e) => e.id === payload.id));
    assert.deepEqual(feed.at(-1), payload, 'the body is the event as the feed shows it');

    // The desk cancels: port.status_changed goes to both endpoints.
    rx.received.length = 0;
    await call(t.app, 'POST', `/v2/admin/ports/${port.id}/transition`, { key: t.admin.key, body: { status: 'cancelled' } });
    assert.equal(await deliverDue(t), 2);
    const bySecret = rx.received.map((r) => [all, moves].findIndex((e) => {
      try {
        new Webhook(e.secret).verify(r.body, r.headers as Record<string, string>);
        return true;
      } catch {
        return false;
      }
    }));
    assert.deepEqual(bySecret.sort(), [0, 1]);
    const body = JSON.parse(rx.received[0]!.body);
    assert.equal(body.type, 'port.status_changed');
    assert.deepEqual([body.data.from, body.data.to, body.data.port.status], ['pending', 'cancelled', 'cancelled']);
    assert.equal(body.data.message, 'Port cancelled by the porting desk.');
  });

  it('failed attempts are retried on the schedule with the same webhook-id, then the delivery fails', async () => {
    const e = await createEndpoint();
    rx.answer = () => ({ status: 500 });
    await submit();
    const schedule = [5 * S, 5 * MIN, 30 * MIN, 2 * H, 5 * H, 10 * H, 14 * H, 20 * H, 24 * H];
    let [row] = await deliveryRows(t, e.id);
    for (let attempt = 1; attempt <= 10; attempt++) {
      t.clock.set(row!.next_attempt_at!);
      const before = t.clock.now().getTime();
      assert.equal(await deliverDue(t), 1, `attempt ${attempt}`);
      [row] = await deliveryRows(t, e.id);
      assert.equal(row!.attempts, attempt);
      assert.equal(row!.last_response_status, 500);
      if (attempt <= 9) {
        assert.equal(row!.status, 'pending');
        const delay = Date.parse(row!.next_attempt_at!) - before;
        const planned = schedule[attempt - 1]!;
        assert.ok(delay >= planned * 0.9 && delay <= planned * 1.1, `attempt ${attempt}: ${delay} ms for ${planned} ± 10%`);
      }
    }
    assert.equal(row!.status, 'failed');
    assert.equal(row!.next_attempt_at, null);
    assert.equal(rx.received.length, 10);
    assert.equal(new Set(rx.received.map((r) => r.headers['webhook-id'])).size, 1, 'the same webhook-id on every attempt');
    const detail = await call(t.app, 'GET', `/v2/webhooks/${e.id}/deliveries/${row!.id}`, { key: t.alice.key });
    assert.equal(detail.body.data.attempt_log.length, 10);
    assert.deepEqual(Object.keys(detail.body.data.attempt_log[0]).sort(), ['at', 'duration_ms', 'error', 'response_status']);
    assert.equal(detail.body.data.attempt_log[0].response_status, 500);

    // The schedule spans more than 72 hours of failures: the endpoint was disabled on the way.
    const disabled = await call(t.app, 'GET', `/v2/webhooks/${e.id}`, { key: t.alice.key });
    assert.deepEqual([disabled.body.data.enabled, disabled.body.data.disabled_reason], [false, 'Every delivery to it failed for 72 hours']);
    await call(t.app, 'PATCH', `/v2/webhooks/${e.id}`, { key: t.alice.key, body: { enabled: true } });

    // Manual retry: one more attempt now, also for a failed delivery.
    rx.answer = () => ({ status: 204 });
    const retry = await call(t.app, 'POST', `/v2/webhooks/${e.id}/deliveries/${row!.id}/retry`, { key: t.alice.key });
    assert.equal(retry.status, 202);
    assert.equal(retry.body.data.status, 'pending');
    assert.equal(await deliverDue(t), 1);
    [row] = await deliveryRows(t, e.id);
    assert.deepEqual([row!.status, row!.attempts, row!.last_response_status], ['succeeded', 11, 204]);
  });

  it('410 Gone disables the endpoint; 429 and 503 with a later Retry-After wait that long', async () => {
    const gone = await createEndpoint();
    rx.answer = () => ({ status: 410 });
    await submit();
    await deliverDue(t);
    const endpoint = await call(t.app, 'GET', `/v2/webhooks/${gone.id}`, { key: t.alice.key });
    assert.deepEqual([endpoint.body.data.enabled, endpoint.body.data.disabled_reason], [false, 'The receiver answered 410 Gone']);
    const [dead] = await deliveryRows(t, gone.id);
    assert.deepEqual([dead!.status, dead!.attempts], ['failed', 1]);
    // No more deliveries to a disabled endpoint.
    await submit();
    rx.received.length = 0;
    await deliverDue(t);
    assert.equal(rx.received.length, 0);

    const busy = await createEndpoint();
    for (const [status, retryAfter, expected] of [[429, '3600', 3600 * S], [503, '2', null]] as const) {
      rx.answer = () => ({ status, headers: { 'retry-after': retryAfter } });
      t.clock.advance(S); // one delivery after the other in the log
      await submit();
      const start = t.clock.now().getTime();
      await deliverDue(t);
      const rows = await deliveryRows(t, busy.id);
      const row = rows.at(-1)!;
      assert.equal(row.last_response_status, status);
      const delay = Date.parse(row.next_attempt_at!) - start;
      if (expected) assert.equal(delay, expected, 'a later Retry-After wins');
      else assert.ok(delay >= 4500 && delay <= 5500, `an earlier Retry-After does not shorten the schedule (${delay} ms)`);
      await t.database.db.updateTable('webhook_deliveries').set({ status: 'failed', next_attempt_at: null }).where('id', '=', row.id).execute();
    }
  });

  it('a timeout, a refused connection and a redirect are failed attempts with their reason', async () => {
    const e = await createEndpoint();
    rx.answer = () => 'hang';
    await submit();
    await deliverDue(t);
    let [row] = await deliveryRows(t, e.id);
    assert.deepEqual([row!.last_error, row!.last_response_status, row!.attempts], ['timeout', null, 1]);

    rx.answer = () => ({ status: 302, headers: { location: `${rx.url}/elsewhere` } });
    t.clock.set(row!.next_attempt_at!);
    await deliverDue(t);
    [row] = await deliveryRows(t, e.id);
    assert.deepEqual([row!.last_response_status, row!.status], [302, 'pending']);
    assert.ok(rx.received.every((r) => r.url === '/hooks'), 'the redirect was not followed');

    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    await call(t.app, 'PATCH', `/v2/webhooks/${e.id}`, { key: t.alice.key, body: { url } });
    t.clock.set(row!.next_attempt_at!);
    await deliverDue(t);
    [row] = await deliveryRows(t, e.id);
    assert.deepEqual([row!.last_error, row!.attempts], ['connection_refused', 3]);
  });

  it('an endpoint whose deliveries all fail for 72 hours is disabled', async () => {
    const e = await createEndpoint();
    rx.answer = () => ({ status: 500 });
    for (let hours = 0; hours <= 73; hours += 12) {
      t.clock.set(new Date(Date.parse(MONDAY) + hours * H));
      await submit();
      await deliverDue(t);
    }
    const endpoint = await call(t.app, 'GET', `/v2/webhooks/${e.id}`, { key: t.alice.key });
    assert.deepEqual([endpoint.body.data.enabled, endpoint.body.data.disabled_reason], [false, 'Every delivery to it failed for 72 hours']);
    // Enabling it again clears the reason and resumes its deliveries.
    const enabled = await call(t.app, 'PATCH', `/v2/webhooks/${e.id}`, { key: t.alice.key, body: { enabled: true } });
    assert.deepEqual([enabled.body.data.enabled, enabled.body.data.disabled_reason], [true, null]);
  });

  it('after a rotation both secrets sign for 24 hours, then only the new one', async () => {
    const e = await createEndpoint();
    const rotated = await call(t.app, 'POST', `/v2/webhooks/${e.id}/rotate_secret`, { key: t.alice.key });
    assert.equal(rotated.status, 200);
    const fresh = rotated.body.data.secret as string;
    assert.notEqual(fresh, e.secret);
    await submit();
    await deliverDue(t);
    const got = rx.received.at(-1)!;
    assert.equal(String(got.headers['webhook-signature']).split(' ').length, 2);
    for (const secret of [e.secret, fresh]) new Webhook(secret).verify(got.body, got.headers as Record<string, string>);

    t.clock.set(new Date(Date.parse(MONDAY) + 24 * H + S));
    await submit();
    await deliverDue(t);
    const later = rx.received.at(-1)!;
    assert.equal(String(later.headers['webhook-signature']).split(' ').length, 1);
    new Webhook(fresh).verify(later.body, later.headers as Record<string, string>);
    assert.throws(() => new Webhook(e.secret).verify(later.body, later.headers as Record<string, string>));
  });

  it('a test event goes to that endpoint only; the delivery log pages with a cursor', async () => {
    const a = await createEndpoint();
    const b = await createEndpoint();
    const sent = await call(t.app, 'POST', `/v2/webhooks/${a.id}/test`, { key: t.alice.key });
    assert.equal(sent.status, 202);
    assert.equal(await deliverDue(t), 1);
    const body = new Webhook(a.secret).verify(rx.received[0]!.body, rx.received[0]!.headers as Record<string, string>) as { type: string; data: unknown; id: string };
    assert.deepEqual([body.type, body.data, body.id], ['webhook.test', { webhook_id: a.id }, sent.body.data.event_id]);
    assert.equal((await deliveryRows(t, b.id)).length, 0);

    for (let i = 0; i < 4; i++) await submit();
    await deliverDue(t);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { data: { id: string; status: string }[]; pagination: { next_cursor: string | null } } } = await call(t.app, 'GET', `/v2/webhooks/${a.id}/deliveries?limit=2${after ? `&after=${after}` : ''}`, { key: t.alice.key });
      seen.push(...page.body.data.map((d) => d.id));
      after = page.body.pagination.next_cursor;
    } while (after);
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
    const succeeded = await call(t.app, 'GET', `/v2/webhooks/${a.id}/deliveries?status=succeeded&limit=100`, { key: t.alice.key });
    assert.equal(succeeded.body.data.length, 5);
    assert.equal((await call(t.app, 'GET', `/v2/webhooks/${a.id}/deliveries?after=dlv_nope`, { key: t.alice.key })).status, 400);
  });

  it('one account never reaches another’s endpoints, deliveries or events', async () => {
    const mine = await createEndpoint();
    const port = await submit();
    await deliverDue(t);
    const [delivery] = await deliveryRows(t, mine.id);
    const event = (await readFeedUntil(t.app, t.alice.key, `?port_id=${port.id}`, (d) => d.length > 0))[0];
    const probes: [string, string][] = [
      ['GET', `/v2/webhooks/${mine.id}`],
      ['PATCH', `/v2/webhooks/${mine.id}`],
      ['DELETE', `/v2/webhooks/${mine.id}`],
      ['POST', `/v2/webhooks/${mine.id}/rotate_secret`],
      ['POST', `/v2/webhooks/${mine.id}/test`],
      ['GET', `/v2/webhooks/${mine.id}/deliveries`],
      ['GET', `/v2/webhooks/${mine.id}/deliveries/${delivery!.id}`],
      ['POST', `/v2/webhooks/${mine.id}/deliveries/${delivery!.id}/retry`],
      ['GET', `/v2/events/${event.id}`],
    ];
    for (const [method, url] of probes) {
      const res = await call(t.app, method as 'GET', url, { key: t.bob.key, ...(method === 'PATCH' ? { body: { enabled: false } } : {}) });
      assert.equal(res.status, 404, `${method} ${url}`);
    }
    assert.deepEqual((await call(t.app, 'GET', '/v2/webhooks', { key: t.bob.key })).body.data, []);
    const bobsFeed = await call(t.app, 'GET', '/v2/events?limit=100', { key: t.bob.key });
    assert.ok(bobsFeed.body.data.every((e: { data: { port?: { id: string } } }) => e.data.port?.id !== port.id));
    assert.equal((await call(t.app, 'GET', `/v2/events?after=${event.id}`, { key: t.bob.key })).status, 400);
    // Bob's own endpoint never receives Alice's events.
    const bobs = await createEndpoint({}, t.bob.key);
    await submit();
    await deliverDue(t);
    assert.equal((await deliveryRows(t, bobs.id)).length, 0);
  });
});

describe('the address rule', () => {
  let t: TestApp;
  let rx: Receiver;
  let answers: string[] = [];
  before(async () => {
    rx = await startReceiver();
    // DNS as the test says: each lookup of hooks.example.test takes the next answer.
    t = await createTestApp({
      env: { WEBHOOK_ALLOW_PRIVATE: 'false', WEBHOOK_TIMEOUT_MS: '500' },
      resolve: async (host) => {
        if (host === 'private.example.test') return [{ address: '10.1.2.3', family: 4 }];
        if (host !== 'hooks.example.test') throw Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
        return [{ address: answers.shift() ?? '127.0.0.1', family: 4 }];
      },
    });
  });
  after(async () => {
    await t.close();
    await rx.close();
  });

  it('refuses, when saved, URLs that are not https or point to private addresses', async () => {
    const cases: [string, string][] = [
      ['http://hooks.example.test/x', 'must be an https:// URL'],
      ['https://127.0.0.1/x', 'must point to a public address, not 127.0.0.1'],
      ['https://[::1]/x', 'must point to a public address, not ::1'],
      ['https://[::ffff:10.0.0.1]/x', 'must point to a public address, not ::ffff:a00:1'],
      ['https://localhost/x', 'must point to a public host, not localhost'],
      ['https://private.example.test/x', 'must point to a public address; private.example.test resolves to 10.1.2.3'],
      ['https://nowhere.example.test/x', 'the host nowhere.example.test does not resolve'],
      ['https://user:pw@hooks.example.test/x', 'must not carry credentials'],
      ['hooks.example.test/x', 'must be an absolute URL, e.g. https://example.com/hooks/porting'],
      [`https://hooks.example.test/${'x'.repeat(2048)}`, 'must not have more than 2048 characters'],
    ];
    for (const [url, message] of cases) {
      const res = await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url } });
      assert.equal(res.status, 400, url);
      assert.equal(res.body.error.code, 'validation_failed');
      assert.deepEqual(res.body.error.details?.[0] && { field: res.body.error.details[0].field, message: res.body.error.details[0].message }, { field: 'url', message }, url);
    }
  });

  it('checks the address actually connected to: a name that now resolves to a private address is refused at delivery', async () => {
    answers = ['93.184.216.34']; // public when saved
    const created = await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url: `https://hooks.example.test:${rx.port}/hooks` } });
    assert.equal(created.status, 201, created.raw);
    answers = ['127.0.0.1']; // rebound to loopback when delivered
    await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: VALID_PORT });
    assert.equal(await t.services.deliveries.tick(), 1);
    const row = await t.database.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', created.body.data.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.last_error, row.last_response_status, row.status], ['address_not_allowed', null, 'pending']);
    assert.equal(rx.received.length, 0, 'nothing reached the private address');
  });
});
