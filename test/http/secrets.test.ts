import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createSecrets } from '../../src/store/secrets.ts';
import { call, createTestApp, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { onPostgres, TEST_SECRET_KEY } from '../helpers/db.ts';

const PIN = 'PIN-93417-SECRET';

describe('secrets stay secret', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ file: true, env: { LOG_LEVEL: 'trace' } })));
  after(() => t.close());

  it('neither the PIN nor an API key appears in clear in the database files or the logs', async () => {
    const ok = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, account_pin: PIN }, headers: { 'idempotency-key': 'k1' } });
    assert.equal(ok.status, 201);
    assert.ok(!ok.raw.includes(PIN));
    // Failures that echo the body's neighbourhood: validation, conflicts, bad JSON, auth.
    await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, account_pin: PIN, number: 'bad' } });
    await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, account_pin: PIN } });
    await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: `{"account_pin":"${PIN}",` });
    await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, account_pin: PIN, extra: 1 } });
    await call(t.app, 'GET', '/v2/ports', { key: `${t.alice.key}x` });
    const got = await call(t.app, 'GET', `/v2/ports/${ok.body.data.id}`, { key: t.alice.key });
    assert.ok(!got.raw.includes(PIN) && !('account_pin' in got.body.data));

    const logs = t.logs.join('');
    assert.ok(logs.length > 0);
    for (const secret of [PIN, t.alice.key, t.bob.key, t.admin.key]) {
      assert.ok(!logs.includes(secret), `secret found in logs`);
    }
    await t.database.db.selectFrom('ports').select('id').execute(); // make sure everything is written
    // What an attacker with the storage would read: the SQLite files, or a pg_dump of the schema.
    const dumps: [string, Buffer][] = onPostgres
      ? [['pg_dump', execFileSync('pg_dump', ['--dbname', process.env['TEST_DATABASE_URL']!, '--schema', t.testDb.schema!, '--data-only'])]]
      : readdirSync(t.dir)
          .filter((f) => f.startsWith('porting.db'))
          .map((f) => [f, readFileSync(join(t.dir, f))]);
    assert.ok(dumps.some(([, bytes]) => bytes.includes(ok.body.data.id)), 'the port is in the dump');
    for (const [name, bytes] of dumps) {
      for (const secret of [PIN, t.alice.key, t.admin.key]) {
        assert.equal(bytes.indexOf(secret), -1, `secret found in ${name}`);
        assert.equal(bytes.indexOf(Buffer.from(secret, 'utf16le')), -1, `secret found in ${name} (utf16)`);
      }
    }
  });

  it('the stored PIN decrypts with the secret key, only for its own port', async () => {
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155557001', account_pin: PIN } });
    assert.equal(sub.status, 201);
    const secretKey = onPostgres ? TEST_SECRET_KEY : readFileSync(join(t.dir, 'secret.key'), 'utf8').trim();
    const row = await t.database.db.selectFrom('ports').select(['id', 'account_pin_enc']).where('id', '=', sub.body.data.id).executeTakeFirstOrThrow();
    assert.ok(row.account_pin_enc?.startsWith('v1.'));
    const secrets = createSecrets(secretKey);
    assert.equal(secrets.openPin(row.account_pin_enc!, row.id), PIN);
    assert.throws(() => secrets.openPin(row.account_pin_enc!, 'port_other'));
    assert.throws(() => createSecrets('another-secret-key-of-32-characters!!').openPin(row.account_pin_enc!, row.id));
  });
});
