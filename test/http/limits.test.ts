/**
 * Limits and abuse (contract/operations.md): RATE_LIMIT per API key (off unless set), and the
 * always-on throttle of failed authentications per address.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createFailureThrottle } from '../../src/http/plugins/auth.ts';
import { call, createTestApp, type TestApp } from '../helpers/app.ts';

describe('RATE_LIMIT', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { RATE_LIMIT: '3/min' } });
  });
  after(() => t.close());

  it('allows the limit per API key, then answers 429 rate_limited with Retry-After and RateLimit-* headers', async () => {
    for (const remaining of ['2', '1', '0']) {
      const res = await call(t.app, 'GET', '/v2/ports', { key: t.alice.key });
      assert.equal(res.status, 200);
      assert.equal(res.headers['ratelimit-limit'], '3');
      assert.equal(res.headers['ratelimit-remaining'], remaining);
      assert.ok(Number(res.headers['ratelimit-reset']) > 0 && Number(res.headers['ratelimit-reset']) <= 60);
    }
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: {} });
    assert.equal(res.status, 429);
    assert.deepEqual(Object.keys(res.body.error), ['code', 'message']);
    assert.equal(res.body.success, false);
    assert.equal(res.body.error.code, 'rate_limited');
    // "1 minute" unless the window is more than a second old already (a slow machine).
    assert.match(res.body.error.message, /^Rate limit of 3\/min per API key exceeded; retry in (1 minute|[1-5]?[0-9] seconds?)$/);
    assert.equal(res.headers['ratelimit-limit'], '3');
    assert.equal(res.headers['ratelimit-remaining'], '0');
    const retryAfter = Number(res.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 60, String(retryAfter));
    assert.equal(res.headers['ratelimit-reset'], res.headers['retry-after']);
    assert.ok(res.headers['x-request-id']);
    assert.ok(!res.raw.includes(t.alice.key));

    // Another key, of another account or of the same one, has its own budget.
    assert.equal((await call(t.app, 'GET', '/v2/ports', { key: t.bob.key })).status, 200);
    const second = await t.services.accounts.createKey(t.alice.accountId);
    const other = await call(t.app, 'GET', '/v2/ports', { key: second.api_key });
    assert.equal(other.status, 200);
    assert.equal(other.headers['ratelimit-remaining'], '2');

    // What needs no key is not limited: the document, health.
    for (let i = 0; i < 5; i++) {
      assert.equal((await call(t.app, 'GET', '/v2/openapi.json')).status, 200);
      assert.equal((await call(t.app, 'GET', '/health/live')).status, 200);
    }
  });

  it('lets the key in again when its window has passed', async () => {
    const s = await createTestApp({ env: { RATE_LIMIT: '2/s' } });
    try {
      assert.equal((await call(s.app, 'GET', '/v2/ports', { key: s.alice.key })).status, 200);
      assert.equal((await call(s.app, 'GET', '/v2/ports', { key: s.alice.key })).status, 200);
      const limited = await call(s.app, 'GET', '/v2/ports', { key: s.alice.key });
      assert.equal(limited.status, 429);
      assert.equal(limited.headers['retry-after'], '1');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal((await call(s.app, 'GET', '/v2/ports', { key: s.alice.key })).status, 200);
    } finally {
      await s.close();
    }
  });

  it('is off unless set: no limit and no RateLimit headers', async () => {
    const s = await createTestApp();
    try {
      for (let i = 0; i < 30; i++) {
        const res = await call(s.app, 'GET', '/v2/ports', { key: s.alice.key });
        assert.equal(res.status, 200);
        assert.equal(res.headers['ratelimit-limit'], undefined);
      }
    } finally {
      await s.close();
    }
  });
});

describe('failed authentications are throttled per address', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const get = (remoteAddress: string, key?: string) =>
    t.app.inject({ method: 'GET', url: '/v2/ports', remoteAddress, headers: key === undefined ? {} : { 'x-auth-token': key } });

  it('20 failures a minute are 401; then 429 rate_limited with Retry-After, even for a correct key; other addresses are unaffected', async (ctx) => {
    ctx.mock.timers.enable({ apis: ['Date'], now: Date.now() });
    const attacker = '203.0.113.5';
    for (let i = 0; i < 20; i++) {
      const res = await get(attacker, i % 3 === 0 ? undefined : `ptk_guess${i}`);
      assert.equal(res.statusCode, 401, `attempt ${i + 1}`);
      assert.equal(res.json().error.code, 'unauthorized');
    }
    ctx.mock.timers.tick(15_000);
    for (const key of ['ptk_guess21', t.alice.key]) {
      const res = await get(attacker, key);
      assert.equal(res.statusCode, 429);
      assert.deepEqual(res.json(), { success: false, error: { code: 'rate_limited', message: 'Too many failed authentications from your address; retry in 45 s' } });
      assert.equal(res.headers['retry-after'], '45');
      assert.ok(res.headers['x-request-id']);
    }
    // The answer is what the document says a 429 is.
    const documented = await call(t.app, 'GET', '/v2/ports', { key: t.alice.key, headers: {} });
    assert.equal(documented.status, 200); // inject's default address (127.0.0.1) is another one

    assert.equal((await get('203.0.113.6', t.alice.key)).statusCode, 200);
    assert.equal((await get('203.0.113.6', 'ptk_wrong')).statusCode, 401);

    // Until the minute (from the first failure) has passed.
    ctx.mock.timers.tick(44_000);
    assert.equal((await get(attacker, t.alice.key)).statusCode, 429);
    ctx.mock.timers.tick(1_000);
    assert.equal((await get(attacker, t.alice.key)).statusCode, 200);
    assert.equal((await get(attacker, 'ptk_wrong')).statusCode, 401);
  });

  it('an IPv6 host is one address per /64 network', async () => {
    for (let i = 0; i < 20; i++) assert.equal((await get(`2001:db8:1:2::${(i + 1).toString(16)}`, 'ptk_nope')).statusCode, 401);
    assert.equal((await get('2001:db8:1:2:ffff::1', t.alice.key)).statusCode, 429);
    assert.equal((await get('2001:db8:1:3::1', t.alice.key)).statusCode, 200);
  });

  it('a 429 from the throttle is in the error envelope as documented', async () => {
    const s = await createTestApp();
    try {
      for (let i = 0; i < 20; i++) assert.equal((await call(s.app, 'GET', '/v2/ports', { key: 'ptk_bad' })).status, 401);
      const res = await call(s.app, 'GET', '/v2/ports', { key: s.alice.key });
      assert.equal(res.status, 429);
      assert.equal(res.body.error.code, 'rate_limited');
      assert.match(res.headers['retry-after'] as string, /^[1-9][0-9]?$/);
    } finally {
      await s.close();
    }
  });
});

describe('the failure throttle', () => {
  it('keeps at most maxAddresses addresses, whatever is sent', () => {
    let now = 0;
    const throttle = createFailureThrottle({ maxAddresses: 100, now: () => now });
    for (let i = 0; i < 10_000; i++) throttle.failed(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    assert.equal(throttle.size, 100);
    // The newest are kept; the oldest were dropped.
    for (let f = 0; f < 20; f++) throttle.failed('10.0.39.15'); // the 10,000th address
    assert.ok(throttle.refusal('10.0.39.15'));
    assert.equal(throttle.refusal('10.0.0.0'), null);
    // Expired windows leave as new ones come.
    now += 60_000;
    throttle.failed('192.0.2.1');
    assert.equal(throttle.size, 1);
  });

  it('refuses after `limit` failures until the window that opened with the first one ends', () => {
    let now = 1_000_000;
    const throttle = createFailureThrottle({ limit: 3, windowMs: 10_000, now: () => now });
    assert.equal(throttle.refusal('192.0.2.9'), null);
    throttle.failed('192.0.2.9');
    now += 4_000;
    throttle.failed('192.0.2.9');
    assert.equal(throttle.refusal('192.0.2.9'), null);
    throttle.failed('192.0.2.9');
    const refused = throttle.refusal('192.0.2.9');
    assert.equal(refused?.retryAfter, 6);
    assert.equal(refused?.error.code, 'rate_limited');
    now += 5_999;
    assert.equal(throttle.refusal('192.0.2.9')?.retryAfter, 1);
    now += 1;
    assert.equal(throttle.refusal('192.0.2.9'), null);
    throttle.failed('192.0.2.9'); // a new window
    assert.equal(throttle.refusal('192.0.2.9'), null);
  });
});
