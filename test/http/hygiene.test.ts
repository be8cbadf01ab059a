/** CONTRACT.md "Input hygiene and hardening": one test per item. */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';

describe('input hygiene', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  let n = 0;
  const freshNumber = () => `+1415555${String(2000 + n++).padStart(4, '0')}`;

  it('query parameters are exact: non-decimal, padded, repeated or unknown ones are validation_failed', async () => {
    const cases: [string, string, string][] = [
      ['limit=1.5', 'limit', 'must be integer'],
      ['limit=true', 'limit', 'must be integer'],
      ['limit=0x10', 'limit', 'must be integer'],
      ['limit=%2010', 'limit', 'must be integer'],
      ['limit=10%20', 'limit', 'must be integer'],
      ['limit=1e1', 'limit', 'must be integer'],
      ['limit=', 'limit', 'must be integer'],
      ['limit=-1', 'limit', 'must be integer'],
      ['limit=10&limit=20', 'limit', 'may be given only once'],
      ['status=pending&status=failed', 'status', 'may be given only once'],
      ['colour=red', 'colour', 'is not a known query parameter'],
      ['status=PENDING', 'status', ''],
    ];
    for (const [query, field, message] of cases) {
      const res = await call(t.app, 'GET', `/v2/ports?${query}`, { key: t.alice.key });
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, 'validation_failed', query);
      assert.equal(res.body.error.details[0].field, field, `${query}: ${JSON.stringify(res.body)}`);
      if (message) assert.equal(res.body.error.details[0].message, message, query);
    }
    const ok = await call(t.app, 'GET', '/v2/ports?limit=10&offset=0', { key: t.alice.key });
    assert.equal(ok.status, 200);
    assert.deepEqual(ok.body.pagination, { limit: 10, offset: 0, total: 0, next_cursor: null });
  });

  it('a route that takes no query parameters refuses one all the same, with the same answer', async () => {
    const routes: ['GET' | 'POST', string][] = [
      ['GET', '/v2/port_counts'],
      ['GET', '/v2/session'],
      ['GET', '/v2/webhooks/whk_unknown'],
      ['POST', '/v2/ports'],
    ];
    for (const [method, path] of routes) {
      const res = await call(t.app, method, `${path}?colour=red`, { key: t.alice.key, ...(method === 'POST' ? { body: { ...VALID_PORT, number: freshNumber() } } : {}) });
      assert.equal(res.status, 400, path);
      assert.deepEqual(res.body.error.details, [{ field: 'colour', message: 'is not a known query parameter' }], path);
    }
    const desk = await call(t.app, 'GET', '/v2/admin/carriers?colour=red', { key: t.admin.key });
    assert.equal(desk.status, 400);
    assert.equal(desk.body.error.code, 'validation_failed');
    assert.equal((await call(t.app, 'GET', '/v2/port_counts', { key: t.alice.key })).status, 200);
    assert.equal((await call(t.app, 'GET', '/v2/admin/carriers', { key: t.admin.key })).status, 200);
  });

  it('an unencoded + in ?number= is answered with how to send it', async () => {
    const res = await call(t.app, 'GET', '/v2/ports?number=+14155551234', { key: t.alice.key });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, {
      success: false,
      error: {
        code: 'validation_failed',
        message: 'number: a + in a query string must be encoded as %2B (number=%2B14155551234)',
        details: [{ field: 'number', message: 'the + arrived as a space; send number=%2B14155551234' }],
      },
    });
    assert.equal((await call(t.app, 'GET', '/v2/ports?number=%2B14155551234', { key: t.alice.key })).status, 200);
  });

  it('text refuses C0/C1 controls, bidi overrides and isolates, separators, zero-width characters and blank strings', async () => {
    const bad = ['Jo\u0085hn', 'Jo\u009bhn', 'evil\u202Etxt', 'a\u2066b\u2069', 'a\u2028b', 'a\u2029b', 'Jo\u200Bhn', '\uFEFFJohn', '   ', '\u00a0', 'a\tb'];
    for (const name of bad) {
      const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: freshNumber(), end_user_name: name } });
      assert.equal(res.status, 400, JSON.stringify(name));
      assert.equal(res.body.error.code, 'validation_failed');
      assert.equal(res.body.error.details[0].field, 'end_user_name', JSON.stringify(name));
    }
    const address = await call(t.app, 'POST', '/v2/ports', {
      key: t.alice.key,
      body: { ...VALID_PORT, number: freshNumber(), end_user_address: { ...VALID_PORT.end_user_address, city: 'San\u200DFrancisco' } },
    });
    assert.equal(address.body.error.details[0].field, 'end_user_address.city');
  });

  it('text is stored and returned in NFC', async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: freshNumber(), end_user_name: 'Jose\u0301 A\u0308lvarez' } });
    assert.equal(res.status, 201);
    assert.equal(res.body.data.end_user_name, 'José Älvarez');
    const row = await t.database.db.selectFrom('ports').select('end_user_name').where('id', '=', res.body.data.id).executeTakeFirstOrThrow();
    assert.equal(row.end_user_name, 'José Älvarez');
    assert.equal(row.end_user_name.length, 12);
  });

  it('invalid UTF-8 is invalid_json, never silently replaced', async () => {
    const json = Buffer.from(JSON.stringify({ ...VALID_PORT, number: freshNumber(), end_user_name: 'Jos@' }));
    json[json.indexOf('@')] = 0xe9; // Latin-1 é: not UTF-8
    const res = await t.app.inject({ method: 'POST', url: '/v2/ports', headers: { 'x-auth-token': t.alice.key, 'content-type': 'application/json' }, payload: json });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json(), { success: false, error: { code: 'invalid_json', message: 'The request body is not valid UTF-8' } });
  });

  it('only the exact E.164 spelling is accepted (a national prefix after +1 is refused with the E.164 form)', async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+114155550302' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.error.details, [{ field: 'number', message: 'must be in E.164 format (+ and country code, digits only); did you mean +14155550302?' }]);
  });

  it('a path with no route is 404 whatever the method; 405 only where the path exists under another method', async () => {
    for (const [method, url] of [['POST', '/v2/ports/'], ['GET', '/v2/ports/'], ['DELETE', '/v2/ports/x/'], ['GET', '/v2/ports/x/cancel/'], ['PATCH', '/v2/nothing']] as const) {
      const res = await call(t.app, method, url, { key: t.alice.key });
      assert.equal(res.status, 404, `${method} ${url}`);
      assert.equal(res.body.error.code, 'not_found');
      assert.equal(res.headers['allow'], undefined);
    }
    const wrong = await call(t.app, 'DELETE', '/v2/ports', { key: t.alice.key });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers['allow'], 'GET, HEAD, POST');
  });

  it('cancel accepts an application/json request with no body, and no content type at all', async () => {
    for (const headers of [{ 'content-type': 'application/json' }, {}]) {
      const sub = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: freshNumber() } });
      const res = await t.app.inject({ method: 'POST', url: `/v2/ports/${sub.body.data.id}/cancel`, headers: { 'x-auth-token': t.alice.key, ...headers } });
      assert.equal(res.statusCode, 200, JSON.stringify(headers) + res.body);
      assert.equal(res.json().data.status, 'cancelled');
      assert.equal(res.json().data.messages.at(-1), 'Port cancelled at your request.');
    }
  });

  it('a customer key on /v2/admin is 403 before anything else about the request is looked at', async () => {
    const cases = [
      ['POST', '/v2/admin/ports/port_nope/transition', { status: 'nonsense', extra: true }],
      ['GET', '/v2/admin/ports?limit=abc&colour=red', undefined],
      ['GET', '/v2/admin/ports/port_nope', undefined],
    ] as const;
    for (const [method, url, body] of cases) {
      const res = await call(t.app, method, url, { key: t.alice.key, ...(body ? { body } : {}) });
      assert.equal(res.status, 403, url);
      assert.deepEqual(res.body, { success: false, error: { code: 'forbidden', message: 'This endpoint is for the porting desk (admin keys only)' } });
    }
    const raw = await t.app.inject({ method: 'POST', url: '/v2/admin/ports/x/transition', headers: { 'x-auth-token': t.alice.key, 'content-type': 'application/json' }, payload: '{not json' });
    assert.equal(raw.statusCode, 403);
  });

  it('messages stay bounded: correcting a pending port again replaces its correction note', async () => {
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: freshNumber() } });
    const id = sub.body.data.id;
    let last;
    for (let i = 0; i < 200; i++) {
      last = await call(t.app, 'PATCH', `/v2/ports/${id}`, { key: t.alice.key, body: { account_number: `ACC-${i}` } });
      assert.equal(last.status, 200);
    }
    assert.deepEqual(last!.body.data.messages, [sub.body.data.messages[0], 'Port details corrected; the current provider reviews the corrected details.']);
    assert.equal(last!.body.data.account_number, '****199');
    const row = await t.database.db.selectFrom('ports').select(['messages', 'account_number']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.account_number, 'ACC-199');
    assert.ok(row.messages.length < 300, `${row.messages.length} bytes of messages`);
  });

  it('security headers on every response: nosniff everywhere, no-store on the API', async () => {
    for (const [url, key] of [['/v2/ports', t.alice.key], ['/v2/nothing', t.alice.key], ['/v2/ports', undefined], ['/v2/openapi.json', undefined]] as const) {
      const res = await call(t.app, 'GET', url, key ? { key } : {});
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['cache-control'], 'no-store', url);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    assert.equal(docs.headers['x-content-type-options'], 'nosniff');
  });

  it('a short account number is returned masked, never whole', async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: freshNumber(), account_number: '1234' } });
    assert.equal(res.status, 201);
    assert.equal(res.body.data.account_number, '****');
  });
});

describe('slow and idle clients', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await createTestApp({ env: { REQUEST_TIMEOUT_MS: '600', KEEP_ALIVE_TIMEOUT_MS: '300', MAX_CONNECTIONS: '8' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  });
  after(() => t.close());

  const open = () =>
    new Promise<Socket>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
    });
  /** Resolves with what the server sent before it closed the socket, and how long that took. */
  const closed = (s: Socket) =>
    new Promise<{ data: string; ms: number }>((resolve) => {
      const start = Date.now();
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('error', () => {});
      s.on('close', () => resolve({ data, ms: Date.now() - start }));
    });

  it('a request whose body never arrives is cut off after the request timeout', async () => {
    const s = await open();
    const done = closed(s);
    s.write(`POST /v2/ports HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${t.alice.key}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"number":`);
    const { data, ms } = await done;
    assert.ok(ms < 3000, `closed after ${ms} ms`);
    assert.match(data, /^HTTP\/1.1 408/);
    assert.match(data, /"code":"validation_failed"/);
  });

  it('headers that never finish are cut off too; an idle keep-alive connection is closed', async () => {
    const s = await open();
    const done = closed(s);
    s.write('GET /v2/ports HTTP/1.1\r\nHost: x\r\n');
    assert.ok((await done).ms < 3000);

    const idle = await open();
    const idleDone = closed(idle);
    idle.write(`GET /v2/ports HTTP/1.1\r\nHost: x\r\nX-Auth-Token: ${t.alice.key}\r\n\r\n`);
    const { data, ms } = await idleDone;
    assert.match(data, /^HTTP\/1.1 200/);
    assert.ok(ms < 3000, `idle connection closed after ${ms} ms`);
  });

  it('open connections are capped; a flood of idle sockets does not take the service down', async () => {
    const sockets = await Promise.all(Array.from({ length: 8 }, () => open()));
    const extra = await open().catch(() => null);
    if (extra) {
      // Accepted by the kernel, closed by the server at once.
      const { data } = await closed(extra);
      assert.equal(data, '');
    }
    sockets.forEach((s) => s.destroy());
    await new Promise((r) => setTimeout(r, 50));
    const res = await fetch(`http://127.0.0.1:${port}/v2/ports`, { headers: { 'x-auth-token': t.alice.key } });
    assert.equal(res.status, 200);
  });
});
