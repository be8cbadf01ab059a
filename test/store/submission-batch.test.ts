/**
 * PostgreSQL's group commit of submissions (submissionBatcher in src/store/dialect/postgres.ts):
 * submissions that wait while every lane is busy are written by one statement, which must write
 * exactly the rows each one's own statement writes, keep the active-port quota and the completed-number
 * guard per submission, and, when one submission's failure sinks the statement, give each the answer
 * it would have got alone. A pool of 4 has one lane: the first submission runs alone, the rest queue
 * behind it and are written together; the events of one statement share its transaction id.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Port } from '../../src/domain/port-request.ts';
import type { Database } from '../../src/store/dialect/dialect.ts';
import * as postgresDialect from '../../src/store/dialect/postgres.ts';
import { PORT_COLUMNS } from '../../src/store/ports.ts';
import { createSecrets } from '../../src/store/secrets.ts';
import { encodeSubmission, type Submission } from '../../src/store/submissions.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';

const secrets = createSecrets('a-test-secret-key-of-at-least-32-chars');
const AT = '2026-11-16T15:00:00.000Z';

let serial = 0;
function submission(accountId: string, over: { number?: string; maxActive?: number; timer?: boolean; key?: string; spid?: string } = {}): Submission {
  const n = ++serial;
  const id = `port_batch_${String(n).padStart(4, '0')}`;
  const spid = over.spid ?? '1001';
  const port: Port = {
    id,
    account_id: accountId,
    number: over.number ?? `+1212555${String(n).padStart(4, '0')}`,
    status: 'pending',
    carrier_status: 'pending_transfer',
    carrier_name: 'Old Telco',
    account_number: `AC-${n}`,
    billing_phone: '+12125550001',
    end_user_name: `User ${n}`,
    end_user_address: { street: `${n} Main St`, city: 'New York', state: 'NY', postal_code: '10001', country: 'US' },
    customer_reference: n % 2 === 0 ? `ref-${n}` : null,
    number_type: 'fixed_line_or_mobile',
    region: 'US',
    created_at: AT,
    updated_at: AT,
    estimated_completion: '2026-11-23T11:00:00.000Z',
    foc_date: null,
    completed_at: null,
    failed_at: null,
    cancelled_at: null,
    rejection: null,
    messages: [`message ${n} "quoted"`],
    reviews: 0,
    losing_carrier: { name: `Carrier ${spid}`, spid, wireless: false, pin_required: false },
    requested_foc_date: null,
    order_id: null,
    sub_order_id: null,
    action_required: false,
  };
  const event = { id: `evt_batch_${String(n).padStart(4, '0')}`, account_id: accountId, type: 'port.created' as const, port_id: id, order_id: null, created_at: AT, data: JSON.stringify({ id, n, note: 'ü \u2028 "x"' }) };
  return encodeSubmission(
    {
      port,
      pin: n % 3 === 0 ? `pin-${n}` : null,
      history: { at: AT, from: null, to: 'pending', carrier_status: 'submitted', message: n % 2 === 0 ? null : `history ${n}`, actor: `customer:${accountId}` },
      event,
      timer: over.timer === false ? null : { step: 'carrier_review', due_at: `2026-11-17T0${n % 10}:00:00.000Z`, attempt: n % 4 },
      idempotency: over.key === undefined ? null : { key: over.key, requestHash: `hash-${n}`, response: { id, n } },
      maxActive: over.maxActive ?? 1000,
    },
    secrets,
  );
}

describe('PostgreSQL submissions written together', { skip: onPostgres ? false : 'PostgreSQL only (SQLite writes its group commit in process, see sqlite.ts)' }, () => {
  let t: TestApp;
  let database: Database;
  let account: string;
  before(async () => {
    t = await createTestApp();
    database = postgresDialect.connect({ url: t.testDb.url, poolSize: 4 });
  });
  after(async () => {
    await database?.close();
    await t?.close();
  });
  /** The transaction id of each port's event, in the order given (null: no event). */
  const txids = async (portIds: readonly string[]) => {
    const r = await sql<{ port_id: string; txid: string }>`SELECT port_id, txid::text AS txid FROM events WHERE port_id IN (${sql.join(portIds)})`.execute(t.database.db);
    return portIds.map((id) => r.rows.find((e) => e.port_id === id)?.txid ?? null);
  };
  beforeEach(async () => {
    // A fresh account each test: counts, quota and endpoints start from nothing.
    account = (await t.services.accounts.createAccount(`batch ${serial}`, false)).account_id;
  });

  const rows = async (table: string, where: string, ids: readonly string[]) =>
    (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(where)} IN (${sql.join(ids)}) ORDER BY ${sql.ref(where)}`.execute(t.database.db)).rows;

  it('writes a batch with exactly the rows each submission writes alone, in one statement', async () => {
    const db = t.database.db;
    await db
      .insertInto('webhook_endpoints')
      .values(
        // Subscribed to everything; to another type only; subscribed but disabled.
        (
          [
            ['whe_batch_all', '["*"]', 1],
            ['whe_batch_other', '["port.completed"]', 1],
            ['whe_batch_off', '["*"]', 0],
          ] as const
        ).map(([id, events, enabled]) => ({
          id,
          account_id: account,
          url: `https://example.com/${id}`,
          events,
          description: null,
          enabled,
          disabled_reason: enabled ? null : 'manual',
          secret_enc: 'x',
          previous_secret_enc: null,
          previous_secret_until: null,
          failing_since: null,
          created_at: AT,
          updated_at: AT,
        })),
      )
      .execute();
    const subs = [
      submission(account),
      submission(account, { key: 'key-a' }),
      submission(account, { timer: false, spid: '2002' }),
      submission(account, { key: 'key-b', spid: '2002' }),
      submission(account),
      submission(account, { timer: false }),
    ];
    const answers = await Promise.all(subs.map((s) => database.insertSubmission(s)));
    assert.deepEqual(answers, [true, true, true, true, true, true]);
    const tx = await txids(subs.map((s) => s.row.id));
    assert.notEqual(tx[0], tx[1], 'the first alone');
    assert.equal(new Set(tx.slice(1)).size, 1, 'the other five in one statement');

    const ids = subs.map((s) => s.row.id);
    const ports = await rows('ports', 'id', ids);
    assert.deepEqual(
      ports.map((r) => Object.fromEntries(PORT_COLUMNS.map((c) => [c, r[c]]))),
      subs.map((s) => s.row),
    );
    assert.deepEqual(
      await rows('port_events', 'port_id', ids),
      subs.map((s) => ({ port_id: s.row.id, seq: 1, at: s.history.at, from_status: null, to_status: 'pending', carrier_status: 'submitted', message: s.history.message, actor: s.history.actor, event_id: s.event.id })),
    );
    const events = await rows('events', 'port_id', ids);
    assert.deepEqual(
      events.map(({ seq: _seq, txid: _txid, ...e }) => e),
      subs.map((s) => s.event),
    );
    // Feed order is submission order, within the batch too.
    const bySeq = [...events].sort((a, b) => Number(a['seq']) - Number(b['seq'])).map((e) => e['port_id']);
    assert.deepEqual(bySeq, ids);
    assert.deepEqual(
      await rows('webhook_deliveries', 'event_id', subs.map((s) => s.event.id)),
      subs.map((s) => ({
        endpoint_id: 'whe_batch_all',
        id: 'dlv_' + s.event.id.slice(4) + 'batch_all',
        account_id: account,
        event_id: s.event.id,
        event_type: 'port.created',
        status: 'pending',
        attempts: 0,
        next_attempt_at: AT,
        last_response_status: null,
        last_error: null,
        created_at: AT,
        updated_at: AT,
        claimed_by: null,
        lease_until: null,
      })),
      'one delivery per event, to the enabled endpoint subscribed to it only',
    );
    assert.deepEqual(
      await rows('port_timers', 'port_id', ids),
      subs.filter((s) => s.timer).map((s) => ({ port_id: s.row.id, step: s.timer!.step, due_at: s.timer!.due_at, attempt: s.timer!.attempt, claimed_by: null, lease_until: null })),
    );
    assert.deepEqual(
      await rows('idempotency_keys', 'resource_id', ids),
      subs.filter((s) => s.idempotency).map((s) => ({ account_id: account, key: s.idempotency!.key, request_hash: s.idempotency!.request_hash, resource_id: s.row.id, response_body: s.idempotency!.response_body, created_at: AT })),
    );
    const counts = await sql<{ spid: string; n: number }>`SELECT spid, sum(n)::int AS n FROM port_counts WHERE account_id = ${account} AND status = 'pending' GROUP BY spid ORDER BY spid`.execute(db);
    assert.deepEqual(counts.rows, [
      { spid: '1001', n: 4 },
      { spid: '2002', n: 2 },
    ]);
  });

  it('keeps the active-port quota within a batch: the account’s earlier submissions in it count', async () => {
    const subs = Array.from({ length: 6 }, () => submission(account, { maxActive: 4 }));
    const answers = await Promise.all(subs.map((s) => database.insertSubmission(s)));
    assert.deepEqual(answers, [true, true, true, true, false, false]);
    const tx = await txids(subs.map((s) => s.row.id));
    assert.equal(new Set(tx.slice(1, 4)).size, 1, 'the three it wrote after the first, in one statement');
    assert.deepEqual(tx.slice(4), [null, null]);
    assert.deepEqual((await rows('ports', 'id', subs.map((s) => s.row.id))).map((r) => r['id']), subs.slice(0, 4).map((s) => s.row.id));
    assert.equal((await rows('events', 'port_id', subs.map((s) => s.row.id))).length, 4, 'no event for a refused submission');
    const n = await sql<{ n: number }>`SELECT sum(n)::int AS n FROM port_counts WHERE account_id = ${account}`.execute(t.database.db);
    assert.equal(n.rows[0]!.n, 4);
  });

  it('refuses a number already completed, alone in the batch, and it takes no quota from the others', async () => {
    const done = submission(account);
    assert.equal(await database.insertSubmission(done), true);
    await sql`UPDATE ports SET status = 'completed' WHERE id = ${done.row.id}`.execute(t.database.db);
    await sql`UPDATE port_counts SET n = 0 WHERE account_id = ${account}`.execute(t.database.db);
    // Quota 3: the repeat of the completed number is refused and does not use one of the three.
    const subs = [submission(account, { maxActive: 3 }), submission(account, { maxActive: 3, number: done.row.number }), submission(account, { maxActive: 3 }), submission(account, { maxActive: 3 }), submission(account, { maxActive: 3 })];
    const answers = await Promise.all(subs.map((s) => database.insertSubmission(s)));
    assert.deepEqual(answers, [true, false, true, true, false]);
    const tx = await txids(subs.map((s) => s.row.id));
    assert.equal(new Set([tx[2], tx[3]]).size, 1, 'written together with the second and the fifth refused');
    assert.notEqual(tx[0], tx[2]);
  });

  it('writes a number or key already taken, or repeated within the batch, by its own statement: the batch goes on, the repeat gets its own error', async () => {
    const taken = submission(account, { key: 'taken-key' });
    assert.equal(await database.insertSubmission(taken), true);
    const first = submission(account);
    const a = submission(account);
    const b = submission(account, { number: a.row.number }); // a's number, in the same batch
    const c = submission(account, { key: 'same-key' });
    const d = submission(account, { key: 'same-key' }); // c's key, in the same batch
    const e = submission(account, { number: taken.row.number }); // a number with an active port
    const f = submission(account, { key: 'taken-key' }); // a key already stored
    const g = submission(account);
    const all = [first, a, b, c, d, e, f, g];
    const settled = await Promise.allSettled(all.map((s) => database.insertSubmission(s)));
    const outcome = (r: PromiseSettledResult<boolean>) => (r.status === 'fulfilled' ? r.value : database.isUniqueViolation(r.reason) ? 'unique' : r.reason);
    assert.deepEqual(settled.map(outcome), [true, true, 'unique', true, 'unique', 'unique', 'unique', true]);
    const tx = await txids(all.map((s) => s.row.id));
    assert.equal(new Set([tx[1], tx[3], tx[7]]).size, 1, 'the others written together, in one statement');
    assert.deepEqual([tx[2], tx[4], tx[5], tx[6]], [null, null, null, null]);
  });

  it('when the statement itself fails on one submission’s values, writes each alone: the others are written, that one gets its own error', async () => {
    const first = submission(account);
    const a = submission(account);
    const broken = submission(account);
    (broken.row as { version: unknown }).version = 'not a number';
    const b = submission(account);
    const settled = await Promise.allSettled([first, a, broken, b].map((s) => database.insertSubmission(s)));
    assert.deepEqual(settled.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as { code?: string }).code)), [true, true, '22P02', true]);
    const tx = await txids([a, b].map((s) => s.row.id));
    assert.notEqual(tx[0], tx[1], 'each by its own statement');
  });

  it('keeps the quota per account and the feed in submission order when accounts interleave in a batch', async () => {
    const other = (await t.services.accounts.createAccount(`batch other ${serial}`, false)).account_id;
    const first = submission(account, { maxActive: 2 });
    const subs = [first, ...[other, account, other, account, other].map((acc) => submission(acc, { maxActive: 2 }))];
    const answers = await Promise.all(subs.map((s) => database.insertSubmission(s)));
    // account: first (alone), then one more; other: two of its three.
    assert.deepEqual(answers, [true, true, true, true, false, false]);
    const events = await sql<{ port_id: string }>`SELECT port_id FROM events WHERE port_id IN (${sql.join(subs.map((s) => s.row.id))}) ORDER BY txid, seq`.execute(t.database.db);
    assert.deepEqual(events.rows.map((e) => e.port_id), subs.slice(0, 4).map((s) => s.row.id));
  });

  it('stores a lone surrogate as its own statement would (U+FFFD), in the batch', async () => {
    const subs = [submission(account), submission(account), submission(account)];
    subs[2]!.row.end_user_name = 'Ada \ud800 Lovelace';
    assert.deepEqual(await Promise.all(subs.map((s) => database.insertSubmission(s))), [true, true, true]);
    const tx = await txids(subs.map((s) => s.row.id));
    assert.equal(tx[1], tx[2], 'written together');
    const row = await rows('ports', 'id', [subs[2]!.row.id]);
    assert.equal(row[0]!['end_user_name'], 'Ada \ufffd Lovelace');
  });

  it('takes the feed writers’ lock, alone and in a batch: held exclusively elsewhere, every submission waits for it', async () => {
    // A reader of the feed relies on every event writer holding the lock (see FEED_WRITER_LOCK); with a
    // lock timeout, a statement that asks for it fails while another session holds it exclusively.
    const url = t.testDb.url.replace(/options=([^&]*)/, (_m, o: string) => `options=${encodeURIComponent(`${decodeURIComponent(o)} -c lock_timeout=200`)}`);
    const timed = postgresDialect.connect({ url, poolSize: 4 });
    const holder = await t.database.db.connection().execute(async (c) => {
      await sql`SELECT pg_advisory_lock(${0x706f7274}, hashtext(current_schema()))`.execute(c);
      try {
        return await Promise.allSettled([submission(account), submission(account), submission(account)].map((s) => timed.insertSubmission(s)));
      } finally {
        await sql`SELECT pg_advisory_unlock(${0x706f7274}, hashtext(current_schema()))`.execute(c);
      }
    });
    await timed.close();
    assert.deepEqual(holder.map((r) => (r.status === 'rejected' ? (r.reason as { code?: string }).code : r.value)), ['55P03', '55P03', '55P03']);
  });
});
