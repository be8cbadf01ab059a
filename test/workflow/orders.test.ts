/** Port orders, portability checks and FOC dates (contract/orders-documents.md). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, MONDAY, readFeedUntil, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { runUntilIdle } from '../helpers/workflow.ts';

const DETAILS = {
  account_number: 'ACC-1001',
  billing_phone: '+14155551234',
  end_user_name: 'Acme Dental',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
};
const CASCADE = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false };
const BLUEBELL = { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false };
const NORTHWIND = { name: 'Northwind Telephone', spid: '1001', wireless: false, pin_required: false };
const METRO = { name: 'Metro Wireless', spid: '6214', wireless: true, pin_required: true };

describe('portability checks and FOC dates', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('answers one entry per number, in order, with the exact reason, never failing the batch', async () => {
    t.clock.set(MONDAY);
    const active = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155557001' } });
    const done = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155557002' } });
    await t.database.db.updateTable('ports').set({ status: 'completed', carrier_status: 'ported' }).where('id', '=', done.body.data.id).execute();
    const res = await call(t.app, 'POST', '/v2/portability_checks', {
      key: t.alice.key,
      body: { numbers: ['+12125551000', '(415) 555-1000', 'hello', '+442079460000', '+19005551234', '+14155557001', '+14155557002', '+16465551000', '+13125551000'] },
    });
    assert.equal(res.status, 200);
    const entry = (number: string, e164: string | null, reason: string | null, extra: Record<string, unknown> = {}) => ({
      number,
      e164,
      portable: reason === null,
      reason,
      number_type: null,
      region: null,
      losing_carrier: null,
      ...extra,
    });
    const us = (carrier: unknown) => ({ number_type: 'fixed_line_or_mobile', region: 'US', losing_carrier: carrier });
    assert.deepEqual(res.body.data, [
      entry('+12125551000', '+12125551000', null, us(CASCADE)),
      entry('(415) 555-1000', '+14155551000', 'not_e164'),
      entry('hello', null, 'invalid_number'),
      entry('+442079460000', '+442079460000', 'region_not_supported', { number_type: 'fixed_line', region: 'GB', losing_carrier: { name: 'International Partner', spid: '9009', wireless: false, pin_required: false } }),
      entry('+19005551234', '+19005551234', 'number_type_not_portable', { number_type: 'premium_rate', region: 'US', losing_carrier: NORTHWIND }),
      entry('+14155557001', '+14155557001', 'port_exists', us(BLUEBELL)),
      entry('+14155557002', '+14155557002', 'already_in_service', us(BLUEBELL)),
      entry('+16465551000', '+16465551000', null, us(METRO)),
      entry('+13125551000', '+13125551000', null, us(NORTHWIND)),
    ]);
    assert.ok(!res.raw.includes(t.bob.accountId) && !res.raw.includes(active.body.data.id), 'whose port is never revealed');

    const many = Array.from({ length: 1000 }, (_, i) => `+1718555${String(i).padStart(4, '0')}`);
    const big = await call(t.app, 'POST', '/v2/portability_checks', { key: t.alice.key, body: { numbers: many } });
    assert.equal(big.body.data.length, 1000);
    assert.deepEqual(big.body.data.map((e: { number: string }) => e.number), many);
    const tooMany = await call(t.app, 'POST', '/v2/portability_checks', { key: t.alice.key, body: { numbers: [...many, '+17185551000'] } });
    assert.equal(tooMany.status, 400);
  });

  it('lists the FOC dates a submission may ask for, and holds submissions to them', async () => {
    t.clock.set(MONDAY); // Monday 2026-11-16, 10:00 in New York
    const res = await call(t.app, 'GET', '/v2/foc_dates', { key: t.alice.key });
    assert.equal(res.body.data.earliest, '2026-11-23');
    assert.equal(res.body.data.latest, '2026-12-16');
    assert.equal(res.body.data.dates[0], '2026-11-23');
    assert.ok(!res.body.data.dates.includes('2026-11-26'), 'not Thanksgiving');
    assert.ok(!res.body.data.dates.includes('2026-11-28'), 'not a Saturday');
    assert.equal(res.body.data.dates.length, 17);

    const ask = (date: string) => call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155557010', requested_foc_date: date } });
    for (const [date, message] of [
      ['2026-11-20', 'requested_foc_date: 2026-11-20 is too early: the earliest allowed is 2026-11-23'],
      ['2026-11-28', 'requested_foc_date: 2026-11-28 is not a business day (the earliest allowed is 2026-11-23)'],
      ['2026-12-17', 'requested_foc_date: 2026-12-17 is too far out: the latest allowed is 2026-12-16 (the earliest is 2026-11-23)'],
      ['2026-02-30', 'requested_foc_date: is not a valid date (YYYY-MM-DD)'],
    ]) {
      const r = await ask(date!);
      assert.equal(r.status, 400, date);
      assert.equal(r.body.error.message, message);
    }
    const ok = await ask('2026-12-01');
    assert.equal(ok.status, 201);
    assert.equal(ok.body.data.requested_foc_date, '2026-12-01');
    assert.equal(ok.body.data.estimated_completion, '2026-12-01T11:00:00.000Z');
    await runUntilIdle(t);
    const port = (await call(t.app, 'GET', `/v2/ports/${ok.body.data.id}`, { key: t.alice.key })).body.data;
    assert.deepEqual([port.status, port.foc_date, port.completed_at], ['completed', '2026-12-01', '2026-12-01T09:00:00.000Z']);
  });
});

describe('port orders', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ env: { ORDER_REQUIREMENTS: '' } })));
  after(() => t.close());

  const create = async (numbers: string[], extra: Record<string, unknown> = {}, key = t.alice.key) => {
    const res = await call(t.app, 'POST', '/v2/port_orders', { key, body: { numbers, ...DETAILS, ...extra } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data;
  };
  const submit = async (id: string, key = t.alice.key) => {
    const res = await call(t.app, 'POST', `/v2/port_orders/${id}/submit`, { key });
    assert.equal(res.status, 200, res.raw);
    return res.body.data;
  };
  const get = async (id: string, key = t.alice.key) => (await call(t.app, 'GET', `/v2/port_orders/${id}`, { key })).body.data;

  it('a draft checks every number; submitted, it becomes one port per number, split by losing carrier', async () => {
    t.clock.set(MONDAY);
    const draft = await create(['+12125551100', '+14155551100', '+16505551100', '+16465551100'], { account_pin: '2468', customer_reference: 'ticket-9' });
    assert.match(draft.id, /^ord_[A-Za-z0-9_-]{16}$/);
    assert.deepEqual(
      { ...draft, id: undefined },
      {
        id: undefined,
        status: 'draft',
        numbers: [
          { number: '+12125551100', port_id: null, status: null, losing_carrier: CASCADE },
          { number: '+14155551100', port_id: null, status: null, losing_carrier: BLUEBELL },
          { number: '+16505551100', port_id: null, status: null, losing_carrier: CASCADE },
          { number: '+16465551100', port_id: null, status: null, losing_carrier: METRO },
        ],
        sub_orders: [],
        requested_foc_date: null,
        requirements: { loa: 'missing', invoice: 'missing' },
        requirements_met: true, // ORDER_REQUIREMENTS is empty here
        counts: { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 },
        account_number: '****1001',
        billing_phone: '+14155551234',
        end_user_name: 'Acme Dental',
        end_user_address: DETAILS.end_user_address,
        carrier_name: null,
        customer_reference: 'ticket-9',
        created_at: MONDAY,
        updated_at: MONDAY,
        submitted_at: null,
        action_required: false,
      },
    );
    const row = await t.database.db.selectFrom('port_orders').select('account_pin_enc').where('id', '=', draft.id).executeTakeFirstOrThrow();
    assert.ok(row.account_pin_enc?.startsWith('v1.') && !row.account_pin_enc.includes('2468'), 'the PIN is sealed');

    const order = await submit(draft.id);
    assert.equal(order.status, 'in_progress');
    assert.equal(order.submitted_at, MONDAY);
    assert.deepEqual(order.counts, { pending: 4, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 });
    assert.deepEqual(
      order.sub_orders.map((s: { losing_carrier: unknown; numbers: string[]; status: string }) => [s.losing_carrier, s.numbers, s.status]),
      [
        [CASCADE, ['+12125551100', '+16505551100'], 'in_progress'],
        [BLUEBELL, ['+14155551100'], 'in_progress'],
        [METRO, ['+16465551100'], 'in_progress'],
      ],
    );
    const ports = await call(t.app, 'GET', `/v2/ports?order_id=${draft.id}`, { key: t.alice.key });
    assert.equal(ports.body.pagination.total, 4);
    for (const p of ports.body.data) {
      assert.equal(p.order_id, draft.id);
      assert.equal(p.status, 'pending');
      assert.equal(p.customer_reference, 'ticket-9');
      assert.ok(order.sub_orders.some((s: { id: string }) => s.id === p.sub_order_id));
    }
    assert.deepEqual(order.numbers.map((n: { port_id: string }) => n.port_id).sort(), ports.body.data.map((p: { id: string }) => p.id).sort());

    await runUntilIdle(t);
    const done = await get(draft.id);
    assert.equal(done.status, 'completed');
    assert.deepEqual(done.counts, { pending: 0, authorized: 0, in_progress: 0, completed: 4, failed: 0, cancelled: 0 });
    // One FOC date per sub-order; the wireless carrier got its PIN and approved.
    for (const s of done.sub_orders) assert.equal(s.foc_date, '2026-11-23');
    const ofDraft = (data: any[]) => data.filter((e: { data: { order: { id: string } } }) => e.data.order.id === draft.id);
    const events = ofDraft(await readFeedUntil(t.app, t.alice.key, '?limit=100&type=order.status_changed', (d) => ofDraft(d).length >= 2));
    assert.deepEqual(events.map((e: { data: { from: string; to: string } }) => [e.data.from, e.data.to]), [['draft', 'in_progress'], ['in_progress', 'completed']]);
    const created = ofDraft(await readFeedUntil(t.app, t.alice.key, '?limit=100&type=order.created', (d) => ofDraft(d).length >= 1))[0];
    assert.equal(created.data.order.status, 'draft');
  });

  it('a sub-order is answered as a whole: a rejection fails all its ports, naming the number; a correction resubmits them', async () => {
    t.clock.set(MONDAY);
    const draft = await create(['+12125550102', '+16505552200', '+14155552200'], { requested_foc_date: '2026-11-30' });
    await submit(draft.id);
    await runUntilIdle(t);
    let order = await get(draft.id);
    assert.equal(order.status, 'action_required');
    const ports = (await call(t.app, 'GET', `/v2/ports?order_id=${draft.id}`, { key: t.alice.key })).body.data;
    const byNumber = Object.fromEntries(ports.map((p: { number: string }) => [p.number, p]));
    for (const n of ['+12125550102', '+16505552200']) {
      assert.equal(byNumber[n].status, 'failed');
      assert.equal(byNumber[n].rejection.code, 'PIN_INVALID');
      assert.equal(byNumber[n].rejection.number, '+12125550102');
      assert.match(byNumber[n].rejection.message, /^Port rejected: the current provider rejected the whole order request because of \+12125550102: the account PIN/);
    }
    assert.equal(byNumber['+14155552200'].status, 'completed');
    assert.equal(byNumber['+14155552200'].foc_date, '2026-11-30', 'the requested FOC date, later than the earliest');

    // Only the account details may change now; they resubmit every failed port.
    const refused = await call(t.app, 'PATCH', `/v2/port_orders/${draft.id}`, { key: t.alice.key, body: { numbers: ['+12125559999'] } });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.error.details, [{ field: 'numbers', message: 'can only be changed while the order is a draft' }]);
    const patched = await call(t.app, 'PATCH', `/v2/port_orders/${draft.id}`, { key: t.alice.key, body: { account_pin: '1357' } });
    assert.equal(patched.status, 200, patched.raw);
    assert.equal(patched.body.data.status, 'in_progress');
    assert.deepEqual(patched.body.data.counts, { pending: 2, authorized: 0, in_progress: 0, completed: 1, failed: 0, cancelled: 0 });
    await runUntilIdle(t);
    order = await get(draft.id);
    assert.equal(order.status, 'completed');
    const statuses = (await call(t.app, 'GET', `/v2/ports?order_id=${draft.id}`, { key: t.alice.key })).body.data.map((p: { status: string }) => p.status);
    assert.deepEqual(statuses, ['completed', 'completed', 'completed']);
  });

  it('drafts change freely; orders cancel; numbers are checked and distinct; submission is all or none', async () => {
    t.clock.set(MONDAY);
    const bad = await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125553300', '(212) 555-3301', '+12125553300', '+19005551234'], ...DETAILS } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.error.details, [
      { field: 'numbers[1]', message: '(212) 555-3301 must be in E.164 format; did you mean +12125553301?', reason: 'not_e164', number: '(212) 555-3301' },
      { field: 'numbers[2]', message: '+12125553300 is also numbers[0]', reason: 'duplicate', number: '+12125553300' },
      { field: 'numbers[3]', message: '+19005551234 is a premium rate number, which cannot be ported', reason: 'number_type_not_portable', number: '+19005551234' },
    ]);

    const draft = await create(['+12125553300']);
    const edited = await call(t.app, 'PATCH', `/v2/port_orders/${draft.id}`, { key: t.alice.key, body: { numbers: ['+12125553300', '+12125553301'], end_user_name: 'Acme Dental LLC' } });
    assert.deepEqual(edited.body.data.numbers.map((n: { number: string }) => n.number), ['+12125553300', '+12125553301']);
    assert.equal(edited.body.data.end_user_name, 'Acme Dental LLC');

    // A number taken since the draft: the submission writes nothing and names it.
    await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+12125553301' } });
    const taken = await call(t.app, 'POST', `/v2/port_orders/${draft.id}/submit`, { key: t.alice.key });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'port_exists');
    assert.deepEqual(taken.body.error.details, [{ field: 'numbers[1]', message: 'An active port for +12125553301 already exists', number: '+12125553301' }]);
    assert.equal((await get(draft.id)).status, 'draft');
    assert.equal((await t.database.db.selectFrom('ports').select('id').where('order_id', '=', draft.id).execute()).length, 0, 'all or none');

    const cancelledDraft = await call(t.app, 'POST', `/v2/port_orders/${draft.id}/cancel`, { key: t.alice.key });
    assert.equal(cancelledDraft.body.data.status, 'cancelled');

    const live = await create(['+12125553310', '+14155553310']);
    await submit(live.id);
    const cancelled = await call(t.app, 'POST', `/v2/port_orders/${live.id}/cancel`, { key: t.alice.key, body: { reason: 'Moving offices' } });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.data.status, 'cancelled');
    assert.deepEqual(cancelled.body.data.counts, { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 2 });
    const again = await call(t.app, 'POST', `/v2/port_orders/${live.id}/cancel`, { key: t.alice.key });
    assert.equal(again.status, 409);
    const port = (await call(t.app, 'GET', `/v2/ports?order_id=${live.id}`, { key: t.alice.key })).body.data[0];
    assert.equal(port.messages.at(-1), 'Port cancelled at your request. Reason: Moving offices');
  });

  it('creating a draft is idempotent with a key; orders list newest first with a cursor; another account sees none of it', async () => {
    t.clock.set('2026-11-17T15:00:00.000Z');
    const body = { numbers: ['+12125554400'], ...DETAILS };
    const first = await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body, headers: { 'idempotency-key': 'order-77' } });
    const second = await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body, headers: { 'idempotency-key': 'order-77' } });
    assert.equal(second.status, 201);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(second.body.data.id, first.body.data.id);
    const conflict = await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { ...body, numbers: ['+12125554401'] }, headers: { 'idempotency-key': 'order-77' } });
    assert.equal(conflict.status, 422);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { data: { id: string; created_at: string }[]; pagination: { next_cursor: string | null } } } = await call(t.app, 'GET', `/v2/port_orders?limit=2${after ? `&after=${after}` : ''}`, { key: t.alice.key });
      seen.push(...page.body.data.map((o) => o.id));
      after = page.body.pagination.next_cursor;
    } while (after);
    const all = await t.database.db.selectFrom('port_orders').select('id').where('account_id', '=', t.alice.accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    assert.deepEqual(seen, all.map((o) => o.id));
    const inProgress = await call(t.app, 'GET', '/v2/port_orders?status=completed', { key: t.alice.key });
    assert.ok(inProgress.body.data.every((o: { status: string }) => o.status === 'completed'));

    for (const [method, url] of [
      ['GET', `/v2/port_orders/${first.body.data.id}`],
      ['PATCH', `/v2/port_orders/${first.body.data.id}`],
      ['POST', `/v2/port_orders/${first.body.data.id}/submit`],
      ['POST', `/v2/port_orders/${first.body.data.id}/cancel`],
    ] as const) {
      const res = await call(t.app, method, url, { key: t.bob.key, ...(method === 'PATCH' ? { body: { end_user_name: 'Mallory' } } : {}) });
      assert.equal(res.status, 404, `${method} ${url}`);
    }
    assert.deepEqual((await call(t.app, 'GET', `/v2/ports?order_id=${first.body.data.id}`, { key: t.bob.key })).body.data, []);
    assert.ok(!(await call(t.app, 'GET', '/v2/port_orders?limit=100', { key: t.bob.key })).body.data.some((o: { id: string }) => o.id === first.body.data.id));
  });
});

describe('order limits and requirements', () => {
  it('an account holds at most MAX_ACTIVE_PORTS active ports: orders and single ports alike', async () => {
    const t = await createTestApp({ env: { ORDER_REQUIREMENTS: '', MAX_ACTIVE_PORTS: '3' } });
    try {
      const draft = (await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125555501', '+12125555502', '+12125555503', '+12125555504'], ...DETAILS } })).body.data;
      const over = await call(t.app, 'POST', `/v2/port_orders/${draft.id}/submit`, { key: t.alice.key });
      assert.equal(over.status, 409);
      assert.equal(over.body.error.code, 'quota_exceeded');
      assert.equal(over.body.error.message, 'Your account may hold at most 3 active ports at once; these 4 would go beyond it. Wait for ports to complete, or cancel some.');
      for (let i = 0; i < 3; i++) assert.equal((await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: `+1415555560${i}` } })).status, 201);
      const fourth = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155555609' } });
      assert.equal(fourth.status, 409);
      assert.equal(fourth.body.error.code, 'quota_exceeded');
      assert.equal((await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155555609' } })).status, 201, 'another account is not affected');
      const first = (await call(t.app, 'GET', '/v2/ports?limit=1', { key: t.alice.key })).body.data[0];
      await call(t.app, 'POST', `/v2/ports/${first.id}/cancel`, { key: t.alice.key });
      assert.equal((await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155555610' } })).status, 201, 'room again once one is cancelled');
    } finally {
      await t.close();
    }
  });

  it('submission waits for the documents ORDER_REQUIREMENTS asks for (default: loa and invoice)', async () => {
    const t = await createTestApp();
    try {
      const draft = (await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125556601'], ...DETAILS } })).body.data;
      assert.equal(draft.requirements_met, false);
      const res = await call(t.app, 'POST', `/v2/port_orders/${draft.id}/submit`, { key: t.alice.key });
      assert.equal(res.status, 422);
      assert.deepEqual(res.body, {
        success: false,
        error: {
          code: 'requirements_not_met',
          message: 'The order needs a signed Letter of Authorization (loa) and a copy of the bill (invoice) before it is submitted',
          details: [
            { field: 'loa', message: 'missing', requirement: 'loa' },
            { field: 'invoice', message: 'missing', requirement: 'invoice' },
          ],
        },
      });
    } finally {
      await t.close();
    }
  });
});

describe('the desk works orders by sub-order (manual mode)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ env: { ORDER_REQUIREMENTS: '', CARRIER_MODE: 'manual' } })));
  after(() => t.close());

  it('moves every port of a sub-order in one transaction; the order follows', async () => {
    t.clock.set(MONDAY);
    const draft = (await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125557701', '+16505557702', '+14155557703'], ...DETAILS } })).body.data;
    await call(t.app, 'POST', `/v2/port_orders/${draft.id}/submit`, { key: t.alice.key });
    const listed = await call(t.app, 'GET', `/v2/admin/port_orders?account_id=${t.alice.accountId}&status=in_progress`, { key: t.admin.key });
    assert.deepEqual(listed.body.data.map((o: { id: string }) => o.id), [draft.id]);
    const order = (await call(t.app, 'GET', `/v2/admin/port_orders/${draft.id}`, { key: t.admin.key })).body.data;
    const cascade = order.sub_orders.find((s: { losing_carrier: { name: string } }) => s.losing_carrier.name === 'Cascade Voice');
    const move = (status: string, extra: Record<string, unknown> = {}) => call(t.app, 'POST', `/v2/admin/sub_orders/${cascade.id}/transition`, { key: t.admin.key, body: { status, ...extra } });
    const authorized = await move('authorized', { foc_date: '2026-11-20', message: 'FOC confirmed by Cascade Voice.' });
    assert.equal(authorized.status, 200, authorized.raw);
    assert.equal(authorized.body.data.moved.length, 2);
    const sub = authorized.body.data.order.sub_orders.find((s: { id: string }) => s.id === cascade.id);
    assert.deepEqual([sub.status, sub.foc_date], ['in_progress', '2026-11-20']);
    await move('in_progress');
    const completed = await move('completed');
    assert.deepEqual(completed.body.data.order.counts, { pending: 1, authorized: 0, in_progress: 0, completed: 2, failed: 0, cancelled: 0 });
    assert.equal(completed.body.data.order.status, 'in_progress');
    const nothing = await move('completed');
    assert.equal(nothing.status, 409);
    assert.equal(nothing.body.error.code, 'invalid_transition');
    // The customer sees each port's history with the desk's message.
    const port = (await call(t.app, 'GET', `/v2/ports?order_id=${draft.id}&status=completed`, { key: t.alice.key })).body.data[0];
    assert.ok(port.messages.includes('FOC confirmed by Cascade Voice.'));
    const forbidden = await call(t.app, 'POST', `/v2/admin/sub_orders/${cascade.id}/transition`, { key: t.alice.key, body: { status: 'cancelled' } });
    assert.equal(forbidden.status, 403);
  });
});
