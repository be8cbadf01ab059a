/**
 * Property: whatever a client sends (bodies, headers, query strings, paths), the service answers
 * below 500, in the envelope, with a request id.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';

const hostileString = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '${7*7}', '+1' + '9'.repeat(400), '\ud800', '𝓐'.repeat(100), '__proto__', 'constructor', 'NaN', '-1', '1e309'),
);

/** encodeURIComponent, but a lone surrogate becomes its raw percent-encoded UTF-8 bytes instead of throwing. */
const enc = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s)].map((b) => '%' + b.toString(16).padStart(2, '0')).join('');
  }
};

const anyValue: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }));

/** A valid body with some fields replaced or removed, or extra ones added. */
const mutatedPort = fc
  .record({
    replace: fc.dictionary(fc.constantFrom(...Object.keys(VALID_PORT), 'account_pin', 'customer_reference', 'end_user_address'), anyValue, { maxKeys: 3 }),
    drop: fc.subarray(Object.keys(VALID_PORT), { maxLength: 2 }),
    extra: fc.dictionary(hostileString, anyValue, { maxKeys: 2 }),
  })
  .map(({ replace, drop, extra }) => {
    const body: Record<string, unknown> = { ...VALID_PORT, ...replace, ...extra };
    for (const k of drop) delete body[k];
    return JSON.stringify(body);
  });

const deskMove = fc
  .record({ status: fc.oneof(fc.constantFrom('pending', 'authorized', 'in_progress', 'completed', 'failed', 'cancelled'), hostileString), foc_date: fc.oneof(hostileString, fc.constantFrom('2026-12-01', '2026-02-30')), rejection_code: fc.oneof(hostileString, fc.constant('OTHER')), message: hostileString, reason: hostileString }, { requiredKeys: [] })
  .map((b) => JSON.stringify(b));

const body = fc.oneof(mutatedPort, deskMove, fc.json({ maxDepth: 4 }), hostileString, fc.constantFrom('{', '[', '{"a":1}}', '\u0000\u0001', '{"__proto__":{"x":1}}'));

const path = fc.oneof(
  fc.constantFrom('/v2/ports', '/v2/ports/', '/v2/openapi.json', '/docs', '/', '/v2', '/v2/admin/ports'),
  hostileString.map((s) => `/v2/ports/${enc(s)}`),
  hostileString.map((s) => `/v2/ports/${enc(s)}/events`),
  hostileString.map((s) => `/v2/ports/${enc(s)}/cancel`),
  hostileString.map((s) => `/v2/admin/ports/${enc(s)}/transition`),
  fc.constantFrom('/v2/ports/PORT', '/v2/ports/PORT/cancel', '/v2/admin/ports/PORT/transition', '/v2/admin/ports/PORT'),
  fc.constantFrom('/v2/ports/%', '/v2/ports/%zz', '/v2/ports/%E0%A4%A', '//v2//ports', '/v2/ports/..%2f..%2f'),
);

const query = fc.oneof(
  fc.constant(''),
  fc.dictionary(fc.constantFrom('status', 'limit', 'offset', 'number', 'x'), fc.oneof(hostileString, fc.integer().map(String)), { maxKeys: 4 }).map(
    (q) => '?' + Object.entries(q).map(([k, v]) => `${k}=${enc(v)}`).join('&'),
  ),
  fc.constantFrom('?limit=1&limit=2', '?status[]=pending', '?%', '?limit=%ZZ', '?' + 'a=1&'.repeat(500)),
);

const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);

describe('hostile input never gets a 5xx', () => {
  let t: TestApp;
  let portId = '';
  before(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'silent' } });
    const res = await t.app.inject({ method: 'POST', url: '/v2/ports', headers: { 'x-auth-token': t.alice.key, 'content-type': 'application/json' }, payload: JSON.stringify({ ...VALID_PORT, number: '+14155559999' }) });
    portId = JSON.parse(res.body).data.id;
  });
  after(() => t.close());

  it('random methods, paths, queries, headers and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD'),
        path,
        query,
        body,
        fc.record(
          {
            'content-type': fc.oneof(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', ''), headerValue),
            'x-auth-token': fc.oneof(fc.constant('VALID'), fc.constant('ADMIN'), headerValue),
            'idempotency-key': headerValue,
            'x-request-id': headerValue,
          },
          { requiredKeys: [] },
        ),
        async (method, p, q, payload, headers) => {
          const h: Record<string, string> = { ...headers };
          if (h['x-auth-token'] === 'VALID') h['x-auth-token'] = t.alice.key;
          if (h['x-auth-token'] === 'ADMIN') h['x-auth-token'] = t.admin.key;
          const res = await t.app.inject({ method: method as 'GET', url: p.replace('PORT', portId) + q, headers: h, ...(method === 'GET' || method === 'HEAD' ? {} : { payload }) });
          assert.ok(res.statusCode < 500, `${method} ${p}${q} -> ${res.statusCode} ${res.body}`);
          assert.ok(res.headers['x-request-id'], 'no x-request-id');
          if (res.statusCode >= 400 && method !== 'HEAD') {
            const parsed = JSON.parse(res.body);
            assert.equal(parsed.success, false);
            assert.equal(typeof parsed.error.code, 'string');
            assert.equal(typeof parsed.error.message, 'string');
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
