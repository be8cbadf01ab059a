import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const dir = mkdtempSync(join(tmpdir(), 'porting-config-'));
    writeFileSync(join(dir, 'c.pem'), 'CERT');
    writeFileSync(join(dir, 'k.pem'), 'KEY');
    writeFileSync(join(dir, 'records.json'), '{"records":[{"number":"+13125550199","pin":"1"}]}');
    const c = loadConfig({
      PORT: '9000',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://u@localhost:5432/db',
      DB_POOL_SIZE: '4',
      SECRET_KEY: 'x'.repeat(32),
      TLS_CERT: join(dir, 'c.pem'),
      TLS_KEY: join(dir, 'k.pem'),
      CARRIER_MODE: 'manual',
      CARRIER_RECORDS: join(dir, 'records.json'),
      MAX_CONNECTIONS: '50',
      REQUEST_TIMEOUT_MS: '2000',
      KEEP_ALIVE_TIMEOUT_MS: '1000',
      TIME_SCALE: '100000',
      SUPPORTED_REGIONS: 'us, gb',
      LOG_LEVEL: 'warn',
    });
    assert.deepEqual(c.database, { kind: 'postgres', url: 'postgres://u@localhost:5432/db', poolSize: 4 });
    assert.deepEqual(c.tls, { cert: Buffer.from('CERT'), key: Buffer.from('KEY') });
    assert.deepEqual([...c.carrierFile.records.keys()], ['+13125550199']);
    assert.deepEqual(c.http, { maxConnections: 50, requestTimeoutMs: 2000, keepAliveTimeoutMs: 1000 });
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
      { SUPPORTED_REGIONS: 'US,XX' }, // two letters, but no such numbering plan
      { TLS_CERT: '/nonexistent/c.pem', TLS_KEY: '/nonexistent/k.pem' }, // unreadable
      { CARRIER_RECORDS: '/nonexistent/records.json' },
      { CARRIER_RECORDS: 'package.json' }, // readable, but not a records file
      { MAX_CONNECTIONS: '0' },
      { REQUEST_TIMEOUT_MS: 'soon' },
      { LOG_LEVEL: 'loud' },
      { CALENDAR_TZ: 'Mars/Olympus' },
    ];
    for (const env of bad) {
      const first = Object.keys(env)[0]!;
      const name = env['DATABASE_URL']?.startsWith('postgres') ? 'SECRET_KEY' : first === 'TLS_CERT' && !env['TLS_KEY'] ? 'TLS_KEY' : first;
      assert.throws(() => loadConfig(env), (e: Error) => e instanceof ConfigError && e.message.startsWith(`Invalid configuration: ${name} `), JSON.stringify(env));
    }
  });
});
