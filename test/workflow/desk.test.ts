import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { events, nextDue } from '../helpers/workflow.ts';

describe('the porting desk in manual mode', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ env: { CARRIER_MODE: 'manual' } })));
  after(() => t.close());

  const move = (id: string, body: Record<string, unknown>, key = t.admin.key) => call(t.app, 'POST', `/v2/admin/ports/${id}/transition`, { key, body });

  it('nothing moves on its own; the desk walks a port to completed', async () => {
    t.clock.set(MONDAY);
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: VALID_PORT });
    const id = sub.body.data.id as string;
    assert.equal(await nextDue(t), undefined); // no timers in manual mode
    assert.equal(await t.services.worker.tick(), 0);

    t.clock.set('2026-11-17T16:00:00.000Z');
    let res = await move(id, { status: 'authorized', foc_date: '2026-11-24', message: 'FOC confirmed by the losing carrier.' });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.status, 'authorized');
    assert.equal(res.body.data.foc_date, '2026-11-24');
    assert.equal(res.body.data.account_id, t.alice.accountId);
    assert.equal(res.body.data.estimated_completion, '2026-11-24T11:00:00.000Z');
    assert.equal(res.body.data.messages.at(-1), 'FOC confirmed by the losing carrier.');
    res = await move(id, { status: 'in_progress' });
    assert.equal(res.body.data.carrier_status, 'transfer_in_progress');
    res = await move(id, { status: 'completed' });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.carrier_status, 'ported');
    assert.equal(res.body.data.completed_at, '2026-11-17T16:00:00.000Z');

    const customerView = await call(t.app, 'GET', `/v2/ports/${id}`, { key: t.alice.key });
    assert.equal(customerView.body.data.status, 'completed');
    assert.equal(customerView.body.data.account_id, undefined);
    const history = await events(t, id);
    assert.deepEqual(history.map((e) => [e.from_status, e.to_status, e.actor]), [
      [null, 'pending', `customer:${t.alice.accountId}`],
      ['pending', 'authorized', `desk:${t.admin.accountId}`],
      ['authorized', 'in_progress', `desk:${t.admin.accountId}`],
      ['in_progress', 'completed', `desk:${t.admin.accountId}`],
    ]);
    // Final: nothing more.
    res = await move(id, { status: 'failed', rejection_code: 'OTHER' });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.message, 'A port cannot move from completed to failed');
  });

  it('failing needs a rejection code; the desk message reaches the customer', async () => {
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155558001' } });
    const id = sub.body.data.id as string;
    const missing = await move(id, { status: 'failed' });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.error.details, [{ field: 'rejection_code', message: 'is required to fail a port' }]);
    const res = await move(id, { status: 'failed', rejection_code: 'PIN_INVALID', message: 'The carrier says the PIN is 6 digits.' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data.rejection, {
      code: 'PIN_INVALID',
      message: `Port rejected: the account PIN does not match the current provider's records. Correct it with PATCH /v2/ports/${id} or cancel and resubmit.`,
    });
    assert.equal(res.body.data.messages.at(-1), `${res.body.data.rejection.message} The carrier says the PIN is 6 digits.`);
    const back = await move(id, { status: 'pending', message: 'Resubmitted by the desk after a call with the customer.' });
    assert.equal(back.body.data.status, 'pending');
  });

  it('checks FOC dates and codes', async () => {
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.bob.key, body: { ...VALID_PORT, number: '+14155558002' } });
    const id = sub.body.data.id as string;
    t.clock.set(MONDAY);
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'authorized', foc_date: '2026-11-26' }, 'foc_date'], // Thanksgiving
      [{ status: 'authorized', foc_date: '2026-11-21' }, 'foc_date'], // Saturday
      [{ status: 'authorized', foc_date: '2026-11-13' }, 'foc_date'], // past
      [{ status: 'authorized', foc_date: '2026-02-30' }, 'foc_date'],
      [{ status: 'authorized', foc_date: 'tomorrow' }, 'foc_date'],
      [{ status: 'in_progress', rejection_code: 'OTHER' }, 'rejection_code'],
      [{ status: 'failed', rejection_code: 'NOPE' }, 'rejection_code'],
      [{ status: 'done' }, 'status'],
      [{ status: 'cancelled', extra: 1 }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const res = await move(id, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.details[0].field, field, JSON.stringify(res.body));
    }
    const skip = await move(id, { status: 'completed' });
    assert.equal(skip.status, 409);
    assert.equal(skip.body.error.message, 'A port cannot move from pending to completed');
    const cancelled = await move(id, { status: 'cancelled', message: 'Duplicate order.' });
    assert.equal(cancelled.body.data.messages.at(-1), 'Port cancelled by the porting desk. Duplicate order.');
  });

});

describe('the desk’s lists', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ env: { CARRIER_MODE: 'manual' } })));
  after(() => t.close());

  it('lists every account’s ports with the customer filters plus account_id; customers get 403', async () => {
    const submit = async (key: string, number: string) => (await call(t.app, 'POST', '/v2/ports', { key, body: { ...VALID_PORT, number } })).body.data.id as string;
    await submit(t.alice.key, '+14155558101');
    const bobsPending = await submit(t.bob.key, '+14155558102');
    const bobsCancelled = await submit(t.bob.key, '+14155558103');
    assert.equal((await call(t.app, 'POST', `/v2/ports/${bobsCancelled}/cancel`, { key: t.bob.key })).status, 200);
    const all = await call(t.app, 'GET', '/v2/admin/ports?limit=100', { key: t.admin.key });
    assert.equal(all.status, 200);
    assert.deepEqual(new Set(all.body.data.map((p: { account_id: string }) => p.account_id)), new Set([t.alice.accountId, t.bob.accountId]));
    assert.equal(all.body.pagination.total, 3);
    const bobs = await call(t.app, 'GET', `/v2/admin/ports?account_id=${t.bob.accountId}&status=pending`, { key: t.admin.key });
    assert.deepEqual(bobs.body.data.map((p: { id: string }) => p.id), [bobsPending]);
    assert.equal(bobs.body.pagination.total, 1);
    const one = await call(t.app, 'GET', `/v2/admin/ports/${bobsCancelled}/events`, { key: t.admin.key });
    assert.equal(one.status, 200);
    assert.deepEqual(one.body.data.map((e: { to: string }) => e.to), ['pending', 'cancelled']);
    for (const [method, url] of [['GET', '/v2/admin/ports'], ['GET', `/v2/admin/ports/${bobsPending}`], ['POST', `/v2/admin/ports/${bobsPending}/transition`]] as const) {
      const res = await call(t.app, method, url, { key: t.alice.key, ...(method === 'POST' ? { body: { status: 'cancelled' } } : {}) });
      assert.equal(res.status, 403, url);
      assert.deepEqual(res.body, { success: false, error: { code: 'forbidden', message: 'This endpoint is for the porting desk (admin keys only)' } });
    }
  });

  it('a FOC date whose transfer window has passed is refused; a full ISO timestamp means its date', async () => {
    t.clock.set('2026-11-17T23:00:00.000Z'); // Tuesday 18:00 in New York
    const id = (await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155558104' } })).body.data.id as string;
    const late = await call(t.app, 'POST', `/v2/admin/ports/${id}/transition`, { key: t.admin.key, body: { status: 'authorized', foc_date: '2026-11-17' } });
    assert.equal(late.status, 400);
    assert.deepEqual(late.body.error.details, [{ field: 'foc_date', message: '2026-11-17 is too late: its transfer window has already passed (the earliest is 2026-11-18)' }]);
    const iso = await call(t.app, 'POST', `/v2/admin/ports/${id}/transition`, { key: t.admin.key, body: { status: 'authorized', foc_date: '2026-11-19T02:30:00Z' } });
    assert.equal(iso.status, 200);
    assert.equal(iso.body.data.foc_date, '2026-11-18'); // 21:30 on the 18th in New York
    assert.equal(iso.body.data.estimated_completion, '2026-11-18T11:00:00.000Z');
    assert.ok(iso.body.data.estimated_completion > t.clock.now().toISOString());
  });
});

describe('the desk in simulator mode overrides the carrier', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('an authorization by the desk schedules the transfer on its FOC date', async () => {
    t.clock.set(MONDAY);
    const sub = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: VALID_PORT });
    const id = sub.body.data.id as string;
    const res = await call(t.app, 'POST', `/v2/admin/ports/${id}/transition`, { key: t.admin.key, body: { status: 'authorized', foc_date: '2026-11-17' } });
    assert.equal(res.status, 200);
    const timer = await t.database.db.selectFrom('port_timers').selectAll().where('port_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([timer.step, timer.due_at], ['transfer_start', '2026-11-17T05:00:00.000Z']);
  });
});
