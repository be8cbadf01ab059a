import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VALID_PORT } from '../helpers/app.ts';
import { cli, startServer } from '../helpers/process.ts';
import { freshDatabase, onPostgres, type TestDatabase } from '../helpers/db.ts';

const KEY_LINE = /API key \(shown once, keep it safe\): (ptk_[A-Za-z0-9_-]+)/;

describe('the server process (npm start)', () => {
  let dir: string;
  let env: Record<string, string>;
  let db: TestDatabase;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'porting-proc-'));
    db = await freshDatabase(join(dir, 'data'));
    env = { DATABASE_URL: db.url, WORKER: 'off', ...db.env };
  });
  after(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the default admin key once on first start; the spec example works with it', async () => {
    const server = await startServer(env);
    try {
      const key = KEY_LINE.exec(server.output())?.[1];
      assert.ok(key, server.output());
      const res = await fetch(`${server.url}/v2/ports`, {
        method: 'POST',
        headers: { 'X-Auth-Token': key, 'Content-Type': 'application/json' },
        body: JSON.stringify(VALID_PORT),
      });
      assert.equal(res.status, 201);
      const body = (await res.json()) as { data: { id: string; status: string } };
      assert.equal(body.data.status, 'pending');
      const got = await fetch(`${server.url}/v2/ports/${body.data.id}`, { headers: { 'X-Auth-Token': key } });
      assert.equal(got.status, 200);
      assert.equal(await server.kill('SIGTERM'), 0);
    } finally {
      await server.kill('SIGKILL');
    }
    const again = await startServer(env);
    assert.doesNotMatch(again.output(), KEY_LINE);
    await again.kill();
    if (onPostgres) return; // PostgreSQL requires SECRET_KEY; nothing is generated
    // The secret key was generated once, beside the database, readable by the owner only.
    const secret = join(dir, 'data', 'secret.key');
    assert.ok(readFileSync(secret, 'utf8').trim().length >= 32);
    assert.equal(execFileSync('stat', ['-c', '%a', secret], { encoding: 'utf8' }).trim(), '600');
  });

  it('never loses a port acknowledged with 201, even when killed right after', async () => {
    const issued = cli(['accounts', 'create', '--name', 'acme'], env);
    assert.equal(issued.status, 0, issued.stderr);
    const { account_id, api_key } = JSON.parse(issued.stdout) as { account_id: string; api_key: string };
    assert.match(account_id, /^acc_/);
    assert.deepEqual(Object.keys(JSON.parse(issued.stdout)), ['account_id', 'api_key']);
    const server = await startServer(env);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${server.url}/v2/ports`, {
        method: 'POST',
        headers: { 'X-Auth-Token': api_key, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...VALID_PORT, number: `+1212555${String(2000 + i)}` }),
      });
      assert.equal(res.status, 201);
      ids.push(((await res.json()) as { data: { id: string } }).data.id);
    }
    assert.equal(await server.kill('SIGKILL'), 'SIGKILL');
    const restarted = await startServer(env);
    try {
      for (const id of ids) {
        const res = await fetch(`${restarted.url}/v2/ports/${id}`, { headers: { 'X-Auth-Token': api_key } });
        assert.equal(res.status, 200, id);
      }
    } finally {
      await restarted.kill();
    }
  });

  it('the CLI issues, lists and revokes keys', async () => {
    const accounts = cli(['accounts', 'list'], env);
    const acme = accounts.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((a: { name: string }) => a.name === 'acme');
    assert.ok(acme);
    const created = cli(['keys', 'create', '--account', acme.account_id], env);
    assert.equal(created.status, 0, created.stderr);
    const key = JSON.parse(created.stdout);
    const listed = cli(['keys', 'list', '--account', acme.account_id], env).stdout;
    assert.ok(listed.includes(key.key_id) && !listed.includes(key.api_key));
    assert.equal(cli(['keys', 'revoke', key.key_id], env).status, 0);
    const twice = cli(['keys', 'revoke', key.key_id], env);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /not found or already revoked/);
    const missing = cli(['accounts', 'create'], env);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /--name/);
  });

  it('a bad setting stops start-up with a message naming the variable', async () => {
    for (const [name, value] of <[string, string][]>[['PORT', 'eighty'], ['DATABASE_URL', 'mysql://x'], ['SECRET_KEY', 'short'], ['CARRIER_MODE', 'magic'], ['TIME_SCALE', '0'], ['CARRIER_RECORDS', '/nonexistent.json']]) {
      const server = await startServer({ ...env, [name]: value }, { waitFor: /Invalid configuration/ });
      assert.equal(await server.exited, 2, name);
      assert.match(server.output(), new RegExp(`Invalid configuration: ${name} `));
    }
  });

  it('speaks HTTPS when TLS_CERT and TLS_KEY are set', async () => {
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    // A database of its own, so the first-start hint is printed: with TLS it names https://.
    const tlsDb = await freshDatabase(join(dir, 'tls'));
    const server = await startServer({ ...env, DATABASE_URL: tlsDb.url, ...tlsDb.env, TLS_CERT: cert, TLS_KEY: key }, { scheme: 'https' });
    try {
      assert.match(server.output(), /Server listening at https:/);
      assert.match(server.output(), new RegExp(`Try:  curl -H "X-Auth-Token: <key>" https://localhost:${server.port}/v2/ports`));
      assert.doesNotMatch(server.output(), /http:\/\/localhost/);
      const status = await new Promise<number>((resolve, reject) => {
        request(`${server.url}/v2/openapi.json`, { rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
      assert.equal(status, 200);
    } finally {
      await server.kill();
      await tlsDb.drop();
    }
  });

  it('refuses to start with a SECRET_KEY that does not match the database, naming it', async () => {
    const keyed = await freshDatabase(join(dir, 'keyed'));
    const first = onPostgres ? keyed.env : {};
    const server = await startServer({ ...env, DATABASE_URL: keyed.url, ...first });
    await server.kill();
    const other = onPostgres ? { SECRET_KEY: 'another-secret-key-of-more-than-32-chars' } : { SECRET_KEY: 'a-key-that-is-not-the-generated-one-0123456789' };
    const refused = await startServer({ ...env, DATABASE_URL: keyed.url, ...other }, { waitFor: /Invalid configuration/ });
    assert.equal(await refused.exited, 2);
    assert.match(refused.output(), /Invalid configuration: SECRET_KEY does not match the key this database was written with/);
    const again = await startServer({ ...env, DATABASE_URL: keyed.url, ...first }); // the right key still works
    assert.match(again.output(), /Server listening at/);
    await again.kill();
    await keyed.drop();
  });
});
