import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';

const expectedPort = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  number: '+14155551234',
  status: 'pending',
  carrier_status: 'pending_transfer',
  carrier_name: 'Previous Provider',
  account_number: '*****6789',
  billing_phone: '+14155551234',
  end_user_name: 'John Doe',
  end_user_address: VALID_PORT.end_user_address,
  customer_reference: null,
  number_type: 'fixed_line_or_mobile',
  region: 'US',
  created_at: MONDAY,
  updated_at: MONDAY,
  // Monday 10:00 New York + 2 review + 3 authorization business days = FOC Monday 23rd; done by 06:00 local.
  estimated_completion: '2026-11-23T11:00:00.000Z',
  losing_carrier: { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false }, // area code 415
  messages: ['Port request received; the current provider is reviewing it. Estimated completion: 2026-11-23.'],
  action_required: false,
  ...over,
});

describe('POST /v2/ports', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('answers 201 with the port, the PIN encrypted in the row and never returned', async () => {
    const res = await call(t.app, 'POST', '/v2/ports', {
      key: t.alice.key,
      body: { ...VALID_PORT, account_pin: '4321', customer_reference: 'crm-77' },
    });
    assert.equal(res.status, 201);
    const id = res.body.data.id as string;
    assert.match(id, /^port_[A-Za-z0-9_-]{12,}$/);
    assert.deepEqual(res.body, { success: true, data: expectedPort(id, { customer_reference: 'crm-77' }) });
    assert.equal(res.headers['location'], `/v2/ports/${id}`);
    assert.match(String(res.headers['x-request-id']), /^[0-9a-f-]{36}$/);

    const row = await t.database.db.selectFrom('ports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.account_id, t.alice.accountId);
    assert.equal(row.account_number, '123456789');
    assert.equal(row.status, 'pending');
    assert.equal(row.version, 1);
    assert.ok(row.account_pin_enc?.startsWith('v1.'));
    assert.ok(!row.account_pin_enc?.includes('4321'));
    const events = await t.database.db.selectFrom('port_events').selectAll().where('port_id', '=', id).execute();
    assert.deepEqual(events, [
      {
        port_id: id,
        seq: 1,
        at: MONDAY,
        from_status: null,
        to_status: 'pending',
        carrier_status: 'pending_transfer',
        message: 'Port request received; the current provider is reviewing it. Estimated completion: 2026-11-23.',
        actor: `customer:${t.alice.accountId}`,
        event_id: events[0]!.event_id,
      },
    ]);
    // The submission's history entry is its port.created event, written in the same transaction.
    const event = await t.database.db.selectFrom('events').select(['id', 'account_id', 'type', 'port_id', 'order_id', 'created_at', 'data']).where('port_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual({ ...event, data: JSON.parse(event.data) }, {
      id: events[0]!.event_id,
      account_id: t.alice.accountId,
      type: 'port.created',
      port_id: id,
      order_id: null,
      created_at: MONDAY,
      data: { port: res.body.data },
    });
  });

  it('refuses a number that is not E.164, showing the E.164 form', async () => {
    const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '(415) 555-2000' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, {
      success: false,
      error: {
        code: 'validation_failed',
        message: 'number: must be in E.164 format (+ and country code, digits only); did you mean +14155552000?',
        details: [{ field: 'number', message: 'must be in E.164 format (+ and country code, digits only); did you mean +14155552000?' }],
      },
    });
  });

  it('refuses an invalid number and an invalid billing phone', async () => {
    let res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+11235550100' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'validation_failed');
    assert.deepEqual(res.body.error.details, [{ field: 'number', message: '+11235550100 is not a valid phone number' }]);
    res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552001', billing_phone: '415' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.details[0].field, 'billing_phone');
  });

  it('refuses unsupported regions and non-portable number types as not_eligible', async () => {
    let res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+442079460000' } });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body, {
      success: false,
      error: {
        code: 'not_eligible',
        message: 'Numbers in region GB cannot be ported to this service',
        details: [{ field: 'number', message: 'region GB is not supported (supported: US, CA)', reason: 'region_not_supported' }],
      },
    });
    for (const [number, type] of [['+19005551234', 'premium_rate'], ['+15005550006', 'personal_number']]) {
      res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number } });
      assert.equal(res.status, 422, number);
      assert.equal(res.body.error.code, 'not_eligible');
      assert.deepEqual(res.body.error.details, [{ field: 'number', message: `number type ${type} is not portable`, reason: 'number_type_not_portable' }]);
    }
    // Canada is supported by default.
    res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+16135550123' } });
    assert.equal(res.status, 201);
    assert.equal(res.body.data.region, 'CA');
  });

  it('answers port_exists for an active port: with its id to the owner, without it to another account', async () => {
    const first = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552002' } });
    assert.equal(first.status, 201);
    const own = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552002' } });
    assert.equal(own.status, 409);
    assert.deepEqual(own.body, {
      success: false,
      error: {
        code: 'port_exists',
        message: 'You already have an active port for +14155552002',
        details: [{ field: 'number', message: `active port ${first.body.data.id} (pending)`, port_id: first.body.data.id }],
      },
    });
    const other = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155552002' } });
    assert.equal(other.status, 409);
    assert.deepEqual(other.body, {
      success: false,
      error: { code: 'port_exists', message: 'An active port for +14155552002 already exists', details: [{ field: 'number', message: 'an active port exists for this number' }] },
    });
  });

  it('answers already_ported for a number completed into any account (naming only your own port), and frees failed ones', async () => {
    const first = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552003' } });
    await t.database.db.updateTable('ports').set({ status: 'completed', carrier_status: 'ported' }).where('id', '=', first.body.data.id).execute();
    const again = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552003' } });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_ported');
    assert.equal(again.body.error.details[0].port_id, first.body.data.id);

    // Completed into one account, the number is in service here: another account cannot port it in
    // again, and is not told whose it is.
    const other = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155552003' } });
    assert.equal(other.status, 409);
    assert.deepEqual(other.body, {
      success: false,
      error: {
        code: 'already_ported',
        message: '+14155552003 is already in service with this provider and cannot be ported in again',
        details: [{ field: 'number', message: 'the number is already in service here' }],
      },
    });
    assert.equal((await t.database.db.selectFrom('ports').select('id').where('number', '=', '+14155552003').execute()).length, 1);

    const failed = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552004' } });
    await t.database.db.updateTable('ports').set({ status: 'failed', carrier_status: 'rejected' }).where('id', '=', failed.body.data.id).execute();
    const retry = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552004' } });
    assert.equal(retry.status, 201);
  });

  it('lets exactly one of 50 concurrent submits of one number win, across accounts', async () => {
    const keys = [t.alice.key, t.bob.key];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(t.app, 'POST', '/v2/ports', { key: keys[i % 2], body: { ...VALID_PORT, number: '+14155552005' } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    assert.ok(results.every((r) => r.status === 201 || r.body.error.code === 'port_exists'));
    const rows = await t.database.db.selectFrom('ports').select('id').where('number', '=', '+14155552005').execute();
    assert.equal(rows.length, 1);
  });

  it('keeps the duplicate guard in the database itself (a second active row is refused)', async () => {
    const row = await t.database.db.selectFrom('ports').selectAll().where('number', '=', '+14155552005').executeTakeFirstOrThrow();
    await assert.rejects(
      t.database.db.insertInto('ports').values({ ...row, id: 'port_manualduplicate', account_id: t.bob.accountId }).execute(),
      /UNIQUE constraint failed|duplicate key/,
    );
  });

  it('replays an Idempotency-Key with the same body and refuses it with another', async () => {
    const body = { ...VALID_PORT, number: '+14155552006', account_pin: '1111' };
    const headers = { 'idempotency-key': 'order-42' };
    const first = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body, headers });
    assert.equal(first.status, 201);
    t.clock.advance(60_000);
    const again = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body, headers });
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const count = await t.database.db.selectFrom('ports').select('id').where('number', '=', '+14155552006').execute();
    assert.equal(count.length, 1);

    const conflict = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...body, account_pin: '2222' }, headers });
    assert.equal(conflict.status, 422);
    assert.equal(conflict.body.error.code, 'idempotency_conflict');

    // Keys are per account: Bob's "order-42" is his own (and then meets Alice's active port).
    const bobs = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body, headers });
    assert.equal(bobs.status, 409);
    assert.equal(bobs.body.error.code, 'port_exists');

    const stored = await t.database.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'order-42').execute();
    assert.equal(stored.length, 1);
    assert.ok(!stored[0]!.request_hash.includes('1111') && !stored[0]!.response_body.includes('1111'));
  });

  it('replays concurrent submits with one Idempotency-Key as one port', async () => {
    const body = { ...VALID_PORT, number: '+14155552007' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body, headers: { 'idempotency-key': 'burst' } })),
    );
    assert.deepEqual(new Set(results.map((r) => r.status)), new Set([201]));
    assert.equal(new Set(results.map((r) => r.body.data.id)).size, 1);
  });

  it('validates field types, lengths, unknown fields and control characters', async () => {
    const cases: [unknown, string][] = [
      [{ ...VALID_PORT, number: 14155551234 }, 'number'],
      [{ ...VALID_PORT, end_user_name: '' }, 'end_user_name'],
      [{ ...VALID_PORT, end_user_name: 'x'.repeat(201) }, 'end_user_name'],
      [{ ...VALID_PORT, end_user_name: 'Robert\u0000; DROP TABLE ports' }, 'end_user_name'],
      [{ ...VALID_PORT, end_user_address: { ...VALID_PORT.end_user_address, country: 'USA' } }, 'end_user_address.country'],
      [{ ...VALID_PORT, end_user_address: { ...VALID_PORT.end_user_address, zip: '1' } }, 'end_user_address.zip'],
      [{ ...VALID_PORT, admin: true }, 'admin'],
      [{ ...VALID_PORT, customer_reference: 'r'.repeat(65) }, 'customer_reference'],
    ];
    for (const [body, field] of cases) {
      const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body });
      assert.equal(res.status, 400, field);
      assert.equal(res.body.error.code, 'validation_failed', field);
      assert.ok(res.body.error.details.some((d: { field: string }) => d.field === field), `${field}: ${JSON.stringify(res.body)}`);
    }
    const missing = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { number: '+14155551234' } });
    assert.deepEqual(
      missing.body.error.details.map((d: { field: string }) => d.field).sort(),
      ['account_number', 'billing_phone', 'end_user_address', 'end_user_name'],
    );
    const array = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: [VALID_PORT] });
    assert.deepEqual(array.body.error, { code: 'validation_failed', message: 'The request body must be a JSON object', details: [{ field: 'body', message: 'must be object' }] });
  });
});

describe('GET /v2/ports/{id} and /v2/ports', () => {
  let t: TestApp;
  const ids: string[] = [];
  before(async () => {
    t = await createTestApp();
    for (let i = 0; i < 5; i++) {
      const res = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: `+1415555300${i}` } });
      ids.push(res.body.data.id);
      if (i % 2 === 0) t.clock.advance(1000); // some ports share a created_at: ties are broken by id
    }
    await t.database.db.updateTable('ports').set({ status: 'failed', carrier_status: 'rejected' }).where('id', '=', ids[1]!).execute();
    await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155553999' } });
  });
  after(() => t.close());

  it('returns the caller’s port and 404 for another account’s or a missing one', async () => {
    const own = await call(t.app, 'GET', `/v2/ports/${ids[0]}`, { key: t.alice.key });
    assert.equal(own.status, 200);
    assert.deepEqual(own.body, { success: true, data: expectedPort(ids[0]!, { number: '+14155553000' }) });
    const foreign = await call(t.app, 'GET', `/v2/ports/${ids[0]}`, { key: t.bob.key });
    const missing = await call(t.app, 'GET', '/v2/ports/port_doesnotexist00', { key: t.bob.key });
    assert.equal(foreign.status, 404);
    assert.deepEqual(foreign.body, { success: false, error: { code: 'not_found', message: 'Port not found' } });
    assert.deepEqual(missing.body, foreign.body);
    const events = await call(t.app, 'GET', `/v2/ports/${ids[0]}/events`, { key: t.bob.key });
    assert.equal(events.status, 404);
  });

  it('lists newest first, ties by id, with pages that never overlap', async () => {
    const rows = await t.database.db.selectFrom('ports').select(['id', 'created_at']).where('account_id', '=', t.alice.accountId).execute();
    const expected = rows
      .sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1))
      .map((r) => r.id);
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 2) {
      const page = await call(t.app, 'GET', `/v2/ports?limit=2&offset=${offset}`, { key: t.alice.key });
      assert.equal(page.status, 200);
      assert.deepEqual(page.body.pagination, { limit: 2, offset, total: 5, next_cursor: offset + 2 < 5 ? page.body.data[1].id : null });
      seen.push(...page.body.data.map((p: { id: string }) => p.id));
    }
    assert.deepEqual(seen, expected);
    const all = await call(t.app, 'GET', '/v2/ports', { key: t.alice.key });
    assert.deepEqual(all.body.pagination, { limit: 20, offset: 0, total: 5, next_cursor: null });
    const beyond = await call(t.app, 'GET', '/v2/ports?offset=100', { key: t.alice.key });
    assert.deepEqual(beyond.body, { success: true, data: [], pagination: { limit: 20, offset: 100, total: 5, next_cursor: null } });
    const full = await call(t.app, 'GET', '/v2/ports?limit=5', { key: t.alice.key });
    assert.deepEqual(full.body.pagination, { limit: 5, offset: 0, total: 5, next_cursor: null });

    // The same pages with the cursor: each starts after the last id of the one before.
    const viaCursor: string[] = [];
    let after: string | null = null;
    do {
      const res: { body: { data: { id: string }[]; pagination: { total: number; next_cursor: string | null } } } = await call(t.app, 'GET', `/v2/ports?limit=2${after ? `&after=${after}` : ''}`, { key: t.alice.key });
      assert.equal(res.body.pagination.total, 5);
      viaCursor.push(...res.body.data.map((p) => p.id));
      after = res.body.pagination.next_cursor;
    } while (after);
    assert.deepEqual(viaCursor, expected);
    const foreign = await call(t.app, 'GET', `/v2/ports?after=${expected[0]}`, { key: t.bob.key });
    assert.equal(foreign.status, 400, 'another account’s port is no cursor here');
    assert.deepEqual(foreign.body.error.details, [{ field: 'after', message: 'is not a port of this list' }]);
  });

  it('filters by status and exact number', async () => {
    const failed = await call(t.app, 'GET', '/v2/ports?status=failed', { key: t.alice.key });
    assert.deepEqual(failed.body.data.map((p: { id: string }) => p.id), [ids[1]]);
    assert.equal(failed.body.pagination.total, 1);
    const byNumber = await call(t.app, 'GET', '/v2/ports?number=%2B14155553002', { key: t.alice.key });
    assert.deepEqual(byNumber.body.data.map((p: { id: string }) => p.id), [ids[2]]);
    const bobs = await call(t.app, 'GET', '/v2/ports?number=%2B14155553002', { key: t.bob.key });
    assert.deepEqual(bobs.body, { success: true, data: [], pagination: { limit: 20, offset: 0, total: 0, next_cursor: null } });
  });

  it('refuses out-of-range paging, unknown statuses and non-E.164 number filters', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'offset=-1', 'status=done', 'number=4155553002', 'limit=1&limit=2']) {
      const res = await call(t.app, 'GET', `/v2/ports?${q}`, { key: t.alice.key });
      assert.equal(res.status, 400, q);
      assert.equal(res.body.error.code, 'validation_failed', q);
    }
  });
});

describe('the losing-carrier filter (GET /v2/ports, the desk’s ports and orders)', () => {
  let t: TestApp;
  const BLUEBELL = { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false }; // area code 415
  const CASCADE = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false }; // area code 212
  const submit = async (key: string, number: string) => {
    const res = await call(t.app, 'POST', '/v2/ports', { key, body: { ...VALID_PORT, number } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data.id as string;
  };
  let bluebell1: string, cascade: string, bluebell2: string, bobs: string;
  before(async () => {
    t = await createTestApp({ env: { ORDER_REQUIREMENTS: '' } });
    bluebell1 = await submit(t.alice.key, '+14155553100');
    cascade = await submit(t.alice.key, '+12125553101');
    t.clock.advance(1000);
    bluebell2 = await submit(t.alice.key, '+14155553102');
    bobs = await submit(t.bob.key, '+14155553199');
  });
  after(() => t.close());

  const bluebellPort = (id: string, number: string, at = MONDAY) => expectedPort(id, { number, created_at: at, updated_at: at });
  const LATER = '2026-11-16T15:00:01.000Z';

  it('lists the caller’s ports of that carrier, newest first, with the exact total; pages and cursors keep the filter', async () => {
    const res = await call(t.app, 'GET', '/v2/ports?losing_carrier=2002', { key: t.alice.key });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      success: true,
      data: [bluebellPort(bluebell2, '+14155553102', LATER), bluebellPort(bluebell1, '+14155553100')],
      pagination: { limit: 20, offset: 0, total: 2, next_cursor: null },
    });
    const cascades = await call(t.app, 'GET', '/v2/ports?losing_carrier=3003', { key: t.alice.key });
    assert.deepEqual(cascades.body, {
      success: true,
      data: [expectedPort(cascade, { number: '+12125553101', losing_carrier: CASCADE })],
      pagination: { limit: 20, offset: 0, total: 1, next_cursor: null },
    });
    const first = await call(t.app, 'GET', '/v2/ports?losing_carrier=2002&limit=1', { key: t.alice.key });
    assert.deepEqual(first.body.pagination, { limit: 1, offset: 0, total: 2, next_cursor: bluebell2 });
    const next = await call(t.app, 'GET', `/v2/ports?losing_carrier=2002&limit=1&after=${bluebell2}`, { key: t.alice.key });
    assert.deepEqual(next.body, { success: true, data: [bluebellPort(bluebell1, '+14155553100')], pagination: { limit: 1, offset: 0, total: 2, next_cursor: bluebell1 } });
    const deep = await call(t.app, 'GET', '/v2/ports?losing_carrier=2002&limit=1&offset=1', { key: t.alice.key });
    assert.deepEqual(deep.body.pagination, { limit: 1, offset: 1, total: 2, next_cursor: null });
    assert.deepEqual(deep.body.data.map((p: { id: string }) => p.id), [bluebell1]);
    const withStatus = await call(t.app, 'GET', '/v2/ports?losing_carrier=2002&status=failed', { key: t.alice.key });
    assert.deepEqual(withStatus.body, { success: true, data: [], pagination: { limit: 20, offset: 0, total: 0, next_cursor: null } });
    const none = await call(t.app, 'GET', '/v2/ports?losing_carrier=6214', { key: t.alice.key });
    assert.deepEqual(none.body, { success: true, data: [], pagination: { limit: 20, offset: 0, total: 0, next_cursor: null } });
  });

  it('never shows another account’s ports', async () => {
    const bob = await call(t.app, 'GET', '/v2/ports?losing_carrier=2002', { key: t.bob.key });
    assert.deepEqual(bob.body, {
      success: true,
      data: [expectedPort(bobs, { number: '+14155553199', created_at: LATER, updated_at: LATER })],
      pagination: { limit: 20, offset: 0, total: 1, next_cursor: null },
    });
    const cascades = await call(t.app, 'GET', '/v2/ports?losing_carrier=3003', { key: t.bob.key });
    assert.deepEqual(cascades.body, { success: true, data: [], pagination: { limit: 20, offset: 0, total: 0, next_cursor: null } });
    const cursor = await call(t.app, 'GET', `/v2/ports?losing_carrier=2002&after=${bluebell1}`, { key: t.bob.key });
    assert.equal(cursor.status, 400, 'another account’s port is no cursor here either');
  });

  it('the desk filters every account’s ports by carrier, with an account, a status or flagged', async () => {
    const ids = async (q: string) => {
      const res = await call(t.app, 'GET', `/v2/admin/ports?${q}`, { key: t.admin.key });
      assert.equal(res.status, 200, res.raw);
      return [res.body.data.map((p: { id: string }) => p.id), res.body.pagination.total];
    };
    const all = await call(t.app, 'GET', '/v2/admin/ports?losing_carrier=2002', { key: t.admin.key });
    assert.deepEqual(all.body, {
      success: true,
      data: [
        { ...bluebellPort(bobs, '+14155553199', LATER), account_id: t.bob.accountId },
        { ...bluebellPort(bluebell2, '+14155553102', LATER), account_id: t.alice.accountId },
        { ...bluebellPort(bluebell1, '+14155553100'), account_id: t.alice.accountId },
      ].sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1)),
      pagination: { limit: 20, offset: 0, total: 3, next_cursor: null },
    });
    assert.deepEqual(await ids(`losing_carrier=2002&account_id=${t.bob.accountId}`), [[bobs], 1]);
    assert.deepEqual(await ids(`losing_carrier=3003&account_id=${t.bob.accountId}`), [[], 0]);
    assert.deepEqual(await ids(`losing_carrier=3003&status=pending`), [[cascade], 1]);
    assert.deepEqual((await ids(`losing_carrier=2002&limit=2`))[1], 3);
    await call(t.app, 'POST', `/v2/admin/ports/${bluebell1}/comments`, { key: t.admin.key, body: { body: 'Please send the PIN.', action_required: true } });
    assert.deepEqual(await ids(`losing_carrier=2002&action_required=true`), [[bluebell1], 1]);
    assert.deepEqual(await ids(`losing_carrier=3003&action_required=true`), [[], 0]);
    assert.deepEqual(await ids(`losing_carrier=2002&action_required=false&limit=1`), [[(await ids('losing_carrier=2002'))[0][0]], 2]);
    // Totals of a full page come from the counts the writer keeps: they follow a port's moves.
    assert.deepEqual((await ids(`losing_carrier=2002&status=pending&limit=1`))[1], 3);
    assert.deepEqual((await ids(`losing_carrier=2002&account_id=${t.alice.accountId}&limit=1`))[1], 2);
    assert.equal((await call(t.app, 'POST', `/v2/ports/${bluebell1}/cancel`, { key: t.alice.key })).status, 200);
    assert.deepEqual((await ids(`losing_carrier=2002&status=pending&limit=1`))[1], 2);
    assert.deepEqual(await ids(`losing_carrier=2002&status=cancelled&limit=1`), [[bluebell1], 1]);
    assert.deepEqual((await ids(`losing_carrier=2002&account_id=${t.alice.accountId}&status=pending&limit=1`))[1], 1);
    assert.deepEqual((await ids(`losing_carrier=2002&limit=1`))[1], 3);
    const stored = await t.database.db.selectFrom('port_counts').select(['status', (eb) => eb.fn.sum<number>('n').as('n')]).where('spid', '=', '2002').groupBy('status').orderBy('status').execute();
    assert.deepEqual(stored.map((r) => [r.status, Number(r.n)]), [['cancelled', 1], ['pending', 2]]);
    const zero = { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 };
    const counts = async (q: string) => (await call(t.app, 'GET', `/v2/admin/port_counts?${q}`, { key: t.admin.key })).body;
    assert.deepEqual(await counts('losing_carrier=2002'), { success: true, data: { ...zero, pending: 2, cancelled: 1 } });
    assert.deepEqual(await counts(`losing_carrier=2002&account_id=${t.alice.accountId}`), { success: true, data: { ...zero, pending: 1, cancelled: 1 } });
    assert.deepEqual(await counts('losing_carrier=9999'), { success: true, data: zero });
    assert.equal((await call(t.app, 'GET', '/v2/admin/port_counts?losing_carrier=20%2D2', { key: t.admin.key })).status, 400);
  });

  it('refuses a losing carrier that is not a SPID (4 letters or digits), in the error envelope', async () => {
    for (const [path, key] of [['/v2/ports', t.alice.key], ['/v2/admin/ports', t.admin.key], ['/v2/admin/port_orders', t.admin.key]] as const) {
      for (const bad of ['200', '20022', '20%2D2', 'Bluebell', '']) {
        const res = await call(t.app, 'GET', `${path}?losing_carrier=${bad}`, { key });
        assert.equal(res.status, 400, `${path} ${bad}`);
        assert.equal(res.body.success, false);
        assert.equal(res.body.error.code, 'validation_failed');
        assert.deepEqual(res.body.error.details.map((d: { field: string }) => d.field), ['losing_carrier'], `${path} ${bad}: ${res.raw}`);
      }
    }
    const customerOrders = await call(t.app, 'GET', '/v2/port_orders?losing_carrier=2002', { key: t.alice.key });
    assert.equal(customerOrders.status, 400, 'the customer’s orders have no carrier filter');
  });

  it('the desk’s orders: those with a sub-order of the carrier (submitted ones)', async () => {
    const DETAILS = { account_number: '77-120-9', billing_phone: '+14155551234', end_user_name: 'Acme Dental LLC', end_user_address: VALID_PORT.end_user_address };
    const draft = async (numbers: string[], key: string) => {
      const res = await call(t.app, 'POST', '/v2/port_orders', { key, body: { numbers, ...DETAILS } });
      assert.equal(res.status, 201, res.raw);
      return res.body.data.id as string;
    };
    const mixed = await draft(['+14155553200', '+12125553201'], t.alice.key);
    const onlyCascade = await draft(['+12125553202'], t.bob.key);
    const unsubmitted = await draft(['+14155553203'], t.alice.key);
    for (const [id, key] of [[mixed, t.alice.key], [onlyCascade, t.bob.key]] as const) assert.equal((await call(t.app, 'POST', `/v2/port_orders/${id}/submit`, { key })).status, 200);
    const ids = async (q: string) => (await call(t.app, 'GET', `/v2/admin/port_orders?${q}`, { key: t.admin.key })).body.data.map((o: { id: string }) => o.id);
    assert.deepEqual(await ids('losing_carrier=2002'), [mixed]);
    assert.deepEqual((await ids('losing_carrier=3003')).sort(), [mixed, onlyCascade].sort());
    assert.deepEqual(await ids(`losing_carrier=3003&account_id=${t.bob.accountId}`), [onlyCascade]);
    assert.deepEqual(await ids('losing_carrier=6214'), []);
    assert.ok((await ids('')).includes(unsubmitted), 'the draft is listed without the filter');
    const full = await call(t.app, 'GET', `/v2/admin/port_orders?losing_carrier=2002`, { key: t.admin.key });
    assert.deepEqual(full.body.data, [(await call(t.app, 'GET', `/v2/admin/port_orders/${mixed}`, { key: t.admin.key })).body.data]);
    assert.deepEqual(full.body.pagination, { limit: 20, next_cursor: null });
  });

  it('the desk lists the directory’s carriers (customers may not)', async () => {
    const res = await call(t.app, 'GET', '/v2/admin/carriers', { key: t.admin.key });
    assert.deepEqual(res.body, {
      success: true,
      data: [
        { name: 'Metro Wireless', spid: '6214', wireless: true, pin_required: true },
        { name: 'Northwind Telephone', spid: '1001', wireless: false, pin_required: false },
        BLUEBELL,
        CASCADE,
        { name: 'International Partner', spid: '9009', wireless: false, pin_required: false },
      ],
    });
    const customer = await call(t.app, 'GET', '/v2/admin/carriers', { key: t.alice.key });
    assert.equal(customer.status, 403);
    assert.equal(customer.body.error.code, 'forbidden');
  });
});
