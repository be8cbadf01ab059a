/** Health (contract/operations.md "Health and metrics"): liveness, readiness and its reasons, shutdown. */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../../src/http/app.ts';
import { Health } from '../../src/workflow/health.ts';
import { call, createTestApp, type TestApp } from '../helpers/app.ts';
import { fetchDocument } from '../helpers/openapi.ts';

describe('GET /health/live and /health/ready', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('live: 200 with no key, nothing sensitive', async () => {
    const res = await call(t.app, 'GET', '/health/live');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { success: true, data: { status: 'live' } });
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.headers['x-request-id']);
  });

  it('ready: 200 when the database answers and its schema is current', async () => {
    const res = await call(t.app, 'GET', '/health/ready');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { success: true, data: { status: 'ready', database: 'ok', schema: 'current' } });
    assert.equal(res.headers['cache-control'], 'no-store');
  });

  it('ready: 503 naming the schema when a migration this code knows is not applied', async () => {
    const applied = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration where name = '0008_list_indexes'`.execute(t.database.db);
    assert.equal(applied.rows.length, 1);
    await sql`delete from kysely_migration where name = '0008_list_indexes'`.execute(t.database.db);
    try {
      const res = await call(t.app, 'GET', '/health/ready');
      assert.equal(res.status, 503);
      const reason = 'The database schema is not current: run `porting migrate` or start the newest version';
      assert.deepEqual(res.body, { success: false, error: { code: 'service_unavailable', message: reason, details: [{ field: 'schema', message: reason }] } });
      assert.equal(res.headers['retry-after'], '5');
      // Liveness does not depend on the database.
      assert.equal((await call(t.app, 'GET', '/health/live')).status, 200);
    } finally {
      const row = applied.rows[0]!;
      await sql`insert into kysely_migration (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(t.database.db);
    }
    assert.equal((await call(t.app, 'GET', '/health/ready')).status, 200);
  });

  it('ready: 503 when the database does not answer within 1 s, or fails', async () => {
    const hanging = await buildApp({ ...t.services, health: new Health({ ping: () => new Promise(() => {}), schemaCurrent: async () => true }) });
    const failing = await buildApp({
      ...t.services,
      health: new Health({ ping: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 user=porting')), schemaCurrent: async () => true }),
    });
    try {
      // Booted first: the time measured is the request's, not the app's start (routes, validators).
      await Promise.all([hanging.ready(), failing.ready()]);
      const started = Date.now();
      const res = await call(hanging, 'GET', '/health/ready');
      const took = Date.now() - started;
      assert.equal(res.status, 503);
      assert.deepEqual(res.body, {
        success: false,
        error: { code: 'service_unavailable', message: 'The database did not answer within 1 s', details: [{ field: 'database', message: 'The database did not answer within 1 s' }] },
      });
      // after the 1 s bound, not before; the upper bound only says it does not hang (a loaded machine is slow)
      assert.ok(took >= 990 && took < 10_000, `answered after ${took} ms`);

      const down = await call(failing, 'GET', '/health/ready');
      assert.equal(down.status, 503);
      // The driver's message (hosts, users) is not repeated.
      assert.deepEqual(down.body, {
        success: false,
        error: { code: 'service_unavailable', message: 'The database is unavailable', details: [{ field: 'database', message: 'The database is unavailable' }] },
      });
    } finally {
      await hanging.close();
      await failing.close();
    }
  });

  it('is not part of the API document, nor is /metrics', async () => {
    const doc = await fetchDocument(t.app);
    assert.deepEqual(
      Object.keys(doc['paths']).filter((p) => !p.startsWith('/v2/')),
      [],
    );
  });
});

describe('readiness while shutting down', () => {
  it('a request that arrives on an open connection after close() began is answered 503 (liveness still 200)', async () => {
    const t = await createTestApp();
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as { port: number };
      // Two requests in flight (their bodies not all sent) keep two connections open while the server closes.
      const body = '{"number":"+14155551234"}';
      const open = async () => {
        const socket = connect(port, '127.0.0.1');
        let received = '';
        socket.on('data', (d) => (received += d));
        await new Promise((resolve) => socket.once('connect', resolve));
        socket.write(`POST /v2/ports HTTP/1.1\r\nHost: t\r\nX-Auth-Token: ${t.alice.key}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
        const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
        return { socket, closed, answers: () => received.split(/(?=HTTP\/1\.1 )/) };
      };
      const [ready, live] = [await open(), await open()];
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closing = t.app.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready.socket.write(`${body.slice(5)}GET /health/ready HTTP/1.1\r\nHost: t\r\n\r\n`);
      live.socket.write(`${body.slice(5)}GET /health/live HTTP/1.1\r\nHost: t\r\n\r\n`);
      await Promise.all([ready.closed, live.closed]);
      await closing;
      const answers = ready.answers();
      assert.equal(answers.length, 2, answers.join(''));
      assert.match(answers[0]!, /^HTTP\/1\.1 400 /); // the first request is finished (it lacked fields)
      assert.match(answers[1]!, /^HTTP\/1\.1 503 /);
      assert.match(answers[1]!, /\r\nretry-after: 1\r\n/i);
      assert.ok(
        answers[1]!.endsWith('{"success":false,"error":{"code":"service_unavailable","message":"The service is shutting down; retry shortly"}}'),
        answers[1],
      );
      // The process still serves what it has: liveness answers 200 until it exits.
      const liveAnswers = live.answers();
      assert.equal(liveAnswers.length, 2, liveAnswers.join(''));
      assert.match(liveAnswers[1]!, /^HTTP\/1\.1 200 /);
    } finally {
      await t.close();
    }
  });
});
