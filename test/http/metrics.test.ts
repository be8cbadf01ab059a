/** GET /metrics (contract/operations.md "Health and metrics"): the metric lines, and the token. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { startReceiver, type Receiver } from '../helpers/receiver.ts';
import { runUntilStatus } from '../helpers/workflow.ts';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (the lines that are not comments). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      assert.ok(m, `not a sample line: ${line}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]));
      return { name: m[1]!, labels, value: Number(m[3]) };
    });
}

/** The value of the one sample with exactly these labels (undefined when there is none). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && JSON.stringify(Object.entries(s.labels).sort()) === JSON.stringify(Object.entries(labels).sort()));
  assert.ok(found.length <= 1, `${name} ${JSON.stringify(labels)} appears ${found.length} times`);
  return found[0]?.value;
}

async function scrape(t: TestApp, headers: Record<string, string> = {}): Promise<Sample[]> {
  const res = await call(t.app, 'GET', '/metrics', { headers });
  assert.equal(res.status, 200, res.raw);
  assert.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8');
  return parse(res.raw);
}

const byStatus = (samples: Sample[], name: string, label: string) =>
  Object.fromEntries(samples.filter((s) => s.name === name).map((s) => [s.labels[label]!, s.value]));

describe('GET /metrics', () => {
  let t: TestApp;
  let rx: Receiver;
  let n = 0;
  const number = () => `+1415555${String(4000 + n++).padStart(4, '0')}`;
  const submit = async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: number() } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data as { id: string };
  };

  before(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: '500' } });
    rx = await startReceiver();
  });
  after(async () => {
    await t.close();
    await rx.close();
  });

  it('is open without METRICS_TOKEN and has the default process metrics and every series from the start', async () => {
    const samples = await scrape(t);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      assert.ok(samples.some((s) => s.name === name), name);
    }
    assert.deepEqual(byStatus(samples, 'porting_ports', 'status'), { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 });
    assert.deepEqual(byStatus(samples, 'porting_transitions_total', 'to'), { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 });
    assert.deepEqual(byStatus(samples, 'porting_webhook_deliveries_total', 'outcome'), { succeeded: 0, retried: 0, failed: 0 });
    assert.equal(value(samples, 'porting_worker_lag_seconds'), 0);
    assert.equal(value(samples, 'porting_webhook_backlog'), 0);
  });

  it('times requests by route pattern, method and status, never by the raw URL', async () => {
    assert.equal((await call(t.app, 'GET', '/v2/ports/port_doesNotExist123', { key: t.alice.key })).status, 404);
    assert.equal((await call(t.app, 'GET', '/v2/ports/port_doesNotExist456', { key: t.alice.key })).status, 404);
    assert.equal((await call(t.app, 'GET', '/no/such/path')).status, 404);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { key: t.alice.key })).status, 200);
    const res = await call(t.app, 'GET', '/metrics');
    assert.ok(!res.raw.includes('doesNotExist'), 'a raw URL became a label');
    assert.ok(!res.raw.includes('/no/such/path'), 'an unmatched URL became a label');
    const samples = parse(res.raw);
    assert.equal(value(samples, 'http_request_duration_seconds_count', { route: '/v2/ports/:id', method: 'GET', status: '404' }), 2);
    assert.equal(value(samples, 'http_request_duration_seconds_count', { route: 'unmatched', method: 'GET', status: '404' }), 1);
    assert.equal(value(samples, 'http_request_duration_seconds_count', { route: '/v2/ports', method: 'GET', status: '200' }), 1);
    assert.equal(value(samples, 'http_request_duration_seconds_bucket', { route: '/v2/ports', method: 'GET', status: '200', le: '+Inf' }), 1);
    const sum = value(samples, 'http_request_duration_seconds_sum', { route: '/v2/ports', method: 'GET', status: '200' })!;
    assert.ok(sum > 0 && sum < 5, String(sum));
    // The two 404s of one route are one series.
    assert.equal(samples.filter((s) => s.name === 'http_request_duration_seconds_count' && s.labels['route'] === '/v2/ports/:id').length, 1);
  });

  it('counts ports by status, transitions by target status (worker, customer, desk) and the worker lag', async () => {
    const before = byStatus(await scrape(t), 'porting_transitions_total', 'to');
    const a = await submit(); // completes through the worker
    const b = await submit(); // cancelled by the customer
    const c = await submit(); // authorized by the desk
    const d = await submit(); // left pending
    assert.equal((await call(t.app, 'POST', `/v2/ports/${b.id}/cancel`, { key: t.alice.key })).status, 200);
    const desk = await call(t.app, 'POST', `/v2/admin/ports/${c.id}/transition`, { key: t.admin.key, body: { status: 'authorized', foc_date: '2026-11-20' } });
    assert.equal(desk.status, 200, desk.raw);
    // A refused move counts nothing.
    assert.equal((await call(t.app, 'POST', `/v2/ports/${b.id}/cancel`, { key: t.alice.key })).status, 409);

    // The oldest due step has waited 90 s (real time; TIME_SCALE is 1 here).
    const due = await t.database.db.selectFrom('port_timers').select((eb) => eb.fn.min('due_at').as('due')).where('port_id', 'in', [a.id, d.id]).executeTakeFirstOrThrow();
    t.clock.set(new Date(Date.parse(due.due as string) + 90_000));
    let samples = await scrape(t);
    assert.equal(value(samples, 'porting_worker_lag_seconds'), 90);
    assert.deepEqual(byStatus(samples, 'porting_ports', 'status'), { pending: 2, authorized: 1, in_progress: 0, completed: 0, failed: 0, cancelled: 1 });

    await call(t.app, 'POST', `/v2/ports/${d.id}/cancel`, { key: t.alice.key });
    await call(t.app, 'POST', `/v2/ports/${c.id}/cancel`, { key: t.alice.key });
    await runUntilStatus(t, a.id, 'completed');
    samples = await scrape(t);
    const after = byStatus(samples, 'porting_transitions_total', 'to');
    const delta = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]));
    // Submissions are not transitions; a's three carrier steps, c's desk move, three cancels.
    assert.deepEqual(delta, { pending: 0, authorized: 2, in_progress: 1, completed: 1, failed: 0, cancelled: 3 });
    assert.deepEqual(byStatus(samples, 'porting_ports', 'status'), { pending: 0, authorized: 0, in_progress: 0, completed: 1, failed: 0, cancelled: 3 });
    assert.equal(value(samples, 'porting_worker_lag_seconds'), 0);
    t.clock.set(MONDAY);
  });

  it('counts webhook attempts by outcome and shows the backlog', async () => {
    const endpoint = await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url: rx.url, events: ['port.created'] } });
    assert.equal(endpoint.status, 201, endpoint.raw);
    const tick = async () => {
      for (let i = 0; i < 10 && (await t.services.deliveries.tick()) > 0; i++);
    };

    rx.answer = () => ({ status: 200 });
    await submit();
    await submit();
    assert.equal(value(await scrape(t), 'porting_webhook_backlog'), 2);
    await tick();
    let samples = await scrape(t);
    assert.equal(value(samples, 'porting_webhook_backlog'), 0);
    assert.deepEqual(byStatus(samples, 'porting_webhook_deliveries_total', 'outcome'), { succeeded: 2, retried: 0, failed: 0 });

    rx.answer = () => ({ status: 500 });
    await submit();
    await tick();
    samples = await scrape(t);
    assert.deepEqual(byStatus(samples, 'porting_webhook_deliveries_total', 'outcome'), { succeeded: 2, retried: 1, failed: 0 });
    assert.equal(value(samples, 'porting_webhook_backlog'), 1); // waiting for its retry

    rx.answer = () => ({ status: 410 }); // Gone: no more attempts
    t.clock.advance(60_000);
    await tick();
    samples = await scrape(t);
    assert.deepEqual(byStatus(samples, 'porting_webhook_deliveries_total', 'outcome'), { succeeded: 2, retried: 1, failed: 1 });
    assert.equal(value(samples, 'porting_webhook_backlog'), 0);
    await call(t.app, 'DELETE', `/v2/webhooks/${endpoint.body.data.id}`, { key: t.alice.key });
    t.clock.set(MONDAY);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const TOKEN = 'mt_9f8e7d6c5b4a39281706f5e4';
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });
  after(() => t.close());

  it('answers 401 in the error envelope without the right bearer token, 200 with it', async () => {
    const expected = { success: false, error: { code: 'unauthorized', message: 'Send the metrics token as Authorization: Bearer <METRICS_TOKEN>' } };
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: TOKEN }, { authorization: `Basic ${TOKEN}` }, { 'x-auth-token': t.admin.key }] as Record<string, string>[]) {
      const res = await call(t.app, 'GET', '/metrics', { headers });
      assert.equal(res.status, 401, JSON.stringify(headers));
      assert.deepEqual(res.body, expected);
      assert.equal(res.headers['www-authenticate'], 'Bearer realm="metrics"');
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    }
    const ok = await scrape(t, { authorization: `Bearer ${TOKEN}` });
    assert.ok(ok.some((s) => s.name === 'porting_ports'));
    await scrape(t, { authorization: `bearer ${TOKEN}` });
    // Health stays open.
    assert.equal((await call(t.app, 'GET', '/health/live')).status, 200);
    // The token is never logged.
    assert.ok(!t.logs.join('').includes(TOKEN));
  });

  it('failed tokens count toward the address throttle: the 21st attempt in a minute is 429', async () => {
    const from = { remoteAddress: '198.51.100.7' };
    for (let i = 0; i < 20; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-guess-000000' }, ...from });
      assert.equal(res.statusCode, 401);
    }
    const refused = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` }, ...from });
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'rate_limited');
    assert.ok(Number(refused.headers['retry-after']) > 0 && Number(refused.headers['retry-after']) <= 60);
    // Another address with the right token is unaffected.
    const other = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` }, remoteAddress: '198.51.100.8' });
    assert.equal(other.statusCode, 200);
  });
});
