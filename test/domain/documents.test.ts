/** Documents, the LOA's content and comments: the pure rules (domain/documents.ts, loa.ts, comments.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flagAfterComment } from '../../src/domain/comments.ts';
import { attachmentDisposition, requirementsOf, storedFilename } from '../../src/domain/documents.ts';
import { displayNumber, loaContent, loaCover, signatureLines } from '../../src/domain/loa.ts';
import { FileInspector } from '../../src/documents/inspect.ts';
import { fixture } from '../helpers/documents.ts';

const CASCADE = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false };
const METRO = { name: 'Metro Wireless', spid: '6214', wireless: true, pin_required: true };
const ORDER = {
  id: 'ord_x',
  end_user_name: 'Zoë Łukasiewicz',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
  billing_phone: '+14155551234',
  account_number: 'ACC-1001',
  carrier_name: null,
  customer_reference: null,
  numbers: [
    { number: '+12125551100', losing_carrier: CASCADE },
    { number: '+16465551101', losing_carrier: METRO },
  ],
};

describe('stored file names and downloads', () => {
  it('keeps the given name without folders or unsafe characters, with the extension of what the file is', () => {
    assert.equal(storedFilename('bill.pdf', 'application/pdf'), 'bill.pdf');
    assert.equal(storedFilename('C:\\Users\\jo\\Bill.PDF', 'application/pdf'), 'Bill.pdf');
    assert.equal(storedFilename('scan.jpeg', 'image/jpeg'), 'scan.jpg');
    assert.equal(storedFilename('setup.exe', 'application/pdf'), 'setup.exe.pdf');
    assert.equal(storedFilename('a"b<c>\u202e.png', 'image/png'), 'a_b_c__.png');
    assert.equal(storedFilename('...', 'image/png'), 'document.png');
    assert.equal(storedFilename(undefined, 'image/png'), 'document.png');
    assert.equal(storedFilename('x'.repeat(300) + '.pdf', 'application/pdf'), 'x'.repeat(110) + '.pdf');
  });

  it('is always an attachment, the real name in filename*, an ASCII stand-in in filename', () => {
    assert.equal(attachmentDisposition('bill.pdf'), `attachment; filename="bill.pdf"; filename*=UTF-8''bill.pdf`);
    assert.equal(attachmentDisposition('Facture été 100%.pdf'), `attachment; filename="Facture ete 100_.pdf"; filename*=UTF-8''Facture%20%C3%A9t%C3%A9%20100%25.pdf`);
    assert.equal(attachmentDisposition('账单.pdf'), `attachment; filename="document.pdf"; filename*=UTF-8''%E8%B4%A6%E5%8D%95.pdf`);
  });
});

describe('requirements from documents', () => {
  it('a signed LOA counts while it covers the details; an uploaded one always; the invoice when there is one', () => {
    const cover = loaCover(ORDER);
    assert.deepEqual(requirementsOf([], cover), { loa: 'missing', invoice: 'missing' });
    assert.deepEqual(requirementsOf([{ type: 'loa', origin: 'signed', covers: cover }], cover), { loa: 'signed', invoice: 'missing' });
    assert.deepEqual(requirementsOf([{ type: 'loa', origin: 'signed', covers: 'older details' }], cover), { loa: 'missing', invoice: 'missing' });
    assert.deepEqual(requirementsOf([{ type: 'loa', origin: 'uploaded', covers: null }, { type: 'invoice', origin: 'uploaded', covers: null }], cover), { loa: 'uploaded', invoice: 'uploaded' });
    assert.deepEqual(requirementsOf([{ type: 'loa', origin: 'uploaded', covers: null }, { type: 'loa', origin: 'signed', covers: cover }], cover), { loa: 'signed', invoice: 'missing' });
    assert.deepEqual(requirementsOf([{ type: 'csr', origin: 'uploaded', covers: null }, { type: 'other', origin: 'uploaded', covers: null }], cover), { loa: 'missing', invoice: 'missing' });
  });

  it('what a signature covers changes with every detail the letter states, and only with those', () => {
    const cover = loaCover(ORDER);
    for (const change of [{ end_user_name: 'Zoe' }, { billing_phone: '+14155550000' }, { account_number: 'ACC-1002' }, { numbers: ORDER.numbers.slice(1) }, { end_user_address: { ...ORDER.end_user_address, street: '2 Market St' } }]) {
      assert.notEqual(loaCover({ ...ORDER, ...change }), cover, JSON.stringify(change));
    }
    assert.equal(loaCover({ ...ORDER, customer_reference: 'ticket-1' }), cover);
  });
});

describe('the LOA content', () => {
  it('states the account holder, every number with its losing carrier, the provider and the date', () => {
    const c = loaContent(ORDER, 'Audian', '2026-11-16');
    assert.deepEqual(c.accountHolder.map((f) => f.value), ['Zoë Łukasiewicz', '+1 415-555-1234', '1 Market St, San Francisco, CA 94105, US', 'ACC-1001', 'Cascade Voice, Metro Wireless', '—']);
    assert.deepEqual(c.numbers, [
      { number: '+1 212-555-1100', carrier: 'Cascade Voice', spid: '3003', kind: 'Wireline' },
      { number: '+1 646-555-1101', carrier: 'Metro Wireless', spid: '6214', kind: 'Wireless' },
    ]);
    assert.ok(c.authorization[0]!.includes('I authorize Audian') && c.authorization[0]!.includes('current service providers (Cascade Voice, Metro Wireless)'));
    assert.equal(c.footer, 'Order ord_x · prepared 2026-11-16 for Audian');
    assert.equal(displayNumber('+442079460000'), '+442079460000');
    assert.deepEqual(signatureLines({ signer_name: 'Jane Doe', signer_title: 'Owner', signed_at: '2026-11-16T15:04:59.123Z', ip: '203.0.113.7' }), {
      name: 'Jane Doe',
      title: 'Owner',
      date: '2026-11-16 15:04 UTC',
      record: "Signed electronically by Jane Doe (Owner) on 2026-11-16 15:04 UTC from IP address 203.0.113.7, with the signer's consent recorded.",
    });
  });
});

describe('comments and the action flag', () => {
  it('a public desk request raises it, a customer comment clears it, anything else leaves it', () => {
    assert.equal(flagAfterComment({ author: 'desk', visibility: 'public', action_required: true }), 'raise');
    assert.equal(flagAfterComment({ author: 'desk', visibility: 'public', action_required: false }), 'keep');
    assert.equal(flagAfterComment({ author: 'desk', visibility: 'internal', action_required: false }), 'keep');
    assert.equal(flagAfterComment({ author: 'customer', visibility: 'public', action_required: false }), 'clear');
  });
});

describe('recognising a file from its bytes, fed in pieces of any size', () => {
  const verdictOf = async (bytes: Buffer, piece: number) => {
    const i = new FileInspector();
    for (let at = 0; at < bytes.length; at += piece) i.feed(bytes.subarray(at, at + piece));
    return i.verdict();
  };

  it('gives the same verdict whatever the pieces', async () => {
    const pdf = fixture('bill.pdf');
    const png = fixture('bill.png');
    const trailing = Buffer.concat([png, Buffer.from('PK\u0005\u0006')]);
    for (const piece of [1, 7, 4096, 100_000]) {
      assert.deepEqual(await verdictOf(pdf, piece), { ok: true, contentType: 'application/pdf' }, `${piece}`);
      assert.deepEqual(await verdictOf(png, piece), { ok: true, contentType: 'image/png' });
      assert.deepEqual(await verdictOf(trailing, piece), { ok: false, reason: 'the file has data after the end of the PNG image' });
    }
    // A PDF may end in line breaks after %%EOF.
    assert.deepEqual(await verdictOf(Buffer.concat([pdf, Buffer.from('\r\n\n')]), 3), { ok: true, contentType: 'application/pdf' });
  });
});
