import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8443);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.database.kind, 'sqlite');
    assert.ok(c.database.kind === 'sqlite' && c.database.filename.endsWith('/data/porting.db'));
    assert.equal(c.carrierMode, 'simulator');
    assert.equal(c.timeScale, 1);
    assert.equal(c.secretKey, null);
    assert.equal(c.logLevel, 'info');
    assert.deepEqual(c.supportedRegions, ['US', 'CA']);
    assert.equal(c.calendarTimeZone, 'America/New_York');
    assert.equal(c.tls, null);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://u@localhost:5432/db',
      DB_POOL_SIZE: '4',
      SECRET_KEY: 'x'.repeat(32),
      TLS_CERT: '/c.pem',
      TLS_KEY: '/k.pem',
      CARRIER_MODE: 'manual',
      TIME_SCALE: '100000',
      SUPPORTED_REGIONS: 'us, gb',
      LOG_LEVEL: 'warn',
    });
    assert.deepEqual(c.database, { kind: 'postgres', url: 'postgres://u@localhost:5432/db', poolSize: 4 });
    assert.deepEqual(c.tls, { cert: '/c.pem', key: '/k.pem' });
    assert.equal(c.carrierMode, 'manual');
    assert.equal(c.timeScale, 100000);
    assert.deepEqual(c.supportedRegions, ['US', 'GB']);
  });

  it('names the variable when a value is bad', () => {
    const bad: Record<string, string>[] = [
      { PORT: '70000' },
      { PORT: 'abc' },
      { DATABASE_URL: 'mysql://x' },
      { DATABASE_URL: 'sqlite:' },
      { SECRET_KEY: 'short' },
      { DATABASE_URL: 'postgres://u@h/db' }, // PostgreSQL needs SECRET_KEY
      { TLS_CERT: '/c.pem' }, // names the missing partner, TLS_KEY
      { CARRIER_MODE: 'auto' },
      { TIME_SCALE: '-5' },
      { SUPPORTED_REGIONS: 'USA' },
      { LOG_LEVEL: 'loud' },
      { CALENDAR_TZ: 'Mars/Olympus' },
    ];
    for (const env of bad) {
      const first = Object.keys(env)[0]!;
      const name = env['DATABASE_URL']?.startsWith('postgres') ? 'SECRET_KEY' : first === 'TLS_CERT' ? 'TLS_KEY' : first;
      assert.throws(() => loadConfig(env), (e: Error) => e instanceof ConfigError && e.message.startsWith(`Invalid configuration: ${name} `), JSON.stringify(env));
    }
  });
});
