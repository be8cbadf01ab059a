/**
 * The console as the HTTP layer serves it (contract/console-cli.md "Console: how it runs"): sign-in
 * sessions (cookie flags, CSRF, sign-out, revoked keys, idle expiry, tenancy), the static app (cache
 * headers, client-side routes, security headers, the API's JSON 404 kept), and the endpoints the
 * console added (port counts, search by customer reference). The browser itself: test/console/.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../src/http/app.ts';
import { FakeClock } from '../../src/workflow/clock.ts';
import { SessionService } from '../../src/workflow/session-service.ts';
import { call, createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

/** Signs in with a key: the cookie header to send back, the CSRF token, and the answer. */
async function signIn(key: string) {
  const res = await call(t.app, 'POST', '/v2/session', { body: { api_key: key } });
  assert.equal(res.status, 201, res.raw);
  const setCookie = String(res.headers['set-cookie']);
  const token = /porting_session=([^;]+)/.exec(setCookie)![1]!;
  return { cookie: `porting_session=${token}`, token, csrf: res.body.data.csrf_token as string, res, setCookie };
}

describe('console sessions', () => {
  it('a key becomes an HttpOnly, SameSite=Strict session cookie; only its hash is stored; the key is not sent back', async () => {
    const s = await signIn(t.alice.key);
    assert.match(s.setCookie, /^porting_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.deepEqual(Object.keys(s.res.body.data).sort(), ['account_id', 'account_name', 'admin', 'csrf_token', 'expires_at']);
    assert.equal(s.res.body.data.account_id, t.alice.accountId);
    assert.equal(s.res.body.data.account_name, 'alice');
    assert.equal(s.res.body.data.admin, false);
    assert.ok(!s.res.raw.includes(t.alice.key));
    const rows = await t.database.db.selectFrom('console_sessions').selectAll().where('account_id', '=', t.alice.accountId).execute();
    assert.ok(rows.length >= 1);
    for (const row of rows) assert.ok(!JSON.stringify(row).includes(s.token), 'the cookie value is stored only hashed');
    const me = await call(t.app, 'GET', '/v2/session', { headers: { cookie: s.cookie } });
    assert.equal(me.status, 200);
    assert.equal(me.body.data.csrf_token, s.csrf);
    assert.equal(me.body.data.account_id, t.alice.accountId);
  });

  it('a wrong key is 401 naming api_key, and counts toward the address throttle', async () => {
    const app = await createTestApp();
    try {
      const wrong = await call(app.app, 'POST', '/v2/session', { body: { api_key: 'ptk_wrong' } });
      assert.equal(wrong.status, 401);
      assert.deepEqual(wrong.body.error.details, [{ field: 'api_key', message: 'is not a valid API key' }]);
      assert.equal(wrong.headers['set-cookie'], undefined);
      for (let i = 0; i < 19; i++) assert.equal((await call(app.app, 'POST', '/v2/session', { body: { api_key: 'ptk_wrong' } })).status, 401);
      const throttled = await call(app.app, 'POST', '/v2/session', { body: { api_key: app.alice.key } });
      assert.equal(throttled.status, 429);
      assert.equal(throttled.body.error.code, 'rate_limited');
    } finally {
      await app.close();
    }
  });

  it('reads with the cookie alone; every change needs the session’s X-CSRF-Token', async () => {
    const s = await signIn(t.alice.key);
    const list = await call(t.app, 'GET', '/v2/ports', { headers: { cookie: s.cookie } });
    assert.equal(list.status, 200);
    const body = { ...VALID_PORT, number: '+14155550170' };
    const noToken = await call(t.app, 'POST', '/v2/ports', { body, headers: { cookie: s.cookie } });
    assert.equal(noToken.status, 403);
    assert.equal(noToken.body.error.code, 'forbidden');
    const other = await signIn(t.alice.key);
    const wrongToken = await call(t.app, 'POST', '/v2/ports', { body, headers: { cookie: s.cookie, 'x-csrf-token': other.csrf } });
    assert.equal(wrongToken.status, 403, 'another session’s token does not do');
    assert.equal((await t.database.db.selectFrom('ports').select('id').where('number', '=', body.number).execute()).length, 0);
    const made = await call(t.app, 'POST', '/v2/ports', { body, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    assert.equal(made.status, 201);
    const history = await call(t.app, 'GET', `/v2/ports/${made.body.data.id}/events`, { key: t.alice.key });
    assert.equal(history.body.data[0].actor, `customer:${t.alice.accountId}`);
  });

  it('a session reaches only its own account’s data (another account’s port is 404)', async () => {
    const bobs = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155550171' } });
    const s = await signIn(t.alice.key);
    const res = await call(t.app, 'GET', `/v2/ports/${bobs.body.data.id}`, { headers: { cookie: s.cookie } });
    assert.equal(res.status, 404);
    const desk = await call(t.app, 'GET', '/v2/admin/ports', { headers: { cookie: s.cookie } });
    assert.equal(desk.status, 403, 'a customer session is no desk');
  });

  it('sign-out ends the session on the server and clears the cookie', async () => {
    const s = await signIn(t.alice.key);
    const noToken = await call(t.app, 'DELETE', '/v2/session', { headers: { cookie: s.cookie } });
    assert.equal(noToken.status, 403, 'signing someone out is a change too');
    const out = await call(t.app, 'DELETE', '/v2/session', { headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    assert.equal(out.status, 200);
    assert.deepEqual(out.body, { success: true, data: { signed_out: true } });
    assert.match(String(out.headers['set-cookie']), /^porting_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const after = await call(t.app, 'GET', '/v2/ports', { headers: { cookie: s.cookie } });
    assert.equal(after.status, 401);
    assert.equal(after.body.error.message, 'Your console session has ended; sign in again');
    // The console asks who is signed in without an error to log: nobody, and the stale cookie goes.
    const who = await call(t.app, 'GET', '/v2/session', { headers: { cookie: s.cookie } });
    assert.deepEqual(who.body, { success: true, data: null });
    assert.match(String(who.headers['set-cookie']), /^porting_session=; Max-Age=0/);
    assert.deepEqual((await call(t.app, 'GET', '/v2/session')).body, { success: true, data: null });
    assert.equal((await call(t.app, 'GET', '/v2/session', { key: 'ptk_wrong' })).status, 401, 'a wrong key is still wrong');
    const byKey = await call(t.app, 'GET', '/v2/session', { key: t.alice.key });
    assert.deepEqual(byKey.body.data, { account_id: t.alice.accountId, account_name: 'alice', admin: false, csrf_token: null, expires_at: null });
  });

  it('revoking the key ends its sessions', async () => {
    const issued = await t.services.accounts.createKey(t.bob.accountId);
    const s = await signIn(issued.api_key);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { headers: { cookie: s.cookie } })).status, 200);
    await t.services.accounts.revokeKey(issued.key_id);
    assert.equal((await call(t.app, 'GET', '/v2/ports', { headers: { cookie: s.cookie } })).status, 401);
  });

  it('a session unused for 12 hours (real time) has ended; use keeps it open', async () => {
    const clock = new FakeClock('2026-11-16T15:00:00.000Z');
    const sessions = new SessionService(t.database, clock);
    const principal = { accountId: t.alice.accountId, accountName: 'alice', isAdmin: false, keyId: (await t.database.db.selectFrom('api_keys').select('id').where('account_id', '=', t.alice.accountId).executeTakeFirstOrThrow()).id };
    const { token, session } = await sessions.open(principal);
    assert.equal(session.expiresAt, '2026-11-17T03:00:00.000Z');
    clock.advance(11 * 3600_000);
    assert.equal((await sessions.resolve(token))?.expiresAt, '2026-11-17T14:00:00.000Z', 'used after 11 h: open, 12 h more');
    clock.advance(12 * 3600_000 - 1);
    assert.ok(await sessions.resolve(token));
    clock.advance(12 * 3600_000);
    assert.equal(await sessions.resolve(token), undefined);
    assert.equal(await sessions.resolve('not-a-token'), undefined);
  });

  it('under TLS the cookie is Secure too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'porting-tls-'));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const tls = await createTestApp({ env: { TLS_CERT: cert, TLS_KEY: key } });
    try {
      const res = await call(tls.app, 'POST', '/v2/session', { body: { api_key: tls.alice.key } });
      assert.equal(res.status, 201);
      assert.match(String(res.headers['set-cookie']), /; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      await tls.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the console’s pages', () => {
  let root: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'porting-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>porting</title><script type="module" src="/assets/index-AbC123.js"></script>');
    writeFileSync(join(root, 'assets', 'index-AbC123.js'), 'console.log(1)');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await buildApp(t.services, { consoleRoot: root });
  });
  after(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the app at / and at every client-side route, never cached stale, with the security headers', async () => {
    for (const url of ['/', '/sign-in', '/ports', '/ports/port_abc', '/ports/new', '/orders/ord_x', '/webhooks', '/desk', '/desk/ports/port_x', '/ports?status=failed']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.body, /<title>porting<\/title>/);
      assert.equal(res.headers['cache-control'], 'no-cache', url);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.doesNotMatch(csp, /upgrade-insecure-requests/, 'plain HTTP: no upgrade');
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['strict-transport-security'], undefined);
    }
  });

  it('hashed assets are cached for a year; other files revalidate', async () => {
    const js = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    assert.equal(js.statusCode, 200);
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(String(js.headers['content-type']), /javascript/);
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    assert.equal(icon.headers['cache-control'], 'no-cache');
    const index = await app.inject({ method: 'GET', url: '/index.html' });
    assert.equal(index.headers['cache-control'], 'no-cache');
  });

  it('everything else keeps the API’s answers: JSON 404 under /v2 and elsewhere, 405 on a page with another method', async () => {
    for (const url of ['/v2/nothing', '/v2/ports/', '/nothing', '/assets/missing.js']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(JSON.parse(res.body).error.code, 'not_found');
      assert.equal(res.headers['content-security-policy'], undefined, 'the API keeps its own headers');
    }
    const post = await app.inject({ method: 'POST', url: '/ports' });
    assert.equal(post.statusCode, 405);
    const api = await app.inject({ method: 'GET', url: '/v2/ports', headers: { 'x-auth-token': t.alice.key } });
    assert.equal(api.statusCode, 200);
    assert.equal(api.headers['cache-control'], 'no-store');
  });

  it('without a build, the pages say how to build it (JSON 404)', async () => {
    const bare = await buildApp(t.services, { consoleRoot: null });
    try {
      const res = await bare.inject({ method: 'GET', url: '/' });
      assert.equal(res.statusCode, 404);
      assert.match(JSON.parse(res.body).error.message, /npm run build:web/);
    } finally {
      await bare.close();
    }
  });
});

describe('what the console reads: port counts and search by reference', () => {
  it('counts the caller’s ports by status; the desk counts every account’s or one account’s', async () => {
    const app = await createTestApp();
    try {
      for (const n of ['+14155550180', '+14155550181']) assert.equal((await call(app.app, 'POST', '/v2/ports', { key: app.alice.key, body: { ...VALID_PORT, number: n } })).status, 201);
      const bobs = await call(app.app, 'POST', '/v2/ports', { key: app.bob.key, body: { ...VALID_PORT, number: '+14155550182' } });
      await call(app.app, 'POST', `/v2/ports/${bobs.body.data.id}/cancel`, { key: app.bob.key });
      const zero = { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 };
      assert.deepEqual((await call(app.app, 'GET', '/v2/port_counts', { key: app.alice.key })).body, { success: true, data: { ...zero, pending: 2 } });
      assert.deepEqual((await call(app.app, 'GET', '/v2/port_counts', { key: app.bob.key })).body.data, { ...zero, cancelled: 1 });
      assert.deepEqual((await call(app.app, 'GET', '/v2/admin/port_counts', { key: app.admin.key })).body.data, { ...zero, pending: 2, cancelled: 1 });
      assert.deepEqual((await call(app.app, 'GET', `/v2/admin/port_counts?account_id=${app.bob.accountId}`, { key: app.admin.key })).body.data, { ...zero, cancelled: 1 });
      assert.equal((await call(app.app, 'GET', '/v2/admin/port_counts', { key: app.alice.key })).status, 403);
    } finally {
      await app.close();
    }
  });

  it('finds ports by exact customer reference, the caller’s only', async () => {
    const app = await createTestApp();
    try {
      const mine = await call(app.app, 'POST', '/v2/ports', { key: app.alice.key, body: { ...VALID_PORT, number: '+14155550183', customer_reference: 'crm-9' } });
      await call(app.app, 'POST', '/v2/ports', { key: app.alice.key, body: { ...VALID_PORT, number: '+14155550184', customer_reference: 'crm-90' } });
      await call(app.app, 'POST', '/v2/ports', { key: app.bob.key, body: { ...VALID_PORT, number: '+14155550185', customer_reference: 'crm-9' } });
      const found = await call(app.app, 'GET', '/v2/ports?customer_reference=crm-9', { key: app.alice.key });
      assert.deepEqual(found.body.data.map((p: { id: string }) => p.id), [mine.body.data.id]);
      assert.equal(found.body.pagination.total, 1);
      const desk = await call(app.app, 'GET', '/v2/admin/ports?customer_reference=crm-9', { key: app.admin.key });
      assert.equal(desk.body.data.length, 2);
      assert.equal((await call(app.app, 'GET', '/v2/ports?customer_reference=', { key: app.alice.key })).status, 400);
    } finally {
      await app.close();
    }
  });
});
