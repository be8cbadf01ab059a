import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { decideAttempt, isPublicAddress, normalizeSubscription, parseWebhookUrl, RETRY_SCHEDULE_MS, retryAfterMs, signatureHeader } from '../../src/domain/webhooks.ts';

describe('webhook rules', () => {
  it('signs like the Standard Webhooks libraries: standardwebhooks verifies every signature, one per secret', () => {
    const a = 'whsec_' + Buffer.from('a'.repeat(24)).toString('base64');
    const b = 'whsec_' + Buffer.from('b'.repeat(24)).toString('base64');
    const body = '{"id":"evt_1","type":"webhook.test","created_at":"2026-11-16T15:00:00.000Z","data":{"webhook_id":"whk_1"}}';
    const ts = Math.floor(Date.now() / 1000);
    const header = signatureHeader([a, b], 'evt_1', ts, body);
    assert.equal(header, `${new Webhook(a).sign('evt_1', new Date(ts * 1000), body)} ${new Webhook(b).sign('evt_1', new Date(ts * 1000), body)}`);
    for (const secret of [a, b]) new Webhook(secret).verify(body, { 'webhook-id': 'evt_1', 'webhook-timestamp': String(ts), 'webhook-signature': header });
    assert.throws(() => new Webhook(a).verify(body.replace('whk_1', 'whk_2'), { 'webhook-id': 'evt_1', 'webhook-timestamp': String(ts), 'webhook-signature': header }));
  });

  it('the retry schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, each ±10 %, then failed', () => {
    assert.deepEqual(RETRY_SCHEDULE_MS, [5e3, 3e5, 18e5, 72e5, 18e6, 36e6, 504e5, 72e6, 864e5]);
    const now = Date.parse('2026-11-16T15:00:00Z');
    for (const [i, planned] of RETRY_SCHEDULE_MS.entries()) {
      const low = decideAttempt({ status: 500 }, i + 1, 0, now);
      const high = decideAttempt({ error: 'timeout' }, i + 1, 0.999999, now);
      const mid = decideAttempt({ status: 502 }, i + 1, 0.5, now);
      assert.deepEqual(low, { kind: 'retry', delayMs: Math.round(planned * 0.9) });
      assert.deepEqual(mid, { kind: 'retry', delayMs: planned });
      assert.ok(high.kind === 'retry' && high.delayMs <= planned * 1.1 && high.delayMs > planned * 1.09);
    }
    assert.deepEqual(decideAttempt({ status: 500 }, 10, 0.5, now), { kind: 'failed' });
    assert.deepEqual(decideAttempt({ status: 200 }, 1, 0.5, now), { kind: 'succeeded' });
    assert.deepEqual(decideAttempt({ status: 299 }, 10, 0.5, now), { kind: 'succeeded' });
    assert.deepEqual(decideAttempt({ status: 410 }, 1, 0.5, now), { kind: 'gone' });
    assert.deepEqual(decideAttempt({ status: 301 }, 1, 0.5, now), { kind: 'retry', delayMs: 5000 }, 'a redirect is not followed: a failure');
  });

  it('Retry-After on 429 and 503 wins when later, in seconds or as an HTTP date; elsewhere it is ignored', () => {
    const now = Date.parse('2026-11-16T15:00:00Z');
    assert.deepEqual(decideAttempt({ status: 429, retryAfter: '120' }, 1, 0.5, now), { kind: 'retry', delayMs: 120_000 });
    assert.deepEqual(decideAttempt({ status: 503, retryAfter: 'Mon, 16 Nov 2026 16:00:00 GMT' }, 1, 0.5, now), { kind: 'retry', delayMs: 3_600_000 });
    assert.deepEqual(decideAttempt({ status: 429, retryAfter: '1' }, 3, 0.5, now), { kind: 'retry', delayMs: 1_800_000 }, 'an earlier one does not shorten the schedule');
    assert.deepEqual(decideAttempt({ status: 500, retryAfter: '120' }, 1, 0.5, now), { kind: 'retry', delayMs: 5000 });
    assert.equal(retryAfterMs('soon', now), null);
    assert.equal(retryAfterMs(undefined, now), null);
  });

  it('public addresses only: loopback, private, link-local, shared, documentation, mapped and multicast are not', () => {
    for (const ok of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34']) assert.ok(isPublicAddress(ok), ok);
    for (const bad of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '192.0.2.1', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::10.0.0.1', 'not-an-ip']) {
      assert.equal(isPublicAddress(bad), false, bad);
    }
  });

  it('URLs: https to a public host; http and private addresses only when allowed', () => {
    assert.equal(parseWebhookUrl('https://hooks.example.com/p?x=1', false).host, 'hooks.example.com');
    assert.equal(parseWebhookUrl('https://93.184.216.34/p', false).literal, '93.184.216.34');
    assert.equal(parseWebhookUrl('http://127.0.0.1:9000/p', true).literal, '127.0.0.1');
    assert.throws(() => parseWebhookUrl('http://hooks.example.com/p', false), /https/);
    assert.throws(() => parseWebhookUrl('ftp://hooks.example.com/p', true), /http/);
    assert.throws(() => parseWebhookUrl('https://hooks.example.com/p#frag', false), /fragment/);
    assert.throws(() => parseWebhookUrl('https://intranet/p', false), /public host/);
  });

  it('subscriptions: known types or *, normalised', () => {
    assert.deepEqual(normalizeSubscription(undefined), ['*']);
    assert.deepEqual(normalizeSubscription(['port.created', '*']), ['*']);
    assert.deepEqual(normalizeSubscription(['port.created', 'port.created', 'port.updated']), ['port.created', 'port.updated']);
    assert.throws(() => normalizeSubscription(['webhook.test']), /events\[0\]/);
  });
});
