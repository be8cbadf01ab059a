/** The account event feed: every change's event, in order, exactly once, even with concurrent writers. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createServices, type Services } from '../../src/app.ts';
import { call, createTestApp, MONDAY, readFeedUntil, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';
import { runUntilIdle } from '../helpers/workflow.ts';

type FeedEvent = { id: string; type: string; created_at: string; data: Record<string, any> };

async function readAll(t: TestApp, key: string, query = '', limit = 7): Promise<FeedEvent[]> {
  const seen: FeedEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { status: number; body: { data: FeedEvent[]; pagination: { limit: number; next_cursor: string | null } } } = await call(
      t.app,
      'GET',
      `/v2/events?limit=${limit}${query}${after ? `&after=${after}` : ''}`,
      { key },
    );
    assert.equal(res.status, 200);
    seen.push(...res.body.data);
    if (!res.body.pagination.next_cursor) return seen;
    after = res.body.pagination.next_cursor;
  }
}

describe('the event feed', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('records every change of a port as an event, oldest first, paged with a cursor', async () => {
    t.clock.set(MONDAY);
    const happy = (await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155554101' } })).body.data;
    const delayed = (await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+13125550106' } })).body.data;
    const corrected = await call(t.app, 'PATCH', `/v2/ports/${delayed.id}`, { key: t.alice.key, body: { account_number: '555000111', end_user_name: 'Jane Roe' } });
    await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155554102' } }); // another account's
    await runUntilIdle(t);

    // On PostgreSQL the feed shows a committed event once every older transaction on the server has
    // ended (other test files run beside this one): wait for this account's ten to be visible.
    await readFeedUntil(t.app, t.alice.key, '?limit=100', (data) => data.length >= 10);
    const events = await readAll(t, t.alice.key);
    const about = (id: string) => events.filter((e) => e.data['port']?.id === id).map((e) => [e.type, e.data['from'] ?? null, e.data['to'] ?? null]);
    assert.deepEqual(about(happy.id), [
      ['port.created', null, null],
      ['port.status_changed', 'pending', 'authorized'],
      ['port.status_changed', 'authorized', 'in_progress'],
      ['port.status_changed', 'in_progress', 'completed'],
    ]);
    assert.deepEqual(about(delayed.id), [
      ['port.created', null, null],
      ['port.updated', null, null], // corrected in place
      ['port.updated', null, null], // the carrier's delay
      ['port.status_changed', 'pending', 'authorized'],
      ['port.status_changed', 'authorized', 'in_progress'],
      ['port.status_changed', 'in_progress', 'completed'],
    ]);
    assert.equal(events.length, 10, 'only this account’s events');
    const [correction, delay] = events.filter((e) => e.type === 'port.updated');
    assert.deepEqual(correction!.data['changes'], ['account_number', 'end_user_name']);
    assert.equal(correction!.data['message'], 'Port details corrected; the current provider reviews the corrected details.');
    assert.deepEqual(correction!.data['port'], corrected.body.data);
    assert.deepEqual(delay!.data['changes'], ['estimated_completion']);
    assert.match(delay!.data['message'], /^The current provider needs more time to review the port/);
    // The event carries the port as it was then; timestamps never go backwards along the feed.
    const created = events[0]!;
    assert.deepEqual(created, { id: created.id, type: 'port.created', created_at: MONDAY, data: { port: happy } });
    for (let i = 1; i < events.length; i++) assert.ok(events[i]!.created_at >= events[i - 1]!.created_at);

    // Filters, one event, the last page.
    const onlyHappy = await readAll(t, t.alice.key, `&port_id=${happy.id}`, 2);
    assert.deepEqual(onlyHappy.map((e) => e.id), events.filter((e) => e.data['port']?.id === happy.id).map((e) => e.id));
    const updates = await readAll(t, t.alice.key, '&type=port.updated');
    assert.deepEqual(updates.map((e) => e.id), [correction!.id, delay!.id]);
    const one = await call(t.app, 'GET', `/v2/events/${created.id}`, { key: t.alice.key });
    assert.deepEqual(one.body, { success: true, data: created });
    const last = await call(t.app, 'GET', `/v2/events?after=${events.at(-1)!.id}`, { key: t.alice.key });
    assert.deepEqual(last.body, { success: true, data: [], pagination: { limit: 20, next_cursor: null } });
    const full = await call(t.app, 'GET', `/v2/events?limit=10`, { key: t.alice.key });
    assert.equal(full.body.pagination.next_cursor, events[9]!.id, 'a full page may have more after it');
    const unknown = await call(t.app, 'GET', '/v2/events?after=evt_nope', { key: t.alice.key });
    assert.deepEqual(unknown.body.error.details, [{ field: 'after', message: 'is not an event of your account' }]);
    // The port's history is the same events.
    const history = await call(t.app, 'GET', `/v2/ports/${happy.id}/events`, { key: t.alice.key });
    assert.deepEqual(history.body.data.map((h: { id: string }) => h.id), events.filter((e) => e.data['port']?.id === happy.id && e.type !== 'port.updated').map((e) => e.id));
  });
});

describe('the feed under concurrent writers', () => {
  let t: TestApp;
  const writers: Services[] = [];
  before(async () => {
    t = await createTestApp({ file: true });
    // On PostgreSQL, more instances on the same database (each its own pool), as in production.
    if (onPostgres) for (let i = 0; i < 2; i++) writers.push(await createServices(t.config, { clock: t.clock }));
  });
  after(async () => {
    for (const w of writers) await w.close();
    await t.close();
  });

  it('a reader paging all the while sees every event exactly once, each port’s in order', async () => {
    t.clock.set(MONDAY);
    const instances = [t.services, ...writers];
    const principal = { accountId: t.alice.accountId, accountName: 'alice', isAdmin: false, keyId: 'k' };
    let writing = true;
    const seen: FeedEvent[] = [];
    const reader = (async () => {
      let after: string | null = null;
      let idle = 0;
      // Keep paging while writers write, then until 1 s of pages brings nothing new (on PostgreSQL an
      // older transaction elsewhere on the server may hold the last events back for a moment).
      while (writing || idle < 20) {
        const res: { body: { data: FeedEvent[]; pagination: { next_cursor: string | null } } } = await call(t.app, 'GET', `/v2/events?limit=25${after ? `&after=${after}` : ''}`, { key: t.alice.key });
        seen.push(...res.body.data);
        if (res.body.data.length > 0) {
          after = res.body.data.at(-1)!.id;
          idle = 0;
        } else if (!writing) idle++;
        await new Promise((r) => (writing ? setImmediate(r) : setTimeout(r, 50)));
      }
    })();

    // 60 ports submitted through all instances at once, then moved by every instance's worker and
    // by customers cancelling, concurrently.
    const ports = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        instances[i % instances.length]!.ports.submit(principal, { ...VALID_PORT, number: `+1202555${String(1000 + i)}` }).then((r) => r.port.id),
      ),
    );
    for (let round = 0; round < 12; round++) {
      const due = await t.database.db.selectFrom('port_timers').select((eb) => eb.fn.min('due_at').as('due')).executeTakeFirst();
      if (!due?.due) break;
      if ((due.due as string) > t.clock.now().toISOString()) t.clock.set(due.due as string);
      await Promise.all([
        ...instances.map((s) => s.worker.tick()),
        ...ports.filter((_, i) => i % 7 === round).map((id) => t.services.ports.cancel(principal, id).catch(() => undefined)),
      ]);
    }
    writing = false;
    await reader;

    const stored = await t.database.db.selectFrom('events').select(['id', 'port_id']).where('account_id', '=', t.alice.accountId).execute();
    const ids = seen.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no event twice');
    assert.deepEqual(new Set(ids), new Set(stored.map((e) => e.id)), 'every event once');
    assert.ok(stored.length >= 60 * 2, `${stored.length} events`);
    // Each port's events arrive in the order of its history.
    for (const id of ports) {
      const history = await t.database.db.selectFrom('port_events').select('event_id').where('port_id', '=', id).orderBy('seq').execute();
      const order = seen.filter((e) => e.data['port']?.id === id && e.type !== 'port.updated').map((e) => e.id);
      assert.deepEqual(order, history.map((h) => h.event_id), id);
    }
  });
});

describe('an event that commits late', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('is not skipped by a reader that already read past a later-numbered one', { skip: !onPostgres && 'SQLite has one writer: numbers are taken in commit order' }, async () => {
    const { insertEventRow } = await import('../../src/store/events.ts');
    const row = (id: string) => ({ id, account_id: t.alice.accountId, type: 'webhook.test' as const, port_id: null, order_id: null, created_at: MONDAY, data: '{}' });
    let inserted!: () => void;
    let release!: () => void;
    const insertedA = new Promise<void>((r) => (inserted = r));
    const releaseA = new Promise<void>((r) => (release = r));
    // A takes its number first and commits last.
    const a = t.database.db.transaction().execute(async (trx) => {
      await insertEventRow(trx, row('evt_late_A'));
      inserted();
      await releaseA;
    });
    await insertedA;
    await t.database.db.transaction().execute(async (trx) => {
      await insertEventRow(trx, row('evt_early_B'));
    });
    let whileOpen;
    try {
      whileOpen = await t.database.readFeed({ accountId: t.alice.accountId, after: null, limit: 10 });
    } finally {
      release();
      await a;
    }
    assert.deepEqual(whileOpen.events.map((e) => e.id), [], 'B waits until A, which started before it, is done');
    const afterwards = await t.database.readFeed({ accountId: t.alice.accountId, after: null, limit: 10 });
    assert.deepEqual(afterwards.events.map((e) => e.id), ['evt_late_A', 'evt_early_B']);
  });

  it('a transaction whose BEGIN fails (cancelled waiting for the feed writers\' lock) leaves its connection usable', { skip: !onPostgres && 'PostgreSQL only' }, async () => {
    const pg = (await import('pg')).default;
    const one = await createTestApp({ env: { DB_POOL_SIZE: '1' } });
    const admin = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await admin.connect();
    try {
      const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(one.database.db)).rows[0]!.s;
      // Someone holds the key exclusively: the service's BEGIN waits for it, and is cancelled.
      await admin.query('SELECT pg_advisory_lock($1, hashtext($2))', [0x706f7274, schema]);
      // Its handler attached now: the cancel's answer to `admin` and the rejection race, and a
      // rejection seen before a handler is attached fails the test as unhandled.
      const writing = assert.rejects(one.database.db.transaction().execute(async (trx) => sql`select 1`.execute(trx)), /cancel/);
      let waiting: number | undefined;
      for (let i = 0; i < 200 && waiting === undefined; i++) {
        const r = await admin.query(`SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = hashtext($1)::oid`, [schema]);
        waiting = r.rows[0]?.pid;
        if (waiting === undefined) await new Promise((r) => setTimeout(r, 10));
      }
      assert.ok(waiting, 'the BEGIN waits for the lock');
      await admin.query('SELECT pg_cancel_backend($1)', [waiting]);
      await writing;
      await admin.query('SELECT pg_advisory_unlock_all()');
      // The pool's only connection is not left inside an aborted transaction.
      for (let i = 0; i < 3; i++) assert.equal(Number((await sql<{ n: number }>`select 1 as n`.execute(one.database.db)).rows[0]!.n), 1);
      await one.database.db.transaction().execute(async (trx) => sql`select 1`.execute(trx));
    } finally {
      await admin.end();
      await one.close();
    }
  });

  it('is not held back by a long transaction on the server that writes no events of ours', { skip: !onPostgres && 'SQLite has one writer' }, async () => {
    const { insertEventRow } = await import('../../src/store/events.ts');
    const pg = (await import('pg')).default;
    // Someone else's long transaction on the same server: it has a transaction id, older than ours.
    const other = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      await t.database.db.transaction().execute((trx) => insertEventRow(trx, { id: 'evt_beside_long', account_id: t.bob.accountId, type: 'webhook.test', port_id: null, order_id: null, created_at: MONDAY, data: '{}' }));
      const feed = await t.database.readFeed({ accountId: t.bob.accountId, after: null, limit: 10 });
      assert.deepEqual(feed.events.map((e) => e.id), ['evt_beside_long'], 'readable while the other transaction is still open');
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
  });
});
