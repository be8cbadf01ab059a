/** The lifecycle's decisions, as pure functions: what each change writes, and the messages. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBusinessCalendar } from '../../src/domain/calendar.ts';
import { WIRELINE } from '../../src/domain/carrier-directory.ts';
import { numberTaken } from '../../src/domain/eligibility.ts';
import { ServiceError } from '../../src/domain/errors.ts';
import { CORRECTION_NOTE, decideCorrection, decideReview, decideSubmission, decideTransfer, moveEffects } from '../../src/domain/lifecycle.ts';
import { parseE164 } from '../../src/domain/validation.ts';

const cal = createBusinessCalendar('America/New_York');
const MONDAY = new Date('2026-11-16T15:00:00.000Z');
const address = { street: '1 Main St', city: 'New York', state: 'NY', postal_code: '10001', country: 'US' };

describe('decideSubmission', () => {
  it('writes a pending port, its first message and its review two business days later', () => {
    const d = decideSubmission(
      {
        id: 'port_abc',
        accountId: 'acc_1',
        at: MONDAY,
        number: parseE164('number', '+12125551234'),
        billingPhone: '+12125551234',
        details: { account_number: '123456789', carrier_name: null, end_user_name: 'Ada', end_user_address: address, customer_reference: 'r1' },
        losingCarrier: WIRELINE[2]!,
        requestedFocDate: null,
        order: null,
        automatic: true,
      },
      cal,
    );
    assert.deepEqual(d.port, {
      id: 'port_abc',
      account_id: 'acc_1',
      number: '+12125551234',
      status: 'pending',
      carrier_status: 'pending_transfer',
      carrier_name: null,
      account_number: '123456789',
      billing_phone: '+12125551234',
      end_user_name: 'Ada',
      end_user_address: address,
      customer_reference: 'r1',
      number_type: 'fixed_line_or_mobile',
      region: 'US',
      created_at: '2026-11-16T15:00:00.000Z',
      updated_at: '2026-11-16T15:00:00.000Z',
      estimated_completion: '2026-11-23T11:00:00.000Z',
      foc_date: null,
      completed_at: null,
      failed_at: null,
      cancelled_at: null,
      rejection: null,
      messages: ['Port request received; the current provider is reviewing it. Estimated completion: 2026-11-23.'],
      reviews: 0,
      losing_carrier: WIRELINE[2],
      requested_foc_date: null,
      order_id: null,
      sub_order_id: null,
      action_required: false,
    });
    assert.equal(d.message, d.port.messages[0]);
    assert.deepEqual(d.timer, { step: 'review', due: new Date('2026-11-18T15:00:00.000Z'), attempt: 0 });
  });

  it('schedules nothing when the desk moves ports by hand', () => {
    const d = decideSubmission(
      { id: 'p', accountId: 'a', at: MONDAY, number: parseE164('number', '+12125551234'), billingPhone: '+12125551234', details: { account_number: '1', carrier_name: null, end_user_name: 'A', end_user_address: address, customer_reference: null }, losingCarrier: WIRELINE[2]!, requestedFocDate: null, order: null, automatic: false },
      cal,
    );
    assert.equal(d.timer, null);
  });
});

describe('decideCorrection', () => {
  it('a pending port is corrected in place; a repeated correction replaces its note instead of adding one', () => {
    const first = decideCorrection({ status: 'pending', messages: ['received'] }, { account_number: '9', end_user_name: undefined });
    assert.deepEqual(first, { kind: 'in_place', changed: ['account_number'], messages: ['received', CORRECTION_NOTE], message: CORRECTION_NOTE });
    let messages = first.kind === 'in_place' ? first.messages : [];
    for (let i = 0; i < 1000; i++) {
      const again = decideCorrection({ status: 'pending', messages }, { account_pin: String(i) });
      assert.equal(again.kind, 'in_place');
      if (again.kind === 'in_place') messages = again.messages;
    }
    assert.deepEqual(messages, ['received', CORRECTION_NOTE]);
    // A note from before a later message moves to the end, still once.
    const later = decideCorrection({ status: 'pending', messages: ['received', CORRECTION_NOTE, 'The current provider needs more time'] }, { account_pin: '1' });
    assert.deepEqual(later.kind === 'in_place' && later.messages, ['received', 'The current provider needs more time', CORRECTION_NOTE]);
  });

  it('a failed port is resubmitted; other statuses refuse with invalid_transition', () => {
    assert.deepEqual(decideCorrection({ status: 'failed', messages: [] }, { account_number: '9' }), { kind: 'resubmit', changed: ['account_number'] });
    for (const status of ['authorized', 'in_progress', 'completed', 'cancelled'] as const) {
      assert.throws(
        () => decideCorrection({ status, messages: [] }, { account_number: '9' }),
        (e: ServiceError) =>
          e.code === 'invalid_transition' &&
          e.message === `Port details can only be corrected while pending or failed; this port is ${status}` &&
          e.details?.[0]?.['from'] === status &&
          e.details?.[0]?.['to'] === 'pending',
      );
    }
  });
});

describe('carrier answers', () => {
  it('approval authorizes, rejection fails with its code, a delay waits; a transfer completes or fails', () => {
    assert.deepEqual(decideReview({ kind: 'approve' }), { kind: 'move', to: 'authorized' });
    assert.deepEqual(decideReview({ kind: 'reject', code: 'PIN_INVALID' }), { kind: 'move', to: 'failed', rejectionCode: 'PIN_INVALID' });
    assert.deepEqual(decideReview({ kind: 'delay', businessDays: 3 }), { kind: 'delay', businessDays: 3 });
    assert.deepEqual(decideTransfer({ kind: 'complete' }), { kind: 'move', to: 'completed' });
    assert.deepEqual(decideTransfer({ kind: 'fail', code: 'TRANSFER_FAILED' }), { kind: 'move', to: 'failed', rejectionCode: 'TRANSFER_FAILED' });
  });

  it('a review answer counts as a review; other moves do not', () => {
    const facts = { portId: 'p', at: MONDAY, providerName: 'Audian', by: 'carrier' as const };
    assert.equal(moveEffects({ ...facts, from: 'pending', to: 'authorized' }, cal).reviewed, true);
    assert.equal(moveEffects({ ...facts, from: 'pending', to: 'failed', rejectionCode: 'OTHER' }, cal).reviewed, true);
    assert.equal(moveEffects({ ...facts, from: 'pending', to: 'cancelled' }, cal).reviewed, false);
    assert.equal(moveEffects({ ...facts, from: 'in_progress', to: 'failed', rejectionCode: 'TRANSFER_FAILED' }, cal).reviewed, false);
    assert.equal(moveEffects({ ...facts, from: 'failed', to: 'pending' }, cal).reviewed, false);
  });
});

describe('numberTaken', () => {
  const mine = 'acc_me';
  it('an active port anywhere is port_exists, naming its id only to its own account', () => {
    const own = numberTaken('+12125551234', [{ id: 'port_1', account_id: mine, status: 'authorized' }], mine)!;
    assert.equal(own.code, 'port_exists');
    assert.equal(own.message, 'You already have an active port for +12125551234');
    assert.deepEqual(own.details, [{ field: 'number', message: 'active port port_1 (authorized)', port_id: 'port_1' }]);
    const other = numberTaken('+12125551234', [{ id: 'port_1', account_id: 'acc_other', status: 'pending' }], mine)!;
    assert.equal(other.message, 'An active port for +12125551234 already exists');
    assert.deepEqual(other.details, [{ field: 'number', message: 'an active port exists for this number' }]);
  });

  it('a number completed into any account is already_ported; another account is never named', () => {
    const own = numberTaken('+12125551234', [{ id: 'port_1', account_id: mine, status: 'completed' }], mine)!;
    assert.equal(own.code, 'already_ported');
    assert.deepEqual(own.details, [{ field: 'number', message: 'completed port port_1', port_id: 'port_1' }]);
    const other = numberTaken('+12125551234', [{ id: 'port_9', account_id: 'acc_other', status: 'completed' }], mine)!;
    assert.equal(other.code, 'already_ported');
    assert.equal(other.message, '+12125551234 is already in service with this provider and cannot be ported in again');
    assert.ok(!JSON.stringify(other).includes('acc_other') && !JSON.stringify(other).includes('port_9'));
  });

  it('a resubmitted port does not stand in its own way; free numbers are free', () => {
    assert.equal(numberTaken('+1', [{ id: 'port_self', account_id: mine, status: 'failed' }], mine, 'port_self'), null);
    assert.equal(numberTaken('+1', [], mine), null);
    const blocked = numberTaken('+12125551234', [{ id: 'port_2', account_id: mine, status: 'pending' }], mine, 'port_self')!;
    assert.equal(blocked.message, 'You already have an active port for +12125551234; this one cannot be resubmitted');
  });
});
