/** The operations settings (contract/operations.md): RATE_LIMIT, METRICS_TOKEN, IDEMPOTENCY_TTL_HOURS. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('operations configuration', () => {
  it('defaults: no rate limit, open metrics, idempotency keys kept 24 hours', () => {
    const c = loadConfig({});
    assert.equal(c.rateLimit, null);
    assert.equal(c.metricsToken, null);
    assert.equal(c.idempotencyTtlHours, 24);
    assert.equal(loadConfig({ RATE_LIMIT: 'off' }).rateLimit, null);
  });

  it('reads RATE_LIMIT as requests per second, minute or hour', () => {
    const cases: [string, { max: number; windowMs: number; text: string }][] = [
      ['50/s', { max: 50, windowMs: 1000, text: '50/s' }],
      ['600/min', { max: 600, windowMs: 60_000, text: '600/min' }],
      ['600 / minute', { max: 600, windowMs: 60_000, text: '600/minute' }],
      ['10000/h', { max: 10000, windowMs: 3_600_000, text: '10000/h' }],
      ['1/SEC', { max: 1, windowMs: 1000, text: '1/sec' }],
    ];
    for (const [raw, expected] of cases) assert.deepEqual(loadConfig({ RATE_LIMIT: raw }).rateLimit, expected, raw);
  });

  it('reads METRICS_TOKEN and IDEMPOTENCY_TTL_HOURS', () => {
    const c = loadConfig({ METRICS_TOKEN: 'a-long-enough-token-1234', IDEMPOTENCY_TTL_HOURS: '48' });
    assert.equal(c.metricsToken, 'a-long-enough-token-1234');
    assert.equal(c.idempotencyTtlHours, 48);
  });

  it('names the variable when a value is bad', () => {
    const bad: [Record<string, string>, string][] = [
      [{ RATE_LIMIT: '50' }, 'RATE_LIMIT must be requests per window such as 50/s, 600/min or 10000/h, got "50"'],
      [{ RATE_LIMIT: '50/day' }, 'RATE_LIMIT must be requests per window such as 50/s, 600/min or 10000/h, got "50/day"'],
      [{ RATE_LIMIT: '-5/s' }, 'RATE_LIMIT must be requests per window such as 50/s, 600/min or 10000/h, got "-5/s"'],
      [{ RATE_LIMIT: '1.5/s' }, 'RATE_LIMIT must be requests per window such as 50/s, 600/min or 10000/h, got "1.5/s"'],
      [{ RATE_LIMIT: '0/s' }, 'RATE_LIMIT must allow at least 1 request per window, got "0/s"'],
      [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters long'],
      [{ METRICS_TOKEN: 'has spaces in the token' }, 'METRICS_TOKEN must be printable ASCII without spaces'],
      [{ IDEMPOTENCY_TTL_HOURS: '0' }, 'IDEMPOTENCY_TTL_HOURS must be between 1 and 8760, got 0'],
      [{ IDEMPOTENCY_TTL_HOURS: '1.5' }, 'IDEMPOTENCY_TTL_HOURS must be a whole number, got "1.5"'],
    ];
    for (const [env, message] of bad) {
      assert.throws(
        () => loadConfig(env),
        (e: Error) => e instanceof ConfigError && e.message === `Invalid configuration: ${message}`,
        JSON.stringify(env),
      );
    }
  });

  it('never puts the metrics token in an error message', () => {
    assert.throws(
      () => loadConfig({ METRICS_TOKEN: 'secret\u0001token-0123456789' }),
      (e: Error) => e instanceof ConfigError && !e.message.includes('secret'),
    );
  });
});
