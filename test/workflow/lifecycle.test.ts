import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { events, runUntilIdle, runUntilStatus } from '../helpers/workflow.ts';

const submit = async (t: TestApp, number: string, extra: Record<string, unknown> = {}, key = t.alice.key) => {
  const res = await call(t.app, 'POST', '/v2/ports', { key, body: { ...VALID_PORT, number, ...extra } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.data.id as string;
};
const get = async (t: TestApp, id: string, key = t.alice.key) => (await call(t.app, 'GET', `/v2/ports/${id}`, { key })).body.data;

describe('the lifecycle on the simulated carrier', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('walks a port through review, authorization and transfer on the business-day calendar', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+14155556001');
    assert.equal(await runUntilIdle(t), 3);
    const port = await get(t, id);
    assert.equal(port.status, 'completed');
    assert.equal(port.carrier_status, 'ported');
    assert.equal(port.foc_date, '2026-11-23');
    assert.equal(port.completed_at, '2026-11-23T09:00:00.000Z');
    assert.equal(port.estimated_completion, null);
    assert.deepEqual(port.messages, [
      'Port request received; the current provider is reviewing it. Estimated completion: 2026-11-23.',
      'Carrier approved the port; transfer scheduled for 2026-11-23.',
      'Network transfer started; the number moves to Audian within 6 hours.',
      'Number successfully transferred to Audian',
    ]);
    const history = (await call(t.app, 'GET', `/v2/ports/${id}/events`, { key: t.alice.key })).body;
    // Each entry is an event of the feed, written with the transition.
    const ids = (await events(t, id)).map((e) => e.event_id);
    assert.equal(new Set(ids).size, 4);
    assert.deepEqual(history, {
      success: true,
      data: [
        { id: ids[0], at: MONDAY, from: null, to: 'pending', carrier_status: 'pending_transfer', message: port.messages[0], actor: `customer:${t.alice.accountId}` },
        { id: ids[1], at: '2026-11-18T15:00:00.000Z', from: 'pending', to: 'authorized', carrier_status: 'foc_received', message: port.messages[1], actor: 'carrier' },
        { id: ids[2], at: '2026-11-23T05:00:00.000Z', from: 'authorized', to: 'in_progress', carrier_status: 'transfer_in_progress', message: port.messages[2], actor: 'carrier' },
        { id: ids[3], at: '2026-11-23T09:00:00.000Z', from: 'in_progress', to: 'completed', carrier_status: 'ported', message: port.messages[3], actor: 'carrier' },
      ],
    });
    const feed = await t.database.db.selectFrom('events').select(['id', 'type', 'created_at']).where('port_id', '=', id).orderBy('seq').execute();
    assert.deepEqual(feed, [
      { id: ids[0], type: 'port.created', created_at: MONDAY },
      { id: ids[1], type: 'port.status_changed', created_at: '2026-11-18T15:00:00.000Z' },
      { id: ids[2], type: 'port.status_changed', created_at: '2026-11-23T05:00:00.000Z' },
      { id: ids[3], type: 'port.status_changed', created_at: '2026-11-23T09:00:00.000Z' },
    ]);
    assert.equal((await t.database.db.selectFrom('port_timers').selectAll().where('port_id', '=', id).execute()).length, 0);
    // The number is now on the service for this account.
    const again = await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155556001' } });
    assert.equal(again.body.error.code, 'already_ported');
  });

  it('a port submitted on the Friday before Labor Day gets the right FOC date and completion', async () => {
    t.clock.set('2026-09-04T15:00:00.000Z'); // Friday; Monday 7 September is a federal holiday
    const id = await submit(t, '+14155556002');
    const submitted = await get(t, id);
    assert.equal(submitted.estimated_completion, '2026-09-14T10:00:00.000Z'); // FOC Mon 14th, 00:00 EDT + 6 h
    await runUntilIdle(t, { maxBatches: 1 });
    const authorized = await get(t, id);
    assert.equal(authorized.status, 'authorized');
    assert.equal(authorized.updated_at, '2026-09-09T15:00:00.000Z'); // review: Tue 8 and Wed 9
    assert.equal(authorized.foc_date, '2026-09-14');
    assert.equal(authorized.estimated_completion, '2026-09-14T10:00:00.000Z');
    await runUntilIdle(t);
    const done = await get(t, id);
    assert.equal(done.status, 'completed');
    assert.equal(done.completed_at, '2026-09-14T08:00:00.000Z');
  });

  const rejections: [string, string, string][] = [
    ['0101', 'ACCOUNT_NUMBER_MISMATCH', "Port rejected: the account number does not match the current provider's records. Correct it with PATCH /v2/ports/{id} or cancel and resubmit."],
    ['0102', 'PIN_INVALID', "Port rejected: the account PIN does not match the current provider's records. Correct it with PATCH /v2/ports/{id} or cancel and resubmit."],
    ['0103', 'NUMBER_INACTIVE', 'Port rejected: the number is not active with the current provider. Reactivate it there, then resubmit with PATCH /v2/ports/{id}.'],
    ['0104', 'ACCOUNT_DISPUTE', 'Port rejected: the account has an outstanding dispute with the current provider. Resolve it with them, then resubmit with PATCH /v2/ports/{id}.'],
    ['0105', 'END_USER_MISMATCH', "Port rejected: the end user's name or address does not match the current provider's records. Correct it with PATCH /v2/ports/{id} or cancel and resubmit."],
  ];
  for (const [last4, code, text] of rejections) {
    it(`+1 212 555-${last4} is rejected at review with ${code}`, async () => {
      t.clock.set(MONDAY);
      const id = await submit(t, `+1212555${last4}`);
      await runUntilIdle(t);
      const port = await get(t, id);
      const message = text.replace('{id}', id);
      assert.equal(port.status, 'failed');
      assert.equal(port.carrier_status, 'rejected');
      assert.deepEqual(port.rejection, { code, message });
      assert.equal(port.failed_at, '2026-11-18T15:00:00.000Z');
      assert.equal(port.messages.at(-1), message);
      assert.equal(port.foc_date, undefined);
    });
  }

  it('+1 212 555-0106: the carrier takes 3 business days longer, then approves', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+12125550106');
    await runUntilIdle(t, { maxBatches: 1 });
    const delayed = await get(t, id);
    assert.equal(delayed.status, 'pending');
    // Review pushed from Wed 18th to Mon 23rd; FOC three business days later, skipping Thanksgiving (Thu 26th).
    assert.equal(delayed.estimated_completion, '2026-11-27T11:00:00.000Z');
    assert.equal(delayed.messages.at(-1), 'The current provider needs more time to review the port (3 more business days). New estimated completion: 2026-11-27.');
    await runUntilIdle(t);
    const done = await get(t, id);
    assert.equal(done.status, 'completed');
    assert.equal(done.foc_date, '2026-11-27');
    assert.deepEqual((await events(t, id)).map((e) => e.to_status), ['pending', 'authorized', 'in_progress', 'completed']);
  });

  it('+1 212 555-0107: authorized, then the network transfer fails', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+12125550107');
    await runUntilIdle(t);
    const port = await get(t, id);
    assert.equal(port.status, 'failed');
    assert.equal(port.carrier_status, 'transfer_failed');
    assert.equal(port.foc_date, '2026-11-23');
    assert.equal(port.rejection.code, 'TRANSFER_FAILED');
    assert.equal(port.rejection.message, `Port failed: the network transfer failed. Resubmit with PATCH /v2/ports/${id} or contact support with the port ID.`);
    assert.deepEqual((await events(t, id)).map((e) => e.to_status), ['pending', 'authorized', 'in_progress', 'failed']);
  });

  it('every history message also appears in messages', async () => {
    // Ports of its own down every path (happy, delay, rejection, transfer failure), so it has
    // something to check when run alone.
    t.clock.set(MONDAY);
    for (const number of ['+14155556101', '+13125550106', '+13125550103', '+13125550107']) await submit(t, number);
    await runUntilIdle(t);
    const rows = await t.database.db.selectFrom('ports').select(['id', 'messages']).execute();
    assert.ok(rows.length >= 4);
    let checked = 0;
    for (const row of rows) {
      const messages = JSON.parse(row.messages) as string[];
      for (const e of await events(t, row.id)) {
        if (!e.message) continue;
        assert.ok(messages.includes(e.message), `${row.id}: ${e.message}`);
        checked++;
      }
    }
    assert.ok(checked >= 4 * 2, `${checked} history messages checked`);
  });
});

describe('cancel and PATCH', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('cancels from pending and authorized, with the reason in messages; the timer goes', async () => {
    t.clock.set(MONDAY);
    const pending = await submit(t, '+14155557001');
    const res = await call(t.app, 'POST', `/v2/ports/${pending}/cancel`, { key: t.alice.key, body: { reason: 'Customer changed their mind' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.data.status, 'cancelled');
    assert.equal(res.body.data.carrier_status, 'cancelled');
    assert.equal(res.body.data.cancelled_at, MONDAY);
    assert.equal(res.body.data.messages.at(-1), 'Port cancelled at your request. Reason: Customer changed their mind');
    assert.equal((await t.database.db.selectFrom('port_timers').select('port_id').where('port_id', '=', pending).execute()).length, 0);

    const authorized = await submit(t, '+14155557002');
    await runUntilStatus(t, authorized, 'authorized');
    const noBody = await call(t.app, 'POST', `/v2/ports/${authorized}/cancel`, { key: t.alice.key });
    assert.equal(noBody.status, 200);
    assert.equal(noBody.body.data.status, 'cancelled');
    await runUntilIdle(t);
    assert.equal((await get(t, authorized)).status, 'cancelled');
    // The number is free again.
    await submit(t, '+14155557002');
  });

  it('refuses to cancel in_progress, completed or cancelled ports, and other accounts’ ports', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+14155557003');
    await runUntilStatus(t, id, 'in_progress');
    const res = await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key, body: {} });
    assert.equal(res.status, 409);
    assert.deepEqual(res.body.error, {
      code: 'invalid_transition',
      message: 'A port cannot move from in_progress to cancelled',
      details: [{ field: 'status', message: 'allowed from in_progress: completed, failed', from: 'in_progress', to: 'cancelled' }],
    });
    await runUntilIdle(t);
    assert.equal((await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key })).body.error.message, 'A port cannot move from completed to cancelled');
    assert.equal((await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.bob.key })).status, 404);
    const bad = await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key, body: { reason: 5 } });
    assert.equal(bad.status, 400);
  });

  it('PATCH corrects a pending port in place and resubmits a failed one', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+14155557004');
    const patched = await call(t.app, 'PATCH', `/v2/ports/${id}`, { key: t.alice.key, body: { account_number: 'ACCT-99887766', account_pin: '2468' } });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.data.status, 'pending');
    assert.equal(patched.body.data.account_number, '*********7766');
    assert.equal((await events(t, id)).length, 1); // a correction is not a transition
    const row = await t.database.db.selectFrom('ports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.account_number, 'ACCT-99887766');
    assert.ok(row.account_pin_enc && !row.account_pin_enc.includes('2468'));

    const failed = await submit(t, '+12125550101');
    await runUntilIdle(t);
    assert.equal((await get(t, failed)).status, 'failed');
    t.clock.set('2026-11-25T15:00:00.000Z'); // Wednesday before Thanksgiving
    const resubmitted = await call(t.app, 'PATCH', `/v2/ports/${failed}`, { key: t.alice.key, body: { account_number: '555000111' } });
    assert.equal(resubmitted.status, 200);
    const p = resubmitted.body.data;
    assert.equal(p.status, 'pending');
    assert.equal(p.carrier_status, 'pending_transfer');
    assert.equal(p.rejection, undefined);
    assert.equal(p.failed_at, undefined);
    assert.equal(p.estimated_completion, '2026-12-03T11:00:00.000Z');
    assert.equal(p.messages.at(-1), 'Port resubmitted; the current provider is reviewing it again. Estimated completion: 2026-12-03.');
    const history = await events(t, failed);
    assert.deepEqual(history.map((e) => [e.from_status, e.to_status, e.actor]), [
      [null, 'pending', `customer:${t.alice.accountId}`],
      ['pending', 'failed', 'carrier'],
      ['failed', 'pending', `customer:${t.alice.accountId}`],
    ]);
    // Reviewed again: a magic-number rejection happens at the number's first review only, so the
    // corrected port is approved and completes (contract: "Simulated review after a correction").
    await runUntilIdle(t);
    const done = await get(t, failed);
    assert.equal(done.status, 'completed');
    assert.deepEqual((await events(t, failed)).map((e) => e.to_status), ['pending', 'failed', 'pending', 'authorized', 'in_progress', 'completed']);
  });

  it('a magic number rejected once is approved on a new port of the same number (its first review is past)', async () => {
    t.clock.set(MONDAY);
    const rejected = await submit(t, '+12125550102');
    await runUntilIdle(t);
    assert.equal((await get(t, rejected)).rejection.code, 'PIN_INVALID');
    assert.equal((await call(t.app, 'POST', `/v2/ports/${rejected}/cancel`, { key: t.alice.key })).status, 409); // failed: not cancellable
    const again = await submit(t, '+12125550102', { account_pin: '1357' }, t.bob.key);
    await runUntilIdle(t);
    assert.equal((await get(t, again, t.bob.key)).status, 'completed');
    // The rejected port still holds its failure; only the number's first review rejects.
    assert.equal((await get(t, rejected)).status, 'failed');
  });

  it('PATCH refuses other statuses, empty or unknown fields, and bad numbers', async () => {
    t.clock.set(MONDAY);
    const id = await submit(t, '+14155557005');
    await runUntilStatus(t, id, 'authorized');
    const res = await call(t.app, 'PATCH', `/v2/ports/${id}`, { key: t.alice.key, body: { end_user_name: 'Jane Doe' } });
    assert.equal(res.status, 409);
    assert.equal(res.body.error.code, 'invalid_transition');
    assert.equal(res.body.error.message, 'Port details can only be corrected while pending or failed; this port is authorized');
    for (const body of [{}, { number: '+14155550000' }, { status: 'completed' }, { end_user_name: '' }]) {
      const r = await call(t.app, 'PATCH', `/v2/ports/${id}`, { key: t.alice.key, body });
      assert.equal(r.status, 400, JSON.stringify(body));
    }
    const pending = await submit(t, '+14155557006');
    const badPhone = await call(t.app, 'PATCH', `/v2/ports/${pending}`, { key: t.alice.key, body: { billing_phone: '555-1234' } });
    assert.equal(badPhone.status, 400);
    assert.equal(badPhone.body.error.details[0].field, 'billing_phone');
    assert.equal((await call(t.app, 'PATCH', `/v2/ports/${pending}`, { key: t.bob.key, body: { end_user_name: 'X' } })).status, 404);
  });
});

describe('the customer-records file', () => {
  let t: TestApp;
  before(async () => {
    const dir = (await import('node:fs')).mkdtempSync(join((await import('node:os')).tmpdir(), 'records-'));
    const file = join(dir, 'records.json');
    writeFileSync(
      file,
      JSON.stringify({
        records: [
          { number: '+13125550199', account_number: '777-888', pin: '2468', name: 'Ada Lovelace', postal_code: '60601', active: true, dispute: false },
          { number: '+13125550198', active: false },
          { number: '+13125550197', dispute: true },
          { number: '+13125550196', portable: false },
        ],
      }),
    );
    t = await createTestApp({ env: { CARRIER_RECORDS: file } });
  });
  after(() => t.close());

  const person = { end_user_name: 'Ada Lovelace', end_user_address: { ...VALID_PORT.end_user_address, postal_code: '60601' } };
  const cases: [string, Record<string, unknown>, string | null][] = [
    ['+13125550199', { account_number: '777-888', account_pin: '2468', ...person }, null],
    ['+13125550199', { account_number: '777-889', account_pin: '2468', ...person }, 'ACCOUNT_NUMBER_MISMATCH'],
    ['+13125550199', { account_number: '777-888', account_pin: '1357', ...person }, 'PIN_INVALID'],
    ['+13125550199', { account_number: '777-888', account_pin: '2468', ...person, end_user_name: 'Charles Babbage' }, 'END_USER_MISMATCH'],
    ['+13125550199', { account_number: '777-888', account_pin: '2468', ...person, end_user_address: VALID_PORT.end_user_address }, 'END_USER_MISMATCH'],
    ['+13125550198', {}, 'NUMBER_INACTIVE'],
    ['+13125550197', {}, 'ACCOUNT_DISPUTE'],
    ['+13125550196', {}, 'NUMBER_NOT_PORTABLE'],
  ];
  for (const [number, details, code] of cases) {
    it(`${number} ${JSON.stringify(details).slice(0, 60)}… → ${code ?? 'completed'}`, async () => {
      t.clock.set(MONDAY);
      const id = await submit(t, number, details);
      await runUntilIdle(t);
      const port = await get(t, id);
      if (code) {
        assert.equal(port.status, 'failed');
        assert.equal(port.rejection.code, code);
        await call(t.app, 'POST', `/v2/ports/${id}/cancel`, { key: t.alice.key }); // failed is not cancellable…
        assert.equal((await get(t, id)).status, 'failed'); // …and does not hold the number
      } else {
        assert.equal(port.status, 'completed');
        await t.database.db.updateTable('ports').set({ status: 'cancelled' }).where('id', '=', id).execute(); // free it for the next case
      }
    });
  }
});
