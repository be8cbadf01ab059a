import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';

describe('errors: one envelope for everything', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  const post = (payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/v2/ports', headers: { 'x-auth-token': t.alice.key, 'content-type': 'application/json', ...headers }, payload });

  it('malformed JSON is 400 invalid_json', async () => {
    for (const payload of ['{"number":', '{bad}', 'null x', '\u0000']) {
      const res = await post(payload);
      assert.equal(res.statusCode, 400, payload);
      assert.deepEqual(res.json(), { success: false, error: { code: 'invalid_json', message: 'The request body is not valid JSON' } });
    }
  });

  it('an empty JSON body is 400 invalid_json', async () => {
    const res = await post('');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'invalid_json');
  });

  it('prototype pollution attempts are refused', async () => {
    const res = await post(JSON.stringify(VALID_PORT).replace('{', '{"__proto__":{"admin":true},'));
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'invalid_json');
    const ctor = await post(JSON.stringify(VALID_PORT).replace('{', '{"constructor":{"prototype":{"x":1}},'));
    assert.equal(ctor.statusCode, 400);
    assert.equal(({} as Record<string, unknown>)['admin'], undefined);
  });

  it('a body over 64 KiB is 413 payload_too_large', async () => {
    const res = await post(JSON.stringify({ ...VALID_PORT, end_user_name: 'x'.repeat(70 * 1024) }));
    assert.equal(res.statusCode, 413);
    assert.deepEqual(res.json(), { success: false, error: { code: 'payload_too_large', message: 'The request body is larger than 64 KiB' } });
  });

  it('other content types are 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post('number=+14155551234', { 'content-type': type });
      assert.equal(res.statusCode, 415, type);
      assert.deepEqual(res.json(), { success: false, error: { code: 'unsupported_media_type', message: 'Send the request body as application/json' } });
    }
    const ok = await post(JSON.stringify({ ...VALID_PORT, number: '+14155554000' }), { 'content-type': 'application/json; charset=utf-8' });
    assert.equal(ok.statusCode, 201);
  });

  it('unknown routes are 404 and wrong methods 405, with Allow', async () => {
    const nf = await call(t.app, 'GET', '/v3/ports', { key: t.alice.key });
    assert.equal(nf.status, 404);
    assert.deepEqual(nf.body, { success: false, error: { code: 'not_found', message: 'No route GET /v3/ports' } });
    const put = await call(t.app, 'PUT', '/v2/ports/port_abc', { key: t.alice.key, body: {} });
    assert.equal(put.status, 405);
    assert.equal(put.headers['allow'], 'GET, HEAD, PATCH');
    assert.deepEqual(put.body, { success: false, error: { code: 'method_not_allowed', message: 'PUT is not allowed on /v2/ports/port_abc; use GET, HEAD, PATCH' } });
    const del = await call(t.app, 'DELETE', '/v2/ports');
    assert.equal(del.status, 405);
  });

  it('every response carries X-Request-Id; a sane incoming one is echoed, a hostile one replaced', async () => {
    const echoed = await call(t.app, 'GET', '/v2/ports', { key: t.alice.key, headers: { 'x-request-id': 'trace-123.abc' } });
    assert.equal(echoed.headers['x-request-id'], 'trace-123.abc');
    const hostile = await call(t.app, 'GET', '/v2/ports', { key: t.alice.key, headers: { 'x-request-id': 'a b<script>' } });
    assert.match(String(hostile.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    for (const res of [await call(t.app, 'GET', '/nowhere'), await call(t.app, 'GET', '/v2/ports'), await post('{')]) {
      assert.ok(res.headers['x-request-id'], 'x-request-id missing');
    }
  });

  it('a malformed URL is 400 in the envelope', async () => {
    for (const url of ['/v2/ports/%E0%A4%A', '/%']) {
      const res = await call(t.app, 'GET', url, { key: t.alice.key });
      assert.equal(res.status, 400, url);
      assert.deepEqual(res.body, { success: false, error: { code: 'validation_failed', message: 'The request URL is malformed' } });
      assert.ok(res.headers['x-request-id']);
    }
  });

  it('a 500 says nothing about its cause', async () => {
    const failing = await createTestApp();
    try {
      await failing.database.db.schema.dropTable('port_events').execute();
      const res = await call(failing.app, 'POST', '/v2/ports', { key: failing.alice.key, body: VALID_PORT });
      assert.equal(res.status, 500);
      assert.deepEqual(res.body, {
        success: false,
        error: { code: 'internal', message: 'An internal error occurred; retry later or contact support with the request id' },
      });
      assert.ok(!res.raw.includes('port_events') && !res.raw.includes('at '));
      // The port was not half-written: the transaction rolled back.
      const rows = await failing.database.db.selectFrom('ports').select('id').execute();
      assert.equal(rows.length, 0);
    } finally {
      await failing.close();
    }
  });
});

describe('authentication and tenancy', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ env: { AUTH_CACHE_TTL_MS: '0' } })));
  after(() => t.close());

  it('every /v2 route needs a valid X-Auth-Token', async () => {
    const routes: [string, string][] = [
      ['GET', '/v2/ports'],
      ['POST', '/v2/ports'],
      ['GET', '/v2/ports/port_x'],
      ['PATCH', '/v2/ports/port_x'],
      ['POST', '/v2/ports/port_x/cancel'],
      ['GET', '/v2/ports/port_x/events'],
      ['GET', '/v2/admin/ports'],
      ['POST', '/v2/admin/ports/port_x/transition'],
    ];
    for (const [method, url] of routes) {
      const none = await call(t.app, method as 'GET', url);
      assert.equal(none.status, 401, url);
      assert.deepEqual(none.body, { success: false, error: { code: 'unauthorized', message: 'Send your API key in the X-Auth-Token header' } });
      const wrong = await call(t.app, method as 'GET', url, { key: 'ptk_wrong' });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.body.error.code, 'unauthorized');
    }
  });

  it('the OpenAPI document and /docs need no token', async () => {
    const doc = await call(t.app, 'GET', '/v2/openapi.json');
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.body.paths).sort(), [
      '/v2/admin/carriers',
      '/v2/admin/documents/{id}',
      '/v2/admin/documents/{id}/content',
      '/v2/admin/port_counts',
      '/v2/admin/port_orders',
      '/v2/admin/port_orders/{id}',
      '/v2/admin/port_orders/{id}/comments',
      '/v2/admin/port_orders/{id}/documents',
      '/v2/admin/ports',
      '/v2/admin/ports/{id}',
      '/v2/admin/ports/{id}/comments',
      '/v2/admin/ports/{id}/documents',
      '/v2/admin/ports/{id}/events',
      '/v2/admin/ports/{id}/transition',
      '/v2/admin/sub_orders/{id}/transition',
      '/v2/documents/{id}',
      '/v2/documents/{id}/content',
      '/v2/events',
      '/v2/events/{id}',
      '/v2/foc_dates',
      '/v2/port_counts',
      '/v2/port_orders',
      '/v2/port_orders/{id}',
      '/v2/port_orders/{id}/cancel',
      '/v2/port_orders/{id}/comments',
      '/v2/port_orders/{id}/documents',
      '/v2/port_orders/{id}/loa',
      '/v2/port_orders/{id}/loa/sign',
      '/v2/port_orders/{id}/submit',
      '/v2/portability_checks',
      '/v2/ports',
      '/v2/ports/{id}',
      '/v2/ports/{id}/cancel',
      '/v2/ports/{id}/comments',
      '/v2/ports/{id}/documents',
      '/v2/ports/{id}/events',
      '/v2/session',
      '/v2/webhooks',
      '/v2/webhooks/{id}',
      '/v2/webhooks/{id}/deliveries',
      '/v2/webhooks/{id}/deliveries/{delivery_id}',
      '/v2/webhooks/{id}/deliveries/{delivery_id}/retry',
      '/v2/webhooks/{id}/rotate_secret',
      '/v2/webhooks/{id}/test',
    ]);
    assert.deepEqual(Object.keys(doc.body.paths['/v2/ports']).sort(), ['get', 'post']);
    // Generated from the same schema that validates requests.
    const ref = doc.body.paths['/v2/ports'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(ref, { $ref: '#/components/schemas/SubmitPortRequest' });
    const body = doc.body.components.schemas.SubmitPortRequest;
    assert.deepEqual(body.required, ['number', 'account_number', 'billing_phone', 'end_user_name', 'end_user_address']);
    assert.equal(body.additionalProperties, false);
    assert.ok(doc.body.components.schemas.Port);
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger-ui/i);
  });

  it('a revoked key stops working', async () => {
    const { AccountService } = await import('../../src/workflow/account-service.ts');
    const accounts = new AccountService(t.database, t.clock);
    const issued = await accounts.createKey(t.alice.accountId);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { key: issued.api_key })).status, 200);
    await accounts.revokeKey(issued.key_id);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { key: issued.api_key })).status, 401);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { key: t.alice.key })).status, 200);
  });
});

describe('framework and plugin errors map by status to their code', () => {
  it('an unknown 4xx keeps the meaning of its status; a 5xx says nothing', async () => {
    const { toServiceError } = await import('../../src/http/errors.ts');
    const withStatus = (statusCode: number, message = 'plugin words') => Object.assign(new Error(message), { statusCode });
    const cases: [number, string][] = [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [405, 'method_not_allowed'],
      [413, 'payload_too_large'],
      [415, 'unsupported_media_type'],
      [429, 'rate_limited'],
      [503, 'service_unavailable'],
      [400, 'validation_failed'],
      [418, 'validation_failed'],
      [500, 'internal'],
      [502, 'internal'],
    ];
    for (const [status, code] of cases) {
      const mapped = toServiceError(withStatus(status));
      assert.equal(mapped.code, code, String(status));
      assert.ok(!mapped.message.includes('plugin words'), 'the plugin’s own words never reach the client');
    }
    assert.equal(toServiceError(new TypeError('boom')).code, 'internal');
  });
});
