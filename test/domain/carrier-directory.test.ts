import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriersOf, losingCarrierOf, SPID_PATTERN, WIRELINE } from '../../src/domain/carrier-directory.ts';
import { CARRIER_NAME_MAX, parseCarrierFile } from '../../src/domain/carrier-records.ts';

describe('the carrier directory’s carriers', () => {
  it('lists CARRIER_RECORDS’ carriers first, then the built-in ones, each carrier once', () => {
    const entries = [
      { prefix: '+1212555', name: 'Harbor Fiber', spid: '7777', wireless: false, pin_required: true },
      { prefix: '+1212556', name: 'Harbor Fiber', spid: '7777', wireless: false, pin_required: true },
      { prefix: '+1415', ...WIRELINE[1]! },
    ];
    assert.deepEqual(
      carriersOf(entries).map((c) => `${c.spid} ${c.name}`),
      ['7777 Harbor Fiber', '2002 Bluebell Communications', '6214 Metro Wireless', '1001 Northwind Telephone', '3003 Cascade Voice', '9009 International Partner'],
    );
    assert.deepEqual(carriersOf()[0], { name: 'Metro Wireless', spid: '6214', wireless: true, pin_required: true });
    for (const number of ['+12125550100', '+13475550100', '+14155550100', '+13125550100', '+442071234567']) {
      assert.ok(carriersOf(entries).some((c) => c.spid === losingCarrierOf(number, entries).spid), number);
    }
    for (const c of carriersOf(entries)) assert.match(c.spid, new RegExp(SPID_PATTERN));
  });
});

describe('carriers of a CARRIER_RECORDS file', () => {
  const file = (name: string) => JSON.stringify({ carriers: [{ prefix: '+1212555', name, spid: '7777' }] });
  it('takes a name up to the limit and refuses a longer one, naming the carrier', () => {
    assert.equal(parseCarrierFile(file('H'.repeat(CARRIER_NAME_MAX))).carriers[0]!.name.length, CARRIER_NAME_MAX);
    assert.throws(() => parseCarrierFile(file('H'.repeat(CARRIER_NAME_MAX + 1))), { message: `CARRIER_RECORDS: carrier 0 "name" is longer than ${CARRIER_NAME_MAX} characters` });
    assert.throws(() => parseCarrierFile(file('  ')), { message: 'CARRIER_RECORDS: carrier 0 needs a "name"' });
  });
});
