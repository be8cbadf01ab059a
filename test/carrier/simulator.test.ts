import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { createSimulator } from '../../src/carrier/simulator.ts';
import { METRO_WIRELESS, WIRELINE } from '../../src/domain/carrier-directory.ts';
import { checkAgainstRecord, parseCarrierFile, parseRecords } from '../../src/domain/carrier-records.ts';

const loadRecords = (path: string) => parseRecords(readFileSync(path, 'utf8'), path);
const loadFile = (path: string) => parseCarrierFile(readFileSync(path, 'utf8'), path);

const req = (over: Record<string, unknown> = {}) => ({
  portId: 'port_x',
  number: '+13125550199',
  accountNumber: '777-888',
  accountPin: '2468',
  endUserName: 'Ada Lovelace',
  endUserAddress: { street: '1 Loop', city: 'Chicago', state: 'IL', postal_code: '60601', country: 'US' },
  attempt: 0,
  firstReview: true,
  losingCarrier: WIRELINE[0]!,
  ...over,
});

describe('the customer-records file', () => {
  it('the shipped example loads', () => {
    const records = loadRecords('examples/carrier-records.json');
    assert.equal(records.size, 4);
    assert.equal(checkAgainstRecord(records.get('+13125550199')!, req()), null);
  });

  it('matches like a carrier checks a CSR: case and spacing do not matter, the PIN does', () => {
    const rec = parseRecords('[{"number":"+13125550199","account_number":"777-888","pin":"2468","name":"Ada Lovelace","postal_code":"60601"}]').get('+13125550199')!;
    assert.equal(checkAgainstRecord(rec, req({ endUserName: '  ada   LOVELACE ' })), null);
    assert.equal(checkAgainstRecord(rec, req({ accountPin: null })), 'PIN_INVALID');
    assert.equal(checkAgainstRecord(rec, req({ accountNumber: '777-889' })), 'ACCOUNT_NUMBER_MISMATCH');
  });

  it('refuses a malformed file with a message naming the record and field', () => {
    assert.throws(() => parseRecords('{'), /not valid JSON/);
    assert.throws(() => parseRecords('{"records": 5}'), /expected/);
    assert.throws(() => parseRecords('[{"number":"+13125550199","pinn":"1"}]'), /record 0 has an unknown field "pinn"/);
    assert.throws(() => parseRecords('[{"number":"+13125550199","active":"no"}]'), /record 0 field "active" must be a boolean/);
    assert.throws(() => parseRecords('[{"number":"312"}]'), /record 0 needs an E.164 "number"/);
  });

  it('the simulator: magic numbers first, then records, then approval', async () => {
    const sim = createSimulator(loadFile('examples/carrier-records.json'));
    assert.deepEqual(await sim.review([req({ number: '+13125550101' })]), { kind: 'reject', code: 'ACCOUNT_NUMBER_MISMATCH' });
    assert.deepEqual(await sim.review([req({ number: '+13125550106' })]), { kind: 'delay', businessDays: 3 });
    assert.deepEqual(await sim.review([req({ number: '+13125550106', attempt: 1 })]), { kind: 'approve' });
    assert.deepEqual(await sim.review([req({ number: '+13125550198' })]), { kind: 'reject', code: 'NUMBER_INACTIVE' });
    assert.deepEqual(await sim.review([req({ number: '+14155551234' })]), { kind: 'approve' });
    assert.deepEqual(await sim.transfer(req({ number: '+13125550107' })), { kind: 'fail', code: 'TRANSFER_FAILED' });
    assert.deepEqual(await sim.transfer(req()), { kind: 'complete' });
    // Only the fictional 555-01XX range is magic.
    assert.deepEqual(await sim.review([req({ number: '+13125551101' })]), { kind: 'approve' });
  });

  it('a magic-number rejection happens at the number’s first review only', async () => {
    const sim = createSimulator();
    for (const four of ['0101', '0102', '0103', '0104', '0105']) {
      assert.equal((await sim.review([req({ number: `+1312555${four}` })])).kind, 'reject', four);
      assert.deepEqual(await sim.review([req({ number: `+1312555${four}`, firstReview: false })]), { kind: 'approve' }, four);
    }
    // A records-file mismatch is the carrier's record speaking: it holds at every review.
    const records = createSimulator(loadFile('examples/carrier-records.json'));
    assert.deepEqual(await records.review([req({ number: '+13125550198', firstReview: false })]), { kind: 'reject', code: 'NUMBER_INACTIVE' });
  });
});

describe('the losing carrier', () => {
  it('a carrier that requires a PIN rejects a port without one', async () => {
    const sim = createSimulator();
    assert.deepEqual(await sim.review([req({ number: '+16465551234', accountPin: null, losingCarrier: METRO_WIRELESS })]), { kind: 'reject', code: 'PIN_INVALID' });
    assert.deepEqual(await sim.review([req({ number: '+16465551234', accountPin: '1234', losingCarrier: METRO_WIRELESS })]), { kind: 'approve' });
    assert.deepEqual(await sim.review([req({ number: '+14155551234', accountPin: null })]), { kind: 'approve' });
  });

  it('a sub-order is answered as a whole: the first number at fault fails all and is named; a delay delays all', async () => {
    const sim = createSimulator();
    const ok = req({ number: '+12125551000' });
    assert.deepEqual(await sim.review([ok, req({ number: '+12125550102' }), req({ number: '+12125550104' })]), { kind: 'reject', code: 'PIN_INVALID', number: '+12125550102' });
    assert.deepEqual(await sim.review([ok, req({ number: '+12125550106' })]), { kind: 'delay', businessDays: 3 });
    assert.deepEqual(await sim.review([ok, req({ number: '+12125550106', attempt: 1 })]), { kind: 'approve' });
    assert.deepEqual(await sim.review([ok, req({ number: '+12125550101', firstReview: false })]), { kind: 'approve' });
  });
});
