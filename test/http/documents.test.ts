/**
 * Documents and the LOA (contract/orders-documents.md "Documents and the LOA"): uploads recognised by
 * their bytes, stored in the database with their exact size and hash, served back as downloads; the
 * generated LOA read back with pdf.js; signing; the requirements gate; tenant isolation on every route.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { call, createTestApp, MONDAY, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { documentForm, download, fixture, formData, pdfText, sha256, upload } from '../helpers/documents.ts';
import { runUntilIdle } from '../helpers/workflow.ts';

const DETAILS = {
  account_number: 'ACC-1001',
  account_pin: '2468',
  billing_phone: '+14155551234',
  end_user_name: 'Acme Dental',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
};
const MiB = 1024 * 1024;
const BILL = fixture('bill.pdf');
const PNG = fixture('bill.png');
const JPEG = fixture('bill.jpg');
/** A Windows executable's first bytes (MZ, then the PE header), and a Linux one's (ELF). */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from('PE\0\0'), Buffer.alloc(9000, 0x90)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(9000)]);
/** An empty ZIP archive (its end-of-directory record alone), with a comment. */
const zip = (comment = '') => Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(16), Buffer.from([comment.length, 0]), Buffer.from(comment)]);

/** The bill, padded with a PDF comment before its trailer (offsets unchanged) to exactly `size` bytes. */
function pdfOfSize(size: number): Buffer {
  const at = BILL.lastIndexOf('startxref');
  const pad = size - BILL.length;
  return Buffer.concat([BILL.subarray(0, at), Buffer.from('%'), Buffer.alloc(pad - 2, 'A'), Buffer.from('\n'), BILL.subarray(at)]);
}

describe('documents', () => {
  let t: TestApp;
  let n = 0;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  const draft = async (numbers = [`+1212555${String(2000 + n++).padStart(4, '0')}`], key = t.alice.key, details: Record<string, unknown> = DETAILS) => {
    const res = await call(t.app, 'POST', '/v2/port_orders', { key, body: { numbers, ...details } });
    assert.equal(res.status, 201, res.raw);
    return res.body.data as { id: string; requirements: unknown };
  };
  const rows = async () => ({
    documents: Number((await t.database.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    chunks: Number((await t.database.db.selectFrom('document_chunks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  });

  it('stores a PDF, a PNG and a JPEG with their exact size and SHA-256, and serves each back as a download', async () => {
    t.clock.set(MONDAY);
    const order = await draft();
    const sent = [
      ['invoice', BILL, 'bill.pdf', 'application/pdf'],
      ['csr', PNG, 'csr.png', 'image/png'],
      ['other', JPEG, 'Photo of the bill.JPEG', 'image/jpeg'],
    ] as const;
    const ids: string[] = [];
    for (const [type, data, filename, contentType] of sent) {
      const res = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm(type, data, filename, contentType));
      assert.equal(res.status, 201, res.raw);
      const id = res.body.data.id as string;
      assert.match(id, /^doc_[A-Za-z0-9_-]{16}$/);
      const expected = { id, type, filename: filename === 'Photo of the bill.JPEG' ? 'Photo of the bill.jpg' : filename, content_type: contentType, size: data.length, sha256: sha256(data), created_at: MONDAY };
      assert.deepEqual(res.body, { success: true, data: expected });
      assert.equal(res.headers['location'], `/v2/documents/${id}`);
      assert.deepEqual((await call(t.app, 'GET', `/v2/documents/${id}`, { key: t.alice.key })).body.data, expected);

      const got = await download(t.app, `/v2/documents/${id}/content`, t.alice.key);
      assert.equal(got.status, 200);
      assert.ok(got.bytes.equals(data), 'the very bytes sent');
      assert.equal(got.headers['content-type'], contentType);
      assert.equal(got.headers['content-length'], String(data.length));
      assert.equal(got.headers['content-disposition'], `attachment; filename="${expected.filename}"; filename*=UTF-8''${encodeURIComponent(expected.filename)}`);
      assert.equal(got.headers['x-content-type-options'], 'nosniff');
      // In the database itself, whatever instance serves it.
      const chunks = await t.database.db.selectFrom('document_chunks').select(['n', 'bytes']).where('document_id', '=', id).orderBy('n').execute();
      assert.ok(Buffer.concat(chunks.map((c) => Buffer.from(c.bytes))).equals(data));
      ids.push(id);
    }
    const listed = await call(t.app, 'GET', `/v2/port_orders/${order.id}/documents`, { key: t.alice.key });
    assert.deepEqual(listed.body.data.map((d: { id: string }) => d.id), ids, 'oldest first');
    assert.deepEqual((await call(t.app, 'GET', `/v2/port_orders/${order.id}`, { key: t.alice.key })).body.data.requirements, { loa: 'missing', invoice: 'uploaded' });

    // A port's documents, the same way.
    const port = (await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552999' } })).body.data;
    const onPort = await upload(t.app, `/v2/ports/${port.id}/documents`, t.alice.key, documentForm('csr', PNG, 'csr.png', 'image/png'));
    assert.equal(onPort.status, 201, onPort.raw);
    assert.deepEqual((await call(t.app, 'GET', `/v2/ports/${port.id}/documents`, { key: t.alice.key })).body.data, [onPort.body.data]);
  });

  it('takes a file for what its bytes are, never for its name or declared type', async () => {
    const order = await draft();
    // A PNG named and declared as a PDF is a PNG, and named so.
    const png = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', PNG, 'scan.pdf', 'application/pdf'));
    assert.equal(png.status, 201, png.raw);
    assert.deepEqual([png.body.data.content_type, png.body.data.filename], ['image/png', 'scan.pdf.png']);
    // A folder in the name, quotes and control characters are dropped.
    const odd = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('other', BILL, '../../etc/bill:1?<b>.exe'));
    assert.equal(odd.body.data.filename, 'bill_1__b_.exe.pdf');

    const before = await rows();
    for (const [data, what] of [
      [EXE, 'the file is EXE (application/x-msdownload)'],
      [ELF, 'the file is ELF (application/x-elf)'],
      [Buffer.from('Totally a PDF, trust me\n'.repeat(500)), 'the file is not a PDF, PNG or JPEG'],
      [Buffer.alloc(0), 'the file is not a PDF, PNG or JPEG'],
    ] as const) {
      const res = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', data, 'bill.pdf', 'application/pdf'));
      assert.equal(res.status, 415, what);
      assert.deepEqual(res.body, {
        success: false,
        error: { code: 'unsupported_media_type', message: `Only PDF, PNG and JPEG files are accepted, recognised by their content: ${what}`, details: [{ field: 'file', message: what }] },
      });
    }
    assert.deepEqual(await rows(), before, 'nothing of a refused file is kept');
  });

  it('refuses polyglots: a file that is also another kind of file', async () => {
    const order = await draft();
    const html = Buffer.concat([Buffer.from('%PDF-1.7\n%<html><script>alert(document.cookie)</script>\n'), BILL.subarray(9)]);
    const cases = [
      ['a PDF with a ZIP archive after it', Buffer.concat([BILL, zip()]), 'the file has data after the end of the PDF'],
      ['a PDF and a ZIP whose comment ends the file with %%EOF', Buffer.concat([BILL, zip('%%EOF\n')]), 'the file is also a ZIP archive'],
      ['a PNG with a script after its last chunk', Buffer.concat([PNG, Buffer.from('<script>alert(1)</script>')]), 'the file has data after the end of the PNG image'],
      ['a JPEG with a ZIP after it', Buffer.concat([JPEG, zip()]), 'the file has data after the end of the JPEG image'],
      ['a PDF whose first bytes are HTML', html, 'the file carries HTML or script markup besides being a PDF'],
    ] as const;
    const before = await rows();
    for (const [name, data, reason] of cases) {
      const res = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', data));
      assert.equal(res.status, 415, name);
      assert.equal(res.body.error.details[0].message, reason, name);
    }
    assert.deepEqual(await rows(), before);
  });

  it('takes a file of exactly 10 MiB and refuses one byte more (413), keeping nothing of it', async () => {
    const order = await draft();
    const exact = pdfOfSize(10 * MiB);
    const ok = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', exact));
    assert.equal(ok.status, 201, ok.raw);
    assert.deepEqual([ok.body.data.size, ok.body.data.sha256], [10 * MiB, sha256(exact)]);
    assert.ok((await download(t.app, `/v2/documents/${ok.body.data.id}/content`, t.alice.key)).bytes.equals(exact));

    const before = await rows();
    const over = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', pdfOfSize(10 * MiB + 1)));
    assert.equal(over.status, 413);
    assert.deepEqual(over.body, { success: false, error: { code: 'payload_too_large', message: 'The file is larger than 10 MiB', details: [{ field: 'file', message: 'at most 10485760 bytes' }] } });
    assert.deepEqual(await rows(), before);
    // The JSON routes keep their 64 KiB limit.
    const big = await call(t.app, 'POST', `/v2/port_orders/${order.id}/comments`, { key: t.alice.key, body: { body: 'x'.repeat(70_000) } });
    assert.equal(big.status, 413);
  });

  it('answers a malformed form in the error envelope', async () => {
    const order = await draft();
    const url = `/v2/port_orders/${order.id}/documents`;
    const file = { name: 'file', filename: 'bill.pdf', contentType: 'application/pdf', data: BILL };
    const cases = [
      [[file], 400, 'validation_failed', 'type'],
      [[{ name: 'type', value: 'passport' }, file], 400, 'validation_failed', 'type'],
      [[{ name: 'type', value: 'invoice' }], 400, 'validation_failed', 'file'],
      [[{ name: 'type', value: 'invoice' }, { name: 'note', value: 'hi' }, file], 400, 'validation_failed', 'note'],
      [[{ name: 'type', value: 'invoice' }, { ...file, name: 'attachment' }], 400, 'validation_failed', 'attachment'],
      [[{ name: 'type', value: 'invoice' }, file, file], 400, 'validation_failed', 'file'],
    ] as const;
    for (const [parts, status, code, field] of cases) {
      const res = await upload(t.app, url, t.alice.key, parts as never);
      assert.deepEqual([res.status, res.body.error.code, res.body.error.details?.[0]?.field], [status, code, field], JSON.stringify(parts.map((p) => p.name)));
    }
    // Type after the file works as well as before it.
    const reversed = await upload(t.app, url, t.alice.key, [file, { name: 'type', value: 'invoice' }]);
    assert.equal(reversed.status, 201, reversed.raw);
    // Not a form at all.
    const json = await call(t.app, 'POST', url, { key: t.alice.key, body: { type: 'invoice', file: 'JVBERi0=' } });
    assert.deepEqual([json.status, json.body.error.code, json.body.error.message], [415, 'unsupported_media_type', 'Send the document as multipart/form-data, with the fields type and file']);
    const text = await call(t.app, 'POST', url, { key: t.alice.key, body: 'hello', headers: { 'content-type': 'text/plain' } });
    assert.deepEqual([text.status, text.body.error.code], [415, 'unsupported_media_type']);
    const { payload, contentType } = formData(documentForm('invoice', BILL));
    const cut = await t.app.inject({ method: 'POST', url, headers: { 'x-auth-token': t.alice.key, 'content-type': contentType }, payload: payload.subarray(0, payload.length - 40) });
    assert.deepEqual([cut.statusCode, JSON.parse(cut.body).error.code], [400, 'validation_failed']);
    const noKey = await t.app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload });
    assert.equal(noKey.statusCode, 401);
  });

  it("answers another account's documents, orders and ports like missing ones (404) on every route", async () => {
    const order = await draft();
    const port = (await call(t.app, 'POST', '/v2/ports', { key: t.alice.key, body: { ...VALID_PORT, number: '+14155552998' } })).body.data;
    const doc = (await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', BILL))).body.data;
    const portDoc = (await upload(t.app, `/v2/ports/${port.id}/documents`, t.alice.key, documentForm('csr', PNG, 'csr.png', 'image/png'))).body.data;
    const missing = { success: false, error: { code: 'not_found', message: 'Document not found' } };
    for (const id of [doc.id, portDoc.id, 'doc_doesNotExist000000']) {
      assert.deepEqual((await call(t.app, 'GET', `/v2/documents/${id}`, { key: t.bob.key })).body, missing);
      const content = await download(t.app, `/v2/documents/${id}/content`, t.bob.key);
      assert.deepEqual([content.status, content.body], [404, missing]);
      assert.deepEqual((await call(t.app, 'DELETE', `/v2/documents/${id}`, { key: t.bob.key })).body, missing);
    }
    const orderMissing = (await call(t.app, 'GET', '/v2/port_orders/ord_doesNotExist000000/documents', { key: t.bob.key })).body;
    assert.equal(orderMissing.error.code, 'not_found');
    assert.deepEqual((await call(t.app, 'GET', `/v2/port_orders/${order.id}/documents`, { key: t.bob.key })).body, orderMissing);
    assert.deepEqual((await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.bob.key, documentForm('invoice', BILL))).body, orderMissing);
    assert.deepEqual((await download(t.app, `/v2/port_orders/${order.id}/loa`, t.bob.key)).body, orderMissing);
    assert.deepEqual((await call(t.app, 'POST', `/v2/port_orders/${order.id}/loa/sign`, { key: t.bob.key, body: { signer_name: 'Mallory', signer_title: 'CEO', consent: true } })).body, orderMissing);
    const portMissing = (await call(t.app, 'GET', '/v2/ports/port_doesNotExist000000/documents', { key: t.bob.key })).body;
    assert.deepEqual((await call(t.app, 'GET', `/v2/ports/${port.id}/documents`, { key: t.bob.key })).body, portMissing);
    assert.deepEqual((await upload(t.app, `/v2/ports/${port.id}/documents`, t.bob.key, documentForm('csr', PNG, 'csr.png', 'image/png'))).body, portMissing);
    // Nothing of alice's changed.
    assert.ok((await download(t.app, `/v2/documents/${doc.id}/content`, t.alice.key)).bytes.equals(BILL));
    assert.equal((await call(t.app, 'GET', `/v2/port_orders/${order.id}/documents`, { key: t.alice.key })).body.data.length, 1);
    assert.equal((await call(t.app, 'GET', `/v2/port_orders/${order.id}`, { key: t.alice.key })).body.data.requirements.loa, 'missing');
  });

  it('generates the LOA from the order; pdf.js reads back its names and numbers; signing stamps the signer in and changes the PDF and its hash', async () => {
    t.clock.set(MONDAY);
    const numbers = ['+12125553101', '+14155553102', '+16465553103'];
    const order = await draft(numbers, t.alice.key, { ...DETAILS, customer_reference: 'ticket-9' });
    const unsigned = await download(t.app, `/v2/port_orders/${order.id}/loa`, t.alice.key);
    assert.equal(unsigned.status, 200);
    assert.equal(unsigned.headers['content-type'], 'application/pdf');
    assert.equal(unsigned.headers['content-disposition'], `attachment; filename="loa-${order.id}.pdf"; filename*=UTF-8''loa-${order.id}.pdf`);
    assert.equal(unsigned.bytes.subarray(0, 5).toString(), '%PDF-');
    const text = await pdfText(unsigned.bytes);
    for (const expected of [
      'LETTER OF AUTHORIZATION',
      'Audian',
      `Order ${order.id}`,
      'Prepared 2026-11-16',
      'Acme Dental',
      '1 Market St, San Francisco, CA 94105, US',
      '+1 415-555-1234',
      'ACC-1001',
      'ticket-9',
      '+1 212-555-3101 Cascade Voice 3003 Wireline',
      '+1 415-555-3102 Bluebell Communications 2002 Wireline',
      '+1 646-555-3103 Metro Wireless 6214 Wireless',
      'I authorize Audian',
      'SIGNATURE OF THE ACCOUNT HOLDER OR AUTHORIZED PERSON',
      'PRINTED NAME',
      'DATE SIGNED',
    ]) {
      assert.ok(text.includes(expected), `the LOA says "${expected}":\n${text}`);
    }
    assert.ok(!text.includes('2468'), 'the PIN is never printed');
    assert.ok(!text.includes('Jane Doe'));

    t.clock.set('2026-11-16T15:04:00.000Z');
    const signed = await call(t.app, 'POST', `/v2/port_orders/${order.id}/loa/sign`, { key: t.alice.key, body: { signer_name: 'Jane Doe', signer_title: 'Office Manager', consent: true } });
    assert.equal(signed.status, 201, signed.raw);
    const doc = signed.body.data;
    assert.deepEqual({ ...doc, id: undefined, size: undefined, sha256: undefined }, { id: undefined, type: 'loa', filename: `loa-${order.id}-signed.pdf`, content_type: 'application/pdf', size: undefined, sha256: undefined, created_at: '2026-11-16T15:04:00.000Z' });
    assert.equal(signed.headers['location'], `/v2/documents/${doc.id}`);
    const bytes = (await download(t.app, `/v2/documents/${doc.id}/content`, t.alice.key)).bytes;
    assert.deepEqual([bytes.length, sha256(bytes)], [doc.size, doc.sha256], 'the recorded size and hash are the stored bytes’');
    assert.notEqual(doc.sha256, sha256(unsigned.bytes), 'signing changes the hash');
    assert.ok(!bytes.equals(unsigned.bytes), 'and the PDF');
    const signedText = await pdfText(bytes);
    for (const expected of ['/s/ Jane Doe', 'Jane Doe', 'Office Manager', '2026-11-16 15:04 UTC', 'from IP address 127.0.0.1', 'Acme Dental', '+1 646-555-3103', 'ACC-1001']) {
      assert.ok(signedText.includes(expected), `the signed LOA says "${expected}"`);
    }
    // Both are valid PDFs (pdf-lib parses them too).
    assert.equal((await PDFDocument.load(unsigned.bytes)).getPageCount(), 1);
    assert.equal((await PDFDocument.load(bytes)).getPageCount(), 1);
    const after = (await call(t.app, 'GET', `/v2/port_orders/${order.id}`, { key: t.alice.key })).body.data;
    assert.deepEqual([after.requirements, after.requirements_met], [{ loa: 'signed', invoice: 'missing' }, false]);

    for (const body of [{ signer_name: 'Jane Doe', signer_title: 'Office Manager', consent: false }, { signer_name: 'Jane Doe', signer_title: 'Office Manager' }, { signer_name: ' ', signer_title: 'x', consent: true }]) {
      const res = await call(t.app, 'POST', `/v2/port_orders/${order.id}/loa/sign`, { key: t.alice.key, body });
      assert.deepEqual([res.status, res.body.error.code], [400, 'validation_failed'], JSON.stringify(body));
    }
  });

  it('lays out an order of many numbers over several pages, every number on them', async () => {
    const numbers = Array.from({ length: 120 }, (_, i) => `+1312555${String(4000 + i).padStart(4, '0')}`);
    const order = await draft(numbers);
    const pdf = (await download(t.app, `/v2/port_orders/${order.id}/loa`, t.alice.key)).bytes;
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    assert.ok(pages >= 3, `${pages} pages`);
    const text = await pdfText(pdf);
    for (const [i, number] of numbers.entries()) assert.ok(text.includes(`${i + 1} +1 312-555-${number.slice(-4)} Northwind Telephone 1001`), number);
    assert.ok(text.includes('TELEPHONE NUMBERS TO BE PORTED (120) (CONTINUED)'));
    for (let p = 1; p <= pages; p++) assert.ok(text.includes(`Page ${p} of ${pages}`));
  });
});

describe('the requirements gate, from draft to completion', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  const requirements = async (id: string) => {
    const o = (await call(t.app, 'GET', `/v2/port_orders/${id}`, { key: t.alice.key })).body.data;
    return { ...o.requirements, met: o.requirements_met };
  };
  const submit = (id: string) => call(t.app, 'POST', `/v2/port_orders/${id}/submit`, { key: t.alice.key });
  const sign = (id: string) => call(t.app, 'POST', `/v2/port_orders/${id}/loa/sign`, { key: t.alice.key, body: { signer_name: 'Jane Doe', signer_title: 'Owner', consent: true } });

  it('submit waits for a signed or uploaded LOA and the bill; a changed draft needs signing again; the order completes', async () => {
    t.clock.set(MONDAY);
    const order = (await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125556101', '+14155556102'], ...DETAILS } })).body.data;
    const stale = (await call(t.app, 'POST', '/v2/port_orders', { key: t.alice.key, body: { numbers: ['+12125556199'], ...DETAILS } })).body.data;
    assert.deepEqual((await submit(order.id)).body.error.details, [
      { field: 'loa', message: 'missing', requirement: 'loa' },
      { field: 'invoice', message: 'missing', requirement: 'invoice' },
    ]);
    const bill = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('invoice', BILL));
    assert.deepEqual(await requirements(order.id), { loa: 'missing', invoice: 'uploaded', met: false });
    const onlyLoa = await submit(order.id);
    assert.deepEqual([onlyLoa.status, onlyLoa.body.error.code, onlyLoa.body.error.message], [422, 'requirements_not_met', 'The order needs a signed Letter of Authorization (loa) before it is submitted']);

    assert.equal((await sign(order.id)).status, 201);
    assert.deepEqual(await requirements(order.id), { loa: 'signed', invoice: 'uploaded', met: true });
    // The signature covers the details it was given: a changed draft needs a new one.
    assert.equal((await call(t.app, 'PATCH', `/v2/port_orders/${order.id}`, { key: t.alice.key, body: { end_user_name: 'Acme Dental Group' } })).status, 200);
    assert.deepEqual(await requirements(order.id), { loa: 'missing', invoice: 'uploaded', met: false });
    // An LOA signed by hand and uploaded counts; deleting it takes it back.
    const handSigned = await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.alice.key, documentForm('loa', PNG, 'loa-scan.png', 'image/png'));
    assert.deepEqual(await requirements(order.id), { loa: 'uploaded', invoice: 'uploaded', met: true });
    const deleted = await call(t.app, 'DELETE', `/v2/documents/${handSigned.body.data.id}`, { key: t.alice.key });
    assert.deepEqual(deleted.body, { success: true, data: { id: handSigned.body.data.id, deleted: true } });
    assert.equal((await call(t.app, 'GET', `/v2/documents/${handSigned.body.data.id}`, { key: t.alice.key })).status, 404);
    assert.deepEqual(await requirements(order.id), { loa: 'missing', invoice: 'uploaded', met: false });

    // Orders still missing documents, for the customer and the desk.
    const waiting = await call(t.app, 'GET', '/v2/port_orders?requirements_met=false', { key: t.alice.key });
    assert.deepEqual(waiting.body.data.map((o: { id: string }) => o.id).sort(), [stale.id, order.id].sort(), 'the two drafts (created in one instant: either order)');
    assert.equal((await sign(order.id)).status, 201);
    const desk = await call(t.app, 'GET', `/v2/admin/port_orders?requirements_met=false&account_id=${t.alice.accountId}`, { key: t.admin.key });
    assert.deepEqual(desk.body.data.map((o: { id: string }) => o.id), [stale.id]);
    assert.deepEqual((await call(t.app, 'GET', '/v2/port_orders?requirements_met=true', { key: t.alice.key })).body.data.map((o: { id: string }) => o.id), [order.id]);

    const submitted = await submit(order.id);
    assert.equal(submitted.status, 200, submitted.raw);
    assert.equal(submitted.body.data.status, 'in_progress');
    // Documents stay while the order is worked; deleting waits for draft or action_required.
    const kept = await call(t.app, 'DELETE', `/v2/documents/${bill.body.data.id}`, { key: t.alice.key });
    assert.deepEqual([kept.status, kept.body.error.code, kept.body.error.message], [409, 'invalid_transition', 'This document can no longer be deleted: its order is in_progress (documents are deleted while it is draft or action_required)']);
    await runUntilIdle(t);
    const done = (await call(t.app, 'GET', `/v2/port_orders/${order.id}`, { key: t.alice.key })).body.data;
    assert.deepEqual([done.status, done.counts.completed], ['completed', 2]);
    assert.equal((await call(t.app, 'GET', `/v2/port_orders/${order.id}/documents`, { key: t.alice.key })).body.data.length, 3);
  });

  it('the desk reads any document through /v2/admin/documents, customers may not', async () => {
    const order = (await call(t.app, 'POST', '/v2/port_orders', { key: t.bob.key, body: { numbers: ['+12125556201'], ...DETAILS } })).body.data;
    const doc = (await upload(t.app, `/v2/port_orders/${order.id}/documents`, t.bob.key, documentForm('invoice', JPEG, 'bill.jpg', 'image/jpeg'))).body.data;
    const meta = await call(t.app, 'GET', `/v2/admin/documents/${doc.id}`, { key: t.admin.key });
    assert.deepEqual(meta.body.data, { ...doc, account_id: t.bob.accountId, order_id: order.id, port_id: null });
    const bytes = await download(t.app, `/v2/admin/documents/${doc.id}/content`, t.admin.key);
    assert.ok(bytes.bytes.equals(JPEG));
    assert.equal(bytes.headers['content-type'], 'image/jpeg');
    assert.deepEqual((await call(t.app, 'GET', `/v2/admin/port_orders/${order.id}/documents`, { key: t.admin.key })).body.data, [doc]);
    assert.equal((await call(t.app, 'GET', `/v2/admin/documents/${doc.id}`, { key: t.bob.key })).status, 403);
    assert.equal((await download(t.app, `/v2/admin/documents/${doc.id}/content`, t.bob.key)).status, 403);
    assert.equal((await call(t.app, 'GET', '/v2/admin/documents/doc_doesNotExist000000', { key: t.admin.key })).status, 404);
  });
});
