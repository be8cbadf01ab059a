/** What the composition root checks at start-up: the service clock, the secret key, file permissions. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServices, type Services } from '../../src/app.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { VALID_PORT } from '../helpers/app.ts';
import { freshDatabase, onPostgres, type TestDatabase } from '../helpers/db.ts';

const principalOf = async (s: Services) => {
  const k = await s.accounts.createAccount(`acct-${Math.random()}`, false);
  return { accountId: k.account_id, accountName: 'a', isAdmin: false, keyId: k.key_id };
};

describe('start-up checks', () => {
  let dir: string;
  let db: TestDatabase;
  const env = (extra: Record<string, string> = {}) => loadConfig({ DATABASE_URL: db.url, WORKER: 'off', LOG_LEVEL: 'silent', ...db.env, ...extra });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-startup-'));
    db = await freshDatabase(join(dir, 'data'));
  });
  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the service clock never runs backwards: a database sped up by TIME_SCALE continues from where its clock stood', async () => {
    const fast = await createServices(env({ TIME_SCALE: '100000' }));
    const alice = await principalOf(fast);
    const demo = await fast.ports.submit(alice, { ...VALID_PORT, number: '+14155559001' });
    await new Promise((r) => setTimeout(r, 100)); // ~3 simulated hours
    const fastNow = fast.clock.now().getTime();
    await fast.close();
    assert.ok(fastNow > Date.now() + 60 * 60 * 1000, 'the demo clock ran ahead');

    const real = await createServices(env({ TIME_SCALE: '1' }));
    try {
      assert.ok(real.clockAheadMs > 60 * 60 * 1000, `ahead by ${real.clockAheadMs} ms`);
      assert.ok(real.clock.now().getTime() >= fastNow, 'continues from where the clock stood');
      const later = await real.ports.submit(alice, { ...VALID_PORT, number: '+14155559002' });
      assert.ok(later.port.created_at > demo.port.created_at, `${later.port.created_at} after ${demo.port.created_at}`);
      const t1 = real.clock.now().getTime();
      await new Promise((r) => setTimeout(r, 20));
      const step = real.clock.now().getTime() - t1;
      assert.ok(step >= 15 && step < 1000, `runs at real speed now (${step} ms in 20 ms)`);
    } finally {
      await real.close();
    }

    // Sped up again: continues from there too, never back to real time.
    const again = await createServices(env({ TIME_SCALE: '50000' }));
    try {
      assert.ok(again.clock.now().getTime() >= fastNow);
    } finally {
      await again.close();
    }
  });

  it('a SECRET_KEY that does not match the database refuses start-up, naming SECRET_KEY', async () => {
    const other = await freshDatabase(join(dir, 'keyed'));
    try {
      const cfg = (key?: string) => loadConfig({ DATABASE_URL: other.url, WORKER: 'off', LOG_LEVEL: 'silent', ...other.env, ...(key ? { SECRET_KEY: key } : {}) });
      const first = await createServices(cfg());
      const p = await principalOf(first);
      await first.ports.submit(p, { ...VALID_PORT, number: '+14155559003', account_pin: '1234' });
      await first.close();
      const wrong = 'a-different-secret-key-with-enough-characters';
      await assert.rejects(createServices(cfg(wrong)), (e: Error) => e instanceof ConfigError && /^Invalid configuration: SECRET_KEY does not match the key this database was written with \(the key in use comes from SECRET_KEY\)/.test(e.message));
      if (!onPostgres) {
        // A lost secret.key file: a new one would be generated, and it does not match either.
        unlinkSync(join(dir, 'keyed', 'secret.key'));
        await assert.rejects(createServices(cfg()), (e: Error) => e instanceof ConfigError && e.message.includes(join(dir, 'keyed', 'secret.key')));
      }
    } finally {
      await other.drop();
    }
  });

  it('the SQLite database, its WAL and shared-memory files and the secret key are owner-only, in an owner-only folder', { skip: onPostgres && 'SQLite files only' }, async () => {
    const folder = join(dir, 'private', 'db');
    const s = await createServices(loadConfig({ DATABASE_URL: `sqlite:${join(folder, 'porting.db')}`, WORKER: 'off', LOG_LEVEL: 'silent' }));
    try {
      await s.ports.submit(await principalOf(s), { ...VALID_PORT, number: '+14155559004' });
      const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
      assert.equal(mode(folder), '700');
      for (const f of ['porting.db', 'porting.db-wal', 'porting.db-shm', 'secret.key']) assert.equal(mode(join(folder, f)), '600', f);
    } finally {
      await s.close();
    }
  });
});
