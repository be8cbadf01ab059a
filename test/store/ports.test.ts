/** The port repository: column lists that are complete, encodings that lose nothing, guarded changes. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Port } from '../../src/domain/port-request.ts';
import * as postgresDialect from '../../src/store/dialect/postgres.ts';
import * as sqliteDialect from '../../src/store/dialect/sqlite.ts';
import { applyGuardedChange, encodeUpdate, findExistingPorts, findPort, PORT_COLUMNS, portToRow, rowToPort } from '../../src/store/ports.ts';
import { createSecrets } from '../../src/store/secrets.ts';
import { encodeSubmission } from '../../src/store/submissions.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { onPostgres } from '../helpers/db.ts';

const secrets = createSecrets('a-test-secret-key-of-at-least-32-chars');

const samplePort = (over: Partial<Port> = {}): Port => ({
  id: 'port_store_test_1',
  account_id: 'acc_x',
  number: '+12125550000',
  status: 'pending',
  carrier_status: 'pending_transfer',
  carrier_name: 'Old Telco',
  account_number: 'AC-1',
  billing_phone: '+12125550001',
  end_user_name: 'Ada',
  end_user_address: { street: '1 Main St', city: 'New York', state: 'NY', postal_code: '10001', country: 'US' },
  customer_reference: 'ref-1',
  number_type: 'fixed_line_or_mobile',
  region: 'US',
  created_at: '2026-11-16T15:00:00.000Z',
  updated_at: '2026-11-16T15:00:01.000Z',
  estimated_completion: '2026-11-23T11:00:00.000Z',
  foc_date: '2026-11-23',
  completed_at: '2026-11-23T09:00:00.000Z',
  failed_at: '2026-11-20T09:00:00.000Z',
  cancelled_at: '2026-11-21T09:00:00.000Z',
  rejection: { code: 'PIN_INVALID', message: 'Port rejected: …', number: '+12125550102' },
  messages: ['one', 'two "quoted"'],
  reviews: 2,
  losing_carrier: { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false },
  requested_foc_date: '2026-11-25',
  order_id: 'ord_x',
  sub_order_id: 'sub_x',
  action_required: true,
  ...over,
});

describe('the port repository', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('PORT_COLUMNS names every column of the ports table, in the database itself', async () => {
    const tables = await t.database.db.introspection.getTables();
    // On PostgreSQL introspection lists every schema; ours is the one on the search path.
    const current = onPostgres ? String((await sql<{ s: string }>`select current_schema() as s`.execute(t.database.db)).rows[0]!.s) : undefined;
    const ports = tables.find((table) => table.name === 'ports' && (current === undefined || table.schema === current));
    assert.ok(ports, 'ports table found');
    assert.deepEqual([...PORT_COLUMNS].sort(), ports.columns.map((c) => c.name).sort());
  });

  it('a port written and read back loses nothing (every field, the sealed PIN)', async () => {
    const port = samplePort({ account_id: t.alice.accountId });
    const row = portToRow(port, secrets.sealPin('2468', port.id), 7);
    assert.deepEqual(Object.keys(row).sort(), [...PORT_COLUMNS].sort());
    assert.deepEqual(rowToPort({ ...row }), port);
    await t.database.db.insertInto('ports').values(row).execute();
    const back = await findPort(t.database.db, port.id);
    assert.deepEqual(back?.port, port);
    assert.equal(back?.version, 7);
    assert.equal(secrets.openPin(back!.sealedPin!, port.id), '2468');
    assert.equal(await findPort(t.database.db, port.id, t.bob.accountId), undefined); // scoped to its account
    assert.equal(await findPort(t.database.db, 'port_\u0000'), undefined); // cannot name a port
  });

  it('a submission encodes the PIN sealed, never in clear', () => {
    const port = samplePort();
    const event = { id: 'evt_1', account_id: port.account_id, type: 'port.created' as const, port_id: port.id, order_id: null, created_at: port.created_at, data: '{}' };
    const s = encodeSubmission({ port, pin: '9999', history: { at: port.created_at, from: null, to: 'pending', carrier_status: 'pending_transfer', message: 'm', actor: 'a' }, event, timer: null, idempotency: null, maxActive: 10 }, secrets);
    assert.notEqual(s.row.account_pin_enc, '9999');
    assert.equal(secrets.openPin(s.row.account_pin_enc!, port.id), '9999');
  });

  it('an update is encoded column by column: address and messages as JSON, the rejection split, the PIN sealed', () => {
    const c = encodeUpdate(
      { end_user_address: { street: 's', city: 'c', state: 'st', postal_code: 'p', country: 'US' }, messages: ['a'], rejection: null, account_pin: '1', status: 'failed' },
      'port_1',
      secrets,
    );
    assert.deepEqual(Object.keys(c).sort(), ['account_pin_enc', 'end_user_address', 'messages', 'rejection_code', 'rejection_message', 'status']);
    assert.equal(c.end_user_address, '{"street":"s","city":"c","state":"st","postal_code":"p","country":"US"}');
    assert.equal(c.messages, '["a"]');
    assert.equal(c.rejection_code, null);
    assert.equal(secrets.openPin(c.account_pin_enc!, 'port_1'), '1');
    assert.deepEqual(encodeUpdate({ account_pin: null }, 'port_1', secrets), { account_pin_enc: null });
  });

  it('a guarded change applies only while the port is where the caller saw it', async () => {
    const port = samplePort({ id: 'port_store_test_2', number: '+12125550002', account_id: t.alice.accountId, status: 'pending' });
    await t.database.db.insertInto('ports').values(portToRow(port, null, 1)).execute();
    const stale = await applyGuardedChange(t.database.db, { id: port.id, fromStatuses: ['authorized'], set: { status: 'failed' } });
    assert.equal(stale, undefined);
    const oldVersion = await applyGuardedChange(t.database.db, { id: port.id, fromStatuses: ['pending'], expectVersion: 0, set: { status: 'failed' } });
    assert.equal(oldVersion, undefined);
    const moved = await applyGuardedChange(t.database.db, { id: port.id, fromStatuses: ['pending'], expectVersion: 1, set: { status: 'authorized', foc_date: '2026-12-01' } });
    assert.equal(moved?.port.status, 'authorized');
    assert.equal(moved?.port.foc_date, '2026-12-01');
    assert.equal(moved?.version, 2);
    assert.deepEqual(await findExistingPorts(t.database.db, port.number), [{ id: port.id, account_id: t.alice.accountId, status: 'authorized' }]);
  });

  it('the database itself refuses a second active port of one number', async () => {
    const a = samplePort({ id: 'port_store_a', number: '+12125550003', account_id: t.alice.accountId, status: 'pending' });
    const b = samplePort({ id: 'port_store_b', number: '+12125550003', account_id: t.bob.accountId, status: 'in_progress' });
    await t.database.db.insertInto('ports').values(portToRow(a, null, 1)).execute();
    await assert.rejects(t.database.db.insertInto('ports').values(portToRow(b, null, 1)).execute(), (err) => t.database.isUniqueViolation(err));
    const failed = samplePort({ id: 'port_store_c', number: '+12125550003', account_id: t.bob.accountId, status: 'failed' });
    await t.database.db.insertInto('ports').values(portToRow(failed, null, 1)).execute(); // inactive ports do not collide
  });

  it('this database answers as its dialect module says', async () => {
    assert.equal(t.database.kind, onPostgres ? 'postgres' : 'sqlite');
    const text = await sql<{ c: number }>`select case when 'B' < 'a' then 1 else 0 end as c`.execute(t.database.db);
    assert.equal(Number(text.rows[0]!.c), 1, 'text compares byte by byte');
    if (onPostgres) {
      const jit = await sql<{ jit: string }>`show jit`.execute(t.database.db);
      assert.equal(jit.rows[0]!.jit, 'off', 'no plan is compiled by the JIT');
    }
  });
});

describe('the dialect modules', () => {
  it('export the same names', () => {
    assert.deepEqual(Object.keys(sqliteDialect).sort(), ['blobType', 'clusteredByPrimaryKey', 'connect', 'createFeedPosition', 'feedIndexColumns', 'jsonText', 'name', 'serialType', 'textType']);
    assert.deepEqual(Object.keys(postgresDialect).sort(), Object.keys(sqliteDialect).sort());
    assert.equal(sqliteDialect.name, 'sqlite');
    assert.equal(postgresDialect.name, 'postgres');
  });
});
