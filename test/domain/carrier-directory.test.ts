import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carriersOf, losingCarrierOf, SPID_PATTERN, WIRELINE } from '../../src/domain/carrier-directory.ts';

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
