/**
 * `node --import tsx scripts/loa-example.ts [DIR]` writes the README's example LOA, unsigned and
 * signed, as DIR/loa-example.pdf and DIR/loa-example-signed.pdf (default DIR: .tmp), made by the
 * same code the API uses. The README's pictures are these, rendered with
 * `pdftoppm -png -r 80 -singlefile loa-example.pdf docs/loa-example` (poppler-utils).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLoa } from '../src/documents/loa-pdf.ts';
import { loaContent, type LoaOrder } from '../src/domain/loa.ts';

const cascade = { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false };
const bluebell = { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false };
const order: LoaOrder = {
  id: 'ord_UMPg0EQHK4dRhMJO',
  end_user_name: 'Acme Dental',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
  billing_phone: '+14155551234',
  account_number: 'ACC-1001',
  carrier_name: 'Cascade Voice',
  customer_reference: 'ticket-9',
  numbers: [
    { number: '+12125551100', losing_carrier: cascade },
    { number: '+14155551100', losing_carrier: bluebell },
    { number: '+16505551100', losing_carrier: cascade },
  ],
};

const dir = process.argv[2] ?? '.tmp';
mkdirSync(dir, { recursive: true });
const content = loaContent(order, 'Audian', '2026-11-16');
const at = new Date('2026-11-16T15:00:00.000Z');
writeFileSync(join(dir, 'loa-example.pdf'), await renderLoa(content, at));
const signature = { signer_name: 'Jane Doe', signer_title: 'Office Manager', signed_at: '2026-11-16T15:04:00.000Z', ip: '203.0.113.7' };
writeFileSync(join(dir, 'loa-example-signed.pdf'), await renderLoa(content, at, signature));
console.log(`wrote ${join(dir, 'loa-example.pdf')} and ${join(dir, 'loa-example-signed.pdf')}`);
